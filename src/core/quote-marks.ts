/**
 * Quote marks: the paragraphs of an article and the quotes their marks delimit, found in one pass
 * (a scanner, no regex over unbounded spans), linear in the input.
 *
 * Policies:
 * - A paragraph is a run of text between line breaks ("\n\n" in the input; a single "\n" counts too).
 * - A quote never runs past its paragraph, except a paragraph that opens with a mark and has no
 *   closing mark: it continues into the next paragraph if that one opens with a mark (one part per
 *   paragraph). Otherwise an unclosed curly “ or « quote is cut at the paragraph end (the mark says
 *   where it starts, and the closing mark is often just missing), and an unclosed straight " or single
 *   quote is dropped (a stray straight mark says nothing about where a quote begins or ends).
 * - Single marks ‘…’ / '…' count only with an opening context (start, space, bracket, dash) followed by a
 *   letter, and a closer not followed by a letter or digit, in the same paragraph: "Pakistan's",
 *   "don't", "’80s" are apostrophes. Inside a double-quoted span, single marks are nested and ignored.
 * - A quote's text leaves out the marks, surrounding spaces and a trailing comma ("…provided,” Khan
 *   said" → "…provided"): that comma is the sentence's punctuation before the attribution.
 */
import { isSpace, type Span } from './sentence-tokens';

/** A quote as the mark scanner finds it. */
export interface RawQuote {
  /** One interval per paragraph, marks included. */
  segments: Span[];
  /** The words in each paragraph, marks excluded. */
  parts: Span[];
}

const DOUBLE_OPENERS = '“"«„';
const CLOSERS_OF: Record<string, string> = { '“': '”"', '"': '"”', '«': '»', '„': '“”"' };
/** Openers that say unambiguously where a quote starts, so an unclosed one is cut, not dropped. */
const DIRECTIONAL_OPENERS = '“«„';
const SINGLE_OPENERS = "‘'";
const SINGLE_CLOSERS = "’'";
/** A character that may be a quote mark: '"', "'" or any outside ASCII. */
const MAYBE_MARK = /["'\u0080-\uffff]/g;
/** Characters after which a single mark opens a quote rather than being an apostrophe. */
const OPEN_CONTEXT = '([{—–-/“"«';

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** Index of the first line break at or after `from`, else the text's length. */
function nextLineBreak(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  return LINE_BREAK.exec(text)?.index ?? text.length;
}

/** Paragraph spans, trimmed, empty ones left out; see the policies in the module comment. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  // Line break to line break, each found by a regular expression (not a test of every character), then the text's end.
  for (let i = nextLineBreak(text, 0); ; i = nextLineBreak(text, i + 1)) {
    let start = from;
    let end = i;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
    if (i >= text.length) return out;
    from = i + 1;
  }
}

function straightOpens(text: string, i: number, para: Span): boolean {
  const prev = i > para.start ? text[i - 1]! : ' ';
  return i + 1 < para.end && !isSpace(text[i + 1]) && !LETTER_OR_DIGIT.test(prev);
}

function singleOpens(text: string, i: number, para: Span): boolean {
  const prev = i > para.start ? text[i - 1]! : ' ';
  return (isSpace(prev) || OPEN_CONTEXT.includes(prev)) && i + 1 < para.end && LETTER.test(text[i + 1]!);
}

function singleCloses(text: string, i: number, para: Span, openedAt: number): boolean {
  return i > openedAt + 1 && !isSpace(text[i - 1]) && (i + 1 >= para.end || !LETTER_OR_DIGIT.test(text[i + 1]!));
}

/** One pass over the marks of every paragraph; see the policies in the module comment. */
export function scanMarks(text: string, paras: readonly Span[]): RawQuote[] {
  const out: RawQuote[] = [];
  let open: { closers: string; directional: boolean; quote: RawQuote; segStart: number } | undefined;
  // Every mark is '"', "'" or outside ASCII: only those characters (a few of a page) are visited.
  const candidates: number[] = [];
  for (const m of text.matchAll(MAYBE_MARK)) candidates.push(m.index);
  let k = 0;
  paras.forEach((para, p) => {
    let single = -1;
    // A curly opening mark may be closed by a straight one in sloppy copy, but not when a curly
    // closing mark still follows in the paragraph: then a straight mark inside is quoted speech.
    // (Searched in the paragraph only: from its end back through a page without curly marks, the
    // search would read the whole text before it for every paragraph.)
    const lastCurlyClose = para.start + text.slice(para.start, para.end).lastIndexOf('”');
    let from = para.start;
    if (open) open.segStart = from++; // continuation: skip the paragraph's opening mark
    while (k < candidates.length && candidates[k]! < from) k++;
    for (; k < candidates.length && candidates[k]! < para.end; k++) {
      const i = candidates[k]!;
      const ch = text[i]!;
      if (open) {
        if (!open.closers.includes(ch)) continue;
        open.quote.segments.push({ start: open.segStart, end: i + 1 });
        open.quote.parts.push({ start: open.segStart + 1, end: i });
        if (i > open.segStart + 1 || open.quote.parts.length > 1) out.push(open.quote); // "" is no quote
        open = undefined;
      } else if (DOUBLE_OPENERS.includes(ch) && (ch !== '"' || straightOpens(text, i, para))) {
        single = -1;
        open = {
          closers: ch === '“' && lastCurlyClose > i ? '”' : CLOSERS_OF[ch]!,
          directional: DIRECTIONAL_OPENERS.includes(ch),
          quote: { segments: [], parts: [] },
          segStart: i,
        };
      } else if (single >= 0 && SINGLE_CLOSERS.includes(ch) && singleCloses(text, i, para, single)) {
        out.push({
          segments: [{ start: single, end: i + 1 }],
          parts: [{ start: single + 1, end: i }],
        });
        single = -1;
      } else if (single < 0 && SINGLE_OPENERS.includes(ch) && singleOpens(text, i, para)) {
        single = i;
      }
    }
    if (!open) return;
    open.quote.segments.push({ start: open.segStart, end: para.end });
    open.quote.parts.push({ start: open.segStart + 1, end: para.end });
    const next = paras[p + 1];
    if (next && open.segStart === para.start && DOUBLE_OPENERS.includes(text[next.start]!)) return;
    if (open.directional) out.push(open.quote);
    open = undefined;
  });
  return out;
}

/** Trims each part; drops a trailing comma from the last; undefined if no words are left. */
export function trimParts(text: string, raw: RawQuote): RawQuote | undefined {
  const parts: Span[] = [];
  raw.parts.forEach(({ start, end }, k) => {
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (k === raw.parts.length - 1 && text[end - 1] === ',') end--;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) parts.push({ start, end });
  });
  return parts.length > 0 ? { segments: raw.segments, parts } : undefined;
}
