/**
 * Attribution grammar: who said the words next to a quote, or who makes a reported claim.
 *
 * Works on the tokens of one sentence in which every quote is a single placeholder token, so words
 * inside quote marks never count as cues. Every scan is bounded by a small constant, so the cost is
 * linear in the number of tokens. When the grammar is unsure it returns nothing: no speaker is
 * better than a wrong one.
 */

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

/** A speaker phrase: token indices, inclusive. */
interface Phrase {
  first: number;
  last: number;
}

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
}

/** A resolved speaker mention. */
export interface Speaker extends Span {
  text: string;
  via: string;
}

const words = (s: string) => new Set(s.split(' '));
/** Finite verbs of saying that follow their subject ("Kirby said") or, after a quote, precede it ("said Kirby"). */
const SPEECH_VERBS = words(
  'said says say added adds stated states asserted asserts told tells noted notes note warned warns warn ' +
    'claimed claims claim insisted insists insist urged urges emphasised emphasized stressed stresses ' +
    'maintained maintains alleged alleges allege denied denies deny rejected rejects dismissed dismisses ' +
    'announced announces explained explains argued argues affirmed reiterated reiterates acknowledged ' +
    'admitted declared declares wrote writes tweeted',
);
/** Participles after a comma that give words to the sentence's subject ("…, adding that"). */
const PARTICIPLES = words(
  'adding saying claiming noting insisting stressing warning emphasizing emphasising asserting alleging ' +
    'denying arguing explaining stating pointing',
);
/** Cues that may be followed by a bare clause starting with a noun ("said the US has…", no "that"). */
const BARE_CLAUSE_CUES = words(
  'said says say added adds stated claimed claims claim insisted insists alleged alleges claiming saying adding insisting',
);
/** Titles dropped before a personal name ("Pentagon Press Secretary John F. Kirby" → "John F. Kirby"). */
const TITLES = words(
  'president secretary spokesperson spokesman spokeswoman minister ambassador envoy general gen senator sen ' +
    'representative rep commander chief governor director adviser advisor mr mrs ms dr prof lt col maj capt ' +
    'judge justice mayor premier chancellor official officer leader deputy king prince sheikh mullah maulana mufti',
);
/** Lower-case nouns that can head a descriptor naming a speaker ("the spokesperson", "the ministry"). */
const SPEAKER_NOUNS = words(
  'spokesperson spokesman spokeswoman official officials minister ministry government president secretary ' +
    'ambassador envoy embassy office department army military commander police authorities leader leaders ' +
    'leadership source sources analyst analysts expert experts statement group administration agency council ' +
    'report reports general',
);
/** Lower-case modifiers allowed inside a speaker phrase ("the deputy Taliban spokesperson"). */
const MODIFIERS = words('deputy senior former acting chief top foreign press interim');
const DETERMINERS = words('the a an its his her their our');
const SUBJECT_PRONOUNS = words('he she they');
const OBJECT_PRONOUNS = words('him her them');
/** Words that can only start a clause, so a cue followed by one introduces reported words. */
const CLAUSE_STARTS = words('he she it they we i there this these those you');
const PREPOSITIONS = words(
  'from of in at on with by to for about over against into between under after before during through',
);
/** Capitalised words that begin sentences but are not names. */
const NOT_NAMES = words(
  'the a an however in on at but and when while yesterday today meanwhile also earlier later after before if ' +
    'as it this that these those according speaking talking responding he she they we i so then there',
);
const ADVERBS = words('also again once further later earlier previously repeatedly today yesterday then');
const AUXILIARIES = words('has have had will would did does do could may might should must');
const BLOCKERS = words('is was are were be been being not never');
/** Words skipped between a cue and its clause ("said Thursday it had…"). */
const TIME_WORDS = words('on monday tuesday wednesday thursday friday saturday sunday today yesterday tonight');
/** Words that end the search for "that" after a cue ("said when asked if … that" is not a clause of the cue). */
const THAT_STOPS = words('when if whether because while but and who which');
const ABBREVIATIONS = words(
  'mr mrs ms dr prof gen lt col maj capt sgt sen rep gov st jr sr no vs jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept',
);

