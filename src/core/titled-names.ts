/**
 * Names of people the pack does not hold, read from the article the way a reader meets them: a
 * title or role before a run of capitalised words ("analyst Ayesha Tariq", "Interior Minister
 * Chaudhry Nisar Ali Khan"), the title a name was written with, and the full name a lone surname
 * ("Mr Stump") stands for. Pure string work over a bounded window; speakers.ts decides who is meant.
 */
import { PERSON_NOUNS, SPEAKER_NOUNS, TITLES } from './attribution-words';
import { MAX_NAME_WORDS, personalName, phraseWords, roleForm, roleWords, type PhraseWord } from './speaker-phrases';
import { fold } from './text';

/** Words before a speaker's name read as their title ("Pentagon spokesman Adam Stump"). */
const TITLE_WORDS = 5;
/** Characters before a name searched for its title. */
const TITLE_CHARS = 80;
/**
 * A word and the run of capitalised words after it ("analyst Ayesha Tariq"); the word must be in
 * NAME_TITLES. The name is a lookahead, so every word is tried as the title: "Interior Minister
 * Chaudhry Nisar Ali Khan" is found from "Minister". A word is tried from its first letter only
 * (the lookbehind): from a letter inside it the match would be the same or none, and trying every
 * one made the search quadratic in the length of each word.
 */
const TITLED_NAME = /(?<!\p{L})(\p{L}+)\s+(?=((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+))/gu;
/** Words that introduce a person by title or role ("spokesman Adam Stump", "Researcher Lina Marchetti"). */
const NAME_TITLES = new Set([
  ...TITLES,
  ...SPEAKER_NOUNS,
  ...PERSON_NOUNS,
  ...'correspondent congressman congresswoman marshal'.split(' '),
]);
/** Capitalised words (up to a name's length less its surname) ending where a surname starts. */
const NAME_RUN_BEFORE = new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,${MAX_NAME_WORDS - 1}}$`, 'u');
/** Words that qualify a title before a name ("Foreign Secretary", "Interior Minister"), dropped with it. */
const TITLE_MODIFIERS = new Set(
  'foreign interior defence defense finance information deputy acting caretaker former prime vice chief army special'.split(' '),
);
/** Characters before a surname that hold the rest of a name. */
const NAME_RUN_CHARS = 160;
const LETTER = /\p{L}/u;

/** A person named with a title: the name, where it starts, and the title's role nouns. */
export interface TitledName {
  name: string;
  start: number;
  title: Set<string>;
}

/** Every person named with a title in text[from, to), in text order; `covered` marks words a pack actor's mention holds. */
export function titledNames(text: string, from: number, to: number, covered: (w: PhraseWord) => boolean): TitledName[] {
  const out: TitledName[] = [];
  for (const m of text.slice(from, to).matchAll(TITLED_NAME)) {
    if (!NAME_TITLES.has(fold(m[1]!))) continue;
    const start = from + m.index + m[0].length;
    const name = personalName(phraseWords(text, start, start + m[2]!.length), covered);
    if (name && !name.single) out.push({ name: name.name, start: name.start, title: titleBefore(text, name.start) });
  }
  return out;
}

/** The role nouns of the title written right before a name ("Army chief Field Marshal Asim Munir" → military, chief, field, marshal). */
export function titleBefore(text: string, start: number): Set<string> {
  const before =
    text
      .slice(Math.max(0, start - TITLE_CHARS), start)
      .split(/[.,;:!?"“”\n]/)
      .pop() ?? '';
  const title = before.trim().split(/\s+/).slice(-TITLE_WORDS).join(' ');
  return new Set([...roleWords(title)].map(roleForm));
}

/**
 * The full name a lone surname stands for ("Mr Stump", "Nauert told reporters"): the last place
 * before `at`, within `reach` characters, where the surname is written whole after a run of
 * capitalised words, titles dropped ("Foreign Secretary Tehmina Janjua" → "Tehmina Janjua").
 */
export function fullNameBefore(text: string, surname: string, at: number, reach: number): string | undefined {
  const before = text.slice(Math.max(0, at - reach), at);
  // The full name holds the surname: where the surname is not written before, there is none.
  if (!before.includes(surname)) return undefined;
  let last: string | undefined;
  for (let i = before.lastIndexOf(surname); i >= 0; i = i > 0 ? before.lastIndexOf(surname, i - 1) : -1) {
    const next = before[i + surname.length];
    if (next !== undefined && LETTER.test(next)) continue;
    const run = NAME_RUN_BEFORE.exec(before.slice(Math.max(0, i - NAME_RUN_CHARS), i));
    const given = run?.[0]
      .split(/\s+/)
      .filter((w) => w && !TITLES.has(fold(w).replace(/\.$/, '')) && !TITLE_MODIFIERS.has(fold(w)));
    if (given?.length) {
      last = given.join(' ') + ' ' + surname;
      break;
    }
  }
  const name = last && personalName(phraseWords(last, 0, last.length), () => false);
  return name && !name.single && fold(name.name).endsWith(fold(surname)) ? name.name : undefined;
}
