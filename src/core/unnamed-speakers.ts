/**
 * Unnamed speakers the pack holds as actors of their own ("Pakistani security official (unnamed)"),
 * found from the description an article introduces them with: "a senior security official",
 * "two Pakistani officials". The pack gives each such actor its descriptions ("a Pakistani
 * security official"); a phrase is that actor when it says the same, give or take a rank ("senior")
 * and a number ("two officials" for "an official"). Anything more ("an Afghan border official" for
 * "a border official") is someone else: no speaker is better than a wrong one.
 */
import type { Actor } from './pack-schema';
import { phraseWords, roleForm } from './speaker-phrases';
import { fold } from './text';

/** Words that introduce someone the article does not name. */
const INTRODUCERS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'several', 'some']);
/** Words a description may add or leave out and still describe the same unnamed person. */
const RANK_WORDS = new Set(['senior', 'top', 'junior', 'high-ranking']);
/** Officials of no side, named without "a" ("Officials said"). */
const PLURAL_HEAD = 'officials';
/** Plural forms folded to one ("officials" → "official") beyond speaker-phrases' role forms. */
const singular = (w: string) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/**
 * The words a description says of its person, in one form each, as a sorted key ("a senior US
 * official" → "official us"); it must introduce someone ("a", "two"). Undefined for anything else
 * ("the official", "Kirby"; "Pakistani officials" is left to the pack's aliases, which may make it
 * the government).
 */
function descriptionKey(phrase: string): string | undefined {
  const raw = phraseWords(phrase, 0, phrase.length).map((w) => fold(w.text));
  if (raw.length < 2 || !INTRODUCERS.has(raw[0]!)) return undefined;
  return raw
    .slice(1)
    .map(roleForm)
    .filter((w) => !RANK_WORDS.has(w))
    .map(singular)
    .sort()
    .join(' ');
}

/** The words of a description of unnamed officials of no named side: "officials", "a senior official", "government officials". */
const BARE_OFFICIAL_WORDS = new Set(['official', 'government', 'administration']);

/** An affiliation folded, without its note in brackets ("Government of Pakistan (caretaker)" → "government of pakistan"). */
function affiliationKey(affiliation: string): string {
  return fold(affiliation.replace(/\([^)]*\)/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The pack's unnamed actors by the descriptions that introduce them ("a …"); built once per actor set. */
export class UnnamedSpeakers {
  /** Description key → actor id, or null where two actors share it. */
  private readonly byKey = new Map<string, string | null>();
  /** Folded affiliation ("government of pakistan") → the unnamed official speaking for it, or null where two do. */
  private readonly byAffiliation = new Map<string, string | null>();

  constructor(actors: Iterable<Actor>) {
    const put = (map: Map<string, string | null>, key: string, id: string) => {
      const had = map.get(key);
      map.set(key, had === undefined || had === id ? id : null);
    };
    for (const a of actors) {
      if (a.kind !== 'person') continue;
      const keys = (a.descriptors ?? []).map(descriptionKey).filter((k): k is string => k !== undefined);
      for (const key of keys) put(this.byKey, key, a.id);
      if (a.affiliation && keys.some((k) => k.split(' ').includes('official')))
        put(this.byAffiliation, affiliationKey(a.affiliation), a.id);
    }
  }

  /**
   * The unnamed official speaking for one of `sides` (an actor's name and affiliation: "Government
   * of Pakistan"), for a phrase that names officials of no side ("officials said", "a senior
   * official said"); undefined for any other phrase, or where no such actor or two fit.
   */
  officialOf(phrase: string, sides: readonly string[]): string | undefined {
    const key = descriptionKey(phrase) ?? (fold(phrase).trim() === PLURAL_HEAD ? 'official' : undefined);
    const words = key?.split(' ') ?? [];
    if (!words.includes('official') || !words.every((w) => BARE_OFFICIAL_WORDS.has(w))) return undefined;
    const ids = new Set(sides.map((s) => this.byAffiliation.get(affiliationKey(s))).filter((id) => id !== undefined));
    const [id] = ids;
    return ids.size === 1 && id ? id : undefined;
  }

  /** The actor a phrase that introduces someone unnamed describes ("a senior security official"), if exactly one. */
  find(phrase: string): string | undefined {
    if (!this.byKey.size) return undefined;
    const key = descriptionKey(phrase);
    return (key && this.byKey.get(key)) || undefined;
  }
}
