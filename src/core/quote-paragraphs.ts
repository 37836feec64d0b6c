/**
 * A quote that runs over several paragraphs (the print convention: no closing mark at the end of
 * a paragraph the quote continues in the next) is one quote for its speaker but several remarks for
 * matching: each paragraph makes its own point, and each gets its own card.
 */
import type { FoundQuote } from './quote-assembly';

/** The quote split at paragraph breaks between its parts (itself when it sits in one paragraph). */
export function byParagraph(text: string, quote: FoundQuote): FoundQuote[] {
  if (quote.parts.length < 2) return [quote];
  const groups: FoundQuote['parts'][] = [[quote.parts[0]!]];
  for (let i = 1; i < quote.parts.length; i++) {
    const prev = quote.parts[i - 1]!;
    const part = quote.parts[i]!;
    if (text.slice(prev.end, part.start).includes('\n')) groups.push([part]);
    else groups[groups.length - 1]!.push(part);
  }
  if (groups.length === 1) return [quote];
  return groups.map((parts) => ({
    ...quote,
    text: parts.map((p) => text.slice(p.start, p.end)).join(' '),
    parts,
    start: parts[0]!.start,
    end: parts[parts.length - 1]!.end,
  }));
}
