/**
 * Attribution grammar: the cues of one sentence that say who said something ("Kirby said",
 * "according to the ministry", "…, adding that", "X quoted Y as saying"), each with its speaker
 * phrase and where the attributed words begin.
 *
 * Works on sentence tokens (sentence-tokens.ts) in which every quote is a single placeholder, so
 * words inside quote marks never count as cues. Every scan is bounded by a small constant, so the
 * cost is linear in the number of tokens. When the grammar is unsure it returns nothing: no speaker
 * is better than a wrong one.
 *
 * The speaker phrases come from attribution-subjects.ts, where the attributed words begin from
 * attribution-clauses.ts, and the word tests they share from attribution-tokens.ts.
 */
import {
  AFTER_QUOTE_VERBS,
  CONTINUING_VERBS,
  DENIAL_VERBS,
  NAMING_PARTICIPLES,
  NAMING_VERBS,
  NAMING_AS_VERBS,
  PARTICIPLES,
  SPEECH_VERBS,
  TITLES,
} from './attribution-words';
import { clauseStart } from './attribution-clauses';
import {
  PAREN_LOOKBACK,
  contrastSubject,
  phraseAfter,
  phraseBefore,
  sentenceSubject,
  subjectBefore,
  subjectOfCue,
  type Phrase,
} from './attribution-subjects';
import { bare, isWord, isPunct, isName, isAdverb } from './attribution-tokens';
import type { Span, Token } from './sentence-tokens';

/** Where a cue whose subject is `p` opens: at the subject, a description before the name included. */
const subjectStart = (p: Phrase) => p.opens ?? p.first;

/** An attribution cue found in a sentence ("Kirby said", "according to the ministry", "…, adding that"). */
export interface CueMatch {
  /** Token range (inclusive) covered by the speaker phrase and the cue. */
  first: number;
  last: number;
  /** The cue as written, lower-cased: 'said', 'according to', 'quoted … as', ':' … */
  via: string;
  speaker?: Phrase;
  /** Token index where the attributed words begin (a clause or a quote); -1 when the cue introduces nothing. */
  clause: number;
  /** True when the quote at `clause` is the speaker's name for something ("rejected the claims as “…”"), not speech the cue introduces. */
  naming?: boolean;
}

/** A resolved speaker mention. */
export interface Speaker extends Span {
  text: string;
  via: string;
}

/** Most words between a naming verb and its quote ("described the strikes as “…”": 3). */
const MAX_NAMED_OBJECT = 4;
/** Most tokens of an object closed by "as" before its quote ("described the network, the group and its founder as “…”"). */
const MAX_AS_OBJECT = 16;

/**
 * "…, describing the relationship as duplicitous and alleging that …": a participle after "and" that
 * continues one set off by a comma earlier in the sentence.
 */
function secondParticiple(tokens: readonly Token[], i: number): boolean {
  // Only one that opens a clause with "that": "and reporting agencies said" is no cue.
  if (tokens[i - 1]?.lower !== 'and' || tokens[i + 1]?.lower !== 'that') return false;
  for (let j = i - 2; j > Math.max(0, i - PAREN_LOOKBACK); j--) {
    const u = tokens[j]!;
    if (u.kind === 'quote' || isPunct(u, '.;:!?')) return false;
    if ((PARTICIPLES.has(u.lower) || NAMING_PARTICIPLES.has(u.lower)) && isPunct(tokens[j - 1], ',')) return true;
  }
  return false;
}

/** True when a quote (and maybe a comma) stands right before token k. */
const followsQuote = (tokens: readonly Token[], k: number) =>
  tokens[k - 1]?.kind === 'quote' || (isPunct(tokens[k - 1], ',') && tokens[k - 2]?.kind === 'quote');

/**
 * "“…,” he went on." / "“…,” Kirby continued, “…”": a verb that only continues speech, so it is a
 * cue only right after a quote, with its subject before it, and ending the clause ("went on to
 * visit", "continued to fire" are no speech).
 */
function continuingCue(tokens: readonly Token[], i: number, last: number): CueMatch | undefined {
  const after = tokens[last + 1];
  if (after && after.kind !== 'punct') return undefined;
  const speaker = subjectOfCue(tokens, i);
  // After the quote, or introducing one with a colon ("He went on: “…”").
  const introduces = isPunct(after, ':') && tokens[last + 2]?.kind === 'quote';
  if (!speaker || !(followsQuote(tokens, speaker.first) || introduces)) return undefined;
  const via = last > i ? 'went on' : tokens[i]!.lower;
  return { first: speaker.first, last, via, speaker, clause: clauseStart(tokens, last, via) };
}

/**
 * "The ministry called the reports “baseless”", "described the strikes as “…”": the quoted words
 * are the subject's, when they follow the verb within a short object. The quote is the clause it
 * attributes, but a name given to something is no direct quote (sentenceCues leaves it out of clauses).
 */
