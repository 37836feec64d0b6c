/**
 * The matching index's snapshot in the database, so that a service worker started fresh
 * restores its index from one record instead of reading every statement (see
 * `src/core/index-snapshot.ts`). The snapshot is derived data: it carries the fingerprint of the
 * statements it was taken of, and one that no longer matches, or does not read back whole, is
 * ignored and replaced.
 */
import { isSnapshot, type IndexSnapshot } from '../core/index-snapshot';
import { corpusFingerprint, installedTopics } from './queries';
import { isLive, toRecord } from './rows';
import type { ActorRow, ClaimRow, CounterpointDB, StatementRow } from './schema';
import type { Statement, Topic } from '../core/pack-schema';

/** Key of the matching index's snapshot in `snapshots`. */
export const INDEX_SNAPSHOT_KEY = 'matching-index';

/** The corpus with its index restored from the snapshot, when a current, whole snapshot is stored. */
export interface RestorableCorpus {
  actors: ActorRow[];
  claims: ClaimRow[];
  topics: Topic[];
  index: IndexSnapshot;
}

/**
 * Reads the actors, claims and topics and the current snapshot, in one read transaction; no
 * statement is read. Undefined when there is no snapshot, or it is stale or damaged.
 */
export async function loadRestorableCorpus(db: CounterpointDB): Promise<RestorableCorpus | undefined> {
  return db.transaction('r', [db.actors, db.claims, db.statements, db.meta, db.packs, db.snapshots], async () => {
    const row = await db.snapshots.get(INDEX_SNAPSHOT_KEY);
    if (!row || row.fingerprint !== (await corpusFingerprint(db)) || !isSnapshot(row.value)) return undefined;
    const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
    return {
      actors: live(await db.actors.toArray()),
      claims: live(await db.claims.toArray()),
      topics: await installedTopics(db),
      index: row.value,
    };
  });
}

/** Stores a snapshot taken of the statements as they were at `fingerprint`, unless they have changed since. */
export async function saveSnapshot(
  db: CounterpointDB,
  snapshot: IndexSnapshot,
  fingerprint: string,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction('rw', db.meta, db.snapshots, async () => {
    if ((await corpusFingerprint(db)) !== fingerprint) return false;
    await db.snapshots.put({ key: INDEX_SNAPSHOT_KEY, fingerprint, value: snapshot, takenAt: now });
    return true;
  });
}

/** The live statements with these ids, as pack records; ids not found (deleted meanwhile) are left out. */
export async function readStatements(db: CounterpointDB, ids: readonly string[]): Promise<Statement[]> {
  const rows = await db.statements.bulkGet([...ids]);
  return rows.filter((r): r is StatementRow => isLive(r)).map((r) => toRecord(r));
}
