/**
 * Attribution grammar: the cues of one sentence that say who said something ("Kirby said",
 * "according to the ministry", "…, adding that", "X quoted Y as saying"), each with its speaker
 * phrase and where the attributed words begin.
 *
 * Works on sentence tokens (sentence-tokens.ts) in which every quote is a single placeholder, so
 * words inside quote marks never count as cues. Every scan is bounded by a small constant, so the
 * cost is linear in the number of tokens. When the grammar is unsure it returns nothing: no speaker
 * is better than a wrong one.
 */
import {
  ADVERBS,
  AFTER_QUOTE_VERBS,
  AUXILIARIES,
  BARE_CLAUSE_CUES,
  QUANTIFIERS,
  BLOCKERS,
  CLAUSE_STARTS,
  CONTINUING_VERBS,
  DENIAL_VERBS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FINITE_VERBS,
  MODIFIERS,
  NAMING_PARTICIPLES,
  NAMING_VERBS,
  NAMING_AS_VERBS,
  NOT_NAMES,
  OBJECT_PRONOUNS,
  ORIGIN_PREPOSITIONS,
  PARTICIPLES,
  PERSON_NOUNS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SPEAKER_NOUNS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  THAT_STOPS,
  TIME_WORDS,
  CHARGE_NOUNS,
  TITLES,
} from './attribution-words';
import type { Span, Token } from './sentence-tokens';

/** A speaker phrase: token indices, inclusive. */
interface Phrase {
  first: number;
  last: number;
  /** Where the subject opens when a description of the speaker comes before the name ("the army spokesman, Lt. Gen. …,"). */
  opens?: number;
}

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

/** Longest speaker phrase in tokens ("US Special Representative … Zalmay Khalilzad" stays under it). */
const MAX_PHRASE_TOKENS = 10;
/** How far "that" may follow a cue ("stated at a weekly news conference in Islamabad that": 8 words). */
const THAT_LOOKAHEAD = 10;
/** Longest inserted clause between a speaker and the cue ("X, who …, said"). */
const PAREN_LOOKBACK = 20;
/** How many tokens from the start of a sentence its subject is looked for (datelines come first). */
const SUBJECT_LOOKAHEAD = 40;
/** Most words between a naming verb and its quote ("described the strikes as “…”": 3). */
const MAX_NAMED_OBJECT = 4;
/** Longest phrase saying where a speaker is from, after their noun ("of the Islamabad district courts"). */
const MAX_ORIGIN_TOKENS = 8;
/** Most tokens of an object closed by "as" before its quote ("described the network, the group and its founder as “…”"). */
const MAX_AS_OBJECT = 16;
/** The preposition of whom a speaker speaks for ("a spokesman for the ministry"). */
const SPEAKING_FOR = 'for';
/** The preposition naming whose a document is ("a report by the UN monitoring team"). */
const AUTHORED_BY = 'by';
/** Conjunctions after a comma that open a clause with a subject of its own ("…, but the spokesman denied it"). */
const CONTRASTS = new Set(['but', 'while', 'whereas']);
/** Reflexive pronouns between a speaker and the cue ("Bugti himself told"). */
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);
/** Most words between "a" and the noun of someone unnamed ("a 27-year-old man", "a money changer"). */
const MAX_DESCRIBING_WORDS = 3;
/** Determiners that introduce someone unnamed ("said a trader", "said one man"). */
const INTRODUCERS = new Set(['a', 'an', 'one']);
/**
 * Most words of a bare clause's subject before its verb ("many of the victims were": 4; "air strikes in Kunar and
 * Paktika provinces had": 7). Raised from 6 to 12 on 2026-12-06: four more right cards on the tune halves, three on
 * the held-out halves, none wrong.
 */
const MAX_BARE_SUBJECT = 12;

