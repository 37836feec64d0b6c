/**
 * Remarks that make no claim of fact, whatever words they share with one: a condition ("if they
 * break it, we will hit back") or a question ("have we agreed to this?") puts nothing forward as
 * true. The engine gives them no card.
 */
import { fold } from './text';

/** Opening words of a condition. */
const CONDITIONAL = /^\W*(?:if|unless|whether|should they|were they)\b/;

/** Whether a quote's words put forward no claim of fact. */
export function makesNoClaim(quote: string): boolean {
  const words = fold(quote).trim();
  return CONDITIONAL.test(words) || /\?\W*$/.test(words);
}
