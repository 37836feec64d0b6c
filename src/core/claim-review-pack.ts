/**
 * Fact-checks as a pack: each schema.org `ClaimReview` read from a file becomes a statement by the
 * fact-checker on the claim it reviewed, with the stance its rating names; the claim is one the
 * corpus holds (the reader's choice, offered by the engine) or a new one; the person or body that
 * made the claim, where the review names them, gets a statement asserting it, whose sources are
 * the claim's appearances. Actors are matched to the corpus's by name and alias. The result is an
 * ordinary pack, so it goes through the same preview and all-or-nothing import as any other.
 */
import type { Actor, Claim, Pack, Source, Statement } from './pack-schema.js';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from './pack-schema.js';
import { findClaimReviews } from './claim-review-read.js';
import { cut, MAX_CLAIM_TEXT, readReview, type PageFallback, type ReadReview, type ReviewParty } from './claim-review-fields.js';
import type { PackError } from './pack-errors.js';
import { fold } from './text.js';

export type { ReadReview } from './claim-review-fields.js';

/** Id of the pack fact-checks are imported as: one pack, however many files. */
export const FACT_CHECK_PACK_ID = 'fact-checks';

/** What `readClaimReviews` answers. */
export type ReadReviewsResult = { ok: true; reviews: ReadReview[] } | { ok: false; errors: PackError[] };

/** Most errors listed for one file. */
const MAX_ERRORS = 50;

/**
 * Reads every ClaimReview of a file (JSON-LD or a saved page), all or nothing: one unreadable
 * review makes the file an error, naming each review, field and line at fault.
 */
export function readClaimReviews(text: string, fileName?: string, page?: PageFallback): ReadReviewsResult {
  const found = findClaimReviews(text, fileName);
  if (!found.ok) return found;
  const reviews: ReadReview[] = [];
  const errors: PackError[] = [];
  found.reviews.forEach((f, i) => {
    const r = readReview(f, i, found.reviews.length, page);
    if ('message' in r) errors.push(r);
    else reviews.push(r);
  });
  if (errors.length > MAX_ERRORS)
    return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), { message: `and ${errors.length - MAX_ERRORS} more` }] };
  return errors.length ? { ok: false, errors } : { ok: true, reviews };
}

/** The corpus's actors and claims, live, for matching. */
export interface KnownRecords {
  actors: readonly Actor[];
  claims: readonly Claim[];
}

/** How one review lands in the corpus. */
export interface ReviewPlan {
  review: ReadReview;
  /** The fact-checker's actor id, and whether the corpus holds it already. */
  reviewer: { id: string; existing: boolean };
  claimant?: { id: string; existing: boolean };
  claim: { id: string; existing: boolean };
  /** The verdict's statement id. */
  statementId: string;
}

/** What `claimReviewPack` answers: the pack to preview and import, and each review's plan. */
export interface ReviewPack {
  pack: Pack;
  plans: ReviewPlan[];
}

/** A folded key for names: case, accents and punctuation ignored. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A short stable hash (FNV-1a, base 36): the same review always gets the same ids. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The first words of a text as an id part: `Fact Desk` → `fact-desk`. */
function slug(text: string, words: number): string {
  return nameKey(text).split(' ').slice(0, words).join('-').slice(0, 48).replace(/-+$/, '') || 'x';
}

/**
 * The pack for reviews read from a file. `choices[i]` is the id of the corpus claim the reader
 * chose for review `i`, or undefined for a new claim. Records the pack refers to but does not
 * change (matched actors, chosen claims and the claims they link to) are included as the corpus
 * holds them, so the pack validates and the preview shows them unchanged. `today` is YYYY-MM-DD.
 */