/** Longest speaker phrase in tokens ("US Special Representative … Zalmay Khalilzad" stays under it). */
const MAX_PHRASE_TOKENS = 10;
/** How far "that" may follow a cue ("stated at a weekly news conference in Islamabad that": 8 words). */
const THAT_LOOKAHEAD = 10;
/** Longest inserted clause between a speaker and the cue ("X, who …, said"). */
const PAREN_LOOKBACK = 20;
/** How many tokens from the start of a sentence its subject is looked for (datelines come first). */
const SUBJECT_LOOKAHEAD = 40;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Characters that join two runs of letters into one word ("Pakistan’s", "Taliban-run", "U.S"). */
const WORD_JOINERS = "'’.-";
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** End of the word starting at i: letters, digits and marks, joined by an apostrophe, a period or a hyphen. */
function wordEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (
    j < limit &&
    (isWordChar(text[j]) || (WORD_JOINERS.includes(text[j]!) && j + 1 < limit && isWordChar(text[j + 1])))
  )
    j++;
  return j;
}
const SPACE = /[\s\u200B-\u200D\u2060\uFEFF]/;

/** Whitespace, zero-width characters included. */
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);

/** True for words written with a period that does not end a sentence ("F.", "U.S.", "Jan."). */
export function isAbbreviation(word: string): boolean {
  return word.length === 1 || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase());
}

/** Tokens of text[span], each mask (sorted, non-overlapping) replaced by one 'quote' token. */
export function tokenize(text: string, span: Span, masks: readonly Mask[]): Token[] {
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
    const ch = text[i] ?? '';
    if (isSpace(ch)) {
      i++;
    } else if (isWordChar(ch)) {
      let end = wordEnd(text, i, limit);
      if (text[end] === '.' && end + 1 <= limit && isAbbreviation(text.slice(i, end))) end++;
      const tok = text.slice(i, end);
      out.push({ kind: 'word', start: i, end, text: tok, lower: tok.toLowerCase(), id: -1 });
      i = end;
    } else {
      out.push({ kind: 'punct', start: i, end: i + 1, text: ch, lower: ch, id: -1 });
      i++;
    }
  }
  return out;
}

const bare = (t: Token | undefined) => (t ? t.lower.replace(/\.$/, '') : '');
const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const isPunct = (t: Token | undefined, chars: string) => t?.kind === 'punct' && chars.includes(t.text);
const firstIsUpper = (s: string) => {
  const c = s[0] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
const firstIsLower = (s: string) => {
  const c = s[0] ?? '';
  return c !== c.toUpperCase() && c === c.toLowerCase();
};
const isName = (t: Token | undefined) => isWord(t) && firstIsUpper(t.text) && !NOT_NAMES.has(t.lower);
const isHead = (t: Token | undefined) => isName(t) || (isWord(t) && SPEAKER_NOUNS.has(t.lower));
const isAdverb = (t: Token | undefined) =>
  isWord(t) && (ADVERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !firstIsUpper(t.text)));

/** A word that may stand inside a speaker phrase; "of" only between two names ("Ministry of Foreign Affairs"). */
function inPhrase(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!isWord(t)) return false;
  if (t.lower === 'of') return isName(tokens[j - 1]) && isName(tokens[j + 1]);
  return isHead(t) || MODIFIERS.has(t.lower);
}

/** The speaker phrase ending at token `last` (a pronoun, a name with titles, or a descriptor). */
function phraseBefore(tokens: readonly Token[], last: number): Phrase | undefined {
  const head = tokens[last];
  if (!isWord(head)) return undefined;
  let first = last;
  if (!SUBJECT_PRONOUNS.has(head.lower)) {
    if (!isHead(head)) return undefined;
    while (first > 0 && last - first < MAX_PHRASE_TOKENS && inPhrase(tokens, first - 1)) first--;
    if (DETERMINERS.has(tokens[first - 1]?.lower ?? '')) first--;
  }
  return PREPOSITIONS.has(tokens[first - 1]?.lower ?? '') ? undefined : { first, last };
}

