/**
 * A fact-check page's ClaimReview markup, as text: the contents of its `ld+json` script blocks
 * that mention ClaimReview, read with `textContent` (never run, never parsed here) and sent to the
 * background, which reads them as data.
 */
import { MAX_FACT_CHECK_CHARS } from '../shared/protocol';

/** Most blocks sent: a page with more is not a fact-check. */
const MAX_BLOCKS = 50;

/** The text of the page's ld+json blocks that mention ClaimReview, within the size the background takes. */
export function claimReviewMarkup(doc: Document): string[] {
  const blocks: string[] = [];
  let total = 0;
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    if (!text.includes('ClaimReview')) continue;
    if (total + text.length > MAX_FACT_CHECK_CHARS || blocks.length >= MAX_BLOCKS) break;
    blocks.push(text);
    total += text.length;
  }
  return blocks;
}
