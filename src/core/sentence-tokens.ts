/**
 * The tokens of one sentence for the attribution grammar: words, single punctuation characters,
 * and each quote as one opaque placeholder, so words inside quote marks never count as cues.
 * (Not to be confused with text.ts `tokenize`, which splits folded text into words for matching.)
 */
import { ABBREVIATIONS } from './attribution-words';

/** A half-open range of offsets in the input text. */
export interface Span {
  start: number;
  end: number;
}

/** A token of a sentence: a word, one punctuation character, or a whole quote (placeholder). */
export interface Token extends Span {
  kind: 'word' | 'punct' | 'quote';
  /** The token as it stands in the text ('' for a quote placeholder). */
  text: string;
  lower: string;
  /** For a quote placeholder: the id of the masked interval; otherwise -1. */
  id: number;
}

/** An interval of the text replaced by one placeholder token when tokenizing. */
export interface Mask extends Span {
  id: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/**
 * Whether a code unit is a letter, digit or mark; ASCII without a regular expression (this runs for every character of
 * an article), and read as a code, without making a string of every character.
 */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(String.fromCharCode(c));
}

/** Characters that join two runs of letters into one word ("Pakistan’s", "Taliban-run", "U.S"): ' ’ . - */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45;

/** End of the word starting at i: letters, digits and marks, joined by an apostrophe, a period or a hyphen. */
function wordEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (!isWordCode(c) && !(isJoiner(c) && j + 1 < limit && isWordCode(text.charCodeAt(j + 1)))) break;
    j++;
  }
  return j;
}
const SPACE = /[\s\u200B-\u200D\u2060\uFEFF]/;

/** Whitespace, zero-width characters included. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c === 32) return true;
  if (c > 32 && c < 128) return false;
  return SPACE.test(ch);
}

/** True for words written with a period that does not end a sentence ("F.", "U.S.", "Jan."). */
export function isAbbreviation(word: string): boolean {
  return word.length === 1 || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase());
}

/** Tokens of text[span], each mask (sorted, non-overlapping) replaced by one 'quote' token. */
export function tokenizeSentence(text: string, span: Span, masks: readonly Mask[]): Token[] {
  const out: Token[] = [];
  let k = 0;
  for (let i = span.start; i < span.end;) {
    const mask = masks[k];
    if (mask && mask.start <= i) {
      out.push({ kind: 'quote', start: mask.start, end: mask.end, text: '', lower: '', id: mask.id });
      i = Math.max(i, mask.end);
      k++;
      continue;
    }
    const limit = Math.min(span.end, mask ? mask.start : span.end);
    // Read as a code: most characters are ASCII letters and spaces, told apart without making a string of each.
    const c = text.charCodeAt(i);
    if (c === 32 || ((c < 32 || c >= 128) && isSpace(text[i]))) {
      i++;
    } else if (isWordCode(c)) {
      let end = wordEnd(text, i, limit);
      if (text[end] === '.' && end + 1 <= limit && isAbbreviation(text.slice(i, end))) end++;
      const tok = text.slice(i, end);
      out.push({ kind: 'word', start: i, end, text: tok, lower: tok.toLowerCase(), id: -1 });
      i = end;
    } else {
      const ch = text[i]!;
      out.push({ kind: 'punct', start: i, end: i + 1, text: ch, lower: ch, id: -1 });
      i++;
    }
  }
  return out;
}
