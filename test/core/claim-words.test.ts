/**
 * The learned reading of which claim a remark's words make (src/core/claim-words.ts) and its fitting
 * (scripts/pack/learn-claim-words.ts). Remarks here are written for these tests.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimWords, claimWordsProblem, wordFeatures, type ClaimWordsModel } from '../../src/core/claim-words';
import { readClaimWords } from '../../scripts/check';
import { learn, readInputs } from '../../scripts/pack/learn-claim-words';

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

describe('a model read from a file (COUNTERPOINT_CLAIM_WORDS)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-claim-words-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('is refused with a message naming the file and what is wrong', () => {
    expect(() => readClaimWords(write('broken.json', '{"version": 1,'))).toThrow(/claim-words model .*broken\.json: /);
    expect(() => readClaimWords(write('old.json', JSON.stringify({ version: 2 })))).toThrow(/version 2, not 1/);
    const short = { version: 1, claims: ['a'], bias: [0], weights: {}, scale: 1 };
    expect(() => readClaimWords(write('short.json', JSON.stringify(short)))).toThrow(/"bias" needs one number per claim/);
    const stray = { version: 1, claims: ['a'], bias: [0, 0], weights: { x: [5, 10] }, scale: 1 };
    expect(() => readClaimWords(write('stray.json', JSON.stringify(stray)))).toThrow(/weights of "x"/);
  });

  it('is read when it is a model, as the bundled one is', () => {
    expect(claimWordsProblem(JSON.parse(readFileSync(MODEL, 'utf8')))).toBeUndefined();
    const file = write('ok.json', JSON.stringify({ version: 1, claims: ['a'], bias: [0, 0], weights: { x: [0, 10] }, scale: 1 }));
    expect(readClaimWords(file).claims).toEqual(['a']);
  });
});