export function claimReviewPack(
  reviews: readonly ReadReview[],
  known: KnownRecords,
  choices: readonly (string | undefined)[],
  today: string,
): ReviewPack {
  const actorsByKey = new Map<string, Actor>();
  for (const a of known.actors)
    for (const n of [a.name, ...a.aliases]) if (!actorsByKey.has(nameKey(n))) actorsByKey.set(nameKey(n), a);
  const knownClaims = new Map(known.claims.map((c) => [c.id, c]));
  const knownActorIds = new Set(known.actors.map((a) => a.id));
  const actors = new Map<string, Actor>();
  const claims = new Map<string, Claim>();
  const statements = new Map<string, Statement>();

  const actorFor = (p: ReviewParty, role?: string): { id: string; existing: boolean } => {
    const found = actorsByKey.get(nameKey(p.name));
    if (found) {
      actors.set(found.id, found);
      return { id: found.id, existing: knownActorIds.has(found.id) };
    }
    let id = `cr-${slug(p.name, 5)}`;
    if (knownActorIds.has(id) || actors.has(id)) id = `${id}-${hash(p.name)}`;
    const actor: Actor = { id, name: p.name, aliases: [], kind: p.kind, ...(role ? { role } : {}) };
    actors.set(id, actor);
    actorsByKey.set(nameKey(p.name), actor);
    return { id, existing: false };
  };

  const claimFor = (r: ReadReview, chosen: string | undefined): { id: string; existing: boolean } => {
    const picked = chosen === undefined ? undefined : knownClaims.get(chosen);
    if (picked) {
      includeClaim(picked, knownClaims, claims);
      return { id: picked.id, existing: true };
    }
    const id = `cr-${slug(r.claimText, 6)}-${hash(nameKey(r.claimText))}`;
    const stored = knownClaims.get(id);
    if (stored) includeClaim(stored, knownClaims, claims);
    else claims.set(id, { id, text: cut(r.claimText, MAX_CLAIM_TEXT), tags: ['fact-check'], cues: [] });
    return { id, existing: stored !== undefined };
  };

  const plans = reviews.map((r, i): ReviewPlan => {
    const reviewer = actorFor(r.reviewer, 'Fact-checker');
    const claim = claimFor(r, choices[i]);
    const statementId = `cr-${slug(r.reviewer.name, 3)}-${r.date}-${hash(`${r.source.url ?? ''}|${r.reviewer.name}|${nameKey(r.claimText)}`)}`;
    statements.set(statementId, verdictStatement(r, statementId, reviewer.id, claim.id));
    if (!r.claimant) return { review: r, reviewer, claim, statementId };
    const claimant = actorFor(r.claimant);
    const claimantStatement = claimantStatementOf(r, `${statementId}-claim`, claimant.id, claim.id);
    statements.set(claimantStatement.id, claimantStatement);
    return { review: r, reviewer, claimant, claim, statementId };
  });

  const pack: Pack = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: FACT_CHECK_PACK_ID,
    version: '1.0.0',
    title: 'Fact-checks (schema.org ClaimReview)',
    language: 'en',
    updated: today,
    description: 'Fact-checkers’ verdicts imported from ClaimReview markup.',
    // No required groups: a topic that cannot tell pages apart is left out by the engine.
    topic: { name: 'Fact-checks', quickCheck: ['fact-check'], terms: [], negative: [], requires: [], threshold: 0 },
    actors: [...actors.values()],
    claims: [...claims.values()],
    statements: [...statements.values()],
  };
  return { pack, plans };
}

/** A claim the pack refers to, and every claim it links to (as the corpus holds them). */
function includeClaim(claim: Claim, known: ReadonlyMap<string, Claim>, out: Map<string, Claim>): void {
  const pending = [claim];
  for (let c = pending.pop(); c; c = pending.pop()) {
    if (out.has(c.id)) continue;
    out.set(c.id, c);
    for (const l of c.links ?? []) {
      const linked = known.get(l.claimId);
      if (linked) pending.push(linked);
    }
  }
}

/** The verdict: the review's text where the file gave it, else the rating in our words. */
function verdictStatement(r: ReadReview, id: string, actorId: string, claimId: string): Statement {
  const v = r.verdict;
  const rated = v.label ? `rated “${cut(v.label, 200)}”` : 'not rated';
  const summary = r.text ? cut(r.text, 4000) : `Fact-check of the claim: ${rated}.`;
  return {
    id,
    actorId,
    summary,
    date: r.date,
    speakerRole: 'Fact-checker',
    sources: [r.source],
    stances: [{ claimId, stance: v.stance }],
    keywords: ['fact-check', ...(v.label ? [cut(v.label, 120)] : [])],
  };
}

/** The claimant's statement: that they made the claim, where it appeared (else the fact-check that reports it). */
function claimantStatementOf(r: ReadReview, id: string, actorId: string, claimId: string): Statement {
  const sources: Source[] = r.appearances.length ? r.appearances.slice(0, 20) : [r.source];
  return {
    id,
    actorId,
    summary: `Made this claim, according to a fact-check by ${r.reviewer.name}.`,
    date: r.claimDate ?? r.date,
    ...(r.claimDate ? {} : { dateNote: 'The fact-check’s date: the claim was made on or before it.' }),
    sources,
    stances: [{ claimId, stance: 'asserts' }],
    keywords: ['fact-check'],
  };
}
