/**
 * Where the words a cue attributes begin: a quote, a clause "that" opens (an aside set off by
 * commas may come first), or a bare clause ("said terrorists were operating …"). Part of the
 * attribution grammar (attribution-cues.ts); each scan is bounded by a small constant.
 */
import {
  BARE_CLAUSE_CUES,
  QUANTIFIERS,
  CLAUSE_STARTS,
  DETERMINERS,
  FINITE_VERBS,
  MODIFIERS,
  PREPOSITIONS,
  THAT_STOPS,
  TIME_WORDS,
  CHARGE_NOUNS,
} from './attribution-words';
import { isWord, isPunct, isName } from './attribution-tokens';
import type { Token } from './sentence-tokens';

/** How far "that" may follow a cue ("stated at a weekly news conference in Islamabad that": 8 words). */
const THAT_LOOKAHEAD = 10;
/**
 * Most words of a bare clause's subject before its verb ("many of the victims were": 4; "air strikes in Kunar and
 * Paktika provinces had": 7). Raised from 6 to 12 on 2026-12-06: four more right cards on the tune halves, three on
 * the held-out halves, none wrong.
 */
const MAX_BARE_SUBJECT = 12;

/** Most words saying when or how between a cue and its clause ("said earlier this week that"). */
const MAX_TIME_WORDS = 3;

/** Whether token j says when ("on", "Thursday", "last", "earlier"; "this" before "week", "month" or "year"). */
function isTimeWord(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]?.lower ?? '';
  return TIME_WORDS.has(w) || (w === 'this' && /^(?:week|month|year)$/.test(tokens[j + 1]?.lower ?? ''));
}

/**
 * True when a finite verb follows token j within a short subject and no punctuation ("said many
 * of the victims were", "said 23 soldiers had"): a bare clause, though it opens with a common noun.
 */
function finiteVerbSoon(tokens: readonly Token[], j: number): boolean {
  let skipped = 0;
  for (let k = j + 1; k <= j + MAX_BARE_SUBJECT + skipped; k++) {
    const t = tokens[k];
    // "said 46 people, most of them women and children, were killed": a description set off by commas.
    const close = isPunct(t, ',') && skipped === 0 ? describedEnd(tokens, k) : -1;
    if (close >= 0) {
      skipped = close - k + 1;
      k = close;
      continue;
    }
    if (!isWord(t)) return false;
    if (FINITE_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Most words of a description set off by commas inside a bare clause's subject. */
const MAX_SUBJECT_ASIDE = 6;

/** Words that open a clause of their own, which no description of a subject holds ("and" may: "women and children"). */
const CLAUSE_OPENERS = new Set([...THAT_STOPS].filter((w) => w !== 'and'));

/** The closing comma of a description opening with the comma at k ("…, including women and children,"), or -1. */
const describedEnd = (tokens: readonly Token[], k: number) =>
  asideEnd(
    tokens,
    k,
    MAX_SUBJECT_ASIDE,
    (w) => CLAUSE_OPENERS.has(w) || FINITE_VERBS.has(w),
    (w) => FINITE_VERBS.has(w),
  );

/**
 * The closing comma of an aside of at most `maxWords` words opening with the comma at k, none of
 * them a word `stops` refuses, and followed by a word `next` accepts; else -1.
 */
function asideEnd(
  tokens: readonly Token[],
  k: number,
  maxWords: number,
  stops: (word: string) => boolean,
  next: (word: string) => boolean,
): number {
  for (let m = k + 1; m <= k + maxWords + 1; m++) {
    const t = tokens[m];
    if (isPunct(t, ',')) return m > k + 1 && next(tokens[m + 1]?.lower ?? '') ? m : -1;
    if (!isWord(t) || stops(t.lower)) return -1;
  }
  return -1;
}

/**
 * Index of the token where the words introduced by the cue ending at `last` begin, or -1: a quote,
 * a clause "that" opens, or a bare clause ("said terrorists were operating …", "said many of the
 * victims were …": a common noun, then a finite verb soon).
 */
export function clauseStart(tokens: readonly Token[], last: number, cue: string): number {
  let j = last + 1;
  if (isPunct(tokens[j], ',:') && (tokens[j + 1]?.kind === 'quote' || (tokens[j]?.text === ':' && j + 1 === tokens.length)))
    return j + 1;
  if (tokens[j]?.kind === 'quote') return j;
  for (let k = 0; k < MAX_TIME_WORDS && isTimeWord(tokens, j); k++) j++;
  const t = tokens[j];
  if (isWord(t) && t.lower !== 'that') {
    if (CLAUSE_STARTS.has(t.lower)) return j;
    if (
      BARE_CLAUSE_CUES.has(cue) &&
      (DETERMINERS.has(t.lower) || QUANTIFIERS.has(t.lower) || MODIFIERS.has(t.lower) || isName(t))
    )
      return j;
    if (BARE_CLAUSE_CUES.has(cue) && !PREPOSITIONS.has(t.lower) && finiteVerbSoon(tokens, j)) {
      // "said on 28 December that …" is the clause "that" opens; "said claims that … were false" is not.
      const that = thatClause(tokens, last);
      return that >= 0 && !CHARGE_NOUNS.has(tokens[that - 2]?.lower ?? '') ? that : j;
    }
  }
  return thatClause(tokens, last);
}

/** Most words of an aside between a verb of saying and its "that" ("said, in a statement issued in Kabul, that"). */
const MAX_ASIDE_WORDS = 8;

/** The closing comma of an aside opening with the comma at k and followed by "that" ("…, however, that"), or -1. */
const thatAsideEnd = (tokens: readonly Token[], k: number) =>
  asideEnd(
    tokens,
    k,
    MAX_ASIDE_WORDS,
    (w) => w === 'that' || THAT_STOPS.has(w),
    (w) => w === 'that',
  );

/** Where the clause a "that" soon after the cue ending at `last` opens begins ("said on Thursday that …"), or -1. */
function thatClause(tokens: readonly Token[], last: number): number {
  for (let k = last + 1; k <= last + THAT_LOOKAHEAD; k++) {
    const u = tokens[k];
    if (isPunct(u, ',:') && tokens[k + 1]?.kind === 'quote') return k + 1; // "told reporters: “…”"
    // "said, however, that …": an aside set off by commas, then "that".
    const aside = isPunct(u, ',') ? thatAsideEnd(tokens, k) : -1;
    if (aside >= 0) return aside + 2;
    if (!isWord(u) || THAT_STOPS.has(u.lower)) return -1;
    if (u.lower === 'that') return isPunct(tokens[k + 1], ':') ? k + 2 : k + 1;
  }
  return -1;
}
