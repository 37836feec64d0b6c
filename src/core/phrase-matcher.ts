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

/** Finds many phrases in a token stream in one pass (see the module comment). */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  /** Fuzzy phrases indexed by their second word, so a misspelt first word is still found. */
  private readonly bySecond = new Map<string, Phrase<T>[]>();

  /**
   * Exact phrases of two words or more, by their first and second word: "the" opens hundreds of
   * descriptors ("the foreign ministry"), and an article holds hundreds of "the".
   */
  private readonly byPair = new Map<string, Map<string, Phrase<T>[]>>();

  constructor(phrases: Iterable<Phrase<T>>) {
    for (const p of phrases) {
      if (p.words.length === 0) continue;
      if (p.words.length > 1 && !p.fuzzy) {
        const second = this.byPair.get(p.words[0]!) ?? new Map<string, Phrase<T>[]>();
        this.byPair.set(p.words[0]!, second);
        push(second, p.words[1]!, p);
      } else push(this.byFirst, p.words[0]!, p);
      if (p.fuzzy && p.words.length > 1) push(this.bySecond, p.words[1]!, p);
    }
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
    while (i < tokens.length) {
      const best = this.longestAt(tokens, i);
      if (best) {
        if (visit(best)) return;
        i = best.to;
      } else i++;
    }
  }

  private longestAt(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    let best: PhraseMatch<T> | undefined;
    const first = this.byFirst.get(tokens[i]!.text);
    if (first) for (const p of first) best = better(best, matchAt(p, tokens, i));
    const pairs = i + 1 < tokens.length ? this.byPair.get(tokens[i]!.text)?.get(tokens[i + 1]!.text) : undefined;
    if (pairs) for (const p of pairs) best = better(best, matchAt(p, tokens, i));
    if (this.bySecond.size === 0) return best;
    const next = tokens[i + 1];
    const second = next && this.bySecond.get(next.text);
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
