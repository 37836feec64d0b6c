/**
 * Where a remark's words lie in the article, for the engine: which quotes are worth matching, the sentence around a
 * remark and the one before it, the tokens of a span, a direct quote's clauses read one by one, and the words a reported
 * clause quotes. Pure functions over the article's text and tokens.
 */
import type { FoundQuote } from './quotes';
import { splitSentences } from './quote-sentences';
import type { Span } from './sentence-tokens';
import { SPEECH_VERBS } from './attribution-words';
import { fold, tokenize, type Token } from './text';

/** Characters of context either side of a quote when its sentence cannot be found. */
const CONTEXT_CHARS = 240;

/** Most quotes matched on one page: a real article has dozens; a hostile one must not cost seconds. */
const MAX_QUOTES = 2000;

/**
 * The quotes worth matching: no repeats (a headline printed twice), and no quote inside another (a fragment inside the reported claim that holds it).
 */
export function worthMatching(found: readonly FoundQuote[], folded: string): FoundQuote[] {
  // By start, the longer first at equal starts: a quote is nested when an earlier one reaches past its end.
  const ordered = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundQuote[] = [];
  const texts = new Set<string>();
  let reach = -1;
  for (const q of ordered) {
    if (q.end <= reach) continue;
    // A quote of one part is the article's text there, already folded (`fold` keeps every offset).
    const part = q.parts.length === 1 ? q.parts[0]! : undefined;
    const key = (part ? folded.slice(part.start, part.end) : fold(q.text)).replace(/\W+/g, ' ').trim();
    if (texts.has(key)) continue;
    texts.add(key);
    kept.push(q);
    reach = q.end;
    if (kept.length >= MAX_QUOTES) break;
  }
  return kept;
}

/**
 * A direct quote of several sentences or clauses, each as a remark of its own, its speaker's; none for a quote of one
 * clause or one broken by its attribution. A clause is a sentence, or a part of one after a semicolon or a comma and a
 * conjunction ("…, and the TTP gets new recruits"), of at least MIN_CLAUSE_WORDS on either side. A sentence that
 * reports what someone said ("then their spokesman goes on television and says …") is no claim of the speaker's own and
 * is left out.
 */
export function clausesOf(text: string, found: FoundQuote): FoundQuote[] {
  const part = found.parts[0];
  if (found.kind !== 'direct' || found.parts.length !== 1 || !part) return [];
  const words = (from: number, to: number) => text.slice(from, to).trim().split(/\s+/).length;
  const spans = splitSentences(text, part, []).flatMap(({ start, end }) => {
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (tokenize(fold(text.slice(start, end))).some((t) => SPEECH_VERBS.has(t.text))) return [];
    const out: Span[] = [];
    let from = start;
    for (const m of text.slice(start, end).matchAll(CLAUSE_BREAK)) {
      const at = start + m.index;
      const next = at + m[0].length;
      if (words(from, at) < MIN_CLAUSE_WORDS || words(next, end) < MIN_CLAUSE_WORDS) continue;
      out.push({ start: from, end: at });
      from = next;
    }
    out.push({ start: from, end });
    return out;
  });
  if (spans.length < 2) return [];
  return spans.map(({ start, end }) => ({
    kind: 'direct' as const,
    text: text.slice(start, end),
    parts: [{ start, end }],
    start,
    end,
    ...(found.speaker ? { speaker: found.speaker } : {}),
  }));
}

/** Where a sentence's clauses part: a semicolon, or a comma and a conjunction. */
const CLAUSE_BREAK = /(?:;|,\s+(?:and|but|while|whereas))\s+/g;

/** Fewest words on either side of a clause break that make two clauses. */
const MIN_CLAUSE_WORDS = 5;

/** Offsets of the sentence (or sentences) holding [start, end), bounded by paragraph breaks. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  const floor = Math.max(0, start - CONTEXT_CHARS);
  const ceil = Math.min(text.length, end + CONTEXT_CHARS);
  let s = start;
  // The sentence starts after a stop and a space, or right after a line break (not one character further in).
  while (s > floor && !/(?:[.!?]\s|\n)$/.test(text.slice(s - 2, s))) s--;
  let e = end;
  while (e < ceil && !/[.!?]\s|\n/.test(text.slice(e - 1, e + 1))) e++;
  return [s, e];
}

/** Where the sentence before the one starting at `start` starts (across a paragraph break); `start` when there is none. */
export function sentenceBefore(text: string, start: number): number {
  let p = start;
  while (p > 0 && /\s/.test(text[p - 1]!)) p--;
  return p > 0 ? sentenceAround(text, p - 1, p - 1)[0] : start;
}

/** The tokens within [start, end), found by binary search (tokens are in text order). */
export function tokensBetween(tokens: readonly Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) out.push(tokens[i]!);
  return out;
}

/** Words in quote marks inside a reported clause: the speaker's own, which the corpus may hold. */
export function innerQuotes(text: string): string[] {
  return [...text.matchAll(/[“"]([^“”"]{4,400})[”"]/g)].map((m) => m[1]!);
}
