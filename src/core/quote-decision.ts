/**
 * What the engine decided for one remark and why, in words: for `check --explain`, where a pack author sees why a quote
 * got its card or none, and for measuring where labelled remarks lose theirs (`scripts/recall-gap.ts`). Reported through
 * `AnalyseOptions.onDecision`; it changes nothing of the matching.
 */
import type { QuoteClaim } from './analysis';
import { MIN_TOTAL_OTHER_SIDE, MIN_TOTAL_PLAIN, MIN_TOTAL_UNSURE, type ClaimEvidence, type Declined } from './claim-judge';
import type { ReadStance } from './quote-stance';

/**
 * What became of a remark, in the order the engine decides:
 * - `not-read`: its form makes no claim (a scare quote nobody is named as saying, a name, a question, a condition);
 * - `no-claim`: no claim of the pack is named (`declined` says why);
 * - `weak`: a claim is named, but with too little evidence to show a card;
 * - `side-unknown`: the claim is strong enough, but the side the remark takes is not known well enough to name
 *   counter-claims, or the remark takes none (a demand, a pledge, reports spoken of);
 * - `nothing-said`: the corpus holds nothing on the claim to show;
 * - `outranked`: a card was drafted for a clause of a longer quote, and another clause's claim was surer;
 * - `off-topic`: a card was drafted, but too few of the article's remarks make claims of the pack to put it on topic;
 * - `card`: a card with the claim and what was said on it.
 */
export type QuoteOutcome =
  'not-read' | 'no-claim' | 'weak' | 'side-unknown' | 'nothing-said' | 'outranked' | 'off-topic' | 'card';