/** Most words saying when or how between a cue and its clause ("said earlier this week that"). */
const MAX_TIME_WORDS = 3;
/** Longest acronym set in brackets after a name ("Inter-Services Public Relations (ISPR)"). */
const MAX_ACRONYM_CHARS = 8;

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
/** A word without its possessive ending ("military’s" → "military"), for the word lists. */
const base = (t: Token) => {
  const w = t.lower;
  const n = w.length;
  return n > 2 && w[n - 1] === 's' && (w[n - 2] === "'" || w[n - 2] === '’') ? w.slice(0, -2) : w;
};
const isName = (t: Token | undefined) => isWord(t) && firstIsUpper(t.text) && !NOT_NAMES.has(t.lower);
const isHead = (t: Token | undefined) => isName(t) || (isWord(t) && SPEAKER_NOUNS.has(base(t)));
/**
 * "the Afghan side said", as reports of talks name a government: "side" after a country's or a group's name speaks for
 * it; "the other side", "either side" and "the home side" name nobody.
 */
const isSide = (tokens: readonly Token[], j: number) => tokens[j]?.lower === 'side' && isName(tokens[j - 1]);
const isAdverb = (t: Token | undefined) =>
  isWord(t) && (ADVERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !firstIsUpper(t.text)));

/**
 * A word that may stand inside a speaker phrase; "of" (and "of the") only between two names
 * ("Ministry of Foreign Affairs", "Ministry of Defence of the Islamic Emirate").
 */
function inPhrase(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!isWord(t)) return false;
  if (t.lower === 'of')
    return isName(tokens[j - 1]) && (isName(tokens[j + 1]) || (tokens[j + 1]?.lower === 'the' && isName(tokens[j + 2])));
  if (t.lower === 'the') return tokens[j - 1]?.lower === 'of' && isName(tokens[j + 1]) && isName(tokens[j - 2]);
  // "the Nangarhar governor's office": a possessive title inside the phrase.
  return isHead(t) || MODIFIERS.has(base(t)) || (base(t) !== t.lower && TITLES.has(base(t)));
}

/**
 * Where the words before a bracket closing at token i end, when the brackets repeat or place the name before them: an
 * acronym ("( ISPR )") or, after a name, a few capitalised words of its affiliation — the country its bearer speaks for,
 * as records of UN meetings write it ("MUNIR AKRAM (Pakistan) said", "Robert Wood (United States) said"), or an
 * agency. `i` itself when there are no such brackets.
 */
function beforeBrackets(tokens: readonly Token[], i: number): number {
  if (!isPunct(tokens[i], ')')) return i;
  const t = tokens[i - 1];
  if (isPunct(tokens[i - 2], '(') && isWord(t) && t.text.length <= MAX_ACRONYM_CHARS && t.text === t.text.toUpperCase())
    return i - 3;
  for (let k = i - 1; k >= i - 1 - MAX_BRACKETED_PLACE; k--) {
    if (isPunct(tokens[k], '(')) return k < i - 1 && isName(tokens[k - 1]) ? k - 1 : i;
    if (!isName(tokens[k])) return i;
  }
  return i;
}

/** Most words of an affiliation in brackets after a name ("(Russian Federation)"). */
const MAX_BRACKETED_PLACE = 3;

/** How many spoke, before a plural descriptor ("…, two Pakistani officials said"). */
const COUNTS = new Set(['two', 'three', 'four', 'five', 'several']);

/**
 * The speaker phrase ending at token `last` (a pronoun, a name with titles, or a descriptor); none
 * after a preposition ("a speech by the minister said" is the speech's), unless `object` allows it.
 */
function phraseBefore(tokens: readonly Token[], end: number, object = false): Phrase | undefined {
  // "The Inter-Services Public Relations (ISPR) said": the name before the brackets is the speaker.
  const last = beforeBrackets(tokens, end);
  const head = tokens[last];
  if (!isWord(head)) return undefined;
  let first = last;
  if (!SUBJECT_PRONOUNS.has(head.lower)) {
    if (!isHead(head) && !isSide(tokens, last)) return undefined;
    while (first > 0 && last - first < MAX_PHRASE_TOKENS && inPhrase(tokens, first - 1)) first--;
    if (DETERMINERS.has(tokens[first - 1]?.lower ?? '') || COUNTS.has(tokens[first - 1]?.lower ?? '')) first--;
  }
  const before = tokens[first - 1]?.lower ?? '';
  // "days after Foreign Minister X told the assembly that …": "after" and "before" open a clause whose subject a name is.
  const opensClause = SUBORDINATORS.has(before) && isName(tokens[last]);
  return !object && PREPOSITIONS.has(before) && !opensClause ? undefined : { first, last };
}

