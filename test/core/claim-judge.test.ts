/**
 * The judge's abstention: a claim named with too little evidence counts toward the topic but gets
 * no card, and a claim another one also fits needs more evidence than one that stands alone.
 */
import { describe, expect, it } from 'vitest';
import { judge, MIN_CARD_TOTAL, MIN_CARD_TOTAL_ALONE, MIN_TOTAL, type JudgeInput } from '../../src/core/claim-judge';
import type { FrameMatch } from '../../src/core/claim-frames';

/** A frame met in the quote by two parts, with no weight of its own. */
const met = (at: number[]): FrameMatch => ({
  met: true,
  inQuote: 0,
  weight: 0,
  negated: false,
  at: new Set(at),
  window: [at[0]!, at.at(-1)!],
});

/** Evidence where each claim's combined score is its cue score (frames met, nothing else counted). */
function input(
  scores: Record<string, number>,
  links: Record<string, string[]> = {},
  frames: Record<string, FrameMatch> = {},
): JudgeInput {
  return {
    cues: new Map(Object.entries(scores)),
    contextCues: new Map(),
    lexical: new Map(),
    onRecord: new Set(),
    knownRemark: new Set(),
    frame: (id) => frames[id] ?? met([0, 1]),
    linked: (id) => links[id] ?? [],
  };
}

describe('the judge', () => {
  it('names a claim from MIN_TOTAL, and shows it only from the card threshold', () => {
    const weak = judge(input({ a: MIN_TOTAL + 0.5 }), 2);
    expect(weak.claims.map((c) => c.claimId)).toEqual(['a']);
    expect(weak.card).toBe(false);
    const strong = judge(input({ a: MIN_CARD_TOTAL_ALONE + 0.5 }), 2);
    expect(strong.card).toBe(true);
    expect(judge(input({ a: MIN_TOTAL - 0.5 }), 2).claims).toEqual([]);
  });

  it('asks more of a claim that another claim also fits', () => {
    const score = (MIN_CARD_TOTAL_ALONE + MIN_CARD_TOTAL) / 2;
    expect(judge(input({ a: score }), 2).card).toBe(true);
    // A rival far enough behind to leave the best named, but there: the best needs the higher threshold.
    // (Its frame is met by other words: one met only by the best one's words adds nothing and is no rival.)
    const apart = { b: met([5, 6]) };
    const rivalled = judge(input({ a: score, b: 1 }, {}, apart), 2);
    expect(rivalled.claims.map((c) => c.claimId)).toEqual(['a']);
    expect(rivalled.card).toBe(false);
    expect(judge(input({ a: MIN_CARD_TOTAL + 1, b: 1 }, {}, apart), 2).card).toBe(true);
    // A linked claim (the same charge pointed the other way) is no rival.
    expect(judge(input({ a: score, b: 1 }, { a: ['b'] }, apart), 2).card).toBe(true);
  });

  it('counts every claim with evidence as a rival when a frame was met with a part borrowed from the sentence before', () => {
    // b has evidence but its frame is not met: no rival of a remark read alone, a rival of one read with its sentence before.
    const unmet: FrameMatch = { met: false, inQuote: 0, weight: 0, negated: false, at: new Set() };
    const close = input({ a: MIN_CARD_TOTAL + 1, b: MIN_CARD_TOTAL }, {}, { b: unmet });
    expect(judge(close, 2).card).toBe(true);
    expect(judge(close, 2, true).claims).toEqual([]);
    // Far enough behind, it leaves the borrowed reading its card.
    expect(judge(input({ a: MIN_CARD_TOTAL + 1, b: 1 }, {}, { b: unmet }), 2, true).card).toBe(true);
  });

  it('weighs two mirrored claims put in place order by the stronger score', () => {
    // "b" is linked to "a" and its frame sits tighter, so it goes first; its own score is below the threshold.
    const frames = { a: met([0, 9]), b: met([3, 4]), c: met([0, 1]) };
    const pair = judge(input({ a: MIN_CARD_TOTAL + 2, b: MIN_CARD_TOTAL - 1, c: 1 }, { a: ['b'], b: ['a'] }, frames), 2);
    expect(pair.claims[0]?.claimId).toBe('b');
    expect(pair.card).toBe(true);
  });
});

describe('why the judge names no claim', () => {
  const unmet: FrameMatch = { ...met([0, 1]), met: false };

  it('no frame met', () => {
    expect(judge(input({ a: 20 }, {}, { a: unmet }), 2).declined).toEqual({ reason: 'no-frame' });
  });

  it("ruled out by the remark's form: the havens put in the other country, or a number no such claim counts", () => {
    const otherPlace = { ...input({ a: 20 }), otherPlace: (id: string) => id === 'a' };
    expect(judge(otherPlace, 2).declined).toEqual({ reason: 'ruled-out' });
    const only = { ...input({ a: 20 }), only: () => false };
    expect(judge(only, 2).declined).toEqual({ reason: 'ruled-out' });
    // With no claim's frame met either, it is no frame met.
    expect(judge({ ...input({ a: 20 }, {}, { a: unmet }), only: () => false }, 2).declined).toEqual({ reason: 'no-frame' });
  });

  it('too low a score, and two claims nearly tied, each with the score the judge compared', () => {
    const low = judge(input({ a: MIN_TOTAL - 1 }), 2).declined;
    expect(low).toMatchObject({ reason: 'low', score: MIN_TOTAL - 1, best: { claimId: 'a' } });
    const tie = judge(input({ a: 12, b: 11 }, {}, { b: met([5, 6]) }), 2).declined;
    expect(tie).toMatchObject({ reason: 'rival', score: 12, best: { claimId: 'a' }, rival: { claimId: 'b' } });
  });

  it('says nothing of a refusal when it names a claim', () => {
    expect(judge(input({ a: MIN_CARD_TOTAL + 5 }), 2).declined).toBeUndefined();
  });
});
