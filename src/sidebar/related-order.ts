/** The order of a card's statements in the sidebar. */
import type { RelatedStatement } from '../shared/types';

/** Newest first: a timeline that starts with the latest word on the claim. */
export const byDate = (a: RelatedStatement, b: RelatedStatement) => b.date.localeCompare(a.date);

/**
 * Counter-claims: those on the quote's own claim (its denials, or its assertions against a denial) first, then the
 * same accusation pointed the other way and the claims it cannot be true with, each newest first. Who answered the
 * claim itself is what the reader opened the card for.
 */
export const counterOrder = (a: RelatedStatement, b: RelatedStatement) =>
  Number(a.via !== 'same-claim') - Number(b.via !== 'same-claim') || byDate(a, b);
