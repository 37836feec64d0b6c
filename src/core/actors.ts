/**
 * Actor recognition: every pack actor by name and alias, tolerant of case, accents, hyphens,
 * titles, possessives and one-letter misspellings; later mentions by surname or by role
 * ("Khan said", "the spokesperson") resolve to the actor the article introduced earlier.
 */
import type { Actor } from './pack-schema';
import { PhraseMatcher, type Phrase } from './phrase-matcher';
import { phraseWords, type Token } from './text';
import { TITLES } from './attribution-words';
import { firstAtOrAfter } from './sorted';

/** One mention of an actor in the text. */
export interface ActorMention {
  actorId: string;
  start: number;
  end: number;
  /** How the mention was recognised. */
  via: 'name' | 'surname' | 'descriptor';
  /** Whether a word was matched only approximately (a misspelling). */
  approximate: boolean;
}

type Entry =
  | { kind: 'name'; actorId: string; exactCase?: string }
  | { kind: 'surname'; actorIds: string[] }
  | { kind: 'descriptor'; actorIds: string[] };

/** Aliases this short and in capitals ("TTP", "FO", "US") match only in capitals: "us" is a pronoun. */
const MAX_ACRONYM = 5;
/** Suffixes that are not surnames. Common surnames (Khan) are fine: they only count after the full name. */
const NOT_SURNAMES = new Set(['jr', 'sr', 'ii', 'iii']);

/** The pack's actors, compiled for recognition in article text. */
export class ActorModel {
  private readonly matcher: PhraseMatcher<Entry>;
  readonly byId = new Map<string, Actor>();
  /** The words of each person's names and aliases, folded ("ashraf", "ghani", "ahmadzai"). */
  private readonly nameWords = new Map<string, ReadonlySet<string>>();

  constructor(actors: readonly Actor[]) {
    const phrases: Phrase<Entry>[] = [];
    const surnames = new Map<string, string[]>();
    const descriptors = new Map<string, string[]>();
    const names = new Set<string>();
    for (const actor of actors) {
      this.byId.set(actor.id, actor);
      if (actor.kind === 'person')
        this.nameWords.set(actor.id, new Set([actor.name, ...actor.aliases].flatMap((n) => phraseWords(n))));
      const ownNames = new Set<string>();
      for (const name of [actor.name, ...actor.aliases]) {
        const words = phraseWords(name);
        if (!words.length) continue;
        names.add(words.join(' '));
        ownNames.add(words.join(' '));
        const acronym = name.length <= MAX_ACRONYM && name === name.toUpperCase() && /\p{Lu}/u.test(name);
        phrases.push({
          words,
          value: acronym ? { kind: 'name', actorId: actor.id, exactCase: name } : { kind: 'name', actorId: actor.id },
          fuzzy: words.length > 1,
        });
        // "The UN mission in Afghanistan": the name with its article, so that a descriptor opening at the article ("the
        // UN mission", which names nobody before the actor is named) does not take the words of the longer name.
        if (!acronym && words.length > 1 && words[0] !== 'the')
          phrases.push({ words: ['the', ...words], value: { kind: 'name', actorId: actor.id }, fuzzy: false });
        // A surname is a name's last word written with a capital: "officials" ends a description of someone
        // unnamed ("Pakistani security officials"), and names no one later in the article.
        if (actor.kind === 'person' && words.length > 1 && /^\p{Lu}/u.test(name.trim().split(/\s+/).pop() ?? '')) {
          const last = words[words.length - 1]!;
          if (last.length > 2 && !NOT_SURNAMES.has(last)) addTo(surnames, last, actor.id);
        }
      }
      for (const d of actor.descriptors ?? []) {
        const words = phraseWords(d);
        if (words[0] === 'the' && ownNames.has(words.slice(1).join(' '))) continue; // "the Foreign Office": a name already
        // "the Taliban government" holds one of the actor's own names: it names the actor at its first mention too.
        if (holdsName(words, ownNames)) {
          phrases.push({
            words: words[0] === 'the' ? words : ['the', ...words],
            value: { kind: 'name', actorId: actor.id },
            fuzzy: false,
          });
          continue;
        }
        // "the ministry" with or without its article; "a Pakistani official" keeps its own.
        if (words[0] !== 'the' && words[0] !== 'a' && words[0] !== 'an') words.unshift('the');
        addTo(descriptors, words.join(' '), actor.id);
      }
    }
    for (const [word, actorIds] of surnames) {
      // A surname that is itself a full alias is already a name; skip the duplicate.
      if (!names.has(word)) phrases.push({ words: [word], value: { kind: 'surname', actorIds } });
    }
    for (const [phrase, actorIds] of descriptors)
      phrases.push({ words: phrase.split(' '), value: { kind: 'descriptor', actorIds } });
    this.matcher = new PhraseMatcher(phrases);
  }

