/** Folding (text.ts): the same length as the input, one code unit at a time, on random text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterLastMark, fold, nameCase } from '../../src/core/text';

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

describe('afterLastMark', () => {
  it('is where the last clause starts: after the last mark, or 0 with none', () => {
    expect(afterLastMark('Kabul, as ever; denies it', ',;')).toBe('Kabul, as ever;'.length);
    expect(afterLastMark('no marks here', ',;')).toBe(0);
    expect(afterLastMark('ends with a comma,', ',')).toBe('ends with a comma,'.length);
  });

  it('agrees with the largest lastIndexOf of the marks, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', ',', ';', '(', '.') }), (text) => {
        const marks = ',;(';
        const expected = Math.max(...[...marks].map((m) => text.lastIndexOf(m))) + 1;
        expect(afterLastMark(text, marks)).toBe(expected);
      }),
    );
  });
});

describe('nameCase', () => {
  it('writes a name in capitals as running text writes it, a possessive left small', () => {
    expect(nameCase("ABDUL-RAHMAN O'NEILL")).toBe("Abdul-Rahman O'Neill");
    expect(nameCase('LT GEN ASIM SALEEM BAJWA')).toBe('Lt Gen Asim Saleem Bajwa');
    expect(nameCase("KABUL'S ENVOY")).toBe("Kabul's Envoy");
  });
});