/** The engine's decision for one remark. */
export interface QuoteDecision {
  /** What became of the remark. */
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

/** A score as the decisions print it, to one decimal. */
export const oneDecimal = (x: number): number => Math.round(x * 10) / 10;

/** Why a remark's form makes no claim. */
export function notRead(form: 'scare-quote' | 'name' | 'question' | 'sympathy' | 'verdict'): QuoteDecision {
  const why = {
    'scare-quote': 'a short quote nobody is named as saying: a scare quote or a label',
    name: 'a name, not a remark',
    question: 'a question or an open condition: it states nothing',
    sympathy: 'condolences or sympathy: it says nothing of who did what',
    verdict: 'a verdict on an act that names no one who did it: it says nothing of who did what',
  }[form];
  return { outcome: 'not-read', why };
}

/** A judge's refusal (`Declined`) as a decision. */
export function declinedDecision(declined: Declined | undefined): QuoteDecision {
  switch (declined?.reason) {
    case 'low':
      return {
        outcome: 'no-claim',
        declined: 'low',
        why: `of the claims the remark can make, the best, ${declined.best.claimId}, scores ${oneDecimal(declined.score)}: too little to say it makes it`,
        claimId: declined.best.claimId,
        total: declined.score,
      };
    case 'rival': {
      const { best, rival, score } = declined;
      // Read with the sentence before, a claim whose frame is not met is a rival too, and may score more.
      const why =
        rival.total >= score
          ? `${rival.claimId} (${oneDecimal(rival.total)}, its frame not met) weighs more than ${best.claimId} (${oneDecimal(score)}), whose frame is met: ambiguous`
          : `${best.claimId} (${oneDecimal(score)}) and ${rival.claimId} (${oneDecimal(rival.total)}) explain the remark nearly as well: ambiguous`;
      return { outcome: 'no-claim', declined: 'rival', why, claimId: best.claimId, total: score };
    }
    case 'ruled-out':
      return {
        outcome: 'no-claim',
        declined: 'ruled-out',
        why: 'the claims whose frame it meets are ruled out by its form: it puts the havens in the other country, or calls untrue a number no such claim counts',
      };
    default:
      return {
        outcome: 'no-claim',
        declined: 'no-frame',
        why: "no claim's frame is met, nor enough of a claim's wording covered",
      };
  }
}

/** A claim named with too little evidence for a card. */
export function weakDecision(e: ClaimEvidence): QuoteDecision {
  return {
    outcome: 'weak',
    why: `${e.claimId} is named with a score of ${oneDecimal(e.total)}: too little for a card`,
    claimId: e.claimId,
    total: e.total,
  };
}

/** Why a claim strong enough for a card was left out of it, as the engine's side rules decide (card-claims.ts `sidedClaims`). */
export type LeftOut =
  { kind: 'side'; read: ReadStance | undefined; learned: boolean; lifted: boolean } | { kind: 'demand' } | { kind: 'reports' };

/** A claim left out of its card: the side is not known well enough, or the remark takes none. */
export function sideUnknown(e: ClaimEvidence, left: LeftOut): QuoteDecision {
  const base = { outcome: 'side-unknown' as const, claimId: e.claimId, total: e.total };
  if (left.kind === 'demand')
    return { ...base, why: `${e.claimId}: a demand or a pledge, which says what ought to be, not what is` };
  if (left.kind === 'reports')
    return { ...base, why: `${e.claimId}: speaks of reports of the claim without saying whether they are true` };
  const { read, learned, lifted } = left;
  const score = oneDecimal(e.total);
  let why: string;
  if (lifted) why = "a phrase lifted into the writer's sentence: too little to tell which claim the sentence makes";
  else if (learned)
    why = `named by the learned reading alone, which is shown only with a side read from the remark or the speaker's record (here ${read ? `${read.from}${read.sure ? '' : ', unsure'}` : 'none'})`;
  else if (!read)
    why = `nothing tells the side, and a claim with no side is shown only from a score of ${MIN_TOTAL_UNSURE} (${score})`;
  else if (read.sure && read.otherSide)
    why = `the side comes from the speaker's country alone, which shows a claim only from a score of ${MIN_TOTAL_OTHER_SIDE} (${score})`;
  else if (read.sure && read.plainly)
    why = `the side comes from the remark stating the claim plainly, which shows it only from a score of ${MIN_TOTAL_PLAIN} (${score})`;
  else
    why = `the side read from ${read.from} is a guess, and a claim with a guessed side is shown only from a score of ${MIN_TOTAL_UNSURE} (${score})`;
  return { ...base, why: `${e.claimId}: ${why}` };
}

/** A sure claim the corpus holds nothing on. */
export function nothingSaid(claimId: string): QuoteDecision {
  return { outcome: 'nothing-said', why: `the corpus holds nothing on ${claimId} to show`, claimId };
}

/**
 * How a card's claim was named: by the evidence (claim-judge.ts), by the learned reading alone, or by evidence too weak
 * alone that the learned reading agreed with (learned-reading.ts).
 */
export type NamedBy = 'evidence' | 'learned' | 'agreed';

const NAMED_BY: Readonly<Record<NamedBy, string>> = {
  evidence: '',
  learned: ', named by the learned reading',
  agreed: ', named by evidence too weak alone and the learned reading agreeing',
};

/** A card, with where its side was read. */
export function cardDecision(claim: QuoteClaim, total: number | undefined, namedBy: NamedBy): QuoteDecision {
  const side = claim.sideUnsure ? `${claim.stance}, side unsure` : claim.stance;
  const from = claim.stanceFrom ? `, side read from ${claim.stanceFrom}` : '';
  return {
    outcome: 'card',
    why: `${claim.claimId}, ${side}${from}${NAMED_BY[namedBy]}`,
    claimId: claim.claimId,
    ...(total === undefined ? {} : { total }),
  };
}

/** A clause's card that another clause of the same quote outranked. */
export function outranked(d: QuoteDecision, surer: string): QuoteDecision {
  return { ...d, outcome: 'outranked', why: `${d.why}; but another clause of the quote is surer: “${surer}”` };
}

/** A card drafted in an article the remarks did not put on topic. */
export function offTopic(d: QuoteDecision): QuoteDecision {
  return {
    ...d,
    outcome: 'off-topic',
    why: `${d.why}; but too few of the article's remarks make claims of the pack to put it on topic`,
  };
}