/** The speaker phrase starting at token `first` ("said Kirby", "according to the ministry"). */
function phraseAfter(tokens: readonly Token[], first: number): Phrase | undefined {
  const t = tokens[first];
  if (!isWord(t)) return undefined;
  if (SUBJECT_PRONOUNS.has(t.lower) || OBJECT_PRONOUNS.has(t.lower)) return { first, last: first };
  let j = DETERMINERS.has(t.lower) ? first + 1 : first;
  let last = -1;
  for (; j - first < MAX_PHRASE_TOKENS && inPhrase(tokens, j); j++) if (isHead(tokens[j])) last = j;
  return last >= 0 ? { first, last } : undefined;
}

/** The subject of the sentence's main clause: the phrase before its first verb-like lower-case word. */
function sentenceSubject(tokens: readonly Token[], before: number): Phrase | undefined {
  const stop = Math.min(before, SUBJECT_LOOKAHEAD);
  for (let j = 1; j < stop; j++) {
    const t = tokens[j];
    if (!isWord(t) || !firstIsLower(t.text) || SPEAKER_NOUNS.has(t.lower) || MODIFIERS.has(t.lower) || t.lower === 'of')
      continue;
    const verbLike =
      !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && !THAT_STOPS.has(t.lower) && t.lower !== 'that';
    return verbLike ? phraseBefore(tokens, j - 1) : undefined;
  }
  return undefined;
}

/** Index of the token where the words introduced by the cue ending at `last` begin, or -1. */
function clauseAfter(tokens: readonly Token[], last: number, cue: string): number {
  let j = last + 1;
  if (
    isPunct(tokens[j], ',:') &&
    (tokens[j + 1]?.kind === 'quote' || (tokens[j]?.text === ':' && j + 1 === tokens.length))
  )
    return j + 1;
  if (tokens[j]?.kind === 'quote') return j;
  for (let k = 0; k < 3 && TIME_WORDS.has(tokens[j]?.lower ?? ''); k++) j++;
  const t = tokens[j];
  if (isWord(t) && t.lower !== 'that') {
    if (CLAUSE_STARTS.has(t.lower)) return j;
    if (BARE_CLAUSE_CUES.has(cue) && (DETERMINERS.has(t.lower) || MODIFIERS.has(t.lower) || isName(t))) return j;
  }
  for (let k = last + 1; k <= last + THAT_LOOKAHEAD; k++) {
    const u = tokens[k];
    if (isPunct(u, ',:') && tokens[k + 1]?.kind === 'quote') return k + 1; // "told reporters: “…”"
    if (!isWord(u) || THAT_STOPS.has(u.lower)) return -1;
    if (u.lower === 'that') return isPunct(tokens[k + 1], ':') ? k + 2 : k + 1;
  }
  return -1;
}

/** The speaker of a finite cue at token i: the phrase before it, an inserted clause skipped, or the subject. */
function subjectOfCue(tokens: readonly Token[], i: number): Phrase | null | undefined {
  let j = i - 1;
  while (isWord(tokens[j]) && (AUXILIARIES.has(tokens[j]!.lower) || isAdverb(tokens[j]))) j--;
  const t = tokens[j];
  if (isWord(t) && BLOCKERS.has(t.lower)) return null; // passive or negated: "it is said", "did not say"
  if (isWord(t) && (t.lower === 'and' || t.lower === 'but')) return sentenceSubject(tokens, j);
  if (isPunct(t, ',')) {
    for (let k = j - 1; k >= 0 && k >= j - PAREN_LOOKBACK; k--) {
      if (tokens[k]?.kind === 'quote') return undefined;
      if (isPunct(tokens[k], ',')) return phraseBefore(tokens, k - 1);
    }
    return undefined;
  }
  return phraseBefore(tokens, j);
}