function namingCue(tokens: readonly Token[], i: number, onlyAs = false): CueMatch | undefined {
  const speaker = subjectOfCue(tokens, i);
  const k = namedQuote(tokens, i, onlyAs);
  if (!speaker || k < 0) return undefined;
  return { first: Math.min(subjectStart(speaker), i), last: i, via: tokens[i]!.lower, speaker, clause: k };
}

/** The quote a naming cue at token i gives, within a short object ("called the reports “…”"), or -1. */
function namedQuote(tokens: readonly Token[], i: number, onlyAs = false): number {
  let k = i + 1;
  while (k - i - 1 < MAX_NAMED_OBJECT && isWord(tokens[k])) k++;
  if (tokens[k]?.kind === 'quote' && !onlyAs) return k;
  // "described the network, the group and its founder as “…”": a longer object, closed by "as".
  for (k = i + 1; k <= i + MAX_AS_OBJECT && tokens[k] && tokens[k]!.kind !== 'quote'; k++)
    if (tokens[k]!.lower === 'as' && tokens[k + 1]?.kind === 'quote') return k + 1;
  return -1;
}

/**
 * "Fitrat was quoted as saying", "Mujahid was quoted by the state broadcaster as saying": the
 * passive of "quoted … as", its speaker the subject before the auxiliary ("was", "has been").
 */
function passiveQuoted(tokens: readonly Token[], i: number): CueMatch | undefined {
  let j = i - 1;
  if (!PASSIVE_AUXILIARIES.has(tokens[j]?.lower ?? '')) return undefined;
  while (j > 0 && (PASSIVE_AUXILIARIES.has(tokens[j - 1]?.lower ?? '') || isAdverb(tokens[j - 1]))) j--;
  const speaker = subjectBefore(tokens, j - 1);
  if (!speaker) return undefined;
  // "as saying" right after "quoted", or after whom it was quoted by ("by the state broadcaster").
  for (let k = i + 1; k <= i + 1 + MAX_QUOTED_BY && isWord(tokens[k]); k++) {
    if (tokens[k]!.lower !== 'as') continue;
    const ing = tokens[k + 1];
    if (!isWord(ing) || !ing.lower.endsWith('ing')) return undefined;
    return { first: speaker.first, last: k + 1, via: 'quoted … as', speaker, clause: clauseStart(tokens, k + 1, ing.lower) };
  }
  return undefined;
}
/** Auxiliaries of a passive "quoted" ("was", "had been"). */
const PASSIVE_AUXILIARIES = new Set(['was', 'is', 'were', 'are', 'been', 'has', 'had', 'have']);
/** Most words naming whom a speaker was quoted by ("by the Taliban-run national television": 5). */
const MAX_QUOTED_BY = 6;

