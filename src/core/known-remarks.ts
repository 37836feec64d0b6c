/**
 * Known remarks: the corpus statements whose quote is a remark on the page (the same words, or
 * one holding the other), looked up by the quote's opening words.
 */
import type { Stance } from './pack-schema';
import { normalised, openingOf, type StatementSource } from './statement-source';

/** A corpus statement whose quote is a remark on the page: what it claimed counts for the page's quote. */
export interface KnownRemark {
  id: string;
  remark: string;
  stances: readonly Stance[];
}

/**
 * Corpus statements whose quote is this remark (the same words, or one holding the other):
 * the same statement reported by another outlet.
 */
export function knownRemarks(source: StatementSource, quote: string): KnownRemark[] {
  const self = normalised(quote);
  if (!self) return [];
  return source
    .quotesOpening(openingOf(self))
    .filter((q) => q.quote.includes(self) || self.includes(q.quote))
    .map(({ row }) => ({ id: source.ref(row).id, remark: source.remark(row), stances: source.stances(row) }));
}
