/**
 * Installing and updating the pack that ships with the extension, without losing user edits.
 *
 * Rules, per record id, when a bundled pack version is installed:
 * - not stored yet → added as a pristine bundled record;
 * - stored, pristine, from this pack → replaced by the new version;
 * - edited by the user, a user record, a tombstone, or a record of another pack → left alone;
 * - stored, pristine, from this pack but no longer in it → removed, unless a record that stays
 *   still refers to it (a user's statement naming the actor), so that references never dangle.
 */
import type { Pack } from '../core/pack-schema';
import { abortedWrite } from './errors';
import { hashText, sameContent, toRow, tableOf, type AnyRecord, type AnyRow } from './rows';
import { RECORD_TABLES, type CounterpointDB, type PackHeader, type PackRow, type RecordTable } from './schema';

/** What an install did. */
export interface InstallResult {
  /** `unchanged`: this exact pack was already installed, nothing was written. */
  status: 'installed' | 'updated' | 'unchanged';
  /** Records added. */
  added: number;
  /** Pristine records replaced by a changed version. */
  updated: number;
  /** Records the new version dropped, now removed. */
  removed: number;
  /** Ids the new version would have changed or dropped but the user's edits, deletions or own records kept. */
  kept: string[];
}

/** Options of `installBundledPack`. */
export interface InstallOptions {
  /** Hash of the pack file text, if the caller has one; otherwise one is computed from the pack. */
  hash?: string;
  /** Install even when the same version and hash are recorded (used by reset). */
  force?: boolean;
}

/** `meta` key holding `version:hash` of the bundled pack last installed. */
/** Prefix of the `meta` keys that stamp an installed bundled pack. */
export const BUNDLED_HASH_PREFIX = 'bundled-hash:';
export const bundledHashKey = (packId: string) => `${BUNDLED_HASH_PREFIX}${packId}`;
/** `meta` key holding a pack's header (everything but its records), for export. */
export const headerKey = (packId: string) => `pack-header:${packId}`;

/** The tables an install writes, for `db.transaction`. */
export const installTables = (db: CounterpointDB) => [db.actors, db.claims, db.statements, db.meta, db.packs];

/**
 * Installs or updates a bundled pack in one transaction. Cheap and idempotent: the same version
 * with the same content is detected by its recorded `version:hash` and writes nothing.
 * The pack must already be valid (`parsePack`/`validatePack`).
 */
export async function installBundledPack(db: CounterpointDB, pack: Pack, options: InstallOptions = {}): Promise<InstallResult> {
  const stamp = `${pack.version}:${options.hash ?? hashText(JSON.stringify(pack))}`;
  try {
    return await db.transaction('rw', installTables(db), async () => {
      const recorded = await db.meta.get(bundledHashKey(pack.id));
      if (!options.force && recorded?.value === stamp) {
        return { status: 'unchanged', added: 0, updated: 0, removed: 0, kept: [] } satisfies InstallResult;
      }
      const previous = await db.packs.get(pack.id);
      const result: InstallResult = { status: previous ? 'updated' : 'installed', added: 0, updated: 0, removed: 0, kept: [] };
      const now = Date.now();
      const dropped: Record<RecordTable, string[]> = { actors: [], claims: [], statements: [] };
      for (const table of RECORD_TABLES) {
        dropped[table] = await mergeTable(db, table, pack, now, result);
      }
      // Statements first: once they are gone, the actors and claims they named may go too.
      await db.statements.bulkDelete(dropped.statements);
      result.removed += dropped.statements.length;
      const { actorIds, claimIds } = await referencedIds(db, new Set(dropped.claims));
      for (const [table, refs] of [['actors', actorIds], ['claims', claimIds]] as const) {
        const removable = dropped[table].filter((id) => !refs.has(id));
        result.kept.push(...dropped[table].filter((id) => refs.has(id)));
        await db[table].bulkDelete(removable);
        result.removed += removable.length;
      }
      await recordPack(db, pack, 'bundled', now);
      await db.meta.put({ key: bundledHashKey(pack.id), value: stamp });
      return result;
    });
  } catch (error) {
    throw abortedWrite(error, `install the pack "${pack.title}"`);
  }
}

/** Writes one table's records; returns the ids of pristine records of this pack the pack dropped. */
async function mergeTable(db: CounterpointDB, table: RecordTable, pack: Pack, now: number, result: InstallResult): Promise<string[]> {
  const store = tableOf(db, table);
  const incoming = pack[table] as AnyRecord[];
  const stored = await store.bulkGet(incoming.map((r) => r.id));
  const writes: AnyRow[] = [];
  incoming.forEach((record, i) => {
    const row = stored[i];
    const state = { origin: 'bundled', packId: pack.id, edited: false, deleted: false, changedAt: now } as const;
    if (!row) {
      writes.push(toRow(table, record, state));
      result.added++;
    } else if (row.origin === 'user' || row.edited || row.deleted || row.packId !== pack.id) {
      if (!sameContent(row, record)) result.kept.push(record.id);
    } else if (!sameContent(row, record)) {
      writes.push(toRow(table, record, state));
      result.updated++;
    }
  });
  await store.bulkPut(writes);
  const inPack = new Set(incoming.map((r) => r.id));
  const ofPack = await store.where('packId').equals(pack.id).toArray();
  const dropped: string[] = [];
  for (const row of ofPack) {
    if (row.origin !== 'bundled' || inPack.has(row.id)) continue;
    if (row.edited || row.deleted) result.kept.push(row.id);
    else dropped.push(row.id);
  }
  return dropped;
}

/**
 * Actor and claim ids that live statements and live claims refer to. Claims in `ignoreClaims`
 * (about to be removed) do not count as referrers.
 */
export async function referencedIds(db: CounterpointDB, ignoreClaims: ReadonlySet<string> = new Set()) {
  const actorIds = new Set<string>();
  const claimIds = new Set<string>();
  await db.statements.each((st) => {
    if (st.deleted) return;
    actorIds.add(st.actorId);
    for (const id of st.claimIds) claimIds.add(id);
  });
  await db.claims.each((claim) => {
    if (claim.deleted || ignoreClaims.has(claim.id)) return;
    for (const link of claim.links ?? []) claimIds.add(link.claimId);
  });
  return { actorIds, claimIds };
}

/** Records a pack in `packs` and its header in `meta`. */
export async function recordPack(db: CounterpointDB, pack: Pack, source: PackRow['source'], now: number): Promise<void> {
  const { actors, claims, statements, ...header } = pack;
  await db.packs.put({
    id: pack.id,
    version: pack.version,
    title: pack.title,
    source,
    counts: { actors: actors.length, claims: claims.length, statements: statements.length },
    installedAt: now,
  });
  await db.meta.put({ key: headerKey(pack.id), value: header satisfies PackHeader });
}
