/** Actors and claims, sorted for the options page's selects and for naming rows. */
import type { ActorRow, ClaimRow, CounterpointDB } from '../db/schema';

export interface Lookups {
  actors: ActorRow[];
  claims: ClaimRow[];
  actorById: Map<string, ActorRow>;
  claimById: Map<string, ClaimRow>;
}

export const EMPTY_LOOKUPS: Lookups = { actors: [], claims: [], actorById: new Map(), claimById: new Map() };

/** Loads the live actors and claims. */
export async function loadLookups(db: CounterpointDB): Promise<Lookups> {
  const [actors, claims] = await db.transaction('r', db.actors, db.claims, () =>
    Promise.all([db.actors.filter((a) => !a.deleted).toArray(), db.claims.filter((c) => !c.deleted).toArray()]),
  );
  actors.sort((a, b) => a.name.localeCompare(b.name));
  claims.sort((a, b) => a.text.localeCompare(b.text));
  return {
    actors,
    claims,
    actorById: new Map(actors.map((a) => [a.id, a])),
    claimById: new Map(claims.map((c) => [c.id, c])),
  };
}
