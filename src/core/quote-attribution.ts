/**
 * Attribution: who said the words next to a quote, or who makes a reported claim.
 *
 * This module ties a quote to a cue of its sentence: the cue that introduces it, or the one right
 * after it. The cues come from the grammar in attribution-cues.ts (word lists in
 * attribution-words.ts), over tokens from sentence-tokens.ts; the parts of those that quotes.ts
 * needs are re-exported here, so it has one import for attribution. When unsure it returns
 * nothing: no speaker is better than a wrong one.
 */
import { findCues, type CueMatch } from './attribution-cues';
import { NAMING_CUES } from './attribution-words';
import type { Token } from './sentence-tokens';
import { firstAtOrAfter } from './sorted';

export { findCues, speakerOf, type CueMatch, type Speaker } from './attribution-cues';
export { isAbbreviation, isSpace, tokenizeSentence, type Mask, type Span, type Token } from './sentence-tokens';

/** Furthest a cue may stand from the quote it attributes, in words. */
const MAX_CUE_DISTANCE = 30;
/** Tokens searched for a cue before a quote: MAX_CUE_DISTANCE words plus their punctuation. */
const CUE_WINDOW_TOKENS = 4 * MAX_CUE_DISTANCE;
/** Conjunctions after a cue and a comma that go on with the same speaker's words ("he said, but “…”"). */
const GOES_ON = new Set(['but', 'and']);
/** Most words between a quote and a following "quoted X as" ("…,” Taliban-run state television quoted Fitrat"); other cues must follow at once. */
const MAX_AFTER_GAP = 4;

/** The tokens and cues of one sentence, with a running word count for distances. */
export interface SentenceCues {
  tokens: Token[];
  cues: CueMatch[];
  /** wordCount[i]: number of word tokens before token i. */
  wordCount: number[];
  /** Token indices where a cue's attributed words begin (naming cues left out). */
  clauses: Set<number>;
}

/** Tokens, cues and word counts of a sentence. */
export function sentenceCues(tokens: Token[]): SentenceCues {
  const wordCount = [0];
  for (const t of tokens) wordCount.push(wordCount[wordCount.length - 1]! + (t.kind === 'word' ? 1 : 0));
  const cues = findCues(tokens);
  return {
    tokens,
    cues,
    wordCount,
    // A quote given as the name of something ("called them “…”") is not direct speech it introduces.
    clauses: new Set(cues.filter((m) => !m.naming && !NAMING_CUES.has(m.via)).map((m) => m.clause)),
  };
}

/** Words strictly between tokens a and b (a < b). */
export const wordsBetween = (s: SentenceCues, a: number, b: number): number => s.wordCount[b]! - s.wordCount[a + 1]!;

/** Index of the first cue whose first token is at or after `token`. */
function firstCueFrom(cues: readonly CueMatch[], token: number): number {
  return firstAtOrAfter(cues, (c) => c.first, token);
}

/**
 * The cue before the quote at placeholder p that introduces it: the nearest cue whose words begin at
 * the quote ("Kirby said: “…”"), else the first cue whose clause contains it ("Khan said Islamabad …
 * urged … that the weapons “…”": Khan, not Islamabad). Cues more than MAX_CUE_DISTANCE words away are ignored.
 */
export function cueBefore(s: SentenceCues, p: number): CueMatch | undefined {
  let governing: CueMatch | undefined;
  let direct: CueMatch | undefined;
  for (let k = firstCueFrom(s.cues, p - CUE_WINDOW_TOKENS); k < s.cues.length; k++) {
    const m = s.cues[k]!;
    if (m.first >= p) break;
    if (m.last >= p || !m.speaker || wordsBetween(s, m.last, p) > MAX_CUE_DISTANCE) continue;
    if (m.clause === p) direct = m;
    else if (!governing && m.clause >= 0 && m.clause < p) governing = m;
    // "…, he said, but “…”": a quote that goes on from the cue before it.
    else if (
      m.clause < 0 &&
      p === m.last + 3 &&
      s.tokens[m.last + 1]?.text === ',' &&
      GOES_ON.has(s.tokens[m.last + 2]?.lower ?? '')
    )
      direct = m;
  }
  return direct ?? governing;
}

/** The cue right after the quote at placeholder p ("…,” he said; “…,” said Kirby), if any. */
export function cueAfter(s: SentenceCues, p: number): CueMatch | undefined {
  for (let k = firstCueFrom(s.cues, p + 1); k < s.cues.length; k++) {
    const m = s.cues[k]!;
    const gap = wordsBetween(s, p, m.first);
    if (gap > MAX_AFTER_GAP || (gap > 0 && m.via !== 'quoted … as')) return undefined;
    for (let j = p + 1; j < m.first; j++) if (s.tokens[j]!.kind === 'quote') return undefined;
    if (m.speaker) return m;
  }
  return undefined;
}
