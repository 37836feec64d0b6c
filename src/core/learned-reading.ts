/**
 * How the engine uses the learned reading of a remark's words (`claim-words.ts`): where its own evidence gives no card,
 * the claim the model names with enough probability, within what the evidence and the remark's form allow, and the
 * readings of a side that may show such a claim; and where the evidence names a claim too weakly for a card, whether
 * the model agrees enough to show it. Chosen on the tune splits, each set read with a model fitted without it
 * (docs/quality.md, "How a card is decided", item 7).
 */
import type { StanceSource } from './analysis';
import { weigh, type ClaimEvidence, type JudgeInput } from './claim-judge';
import type { ClaimWords } from './claim-words';

/**
 * Least probability for the learned reading to name a claim the evidence gave no card (`claim-words.ts`). Chosen on
 * the tune splits, each set read with a model fitted without it (docs/quality.md, "How a card is decided", item 7): from 0.6 up, the
 * claims it adds are right nine times in ten.
 */
const LEARNED_MIN_P = 0.6;
/**
 * The readings of a side (analysis.ts `StanceSource`) that may show a claim the learned reading alone names. The
 * speaker's camp, who the remark blames, and a plain statement tell the side of a claim whose frame the remark meets;
 * of one only its words' drift names, they were wrong one time in three on the tune splits.
 */
const LEARNED_SIDES: ReadonlySet<StanceSource> = new Set<StanceSource>([
  'remark',
  'words',
  'record',
  'negation',
  'place',
  'neutral',
]);

/** Whether a side read for a claim the learned reading alone names is known well enough to show it (`LEARNED_SIDES`). */
export function learnedSideShown(read: { sure: boolean; from: StanceSource } | undefined): boolean {
  return read?.sure === true && LEARNED_SIDES.has(read.from);
}

/**
 * The claim the learned reading of a remark's words names (`claim-words.ts`), with its evidence, where the judge gave
 * no card: only at `LEARNED_MIN_P` or more, only a claim the evidence holds at all and the remark's form allows, not
 * one that puts the havens in the other country, and not where another claim's frame is met with more evidence (the
 * words' drift then loses to what the remark states).
 */
export function learnedClaim(claimWords: ClaimWords, text: string, evidence: JudgeInput): ClaimEvidence | undefined {
  const best = claimWords.best(text);
  if (!best || best.p < LEARNED_MIN_P) return undefined;
  const all = weigh(evidence);
  const e = all.find((x) => x.claimId === best.claimId);
  if (!e || (evidence.only && !evidence.only(e.claimId)) || evidence.otherPlace?.(e.claimId)) return undefined;
  const linked = evidence.linked(e.claimId);
  const framedAbove = all.some((x) => x !== e && x.frame?.met && x.total > e.total && !linked.includes(x.claimId));
  return framedAbove ? undefined : e;
}

/**
 * Least probability the learned reading must give a claim that the evidence names too weakly for a card (from
 * `MIN_TOTAL`, its frame met, but under the card's least score) for the card to be shown: two readings of the remark,
 * one of its evidence and one of its words, agreeing. Chosen on the tune splits, each set read with a model fitted
 * without it (docs/quality.md, seventeenth round): at 0.4 the cards it added were all right (15, and 14 first
 * counter-claims); at 0.3, 18 right and 2 wrong.
 */
export const WEAK_CARD_AGREEMENT = 0.4;

/** Whether the learned reading agrees enough with a claim the evidence names too weakly for a card (`WEAK_CARD_AGREEMENT`). */
export function learnedAgrees(claimWords: ClaimWords, text: string, claim: ClaimEvidence): boolean {
  return !!claim.frame?.met && claimWords.probability(text, claim.claimId) >= WEAK_CARD_AGREEMENT;
}
