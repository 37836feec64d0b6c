/**
 * Ranking related statements for a quote's claims: those on the same side, and the counter-claims
 * (denials, disputes, mirror accusations). A wrong counter-claim is worse than none, so every
 * weight below errs towards showing less.
 */
import type { QuoteClaim, RelatedRelation, RelatedStatement } from './analysis';
import type { ClaimIndex, IndexedStance, KnownRemark } from './claim-index';
import type { StanceKind } from './pack-schema';
import { side } from './quote-stance';

// Re-exported so that importers keep reading the quote's side and the shown statements from here.
export { inferStance, type ReadStance, type StanceWords } from './quote-stance';
export { presentRelated } from './present-related';

/** Most statements shown per group (counter, supports) and claim. */
const MAX_PER_GROUP = 6;
/** How much each stance counts when ranking, against the quote's claim. */
const STANCE_WEIGHT: Record<StanceKind, number> = {
  denies: 1, // the reason Counterpoint exists
  disputes: 0.9, // a challenge to the claim, short of a flat denial
  asserts: 0.8, // corroboration
  qualifies: 0.6, // a nuance: relevant but weaker
};
/** Weight of statements on a claim that mirrors or contradicts the quote's claim. */
const LINKED_CLAIM_WEIGHT = 0.7;
/** Share of the score that comes from words shared with the quote's sentence. */
const OVERLAP_SHARE = 0.35;

/** What the ranking needs to know of the quote. */
export interface QuoteContext {
  /** Folded words of the quote's sentence. */
  words: readonly string[];
  /** Corpus statements that are this very remark (`ClaimIndex.knownRemarks`): not context for themselves. */
  known: readonly KnownRemark[];
}

/**
 * A related statement as ranking leaves it: everything but the statement's own text and
 * sources, which `presentRelated` reads once the few shown are known.
 */
export type RelatedDraft = Pick<
  RelatedStatement,
  'claimId' | 'stance' | 'relation' | 'score' | 'reason' | 'via' | 'linkedClaim' | 'date'
> & {
  /** The statement found first for the remark, then other outlets' reports of it, in the order found. */
  reports: string[];
};

/** Related statements for a quote's claims, best first, counters before supports at equal score. */
export function rankRelated(index: ClaimIndex, claims: readonly QuoteClaim[], ctx: QuoteContext): RelatedDraft[] {
  const sentence = new Set(ctx.words);
  const selfRemarks = new Set<string>();
  const candidates: RelatedDraft[] = [];
  const seen = new Set<string>();
  /** One entry per remark: other outlets' reports of it become its extra sources. */
  const byRemark = new Map<string, RelatedDraft>();

  const consider = (
    entry: IndexedStance,
    shared: number,
    claim: QuoteClaim,
    relation: RelatedRelation,
    weight: number,
    why: string,
    via: RelatedStatement['via'],
    linkedClaim?: string,
  ) => {
    const s = entry.statement;
    if (seen.has(s.id) || selfRemarks.has(entry.remark)) return;
    seen.add(s.id);
    const shown = byRemark.get(entry.remark);
    if (shown) {
      shown.reports.push(s.id);
      return;
    }
    const size = index.wordsOf(entry).size;
    const overlap = size && sentence.size ? shared / Math.min(size, sentence.size) : 0;
    const score = claim.score * weight * (1 - OVERLAP_SHARE + OVERLAP_SHARE * overlap);
    const item: RelatedDraft = {
      reports: [s.id],
      date: s.date,
      claimId: claim.claimId,
      stance: entry.stance,
      relation,
      score: Math.round(score * 1000) / 1000,
      reason: why,
      via,
      ...(linkedClaim ? { linkedClaim } : {}),
    };
    candidates.push(item);
    byRemark.set(entry.remark, item);
  };

  // The quote itself, held in the corpus (and its other transcriptions), is not context for itself.
  for (const st of ctx.known) selfRemarks.add(st.remark);

  for (const claim of claims) {
    const quoteSide = side(claim.stance);
    for (const { entry, shared } of index.candidates(claim.claimId, sentence)) {
      const same = side(entry.stance) === quoteSide;
      consider(
        entry,
        shared,
        claim,
        claim.sideUnsure ? 'context' : same ? 'supports' : 'counter',
        STANCE_WEIGHT[entry.stance],
        `${entry.stance} the same claim`,
        'same-claim',
      );
    }
    for (const link of index.claims.get(claim.claimId)?.links ?? []) {
      const linkedText = index.claims.get(link.claimId)?.text ?? link.claimId;
      // Asserting a mirror or contradicting claim counters the quote's claim when the quote asserts it.
      if (quoteSide !== 1 || claim.sideUnsure) continue;
      const why =
        link.relation === 'mirrors' ? `mirror accusation: ${lowerFirst(linkedText)}` : `contradicts: ${lowerFirst(linkedText)}`;
      for (const { entry, shared } of index.candidates(link.claimId, sentence)) {
        if (side(entry.stance) !== 1) continue;
        consider(
          entry,
          shared,
          claim,
          'counter',
          LINKED_CLAIM_WEIGHT * STANCE_WEIGHT[entry.stance],
          why,
          link.relation === 'mirrors' ? 'mirror' : 'contradicts',
          linkedText,
        );
      }
    }
  }
  const pick = (relation: RelatedRelation) =>
    candidates
      .filter((c) => c.relation === relation)
      .sort((a, b) => b.score - a.score || b.date.localeCompare(a.date))
      .slice(0, MAX_PER_GROUP * claims.length);
  return [...pick('counter'), ...pick('supports'), ...pick('context')];
}

/** Lower-cases a sentence's first letter for use mid-sentence, but leaves acronyms ("US", "TTP") alone. */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
