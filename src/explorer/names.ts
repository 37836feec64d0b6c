/** The actors and claims the explorer names marks by, and the id its address names. */
import type { ActorRow, ClaimRow, CounterpointDB } from '../db/schema';
export { actorHref, claimHref } from '../ui/explorer-links';

/** Live actors and claims by id. */
export interface Names {
  actors: Map<string, ActorRow>;
  claims: Map<string, ClaimRow>;
}

/** Reads the live actors and claims (a few hundred rows at most, whatever the number of statements). */
export async function loadNames(db: CounterpointDB): Promise<Names> {
  const [actors, claims] = await db.transaction('r', db.actors, db.claims, () =>
    Promise.all([db.actors.filter((a) => !a.deleted).toArray(), db.claims.filter((c) => !c.deleted).toArray()]),
  );
  return { actors: new Map(actors.map((a) => [a.id, a])), claims: new Map(claims.map((c) => [c.id, c])) };
}

/** The id the page's address names (after `#`). */
export function idFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}
