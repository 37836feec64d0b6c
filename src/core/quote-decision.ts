/**
 * What the engine decided for one remark and why, in words: for `check --explain`, where a pack author sees why a quote
 * got its card or none, and for measuring where labelled remarks lose theirs (`scripts/recall-gap.ts`). Reported through
 * `AnalyseOptions.onDecision`; it changes nothing of the matching.
 */
import type { ClaimEvidence, Declined } from './claim-judge';

/**
 * What became of a remark, in the order the engine decides:
 * - `not-read`: its form makes no claim (a scare quote nobody is named as saying, a name, a question, a condition);
 * - `no-claim`: no claim of the pack is named (`Declined` says why);
 * - `weak`: a claim is named, but with too little evidence to show a card;
 * - `side-unknown`: the claim is strong enough, but which side the remark takes is not known well enough;
 * - `nothing-said`: the corpus holds nothing on the claim to show;
 * - `card`: a card with the claim and what was said on it.
 */
export type QuoteOutcome = 'not-read' | 'no-claim' | 'weak' | 'side-unknown' | 'nothing-said' | 'card';

/** The engine's decision for one remark. */
export interface QuoteDecision {
  outcome: QuoteOutcome;
  /** Why, in a sentence. */
  why: string;
  /** The claim decided on, where there was one. */
  claimId?: string;
  /** That claim's combined score (claim-judge.ts). */
  total?: number;
  /** Who the engine resolved as the speaker, where it did. */
  speaker?: string;
  /** Why the judge named no claim, for `no-claim`. */
  declined?: Declined['reason'];
}

const score = (e: ClaimEvidence) => Math.round(e.total * 10) / 10;

/** A judge's refusal (`Declined`) as a decision. */
export function declinedDecision(declined: Declined | undefined): QuoteDecision {
  switch (declined?.reason) {
    case 'low':
      return {
        outcome: 'no-claim',
        declined: 'low',
        why: `of the claims the remark can make, the best, ${declined.best.claimId}, scores ${score(declined.best)}: too little to say it makes it`,
        claimId: declined.best.claimId,
        total: declined.best.total,
      };
    case 'rival':
      return {
        outcome: 'no-claim',
        declined: 'rival',
        why:
          `${declined.best.claimId} (${score(declined.best)}) and ${declined.rival.claimId} (${score(declined.rival)}) ` +
          'explain the remark nearly as well: ambiguous',
        claimId: declined.best.claimId,
        total: declined.best.total,
      };
    default:
      return {
        outcome: 'no-claim',
        declined: 'no-frame',
        why: "no claim's frame is met, nor enough of a claim's wording covered",
      };
  }
}
