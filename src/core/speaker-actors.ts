/**
 * What the speaker reading knows of the pack's actors, article by article the same: each actor's role nouns, the
 * actors a person speaks for, the institutions a description fits, a country's military and its state actor, and the
 * unnamed officials. Built once per set of actors (one engine), not once per article (speakers.ts reads it).
 */
import type { Actor } from './pack-schema';
import type { PageQuote } from './analysis';
import { descriptionWords, phraseWords, roleWords } from './speaker-phrases';
import { fold, nameCase } from './text';
import { PLACES, placeNamed, termsOfText } from './lexicon';
import { UnnamedSpeakers } from './unnamed-speakers';
import { StateSpeakers } from './state-speakers';

/** A resolved speaker, as the sidebar shows it. */
export type QuoteSpeaker = NonNullable<PageQuote['speaker']>;

/** Id prefix of a speaker the article names but the pack does not hold ("unlisted:heather-nauert"). */
export const UNLISTED_PREFIX = 'unlisted:';

/** Words naming a country's military ("army" reads as "military"). */
const MILITARY_WORDS = new Set(['military', 'armed', 'forces']);

/** A test of a set of role nouns: whether a description's words are all among them. */
export type Fits = (roles: ReadonlySet<string>) => boolean;

/** The facts of one set of actors, built once per set (one engine). */
const BOOKS = new WeakMap<ReadonlyMap<string, Actor>, SpeakerActors>();

/** The pack's actors as speakers: names, role nouns, affiliations, unnamed officials and state actors. */
export class SpeakerActors {
  /** Role nouns per actor. */
  private readonly roleNouns = new Map<string, Set<string>>();
  /** The affiliations' actors per actor. */
  private readonly affiliations = new Map<string, string[]>();
  /** Folded actor name or alias → actor id; built on first use. */
  private byName?: Map<string, string>;
  /** The pack's state actors by country; built on first use. */
  private states?: StateSpeakers;
  /** The pack's unnamed actors by their descriptions; built on first use. */
  private unnamedSpeakers?: UnnamedSpeakers;

  private constructor(readonly actors: ReadonlyMap<string, Actor>) {}

  /** The facts of `actors`, built on first use and kept for as long as the set of actors lives. */
  static of(actors: ReadonlyMap<string, Actor>): SpeakerActors {
    let book = BOOKS.get(actors);
    if (!book) BOOKS.set(actors, (book = new SpeakerActors(actors)));
    return book;
  }

  /** The speaker that a pack actor is. */
  speaker(actorId: string): QuoteSpeaker {
    return { actorId, name: this.actors.get(actorId)!.name };
  }

  /** Whether a speaker is a person (the pack's, or one it does not hold), not an institution. */
  isPerson(s: QuoteSpeaker | undefined): boolean {
    if (!s) return false;
    return s.actorId.startsWith(UNLISTED_PREFIX) || this.actors.get(s.actorId)?.kind === 'person';
  }

  /** Role nouns of a pack actor: the words of its name, aliases, descriptors and role. */
  roles(actorId: string): Set<string> {
    let roles = this.roleNouns.get(actorId);
    if (!roles) {
      const a = this.actors.get(actorId)!;
      roles = roleWords([a.name, ...a.aliases, ...(a.descriptors ?? []), a.role ?? ''].join(' '));
      this.roleNouns.set(actorId, roles);
    }
    return roles;
  }

  /** The pack's institutions (no persons) whose role nouns `fits`. */
  institutionsFitting(fits: Fits): Actor[] {
    return [...this.actors.values()].filter((a) => a.kind !== 'person' && fits(this.roles(a.id)));
  }

  /** Whether an actor is in country `place` (a place term), or names no country at all. */
  isIn(actorId: string, place: string): boolean {
    const a = this.actors.get(actorId);
    const own = a && a.kind !== 'person' ? countryOf(a) : undefined;
    return own === undefined || own === place;
  }