/** Prepositions that also open a clause ("after X told", "before X said"): a name after them may be its subject. */
const SUBORDINATORS = new Set(['after', 'before']);

/**
 * The speaker phrase ending at token `end`, or, where the speaker's noun is followed by where they
 * are from ("a resident of the village", "a security official in Chaman"), the phrase before that:
 * the place is not the speaker.
 */
function subjectBefore(tokens: readonly Token[], at: number): Phrase | undefined {
  const phrase = phraseBefore(tokens, at);
  if (phrase) return phrase;
  // "the UN Assistance Mission in Afghanistan (UNAMA) said": the acronym repeats the name before it.
  const end = beforeBrackets(tokens, at);
  for (let k = end; k > 0 && end - k < MAX_ORIGIN_TOKENS; k--) {
    const t = tokens[k];
    if (!isWord(t)) return undefined;
    // "of" inside a name ("a spokesman for the Afghan Ministry of Defence") is no place the speaker is from.
    if (!ORIGIN_PREPOSITIONS.has(t.lower) || (t.lower === 'of' && inPhrase(tokens, k))) continue;
    const head = phraseBefore(tokens, k - 1);
    if (!head) return undefined;
    // The phrase after the preposition runs to the cue: where the speaker is from, or whose they are.
    const whole = { first: head.first, last: end };
    const ends = phraseAfter(tokens, k + 1)?.last === end;
    // An institution is known by where it sits, a person is not: "the United Nations Assistance Mission in
    // Afghanistan", "the UN mission in Afghanistan", but "a resident of Khost", "Kirby in Kabul", "Diplomats in
    // Islamabad", and "Afghan police in Jalalabad" (some police there, no body named by its seat).
    const noun = base(tokens[head.last]!);
    const seated = ends && isName(tokens[end]) && SPEAKER_NOUNS.has(noun) && !PERSON_NOUNS.has(noun);
    // "Officials in Kabul said", "KABUL (Reuters) - Elders in Spera said": a noun for people, capitalised only as the
    // sentence's first word or its first after a dateline.
    const opener =
      head.first === head.last &&
      (PERSON_NOUNS.has(noun) || (t.lower === AUTHORED_BY && DOCUMENT_NOUNS.has(noun))) &&
      (head.first === 0 || isPunct(tokens[head.first - 1], ':-–—'));
    if (isName(tokens[head.last]) && !opener) return seated ? whole : undefined;
    if (seated && t.lower === 'in' && tokens[head.first]!.lower === 'the') return whole;
    // "a spokesman for the Foreign Office": whom they speak for belongs to the phrase; so does whose "a statement by the
    // foreign ministry" is, the one who speaks in it.
    return (t.lower === SPEAKING_FOR || t.lower === AUTHORED_BY) && ends ? whole : head;
  }
  return undefined;
}

/** The speaker phrase starting at token `first` ("said Kirby", "according to the ministry"). */
function phraseAfter(tokens: readonly Token[], first: number): Phrase | undefined {
  const t = tokens[first];
  if (!isWord(t)) return undefined;
  if (SUBJECT_PRONOUNS.has(t.lower) || OBJECT_PRONOUNS.has(t.lower)) return { first, last: first };
  let j = DETERMINERS.has(t.lower) ? first + 1 : first;
  // "a 27-year-old man", "one man": words describing someone unnamed before their noun.
  if (INTRODUCERS.has(t.lower))
    for (let k = j; k < j + MAX_DESCRIBING_WORDS && isWord(tokens[k]) && !isName(tokens[k]); k++)
      if (PERSON_NOUNS.has(tokens[k]!.lower)) return { first, last: k };
  let last = -1;
  for (; j - first < MAX_PHRASE_TOKENS && inPhrase(tokens, j); j++) if (isHead(tokens[j])) last = j;
  return last >= 0 ? { first, last } : undefined;
}

/** Conjunctions that may open a sentence before its subject. */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet']);

/**
 * The subject of the sentence's main clause: the phrase before its first verb-like lower-case word,
 * after an opening prepositional phrase set off by a comma ("In a statement, the spokesman …").
 */