/** Every attribution cue of a sentence, sorted by first token. */
export function findCues(tokens: readonly Token[]): CueMatch[] {
  const out: CueMatch[] = [];
  let lastSpeaker: Phrase | undefined;
  let lastCue = -1;
  const push = (m: CueMatch) => {
    out.push(m);
    lastSpeaker = m.speaker ?? lastSpeaker;
    lastCue = m.last;
  };
  // The subject a participle after a comma speaks for: a new one after ", but", else the last speaker's, else the sentence's.
  const participleSubject = (i: number) => contrastSubject(tokens, lastCue, i) ?? lastSpeaker ?? sentenceSubject(tokens, i);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Most words open no cue: their first letter and length pass them by, else one lookup does.
    if (!(mayOpenCue(t.lower) && CUE_OPENERS.has(t.lower)) && !isPunct(t, ':')) continue;
    const next = tokens[i + 1];
    if (t.lower === 'according' && next?.lower === 'to') {
      const speaker = phraseAfter(tokens, i + 2);
      const last = speaker ? speaker.last : i + 1;
      push({ first: i, last, via: 'according to', speaker, clause: isPunct(tokens[last + 1], ',') ? last + 2 : -1 });
      i = last;
    } else if (t.lower === 'quoted') {
      const passive = passiveQuoted(tokens, i);
      if (passive) {
        push(passive);
        i = passive.last;
        continue;
      }
      const speaker = phraseAfter(tokens, i + 1);
      const ing = speaker && tokens[speaker.last + 2];
      if (!speaker || tokens[speaker.last + 1]?.lower !== 'as' || !isWord(ing) || !ing.lower.endsWith('ing')) continue;
      const last = speaker.last + 2;
      push({ first: i, last, via: 'quoted … as', speaker, clause: clauseStart(tokens, last, ing.lower) });
      i = last;
    } else if (PARTICIPLES.has(t.lower) && (isPunct(tokens[i - 1], ',') || secondParticiple(tokens, i))) {
      const last = t.lower === 'pointing' && next?.lower === 'out' ? i + 1 : i;
      const speaker = participleSubject(i);
      const via = last > i ? 'pointing out' : t.lower;
      push({ first: i, last, via, speaker, clause: clauseStart(tokens, last, t.lower) });
      i = last;
    } else if (NAMING_PARTICIPLES.has(t.lower) && isPunct(tokens[i - 1], ',')) {
      // "The ISPR confirmed the raid, describing it as “…”": the subject's name for it.
      const k = namedQuote(tokens, i);
      const speaker = participleSubject(i);
      if (k >= 0 && speaker) push({ first: i, last: i, via: t.lower, speaker, clause: k });
    } else if (CONTINUING_VERBS.has(t.lower) || (t.lower === 'went' && next?.lower === 'on')) {
      const m = continuingCue(tokens, i, t.lower === 'went' ? i + 1 : i);
      if (m) push(m);
    } else if (AFTER_QUOTE_VERBS.has(t.lower) && isWord(t)) {
      // "“…?” Janjua asked the senators": the question is hers; "asked Kabul to act" attributes nothing.
      const speaker = subjectOfCue(tokens, i);
      if (speaker && followsQuote(tokens, subjectStart(speaker)))
        push({ first: subjectStart(speaker), last: i, via: t.lower, speaker, clause: -1 });
    } else if ((NAMING_VERBS.has(t.lower) || NAMING_AS_VERBS.has(t.lower)) && isWord(t)) {
      const m = namingCue(tokens, i, NAMING_AS_VERBS.has(t.lower));
      if (m) push(m);
    } else if (SPEECH_VERBS.has(t.lower) && isWord(t)) {
      const subject = subjectOfCue(tokens, i);
      if (subject === null) continue;
      const afterQuote = tokens[i - 1]?.kind === 'quote' || (isPunct(tokens[i - 1], ',') && tokens[i - 2]?.kind === 'quote');
      const inverted = !subject && afterQuote ? phraseAfter(tokens, i + 1) : undefined;
      const speaker = subject ?? inverted;
      if (!speaker) continue;
      // The cue opens where its subject does, a description before the name included: "“…,” the army spokesman, Lt. Gen. …, said".
      const first = inverted ? i : Math.min(subjectStart(speaker), i);
      const last = inverted ? inverted.last : i;
      const clause = clauseStart(tokens, last, t.lower);
      // "rejected the claims as “baseless”": a denial that names what it denies, no clause of its own.
      const named = clause < 0 && DENIAL_VERBS.has(t.lower) ? namedQuote(tokens, last) : -1;
      push({ first, last, via: t.lower, speaker, ...(named >= 0 ? { clause: named, naming: true } : { clause }) });
    } else if (isPunct(t, ':') && next?.kind === 'quote') {
      const speaker = phraseBefore(tokens, i - 1);
      if (speaker && speaker.first <= 2 && tokens.slice(0, speaker.first).every((u) => u.kind === 'punct')) {
        push({ first: speaker.first, last: i, via: ':', speaker, clause: i + 1 });
      }
    }
  }
  return out.sort((a, b) => a.first - b.first || a.last - b.last);
}

/** Every word a cue of `findCues` can open with. */
const CUE_OPENERS: ReadonlySet<string> = new Set([
  'according',
  'quoted',
  'went',
  ...PARTICIPLES,
  ...NAMING_PARTICIPLES,
  ...CONTINUING_VERBS,
  ...AFTER_QUOTE_VERBS,
  ...NAMING_VERBS,
  ...NAMING_AS_VERBS,
  ...SPEECH_VERBS,
]);

/**
 * The lengths of the cue openers (a bit each) by their first letter: most words of a sentence have
 * a first letter and length no opener has ("the", "of", "Pakistan"), and are passed by without the
 * set lookup, which must hash each word of each sentence anew (each is a string of its own).
 */
const OPENER_LENGTHS = new Int32Array(128);
/** True when an opener does not fit the table (not ASCII, or 32 letters or more): then every word is looked up. */
let openerOutsideTable = false;
for (const w of CUE_OPENERS) {
  const c = w.charCodeAt(0);
  if (c < 128 && w.length < 32) OPENER_LENGTHS[c]! |= 1 << w.length;
  else openerOutsideTable = true;
}

/** False for a word no cue opens with, told by its first letter and length. */
function mayOpenCue(word: string): boolean {
  const c = word.charCodeAt(0);
  return openerOutsideTable || (c < 128 && word.length < 32 && ((OPENER_LENGTHS[c]! >> word.length) & 1) === 1);
}

/** The shortest span naming the speaker: titles before a personal name are dropped. */
export function speakerOf(text: string, tokens: readonly Token[], m: CueMatch): Speaker | undefined {
  if (!m.speaker) return undefined;
  let { first } = m.speaker;
  const { last } = m.speaker;
  for (let j = last - 1; j >= first; j--) {
    if (!TITLES.has(bare(tokens[j]))) continue;
    let allNames = true;
    for (let k = j + 1; k <= last; k++) allNames &&= isName(tokens[k]);
    if (allNames) first = j + 1;
    break;
  }
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { text: text.slice(start, end), start, end, via: m.via };
}

/**
 * Whether a stretch of text may hold a cue: a word `findCues` can open with, or a colon. Most
 * sentences of an article hold none, and need not be tokenized for the grammar at all.
 */
export function mayHoldCue(raw: string): boolean {
  return CUE_WORD.test(raw);
}
const CUE_WORD = new RegExp(String.raw`:|\b(?:${[...CUE_OPENERS].join('|')})\b`, 'i');
