/**
 * Speaker phrases of the attribution grammar: the phrase before or after a cue ("the army
 * spokesman, Lt. Gen. …,", "a resident of the village"), the subject of a sentence or of a clause
 * opened by ", but", a name set off by commas or described by a relative clause. Each scan is
 * bounded by a small constant; when unsure, no phrase.
 */
import {
  AUXILIARIES,
  BLOCKERS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  MODIFIERS,
  OBJECT_PRONOUNS,
  ORIGIN_PREPOSITIONS,
  PERSON_NOUNS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SPEAKER_NOUNS,
  SUBJECT_PRONOUNS,
  THAT_STOPS,
  TITLES,
} from './attribution-words';
import { isWord, isPunct, firstIsLower, base, isName, isHead, isSide, isAdverb } from './attribution-tokens';
import type { Token } from './sentence-tokens';

/** A speaker phrase: token indices, inclusive. */
export interface Phrase {
  first: number;
  last: number;
  /** Where the subject opens when a description of the speaker comes before the name ("the army spokesman, Lt. Gen. …,"). */
  opens?: number;
}

/** Longest speaker phrase in tokens ("US Special Representative … Zalmay Khalilzad" stays under it). */
const MAX_PHRASE_TOKENS = 10;
/** Longest inserted clause between a speaker and the cue ("X, who …, said"). */
export const PAREN_LOOKBACK = 20;
/** How many tokens from the start of a sentence its subject is looked for (datelines come first). */
const SUBJECT_LOOKAHEAD = 40;
/** Longest phrase saying where a speaker is from, after their noun ("of the Islamabad district courts"). */
const MAX_ORIGIN_TOKENS = 8;
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
/** Longest acronym set in brackets after a name ("Inter-Services Public Relations (ISPR)"). */
const MAX_ACRONYM_CHARS = 8;

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
export function phraseBefore(tokens: readonly Token[], end: number, object = false): Phrase | undefined {
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
export function subjectBefore(tokens: readonly Token[], at: number): Phrase | undefined {
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
export function phraseAfter(tokens: readonly Token[], first: number): Phrase | undefined {
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
export function sentenceSubject(tokens: readonly Token[], before: number): Phrase | undefined {
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

/** Most tokens of a description set off by commas after a subject's name. */
const MAX_APPOSITIVE = 8;

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
export function subjectOfCue(tokens: readonly Token[], i: number): Phrase | null | undefined {
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
 * The subject of a clause opened by ", but" / ", while" between token `from` and a participle at
 * `i` ("A faction claimed it, but the TTP's spokesman disowned it, saying …"): the phrase after
 * the conjunction, when a lower-case verb follows it.
 */
export function contrastSubject(tokens: readonly Token[], from: number, i: number): Phrase | undefined {
  for (let k = i - 1; k > from + 1 && k > i - PAREN_LOOKBACK; k--) {
    if (!CONTRASTS.has(tokens[k]?.lower ?? '') || !isPunct(tokens[k - 1], ',')) continue;
    const subject = phraseAfter(tokens, k + 1);
    const verb = subject && tokens[subject.last + 1];
    return verb && isWord(verb) && firstIsLower(verb.text) && !PREPOSITIONS.has(verb.lower) ? subject : undefined;
  }
  return undefined;
}
