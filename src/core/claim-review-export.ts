/**
 * A claim's verdicts as schema.org `ClaimReview` JSON-LD, for a newsroom to publish what it
 * checked. A verdict is a statement on the claim by an organisation or a news organisation (the
 * kinds a fact-checker is imported as) that the caller counts as the user's own (`own`: not the
 * bundled corpus's, whose organisations report positions rather than publish verdicts); its stance becomes the rating (`RATING_OF_STANCE`: denies
 * → False 1, disputes → Misleading 2, qualifies → Mixed 3, asserts → True 5, on a 1–5 scale).
 */
import type { Actor, Claim, Statement } from './pack-schema.js';
import { RATING_OF_STANCE } from './claim-review-rating.js';

/** Kinds of actor whose statements on a claim are verdicts. */
const REVIEWER_KINDS: ReadonlySet<Actor['kind']> = new Set(['organisation', 'media']);

/** JSON-LD: plain JSON values. */
export type JsonLd = { [key: string]: string | number | JsonLd | JsonLd[] };

/** Whether a statement on `claimId` is a verdict (an organisation's stance on it). */
export function isVerdict(
  statement: Statement,
  claimId: string,
  actors: ReadonlyMap<string, Actor>,
  own: (statement: Statement) => boolean = () => true,
): boolean {
  const kind = actors.get(statement.actorId)?.kind;
  return kind !== undefined && REVIEWER_KINDS.has(kind) && statement.stances.some((s) => s.claimId === claimId) && own(statement);
}

/**
 * The claim's verdicts as one JSON-LD document (`@graph` of `ClaimReview`s, newest first); the
 * claim's assertions by anyone else name who made it (`itemReviewed.author`, the earliest) and
 * where it appeared (`appearance`).
 */
export function claimReviewsOf(
  claim: Claim,
  statements: readonly Statement[],
  actors: ReadonlyMap<string, Actor>,
  own: (statement: Statement) => boolean = () => true,
): JsonLd {
  const on = statements.filter((s) => s.stances.some((x) => x.claimId === claim.id));
  const verdicts = on
    .filter((s) => isVerdict(s, claim.id, actors, own))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const made = on
    .filter(
      (s) => !isVerdict(s, claim.id, actors, own) && s.stances.some((x) => x.claimId === claim.id && x.stance === 'asserts'),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = made[0];
  const claimant = first && actors.get(first.actorId);
  const appearance = made
    .flatMap((s) => s.sources.flatMap((src) => (src.url ? [{ '@type': 'CreativeWork', url: src.url }] : [])))
    .slice(0, 20);
  const itemReviewed: JsonLd = {
    '@type': 'Claim',
    ...(claimant ? { author: { '@type': claimant.kind === 'person' ? 'Person' : 'Organization', name: claimant.name } } : {}),
    ...(first ? { datePublished: first.date } : {}),
    ...(appearance.length ? { appearance } : {}),
  };
  const graph = verdicts.map((s): JsonLd => {
    const author = actors.get(s.actorId)!;
    const stance = s.stances.find((x) => x.claimId === claim.id)!.stance;
    const url = s.sources.find((src) => src.url)?.url;
    const text = s.summary ?? s.quote;
    return {
      '@type': 'ClaimReview',
      ...(url ? { url } : {}),
      claimReviewed: claim.text,
      itemReviewed,
      author: { '@type': author.kind === 'media' ? 'NewsMediaOrganization' : 'Organization', name: author.name },
      datePublished: s.date,
      reviewRating: { '@type': 'Rating', ...RATING_OF_STANCE[stance], bestRating: 5, worstRating: 1 },
      ...(text ? { reviewBody: text } : {}),
    };
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}
