/**
 * Whom the pack's actors speak for: an actor's camp (`campOf`), the country it speaks for
 * (`placeOf`), whether it speaks for an armed group, and whether a word is just an actor's name.
 * Each answer is read from the actors' affiliations and names once, then kept.
 */
import type { Actor } from './pack-schema';
import { countryOfRegion, placeNamed } from './lexicon';
import { fold } from './text';

/** The sides the pack's actors speak for, read on first use (`ClaimIndex` holds one). */
export class ActorSides {
  constructor(private readonly actors: ReadonlyMap<string, Actor>) {}

  /**
   * The camp an actor speaks for: the first part of its affiliation ("Government of Pakistan;
   * PML-N" → "government of pakistan"), or the actor itself when it has none or is an armed group.
   */
  campOf(actorId: string): string {
    let camp = this.camps.get(actorId);
    if (camp === undefined) {
      const a = this.actors.get(actorId);
      // An armed group speaks for itself, not for the country its affiliation names.
      const head = a?.kind === 'armed-group' ? undefined : a?.affiliation?.split(/[;,(]/)[0]?.trim();
      camp = fold(head || a?.name || actorId);
      this.camps.set(actorId, camp);
    }
    return camp;
  }

  private readonly camps = new Map<string, string>();

  /**
   * Whether an actor speaks for an armed group (the group itself, or its spokesman): such a speaker takes no side
   * for the country the group is named for ("Tehrik-i-Taliban Pakistan" is not Pakistan's government).
   */
  speaksForArmedGroup(actorId: string): boolean {
    this.armedCamps ??= new Set([...this.actors.values()].filter((a) => a.kind === 'armed-group').map((a) => this.campOf(a.id)));
    return this.armedCamps.has(this.campOf(actorId));
  }

  private armedCamps: Set<string> | undefined;

  /** The country an actor speaks for ("our soil" in their words), from its affiliation and name. */
  placeOf(actorId: string): string | undefined {
    if (!this.places.has(actorId)) {
      const a = this.actors.get(actorId);
      // Where a body works is not whom it speaks for: "the UN Assistance Mission in Afghanistan" is the UN's.
      const text = `${a?.affiliation ?? ''} ${(a?.name ?? '').replace(/\s+in\s.*$/i, '')}`;
      // A provincial government speaks for its country ("Government of Balochistan"); an armed group named for a province does not.
      const province = a?.kind === 'armed-group' ? undefined : countryOfRegion(text);
      this.places.set(actorId, placeNamed(text) ?? province);
    }
    return this.places.get(actorId);
  }

  private readonly places = new Map<string, string | undefined>();

  private actorNames: Set<string> | undefined;

  /** Whether a keyword is just an actor's name: names say who spoke, not what about. */
  actorName(keyword: string): boolean {
    this.actorNames ??= new Set([...this.actors.values()].flatMap((a) => [a.name, ...a.aliases].map((n) => fold(n))));
    return this.actorNames.has(fold(keyword));
  }
}
