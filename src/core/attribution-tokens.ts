/**
 * Token predicates of the attribution grammar: what a word of a sentence is (a name, a noun for a
 * speaker, an adverb, punctuation), shared by attribution-subjects.ts, attribution-clauses.ts and
 * attribution-cues.ts.
 */
import { ADVERBS, NOT_NAMES, SPEAKER_NOUNS } from './attribution-words';
import type { Token } from './sentence-tokens';

/** A word lower-cased without a trailing full stop ("Gen." → "gen"), for the title list; '' past the end. */
export const bare = (t: Token | undefined) => (t ? t.lower.replace(/\.$/, '') : '');
/** True when the token is a word (not punctuation or a quote placeholder). */
export const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
/** True when the token is one of the punctuation marks in `chars`. */
export const isPunct = (t: Token | undefined, chars: string) => t?.kind === 'punct' && chars.includes(t.text);
/** True when a string opens with an upper-case letter. */
const firstIsUpper = (s: string) => {
  const c = s[0] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
/** True when a string opens with a lower-case letter. */
export const firstIsLower = (s: string) => {
  const c = s[0] ?? '';
  return c !== c.toUpperCase() && c === c.toLowerCase();
};
/** A word without its possessive ending ("military’s" → "military"), for the word lists. */
export const base = (t: Token) => {
  const w = t.lower;
  const n = w.length;
  return n > 2 && w[n - 1] === 's' && (w[n - 2] === "'" || w[n - 2] === '’') ? w.slice(0, -2) : w;
};
/** A capitalised word that may be part of a name: not one of the words that are capitalised only to open a sentence. */
export const isName = (t: Token | undefined) => isWord(t) && firstIsUpper(t.text) && !NOT_NAMES.has(t.lower);
/** A word that may end a speaker phrase: a name or a noun for a speaker ("spokesman", "officials"). */
export const isHead = (t: Token | undefined) => isName(t) || (isWord(t) && SPEAKER_NOUNS.has(base(t)));
/**
 * "the Afghan side said", as reports of talks name a government: "side" after a country's or a group's name speaks for
 * it; "the other side", "either side" and "the home side" name nobody.
 */
export const isSide = (tokens: readonly Token[], j: number) => tokens[j]?.lower === 'side' && isName(tokens[j - 1]);
/** An adverb that may stand between a speaker and the cue ("Kirby also said"): listed, or a lower-case -ly word. */
export const isAdverb = (t: Token | undefined) =>
  isWord(t) && (ADVERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !firstIsUpper(t.text)));