function sentenceSubject(tokens: readonly Token[], before: number): Phrase | undefined {
  const stop = Math.min(before, SUBJECT_LOOKAHEAD);
  let from = 1;
  if (PREPOSITIONS.has(tokens[0]?.lower ?? '')) {
    while (from < stop && !isPunct(tokens[from], ',')) from++;
    from++;
  }
  // "But the UN team has gone further, reporting that …": a conjunction opening the sentence is no part of its subject.
  const joined = OPENING_CONJUNCTIONS.has(tokens[0]?.lower ?? '');
  // "In Washington, a US official who … would not confirm it but said": a phrase that opens with its determiner.
  const opening = (from > 1 || joined) && DETERMINERS.has(tokens[from]?.lower ?? '') ? phraseAfter(tokens, from) : undefined;
  if (opening && opening.last + 1 < stop) return opening;
  // The subject's last word, before a description set off by commas ("Zabihullah Mujahid, the IEA's chief spokesman, went on").
  let end = -1;
  for (let j = from; j < stop; j++) {
    const t = tokens[j];
    if (end < 0 && isPunct(tokens[j - 1], ',') && isWord(t) && DETERMINERS.has(t.lower)) {
      const close = tokens.findIndex((u, k) => k > j && k <= j + MAX_APPOSITIVE && isPunct(u, ','));
      if (close > 0 && isName(tokens[j - 2])) {
        end = j - 2;
        j = close;
        continue;
      }
    }
    if (!isWord(t) || !firstIsLower(t.text) || SPEAKER_NOUNS.has(t.lower) || MODIFIERS.has(t.lower) || t.lower === 'of') continue;
    const verbLike = !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && !THAT_STOPS.has(t.lower) && t.lower !== 'that';
    // "His deputy, Bilal Karimi, described … and said …": the subject ends before the comma that closes it.
    const last = end >= 0 ? end : isPunct(tokens[j - 1], ',') ? j - 2 : j - 1;
    return verbLike ? phraseBefore(tokens, last) : undefined;
  }
  return undefined;
}

/** Whether token j says when ("on", "Thursday", "last", "earlier"; "this" before "week", "month" or "year"). */
function isTimeWord(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]?.lower ?? '';
  return TIME_WORDS.has(w) || (w === 'this' && /^(?:week|month|year)$/.test(tokens[j + 1]?.lower ?? ''));
}

