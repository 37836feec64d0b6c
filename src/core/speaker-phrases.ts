/**
 * What a speaker phrase says about its speaker, apart from the pack's actors: a personal name the
 * pack does not hold ("spokeswoman Heather Nauert"), the role nouns that a later "the spokesman"
 * refers back to, and whether the phrase is a pronoun or a definite description. Pure string work
 * on one short phrase; the resolution over the article is in speakers.ts.
 */
import { NOT_NAMES } from './attribution-words';
import { fold } from './text';

/** A word of a speaker phrase, with its offsets in the article. */
export interface PhraseWord {
  text: string;
  start: number;
  end: number;
}

/** Most words a personal name has ("Asim Iftikhar Ahmad", "Abdul Qahar Balkhi"; four leaves room for "bin"-less long names). */
export const MAX_NAME_WORDS = 4;
/** Fewest words a name needs when no earlier speaker shares its surname: one capitalised word is too often a place or an adjective. */
const MIN_NAME_WORDS = 2;

/** Capitalised words that make a phrase an institution or a group, not a person ("State Department", "Afghan Border Forces"). */
const INSTITUTION_WORDS = new Set(
  (
    'department ministry office army forces force government police council committee agency embassy military ' +
    'commission party group house state states command corps court parliament assembly senate congress media ' +
    'news press times post tribune network taliban emirate republic authority authorities administration ' +
    'security intelligence service services bureau directorate division mission coalition alliance front ' +
    'movement league union nations organisation organization board team centre center institute university ' +
    'school college academy hospital madrassa seminary mosque airport airbase ' +
    'defence defense affairs national interior foreign'
  ).split(' '),
);
/** Capitalised words that open sentences or phrases but never a name. */
const NOT_NAME_WORDS = new Set([...NOT_NAMES, ...'his her its their our mr mrs ms dr'.split(' ')]);
/** Military ranks written before a name, never part of it ("Field Marshal Asim Munir", "Lt Gen Ahmed Sharif"). */
const RANKS = new Set(
  'field marshal general gen lt lieutenant maj major col colonel brig brigadier capt captain admiral adm air vice'.split(' '),
);
/** Words after a name that introduce an affiliation, not another name. */
const AFFILIATION_WORDS = new Set(['of', 'for', 'from', 'at', 'with']);
/** The determiner that makes a phrase a description of someone already introduced ("the spokesman"). */
const DEFINITE = 'the';
/** Determiners of a description that introduces someone not named ("a spokesman", "a ministry statement"). */
const INDEFINITE = new Set(['a', 'an']);
/** The determiner of an unnamed voice of the institution "it" is ("its spokesperson"). */
const POSSESSIVE = new Set(['its']);
/** Personal pronouns that refer back to a person. */
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);

/** Role nouns written in several ways, each mapped to one form. */
const ROLE_FORMS: Record<string, string> = {
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  spokespersons: 'spokesperson',
  spokesmen: 'spokesperson',
  army: 'military',
  officials: 'official',
  ministers: 'minister',
  ministries: 'ministry',
};