/** Every attribution cue of a sentence, sorted by first token. */
export function findCues(tokens: readonly Token[]): CueMatch[] {
  const out: CueMatch[] = [];
  let lastSpeaker: Phrase | undefined;
  const push = (m: CueMatch) => {
    out.push(m);
    lastSpeaker = m.speaker ?? lastSpeaker;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.lower === 'according' && next?.lower === 'to') {
      const speaker = phraseAfter(tokens, i + 2);
      const last = speaker ? speaker.last : i + 1;
      push({ first: i, last, via: 'according to', speaker, clause: isPunct(tokens[last + 1], ',') ? last + 2 : -1 });
      i = last;
    } else if (t.lower === 'quoted') {
      const speaker = phraseAfter(tokens, i + 1);
      const ing = speaker && tokens[speaker.last + 2];
      if (!speaker || tokens[speaker.last + 1]?.lower !== 'as' || !isWord(ing) || !ing.lower.endsWith('ing')) continue;
      const last = speaker.last + 2;
      push({ first: i, last, via: 'quoted … as', speaker, clause: clauseAfter(tokens, last, ing.lower) });
      i = last;
    } else if (PARTICIPLES.has(t.lower) && isPunct(tokens[i - 1], ',')) {
      const last = t.lower === 'pointing' && next?.lower === 'out' ? i + 1 : i;
      const speaker = lastSpeaker ?? sentenceSubject(tokens, i);
      const via = last > i ? 'pointing out' : t.lower;
      push({ first: i, last, via, speaker, clause: clauseAfter(tokens, last, t.lower) });
      i = last;
    } else if (SPEECH_VERBS.has(t.lower) && isWord(t)) {
      const subject = subjectOfCue(tokens, i);
      if (subject === null) continue;
      const afterQuote =
        tokens[i - 1]?.kind === 'quote' || (isPunct(tokens[i - 1], ',') && tokens[i - 2]?.kind === 'quote');
      const inverted = !subject && afterQuote ? phraseAfter(tokens, i + 1) : undefined;
      const speaker = subject ?? inverted;
      if (!speaker) continue;
      const first = inverted ? i : Math.min(speaker.first, i);
      const last = inverted ? inverted.last : i;
      push({ first, last, via: t.lower, speaker, clause: clauseAfter(tokens, last, t.lower) });
    } else if (isPunct(t, ':') && next?.kind === 'quote') {
      const speaker = phraseBefore(tokens, i - 1);
      if (speaker && speaker.first <= 2 && tokens.slice(0, speaker.first).every((u) => u.kind === 'punct')) {
        push({ first: speaker.first, last: i, via: ':', speaker, clause: i + 1 });
      }
    }
  }
  return out.sort((a, b) => a.first - b.first);
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

/** Furthest a cue may stand from the quote it attributes, in words. */
const MAX_CUE_DISTANCE = 30;
/** Tokens searched for a cue before a quote: MAX_CUE_DISTANCE words plus their punctuation. */
const CUE_WINDOW_TOKENS = 4 * MAX_CUE_DISTANCE;
/** Most words between a quote and a following "quoted X as" ("…,” Taliban-run state television quoted Fitrat"); other cues must follow at once. */
const MAX_AFTER_GAP = 4;

/** The tokens and cues of one sentence, with a running word count for distances. */
export interface SentenceCues {
  tokens: Token[];
  cues: CueMatch[];
  /** wordCount[i]: number of word tokens before token i. */
  wordCount: number[];
  /** Token indices where a cue's attributed words begin. */
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
    clauses: new Set(cues.map((m) => m.clause)),
  };
}

/** Words strictly between tokens a and b (a < b). */
export const wordsBetween = (s: SentenceCues, a: number, b: number): number => s.wordCount[b]! - s.wordCount[a + 1]!;

/** Index of the first cue whose first token is at or after `token`. */
function firstCueFrom(cues: readonly CueMatch[], token: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.first < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