/** Most tokens of a description set off by commas after a subject's name. */
const MAX_APPOSITIVE = 8;

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
function clauseStart(tokens: readonly Token[], last: number, cue: string): number {
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

/**
 * The name set off between commas k and j after a description of its bearer ("The Taliban's chief
 * spokesperson, Zabihullah Mujahid, said" → Zabihullah Mujahid), else undefined; a name first
 * ("Khwarazmi, the defence ministry spokesman, said") keeps the name before the commas.
 */
function appositive(tokens: readonly Token[], k: number, j: number): Phrase | undefined {
  const inner = phraseAfter(tokens, k + 1);
  if (!inner || inner.last !== j - 1 || !isName(tokens[inner.last])) return undefined;
  // "the spokesperson of Pakistan's foreign ministry, Mumtaz Zahra Baloch, said": whom the role is of belongs to the
  // description; but a name after a person it is for is that person's ("a spokesman for the Afghan president, Ashraf
  // Ghani, said" is the spokesman's).
  const before = tokens[k - 1];
  const outer =
    phraseBefore(tokens, k - 1) ?? (isWord(before) && TITLES.has(base(before)) ? undefined : subjectBefore(tokens, k - 1));
  // A description ends in a role noun, or opens with "the" ("the Director General of the ISPR, …").
  const described = outer && (!isName(tokens[outer.last]) || DETERMINERS.has(tokens[outer.first]!.lower));
  return described ? { ...inner, opens: outer.first } : undefined;
}

/**
 * The name before a second description set off by commas ("Haseeb Sediqi, spokesman for the NDS,
 * the Afghan intelligence agency, told" → Haseeb Sediqi): from the comma at `k`, the comma before
 * (no further back than `floor`, across words only), and a name right before that one.
 */
function nameBeforeDescription(tokens: readonly Token[], k: number, floor: number): Phrase | undefined {
  for (let c = k - 1; c > Math.max(0, floor); c--) {
    if (isPunct(tokens[c], ',')) {
      const name = phraseBefore(tokens, c - 1);
      return name && isName(tokens[name.last]) ? name : undefined;
    }
    if (!isWord(tokens[c])) return undefined;
  }
  return undefined;
}

/** The speaker of a finite cue at token i: the phrase before it, an inserted clause skipped, or the subject. */
function subjectOfCue(tokens: readonly Token[], i: number): Phrase | null | undefined {
  let j = i - 1;
  // "Kirby has also said", "Bugti himself told": auxiliaries, adverbs and a reflexive stand between the speaker and the cue.
  while (isWord(tokens[j]) && (AUXILIARIES.has(tokens[j]!.lower) || isAdverb(tokens[j]) || REFLEXIVES.has(tokens[j]!.lower))) j--;
  const t = tokens[j];
  if (isWord(t) && BLOCKERS.has(t.lower)) return null; // passive or negated: "it is said", "did not say"
  if (isWord(t) && (t.lower === 'and' || t.lower === 'but')) return sentenceSubject(tokens, j);
  if (isPunct(t, ',')) {
    for (let k = j - 1; k >= 0 && k >= j - PAREN_LOOKBACK; k--) {
      if (tokens[k]?.kind === 'quote') return undefined;
      if (isPunct(tokens[k], ',')) {
        const found = appositive(tokens, k, j) ?? subjectBefore(tokens, k - 1);
        // "NAME, spokesman for the National Directorate of Security, …": whom the role is for ends in a name, but
        // the speaker is the name before it.
        const roleFor = !!found && tokens.slice(found.first, found.last + 1).some((t) => t.lower === SPEAKING_FOR);
        if (found && isName(tokens[found.last]) && !roleFor) return found;
        return nameBeforeDescription(tokens, k, j - PAREN_LOOKBACK) ?? found;
      }
    }
    return undefined;
  }
  return subjectBefore(tokens, j) ?? relativeSubject(tokens, j);
}

/**
 * The speaker described by a relative clause right before the cue ("a lawyer who was inside the
 * building said"): the phrase before "who", when the clause holds no quote, comma or second "who".
 */
function relativeSubject(tokens: readonly Token[], j: number): Phrase | undefined {
  for (let k = j; k > 0 && j - k < PAREN_LOOKBACK; k--) {
    const t = tokens[k];
    if (!isWord(t)) return undefined;
    if (RELATIVE_PRONOUNS.has(t.lower)) {
      // "… a speech by Defence Minister Khawaja Asif, who said …": a clause set off by a comma describes the name before it.
      if (isPunct(tokens[k - 1], ',') && t.lower === 'who') {
        const named = phraseBefore(tokens, k - 2, true);
        return named && isName(tokens[named.last]) ? named : undefined;
      }
      return subjectBefore(tokens, k - 1);
    }
    // "A US official briefing reporters said": a participle describing the speaker, after their noun.
    if (k < j && t.lower.endsWith('ing') && firstIsLower(t.text)) {
      const head = phraseBefore(tokens, k - 1);
      if (head && !isName(tokens[head.last])) return head;
    }
  }
  return undefined;
}

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
 * The subject of a clause opened by ", but" / ", while" between token `from` and a participle at
 * `i` ("A faction claimed it, but the TTP's spokesman disowned it, saying …"): the phrase after
 * the conjunction, when a lower-case verb follows it.
 */
function contrastSubject(tokens: readonly Token[], from: number, i: number): Phrase | undefined {
  for (let k = i - 1; k > from + 1 && k > i - PAREN_LOOKBACK; k--) {
    if (!CONTRASTS.has(tokens[k]?.lower ?? '') || !isPunct(tokens[k - 1], ',')) continue;
    const subject = phraseAfter(tokens, k + 1);
    const verb = subject && tokens[subject.last + 1];
    return verb && isWord(verb) && firstIsLower(verb.text) && !PREPOSITIONS.has(verb.lower) ? subject : undefined;
  }
  return undefined;
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
