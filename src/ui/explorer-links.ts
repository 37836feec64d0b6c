/** Addresses of the claim and actor pages, relative to any extension page at the root (sidebar, options). */

/** A claim's page: its timeline, linked claims and statements. */
export function claimHref(claimId: string): string {
  return `claim.html#${encodeURIComponent(claimId)}`;
}

/** An actor's page: what they said over time. */
export function actorHref(actorId: string): string {
  return `actor.html#${encodeURIComponent(actorId)}`;
}
