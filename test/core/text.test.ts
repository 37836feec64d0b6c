/** Folding (text.ts): the same length as the input, one code unit at a time, on random text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/core/text';

/** fold applied to each code unit alone: what folding the whole text must give. */
const unitByUnit = (s: string) => Array.from({ length: s.length }, (_, i) => fold(s[i]!)).join('');

describe('fold', () => {
  it('lower-cases, takes accents off and makes quotes and dashes plain', () => {
    expect(fold('Pakistan’s “ISPR” — Ömer, İstanbul')).toBe('pakistan\'s "ispr" - omer, istanbul');
  });

  it('folds each code unit alone, keeping the length, on any text', () => {
    const texts = [
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom('A', 'z', ' ', 'İ', 'Σ', 'ß', 'Ω', '’', '“', '—', 'é', '\u{10400}', '\ud800', 'ﬀ') }),
    ];
    for (const text of texts)
      fc.assert(
        fc.property(text, (s) => {
          const f = fold(s);
          expect(f.length).toBe(s.length);
          expect(f).toBe(unitByUnit(s));
        }),
        { numRuns: 2000 },
      );
  });
});
