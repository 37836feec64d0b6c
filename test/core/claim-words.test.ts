/**
 * The learned reading of which claim a remark's words make (src/core/claim-words.ts) and its fitting
 * (scripts/pack/learn-claim-words.ts). Remarks here are written for these tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimWords, wordFeatures, type ClaimWordsModel } from '../../src/core/claim-words';
import { inTuneSplit, learn, readInputs } from '../../scripts/pack/learn-claim-words';

const MODEL = resolve(import.meta.dirname, '../../src/core/claim-words.json');

describe('wordFeatures', () => {
  it("reads a remark's terms as matching does, paraphrases gathered, and pairs of adjacent terms", () => {
    const f = wordFeatures('Militants use the soil of Afghanistan');
    // "soil" stands for its paraphrase group, as "territory" and "land" do.
    expect(f).toEqual(expect.arrayContaining(wordFeatures('Militants use the territory of Afghanistan')));
    expect(f.some((x) => x.includes(' '))).toBe(true);
    expect(new Set(f).size).toBe(f.length);
  });

  it('pairs no terms across the end of a sentence', () => {
    const apart = wordFeatures('They want talks. Weapons are everywhere.');
    const together = wordFeatures('They want talks about weapons.');
    const [talks] = wordFeatures('talks');
    const [weapons] = wordFeatures('weapons');
    expect(apart).not.toContain(`${talks} ${weapons}`);
    // "about" is a stopword: within the sentence the two are adjacent terms.
    expect(together).toContain(`${talks} ${weapons}`);
  });
});

describe('ClaimWords', () => {
  const model: ClaimWordsModel = {
    version: 1,
    claims: ['a', 'b'],
    bias: [0, 0, 100],
    weights: { [wordFeatures('weapons')[0]!]: [0, 400], [wordFeatures('talks')[0]!]: [1, 400] },
    scale: 100,
  };
  const words = new ClaimWords(model);

  it('gives every class a probability, and they sum to one', () => {
    const p = words.probabilities('weapons and talks');
    expect(p).toHaveLength(3);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('names the claim whose words the remark holds, and none where "none" is likelier', () => {
    expect(words.best('the weapons were found')?.claimId).toBe('a');
    expect(words.best('they asked for talks')?.claimId).toBe('b');
    expect(words.best('the weather was fine')).toBeUndefined();
    expect(words.best('the weapons were found')!.p).toBeCloseTo(Math.exp(4) / (Math.exp(4) + 1 + Math.exp(1)), 6);
  });
});

describe('learn', () => {
  const pack = {
    claims: [{ id: 'weapons-leaked' }, { id: 'talks-wanted' }],
    statements: [
      { summary: 'Officials said rifles left behind reached the militants.', stances: [{ claimId: 'weapons-leaked' }] },
      { summary: 'The spokesman said negotiation was the only way.', stances: [{ claimId: 'talks-wanted' }] },
    ],
  };
  const item = (id: string, text: string, claimId?: string) => ({ id, quotes: [{ text, claims: claimId ? [{ claimId }] : [] }] });
  const sets = [
    [
      item('x-002', 'the rifles reached the militants', 'weapons-leaked'),
      item('x-004', 'rifles and ammunition reached militants across the border', 'weapons-leaked'),
      item('x-006', 'negotiation is the only way forward', 'talks-wanted'),
      item('x-008', 'we want negotiation and nothing else', 'talks-wanted'),
      item('x-010', 'the weather was fine in the capital'),
      item('x-012', 'the capital was calm and the weather fine'),
    ],
  ];

  it('learns which words speak for which claim, and where none applies', () => {
    const words = new ClaimWords(learn(pack, sets));
    expect(words.best('militants had rifles')?.claimId).toBe('weapons-leaked');
    expect(words.best('only negotiation will do')?.claimId).toBe('talks-wanted');
    expect(words.best('fine weather in the capital')).toBeUndefined();
  });

  it('reads the tune split only: a held-out item changes nothing', () => {
    expect(inTuneSplit('x-010')).toBe(true);
    expect(inTuneSplit('x-011')).toBe(false);
    const poisoned = [[...sets[0]!, item('x-013', 'fine weather and rifles in the capital', 'talks-wanted')]];
    expect(learn(pack, poisoned)).toEqual(learn(pack, sets));
  });

  it('gives the same model from the same inputs', () => {
    expect(JSON.stringify(learn(pack, sets))).toBe(JSON.stringify(learn(pack, sets)));
  });

  it('keeps the committed model what its inputs give (run scripts/pack/learn-claim-words.ts after changing them)', () => {
    const { pack: bundled, sets: all } = readInputs();
    expect(readFileSync(MODEL, 'utf8')).toBe(JSON.stringify(learn(bundled, all)) + '\n');
  }, 300_000);
});
