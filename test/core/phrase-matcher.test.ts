/** The phrase matcher (phrase-matcher.ts) against the plain definition of its matches, on random token streams. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher, type Phrase } from '../../src/core/phrase-matcher';
import { editDistanceAtMost, type Token } from '../../src/core/text';

/** Whether phrase p stands at token i, and whether only approximately: every word, one of five letters or more off by one edit when fuzzy. */
function at(p: Phrase<number>, words: readonly string[], i: number): { to: number; approximate: boolean } | undefined {
  if (i + p.words.length > words.length) return undefined;
  let approximate = false;
  for (let k = 0; k < p.words.length; k++) {
    const want = p.words[k]!;
    const got = words[i + k]!;
    if (want === got) continue;
    if (!p.fuzzy || approximate || want.length < 5 || !editDistanceAtMost(want, got, 1)) return undefined;
    approximate = true;
  }
  return approximate && p.words.length < 2 ? undefined : { to: i + p.words.length, approximate };
}

/** The definition: at each token, every phrase tried; the longest wins, exact before approximate, equal ones pool their values. */
function reference(phrases: readonly Phrase<number>[], words: readonly string[]) {
  const out: { from: number; to: number; approximate: boolean; values: number[] }[] = [];
  for (let i = 0; i < words.length;) {
    let best: (typeof out)[number] | undefined;
    for (const p of phrases) {
      const m = at(p, words, i);
      if (!m) continue;
      if (!best || m.to > best.to || (m.to === best.to && best.approximate && !m.approximate))
        best = { from: i, ...m, values: [p.value] };
      else if (m.to === best.to && m.approximate === best.approximate) best.values.push(p.value);
    }
    if (best) out.push(best);
    i = best ? best.to : i + 1;
  }
  return out;
}

const tokens = (words: readonly string[]): Token[] =>
  words.map((text, i) => ({ text, start: i * 10, end: i * 10 + text.length }));

/** A small vocabulary, with words one edit apart, so phrases overlap, share words and match approximately. */
const VOCAB = [
  'the',
  'foreign',
  'foriegn',
  'office',
  'ofice',
  'ministry',
  'minstry',
  'said',
  'kirby',
  'kibry',
  'john',
  'of',
  'a',
];
const word = fc.constantFrom(...VOCAB);

describe('PhraseMatcher', () => {
  it('finds what the definition finds, on random phrases and texts', () => {
    const phrase = fc.record({ words: fc.array(word, { minLength: 1, maxLength: 4 }), fuzzy: fc.boolean() });
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 12 }), fc.array(word, { maxLength: 40 }), (specs, words) => {
        const phrases = specs.map((s, value) => ({ ...s, value }));
        const got = new PhraseMatcher(phrases)
          .findAll(tokens(words))
          .map((m) => ({ from: m.from, to: m.to, approximate: m.approximate, values: [...m.values].sort((a, b) => a - b) }));
        expect(got).toEqual(reference(phrases, words));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a phrase of two words whose second word opens nothing', () => {
    const m = PhraseMatcher.of([['foreign office', 1]]).findAll(tokens(['the', 'foreign', 'office', 'said']));
    expect(m.map((x) => [x.from, x.to, x.values])).toEqual([[1, 3, [1]]]);
  });

  it('finds a fuzzy name by its second word when the first is misspelt', () => {
    const m = PhraseMatcher.of([['zalmay khalilzad', 1, true]]).findAll(tokens(['zalmai', 'khalilzad', 'said']));
    expect(m.map((x) => [x.from, x.to, x.approximate])).toEqual([[0, 2, true]]);
  });
});