  /**
   * Every actor mention, in text order; surnames and descriptors only after the actor was named, or,
   * for a surname, when the article names exactly one of its actors in full anywhere ("Mujahid
   * said …" before "the Taliban's chief spokesman, Zabihullah Mujahid").
   */
  /**
   * Whether the word right before a surname at `start` is a capitalised given name that is not the actor's own
   * ("Abdul" before "Ghani" for Ashraf Ghani): a title, an honorific or a word of the actor's names is not.
   */
  private otherGivenName(text: string, tokens: readonly Token[], start: number, actorId: string): boolean {
    // The token that starts the surname, found by binary search; the one before it is the word in question.
    const prev = tokens[firstAtOrAfter(tokens, (t) => t.start, start) - 1];
    if (!prev || !/^\s+$/.test(text.slice(prev.end, start))) return false;
    if (!/^\p{Lu}/u.test(text.slice(prev.start, prev.end)) || BEFORE_SURNAME.has(prev.text)) return false;
    return !this.nameWords.get(actorId)?.has(prev.text);
  }

  find(text: string, tokens: readonly Token[]): ActorMention[] {
    const out: ActorMention[] = [];
    const lastSeen = new Map<string, number>();
    const matches = this.matcher.findAll(tokens);
    // The actors each mention names in full (its exact case, where the name asks for one).
    const namedBy = matches.map((m) =>
      m.values.flatMap((v) =>
        v.kind === 'name' && (!v.exactCase || text.slice(m.start, m.end) === v.exactCase) ? [v.actorId] : [],
      ),
    );
    const namedAnywhere = new Set(namedBy.flat());
    for (const [k, m] of matches.entries()) {
      const named = namedBy[k]!;
      const later = m.values.flatMap((v) => (v.kind === 'name' ? [] : v.actorIds));
      const via = m.values.find((v) => v.kind !== 'name')?.kind ?? 'name';
      // A name two actors share goes to the one the article named last, else to nobody.
      const unique = named.length > 1 ? [...new Set(named)] : named;
      const namedLater = m.values.some((v) => v.kind === 'surname')
        ? [...new Set(later)].filter((id) => namedAnywhere.has(id))
        : [];
      const actorId =
        unique.length === 1
          ? unique[0]
          : (mostRecent(unique.length ? unique : later, lastSeen) ??
            (!unique.length && namedLater.length === 1 ? namedLater[0] : undefined));
      if (!actorId) continue;
      // "Abdul Ghani, a trader" after President Ashraf Ghani: a surname right after another given name is someone else's.
      // So is a one-word name of a person ("Ghani" for Ashraf Ghani).
      const surnameOnly =
        (!unique.length && via === 'surname') ||
        (unique.length === 1 && this.byId.get(actorId)?.kind === 'person' && !/\s/.test(text.slice(m.start, m.end)));
      if (surnameOnly && this.otherGivenName(text, tokens, m.start, actorId)) continue;
      lastSeen.set(actorId, m.start);
      out.push({ actorId, start: m.start, end: m.end, via: unique.length ? 'name' : via, approximate: m.approximate });
    }
    return out;
  }
}

/** Words before a surname that are a title or an honorific, not a given name ("President Ghani", "Field Marshal Munir", "Haji Omar"). */
const BEFORE_SURNAME = new Set([...TITLES, 'marshal', 'haji', 'qari', 'maulvi', 'hafiz', 'sardar', 'syed', 'sayed']);

function mostRecent(ids: readonly string[], lastSeen: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let at = -1;
  for (const id of ids) {
    const seen = lastSeen.get(id);
    if (seen !== undefined && seen > at) {
      at = seen;
      best = id;
    }
  }
  return best;
}

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(id)) list.push(id);
  map.set(key, list);
}

/** True when the words of a descriptor hold one of the actor's own names, word for word ("the Taliban government" holds "Taliban"). */
function holdsName(words: readonly string[], ownNames: ReadonlySet<string>): boolean {
  const text = ` ${words.join(' ')} `;
  for (const name of ownNames) if (text.includes(` ${name} `)) return true;
  return false;
}
