/** A claim's verdicts read from the database and written as schema.org ClaimReview JSON-LD. */
import { claimReviewsOf, isVerdict, type JsonLd } from '../core/claim-review-export';
import type { Actor } from '../core/pack-schema';
import { toRecord } from './rows';
import type { CounterpointDB } from './schema';

/** The claim's live statements as ClaimReview JSON-LD, the reader's own organisations' statements its verdicts, and how many; undefined for no such claim. */
export async function claimReviewExport(
  db: CounterpointDB,
  claimId: string,
): Promise<{ doc: JsonLd; count: number } | undefined> {
  return db.transaction('r', db.actors, db.claims, db.statements, async () => {
    const claim = await db.claims.get(claimId);
    if (!claim || claim.deleted) return undefined;
    const rows = await db.statements
      .where('claimIds')
      .equals(claimId)
      .filter((s) => !s.deleted)
      .toArray();
    const actorRows = await db.actors.bulkGet([...new Set(rows.map((s) => s.actorId))]);
    const actors = new Map<string, Actor>(actorRows.flatMap((a) => (a && !a.deleted ? [[a.id, toRecord(a)] as const] : [])));
    const statements = rows.map((s) => toRecord(s));
    // Verdicts are the reader's own (written or imported); the bundled corpus reports positions.
    const bundled = new Set(rows.filter((s) => s.origin === 'bundled').map((s) => s.id));
    const own = (s: { id: string }) => !bundled.has(s.id);
    const count = statements.filter((s) => isVerdict(s, claimId, actors, own)).length;
    return { doc: claimReviewsOf(toRecord(claim), statements, actors, own), count };
  });
}
