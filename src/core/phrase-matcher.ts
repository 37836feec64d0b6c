/**
 * Finds many phrases in a token stream in one pass: the shared mechanism behind topic terms,
 * actor names and claim cues. Phrases are indexed by their first word, so the cost is linear in
 * the text and independent of how many phrases there are.
 */
import { editDistanceAtMost, phraseWords, type Token } from './text';

/** A phrase to look for, with whatever the caller wants back on a match. */
export interface Phrase<T> {
  words: string[];
  value: T;
  /** Allow one word of five letters or more to be off by one edit (names misspelt in print). */
  fuzzy?: boolean;
}

/** One match: the values of every phrase with these words (several when phrases share words). */
export interface PhraseMatch<T> {
  values: T[];
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Whether a word matched only approximately. */
  approximate: boolean;
}

/** Words shorter than this never match approximately: too many short words are one edit apart. */
const MIN_FUZZY_WORD = 5;

/**
 * What the matcher knows of one word: the phrases it opens, the phrases of two words or more it
 * opens by their second word, and the fuzzy phrases whose second word it is.
 */
interface WordEntry<T> {
  /** Single-word and fuzzy phrases whose first word this is. */
  first?: Phrase<T>[];
  /**
   * Exact phrases of two words or more whose first word this is, by their second word: "the" opens
   * hundreds of descriptors ("the foreign ministry"), and an article holds hundreds of "the".
   */
  pairs?: Map<string, Phrase<T>[]>;
  /** Fuzzy phrases whose second word this is, so a misspelt first word is still found. */
  second?: Phrase<T>[];
}

/** Finds many phrases in a token stream in one pass (see the module comment). */
export class PhraseMatcher<T> {
  /**
   * Every word the phrases need, in one map: a token is looked up once, and its entry serves both
   * as the word at a position and as the word after the one before it (scanning an article looks
   * up each of its thousands of tokens, in every matcher).
   */
  private readonly words = new Map<string, WordEntry<T>>();
  private readonly fuzzy: boolean;

  constructor(phrases: Iterable<Phrase<T>>) {
    let fuzzy = false;
    for (const p of phrases) {
      if (p.words.length === 0) continue;
      const first = this.entry(p.words[0]!);
      if (p.words.length > 1 && !p.fuzzy) push((first.pairs ??= new Map<string, Phrase<T>[]>()), p.words[1]!, p);
      else (first.first ??= []).push(p);
      if (p.fuzzy && p.words.length > 1) {
        (this.entry(p.words[1]!).second ??= []).push(p);
        fuzzy = true;
      }
    }
    this.fuzzy = fuzzy;
  }

  private entry(word: string): WordEntry<T> {
    let e = this.words.get(word);
    if (!e) this.words.set(word, (e = {}));
    return e;
  }

  /** Builds a matcher from plain strings. */
  static of<T>(entries: Iterable<[phrase: string, value: T, fuzzy?: boolean]>): PhraseMatcher<T> {
    const phrases: Phrase<T>[] = [];
    for (const [phrase, value, fuzzy] of entries) phrases.push({ words: phraseWords(phrase), value, fuzzy: fuzzy ?? false });
    return new PhraseMatcher(phrases);
  }

  /** All longest, non-overlapping matches, left to right. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    this.each(tokens, (m) => {
      out.push(m);
      return false;
    });
    return out;
  }

  /** The matches of `findAll`, one at a time, until `visit` returns true (enough is known). */
  each(tokens: readonly Token[], visit: (m: PhraseMatch<T>) => boolean): void {
    let i = 0;
    // The entry of tokens[i], carried over from the step before when that moved by one token.
    let here = tokens.length ? this.words.get(tokens[0]!.text) : undefined;
    while (i < tokens.length) {
      const next = i + 1 < tokens.length ? this.words.get(tokens[i + 1]!.text) : undefined;
      // A word no phrase opens, before a word no fuzzy phrase has second, starts no match.
      const best = here || next?.second ? this.longestAt(tokens, i, here, next) : undefined;
      if (best) {
        if (visit(best)) return;
        i = best.to;
        here = i < tokens.length ? this.words.get(tokens[i]!.text) : undefined;
      } else {
        i++;
        here = next;
      }
    }
  }

  /** The longest match at token i, given the entries of tokens i and i + 1. */
  private longestAt(
    tokens: readonly Token[],
    i: number,
    here: WordEntry<T> | undefined,
    next: WordEntry<T> | undefined,
  ): PhraseMatch<T> | undefined {
    let best: PhraseMatch<T> | undefined;
    const first = here?.first;
    if (first) for (const p of first) best = better(best, matchAt(p, tokens, i));
    const pairs = here?.pairs && i + 1 < tokens.length ? here.pairs.get(tokens[i + 1]!.text) : undefined;
    if (pairs) for (const p of pairs) best = better(best, matchAt(p, tokens, i));
    if (!this.fuzzy) return best;
    const second = next?.second;
    if (second) for (const p of second) if (p.words[0] !== tokens[i]!.text) best = better(best, matchAt(p, tokens, i));
    return best;
  }
}

/** The longer match, preferring exact over approximate; equal matches pool their values. */
function better<T>(best: PhraseMatch<T> | undefined, m: PhraseMatch<T> | undefined): PhraseMatch<T> | undefined {
  if (!m) return best;
  if (!best || m.to > best.to || (m.to === best.to && best.approximate && !m.approximate)) return m;
  if (m.to === best.to && m.approximate === best.approximate) best.values.push(...m.values);
  return best;
}

function matchAt<T>(p: Phrase<T>, tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
  if (i + p.words.length > tokens.length) return undefined;
  let approximate = false;
  for (let k = 0; k < p.words.length; k++) {
    const want = p.words[k]!;
    const got = tokens[i + k]!.text;
    if (want === got) continue;
    const close = p.fuzzy && !approximate && want.length >= MIN_FUZZY_WORD && editDistanceAtMost(want, got, 1);
    if (!close) return undefined;
    approximate = true;
  }
  // A fuzzy match needs at least one exact word, so two misspellings never add up to a name.
  if (approximate && p.words.length < 2) return undefined;
  const last = tokens[i + p.words.length - 1]!;
  return { values: [p.value], from: i, to: i + p.words.length, start: tokens[i]!.start, end: last.end, approximate };
}

/** Appends a value to the list a map holds under a key, creating the list. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