const WORD = /[\p{L}][\p{L}\p{M}'’.-]*/gu;
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/** The words of a span of the article, with their offsets. */
export function phraseWords(text: string, start: number, end: number): PhraseWord[] {
  const out: PhraseWord[] = [];
  for (const m of text.slice(start, end).matchAll(WORD)) {
    const word = m[0].replace(/[’'.]+$/, '').replace(/[’']s$/, '');
    if (word) out.push({ text: word, start: start + m.index, end: start + m.index + word.length });
  }
  return out;
}

/** One form of a role noun, lower-case ("Spokesman" → "spokesperson", "army" → "military"). */
export function roleForm(word: string): string {
  const w = fold(word);
  return ROLE_FORMS[w] ?? w;
}

/** The role nouns of a phrase, in one form each ("Pentagon spokesman Adam Stump" → pentagon, spokesperson, adam, stump). */
export function roleWords(phrase: string): Set<string> {
  return new Set(phraseWords(phrase, 0, phrase.length).map((w) => roleForm(w.text)));
}

/** Words of a description that say nothing of whom it describes. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'its', 'his', 'her', 'their']);

/** The role nouns of a description, in one form each, without function words ("the Taliban's defence ministry" → taliban, defence, ministry). */
export function descriptionWords(words: readonly PhraseWord[]): string[] {
  return words.map((w) => roleForm(w.text)).filter((w) => !FUNCTION_WORDS.has(w));
}

/** True when the phrase is a personal pronoun ("he", "she"). */
export function isPersonPronoun(phrase: string): boolean {
  return PERSON_PRONOUNS.has(fold(phrase).trim());
}

/** True when the phrase is "it", which stands for an institution, never a person. */
export function isItPronoun(phrase: string): boolean {
  return fold(phrase).trim() === 'it';
}

/** The role nouns of a description opened by one of `determiners` and holding no capitalised word, else undefined. */
function describedAfter(phrase: string, determiners: ReadonlySet<string>): string[] | undefined {
  const words = phraseWords(phrase, 0, phrase.length);
  if (words.length < 2 || !determiners.has(fold(words[0]!.text))) return undefined;
  if (words.slice(1).some((w) => isCapitalised(w.text))) return undefined;
  return descriptionWords(words);
}

/** The role nouns of a description introduced with "a"/"an" ("a ministry spokesman" → ministry, spokesperson), else undefined. */
export const indefiniteWords = (phrase: string): string[] | undefined => describedAfter(phrase, INDEFINITE);

/** The role nouns of "its …" ("its spokesman" → spokesperson; not "its spokesman Muhammad Khurasani"), else undefined. */
export const possessiveWords = (phrase: string): string[] | undefined => describedAfter(phrase, POSSESSIVE);

/**
 * The words of a description that refers back with "the" ("the defence ministry spokesman" →
 * defence, ministry, spokesperson; the head noun last), else undefined. "Its spokesman" is read by
 * `possessiveWords`.
 */
export function definiteWords(phrase: string): string[] | undefined {
  const words = phraseWords(phrase, 0, phrase.length);
  if (words.length < 2 || fold(words[0]!.text) !== DEFINITE) return undefined;
  if (isCapitalised(words[words.length - 1]!.text)) return undefined;
  return descriptionWords(words);
}

/**
 * The last run of capitalised words in a span that looks like a personal name and that no pack
 * actor mention covers (`covered`): two to four words, none an institution's or a sentence
 * opener. One word ("Stump", after "Mr") is returned too, flagged, for matching a surname.
 */
export function personalName(
  words: readonly PhraseWord[],
  covered: (w: PhraseWord) => boolean,
): { name: string; start: number; end: number; single: boolean } | undefined {
  let best: PhraseWord[] = [];
  let run: PhraseWord[] = [];
  let institution = false;
  const close = () => {
    if (run.length && !institution) best = run;
    run = [];
    institution = false;
  };
  for (const w of words) {
    const lower = fold(w.text);
    // "Ayesha Tariq of the Islamabad Centre for Conflict Studies": what follows is her affiliation.
    if (AFFILIATION_WORDS.has(lower) && (best.length || run.length)) break;
    if (!isCapitalised(w.text) || NOT_NAME_WORDS.has(lower) || RANKS.has(lower) || covered(w)) close();
    else {
      run.push(w);
      institution ||= INSTITUTION_WORDS.has(lower);
    }
  }
  close();
  if (!best.length || best.length > MAX_NAME_WORDS) return undefined;
  const first = best[0]!;
  const last = best[best.length - 1]!;
  return {
    name: best.map((w) => w.text).join(' '),
    start: first.start,
    end: last.end,
    single: best.length < MIN_NAME_WORDS,
  };
}
