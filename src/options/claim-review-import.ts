/**
 * A ClaimReview file (or a fact-check handed over from the sidebar) made ready for the import
 * preview: its reviews read, the engine's claim suggestions asked of the background, and the
 * pack they make with the reader's choice of claim for each review.
 */
import { sendToBackground } from '../shared/browser-api';
import { claimReviewPack, readClaimReviews, type ReadReview, type ReviewPack } from '../core/claim-review-pack';
import type { ClaimSuggestion } from '../core/claim-suggest';
import type { PackError } from '../core/pack-errors';
import { toRecord } from '../db/rows';
import type { CounterpointDB } from '../db/schema';
import { loadLookups } from './lookups';
import { today } from './corpus';

/** A ClaimReview import in the making: what the file holds and what the reader chose. */
export interface ReviewImport {
  reviews: ReadReview[];
  /** The engine's corpus claims for each review, best first (empty where it offered none). */
  suggestions: ClaimSuggestion[][];
  /** The claim chosen for each review: a corpus claim id, or undefined for a new claim. */
  choices: (string | undefined)[];
  /** The engine could not be asked (the background did not answer): every claim starts new. */
  unranked: boolean;
}

/**
 * Whether a file is schema.org ClaimReview rather than a pack: a page, or JSON that mentions
 * ClaimReview and is not marked as a pack.
 */
export function isClaimReviewFile(text: string): boolean {
  const head = text.trimStart();
  if (head.startsWith('<')) return true;
  return !/"format"\s*:\s*"counterpoint-pack"/.test(text.slice(0, 4096)) && /claimReview/i.test(text);
}

/** Reads a ClaimReview file and asks the engine which corpus claim each review is about. */
export async function readReviewFile(
  text: string,
  fileName: string,
  page?: { url: string; title: string },
): Promise<{ ok: true; value: ReviewImport } | { ok: false; errors: PackError[] }> {
  const read = readClaimReviews(text, fileName, page);
  if (!read.ok) return read;
  const texts = read.reviews.map((r) => r.claimText);
  const ranked = await sendToBackground('rankClaims', { texts }).catch(() => undefined);
  const suggestions = ranked?.suggestions ?? texts.map(() => []);
  // The engine's claim is chosen where it would name it on a page; else a new claim, which the reader may change.
  const choices = suggestions.map((s) => (s[0]?.confident ? s[0].claimId : undefined));
  return { ok: true, value: { reviews: read.reviews, suggestions, choices, unranked: ranked === undefined } };
}

/** The pack the reviews make with the reader's choices, against the corpus as it is now. */
export async function reviewPack(db: CounterpointDB, value: ReviewImport): Promise<ReviewPack> {
  const { actors, claims } = await loadLookups(db);
  return claimReviewPack(
    value.reviews,
    { actors: actors.map((a) => toRecord(a)), claims: claims.map((c) => toRecord(c)) },
    value.choices,
    today(),
  );
}
