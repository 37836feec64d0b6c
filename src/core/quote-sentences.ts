/**
 * Sentences of a paragraph, with the quotes inside them kept opaque: a terminal inside quote marks
 * ends the sentence only when the quote itself ends one, and abbreviations and initials ("U.S.",
 * "John F. Kirby") do not, though a lone capital before a quote mark does ("wrote on X. “…”"). Linear in the paragraph.
 */
import { isAbbreviation, isSpace, type Mask, type Span } from './sentence-tokens';

/** A sentence span with the quote masks that fall inside it, sorted. */
export interface Sentence extends Span {
  masks: Mask[];
}

const TERMINALS = '.!?';
const TERMINAL = /[.!?]/g;
/** Sentences longer than this are analysed in chunks: real ones are far shorter, and it bounds memory. */
const MAX_SENTENCE_CHARS = 2000;

const LETTER = /\p{L}/u;
/** A name and a verb of saying right after a quote that ends in "?" or "!" ("“…?” Janjua asked"): the same sentence. */
const NAME_THEN_CUE =
  /^\s+(?!(?:It|He|She|They|We|I|You|This|That|The)\b)(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|wondered|went on|continued)\b/u;
/** Characters after a quote searched for NAME_THEN_CUE. */
const CUE_LOOKAHEAD_CHARS = 80;

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text[i])) i++;
  return i;
}

/** True when the text after i (past at least one space) starts a new sentence. */
function startsSentence(text: string, i: number, end: number): boolean {
  const j = skipSpace(text, i, end);
  if (j === i && j < end) return false;
  const c = text[j] ?? '';
  return j >= end || /[\p{Lu}\p{N}“"«‘]/u.test(c);
}

/** A terminal at i ends the sentence unless it follows an abbreviation or an initial ("U.S.", "John F. Kirby"). */
function endsSentence(text: string, i: number, para: Span): boolean {
  if (!startsSentence(text, i + 1, para.end)) return false;
  if (text[i] !== '.') return true;
  let j = i;
  while (j > para.start && i - j < 15 && (LETTER.test(text[j - 1]!) || text[j - 1] === '.')) j--;
  const word = text.slice(j, i);
  // A lone capital before an opening quote mark is a name, not an initial: an initial is followed by a name ("wrote on X. “…”").
  if (/^\p{Lu}$/u.test(word) && /[“"«]/.test(text[skipSpace(text, i + 1, para.end)] ?? '')) return true;
  // … and so is one after a preposition: an initial follows a name or a title ("wrote on X. Mujahid has said …").
  if (/^\p{Lu}$/u.test(word) && /\b(?:on|via|at|to|from)\s+$/i.test(text.slice(Math.max(para.start, j - 6), j))) return true;
  return j === i || !isAbbreviation(word);
}

/** Sentence spans of a paragraph; masks (the quotes, sorted) are opaque. */
export function splitSentences(text: string, para: Span, masks: readonly Mask[]): Sentence[] {
  const out: Sentence[] = [];
  let start = para.start;
  let k = 0;
  let kStart = 0;
  /** The next terminal at or after i (found once, not per character). */
  let terminal = -1;
  const cut = (end: number) => {
    out.push({ start, end, masks: masks.slice(kStart, k) });
    start = skipSpace(text, end, para.end);
    kStart = k;
  };
  for (let i = para.start; i < para.end;) {
    const mask = masks[k];
    if (mask && mask.start <= i) {
      k++;
      i = Math.max(i + 1, mask.end);
      const closing = text[mask.end - 2] ?? '';
      // "“…?” Janjua asked": a question or exclamation and its attribution are one sentence ("“….” Kirby added that …" is two).
      const attributed = closing !== '.' && NAME_THEN_CUE.test(text.slice(i, i + CUE_LOOKAHEAD_CHARS));
      if (TERMINALS.includes(closing) && startsSentence(text, i, para.end) && !attributed) cut(i);
      continue;
    }
    // Straight to the next terminal or quote: nothing between ends a sentence, unless it grows too long.
    if (terminal < i) {
      TERMINAL.lastIndex = i;
      terminal = TERMINAL.exec(text)?.index ?? Infinity;
    }
    const stop = Math.min(terminal, mask ? mask.start : para.end, para.end, start + MAX_SENTENCE_CHARS + 1);
    if (stop > i) {
      i = stop;
      continue;
    }
    const ch = text[i]!;
    if (TERMINALS.includes(ch) && endsSentence(text, i, para)) cut(i + 1);
    else if (i - start > MAX_SENTENCE_CHARS && (isSpace(ch) || i - start > 2 * MAX_SENTENCE_CHARS)) cut(i);
    i++;
  }
  if (start < para.end) out.push({ start, end: para.end, masks: masks.slice(kStart) });
  return out;
}