  /** The pack actor a person speaks for (their affiliation, named as the pack names it) that `fits`. */
  affiliation(actorId: string, fits: Fits): QuoteSpeaker | undefined {
    const id = this.affiliationsOf(actorId).find((a) => fits(this.roles(a)));
    return id ? this.speaker(id) : undefined;
  }

  /** The pack actors named in an actor's affiliation ("Government of Pakistan; Pakistan Muslim League (N)"), cached. */
  affiliationsOf(actorId: string): string[] {
    let ids = this.affiliations.get(actorId);
    if (ids) return ids;
    if (!this.byName) {
      this.byName = new Map();
      for (const a of this.actors.values()) for (const n of [a.name, ...a.aliases]) this.byName.set(fold(n), a.id);
    }
    const pieces = this.actors.get(actorId)?.affiliation?.split(/[;,]/) ?? [];
    ids = pieces
      .map((p) => this.byName!.get(fold(p).trim()) ?? this.namedFirst(fold(p).trim()))
      .filter((id): id is string => id !== undefined && id !== actorId);
    this.affiliations.set(actorId, ids);
    return ids;
  }

  /**
   * The military a phrase names by its country ("Pakistan's military", "the Pakistani army", "Pakistan's
   * armed forces"): the one pack actor, not a person, of that country whose names hold every other word
   * of the phrase. None when two fit, or none (the pack holds no Afghan military).
   */
  national(phrase: string): QuoteSpeaker | undefined {
    const words = descriptionWords(phraseWords(phrase, 0, phrase.length));
    const place = words.length >= 2 ? termsOfText([words[0]!])[0] : undefined;
    if (!place || !PLACES.has(place)) return undefined;
    const rest = words.slice(1);
    // Only a country's military: its officials or its government may be another era's ("Afghan officials" in 2017 are the Republic's).
    if (!rest.every((w) => MILITARY_WORDS.has(w))) return undefined;
    const ids = [...this.actors.values()]
      .filter((a) => a.kind !== 'person' && countryOf(a) === place && rest.every((w) => this.roles(a.id).has(w)))
      .map((a) => a.id);
    return ids.length === 1 ? this.speaker(ids[0]!) : undefined;
  }

  /** A country named as the speaker ("Pakistan says …"): the one state actor of the pack that the country is. */
  country(phrase: string): QuoteSpeaker | undefined {
    const id = (this.states ??= new StateSpeakers(this.actors.values())).find(phrase);
    return id ? this.speaker(id) : undefined;
  }

  /** The pack's unnamed officials, by their descriptions. */
  unnamed(): UnnamedSpeakers {
    return (this.unnamedSpeakers ??= new UnnamedSpeakers(this.actors.values()));
  }

  /**
   * The one pack actor whose full name opens with `piece` and goes on to say whose it is: an affiliation
   * written short ("Ministry of National Defence" for "Ministry of National Defence of Afghanistan
   * (Taliban government)"). None when several names open so.
   */
  private namedFirst(piece: string): string | undefined {
    if (!piece) return undefined;
    const ids = [...this.actors.values()]
      .filter((a) => {
        const name = fold(a.name);
        return name.startsWith(piece + ' of ') || name.startsWith(piece + ' (');
      })
      .map((a) => a.id);
    return ids.length === 1 ? ids[0] : undefined;
  }
}

/** The country (a place term) an actor's affiliation and name hold, if any. */
function countryOf(a: Actor): string | undefined {
  return placeNamed(`${a.affiliation ?? ''} ${a.name}`);
}

/** A person the article names whom the pack does not hold. */
export function unlisted(written: string): QuoteSpeaker {
  // A name in capitals (a transcript's "NAJIB SABERI") as it is written in running text.
  const name = /\p{Ll}/u.test(written) ? written : nameCase(written);
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { actorId: UNLISTED_PREFIX + slug, name };
}
