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

/** Words that introduce someone the article does not name. */
const INTRODUCERS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'several', 'some']);
/** Words a description may add or leave out and still describe the same unnamed person. */
const RANK_WORDS = new Set(['senior', 'top', 'junior', 'high-ranking']);
/** Plural forms folded to one ("officials" → "official") beyond speaker-phrases' role forms. */
const singular = (w: string) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** The words a description says of its person, in one form each, as a sorted key ("a senior US official" → "official us"). */
function descriptionKey(phrase: string): string | undefined {
  const words = phraseWords(phrase, 0, phrase.length).map((w) => roleForm(w.text));
  if (words.length < 2 || !INTRODUCERS.has(words[0]!)) return undefined;
  return words
    .slice(1)
    .filter((w) => !RANK_WORDS.has(w))
    .map(singular)
    .sort()
    .join(' ');
}

/** The pack's unnamed actors by the descriptions that introduce them ("a …"); built once per actor set. */
export class UnnamedSpeakers {
  /** Description key → actor id, or null where two actors share it. */
  private readonly byKey = new Map<string, string | null>();

  constructor(actors: Iterable<Actor>) {
    for (const a of actors) {
      if (a.kind !== 'person') continue;
      for (const d of a.descriptors ?? []) {
        const key = descriptionKey(d);
        if (!key) continue;
        const had = this.byKey.get(key);
        this.byKey.set(key, had === undefined || had === a.id ? a.id : null);
      }
    }
  }

  /** The actor a phrase that introduces someone unnamed describes ("a senior security official"), if exactly one. */
  find(phrase: string): string | undefined {
    if (!this.byKey.size) return undefined;
    const key = descriptionKey(phrase);
    return (key && this.byKey.get(key)) || undefined;
  }
}
