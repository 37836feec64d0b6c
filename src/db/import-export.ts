/**
 * Importing a pack file into the corpus (preview first, then all or nothing) and exporting the
 * corpus as a pack file that `parsePack` accepts.
 */
import type { Actor, Claim, Pack, Statement } from '../core/pack-schema';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../core/pack-schema';
import { liftRemarks } from '../core/pack-remark';
import { validatePack } from '../core/pack-validate';
import { headerKey, installTables, recordPack } from './bundled';
import { abortedWrite, DbError } from './errors';
import { isLive, sameContent, toRecord, toRow, tableOf, type AnyRecord, type AnyRow } from './rows';
import { RECORD_TABLES, type CounterpointDB, type Origin, type PackHeader, type RecordTable } from './schema';

/** How the records of one table in an imported pack compare with the database. */
export interface TableDiff {
  /** Not in the database (or only as a deleted record's tombstone). */
  new: string[];
  /** In the database as a pristine bundled record with different content. */
  updated: string[];
  /** In the database with different content the user wrote (an edit or a user record). */
  conflicts: string[];
  /** In the database with the same content. */
  unchanged: string[];
}

/** What an import would do, table by table. */
export type ImportPreview = Record<RecordTable, TableDiff>;

/** Options of `importPack`. */
export interface ImportOptions {
  /** Merge the pack's records into the corpus (the only mode). */
  mode: 'merge';
  /** On a conflict with the user's own content: keep it (default) or take the pack's. */
  conflicts?: 'keep-mine' | 'take-theirs';
}

/** Compares a (valid) pack with the database without writing anything. */
export async function previewImport(db: CounterpointDB, given: Pack): Promise<ImportPreview> {
  // A format 1 pack's remark keywords are compared as the remarks they are stored as.
  const pack = liftRemarks(given);
  return db.transaction('r', db.actors, db.claims, db.statements, async () => {
    const preview = {} as ImportPreview;
    for (const table of RECORD_TABLES) {
      const diff: TableDiff = { new: [], updated: [], conflicts: [], unchanged: [] };
      const incoming = pack[table] as AnyRecord[];
      const stored = await tableOf(db, table).bulkGet(incoming.map((r) => r.id));
      incoming.forEach((record, i) => diff[classify(stored[i], record)].push(record.id));
      preview[table] = diff;
    }
    return preview;
  });
}

function classify(row: AnyRow | undefined, record: AnyRecord): keyof TableDiff {
  if (!isLive(row)) return 'new';
  if (sameContent(row, record)) return 'unchanged';
  return row.origin === 'user' || row.edited ? 'conflicts' : 'updated';
}

/**
 * Imports a pack, all or nothing, in one transaction; returns what it did (the same lists as
 * `previewImport`). New records become user records of the pack; changes to bundled records are
 * stored as edits, so a later bundled update keeps them. Throws `DbError` (nothing written) when
 * the pack is invalid, the disk is full or any write fails.
 */
export async function importPack(db: CounterpointDB, given: Pack, options: ImportOptions): Promise<ImportPreview> {
  const errors = validatePack(given);
  if (errors.length > 0) {
    throw new DbError(`This pack cannot be imported: ${errors[0]?.message ?? ''}`, { details: errors });
  }
  // A format 1 pack's remark keywords are stored as the remarks they are.
  const pack = liftRemarks(given);
  const takeTheirs = options.conflicts === 'take-theirs';
  try {
    return await db.transaction('rw', installTables(db), async () => {
      const preview = await previewImport(db, pack);
      const now = Date.now();
      for (const table of RECORD_TABLES) {
        const incoming = pack[table] as AnyRecord[];
        const store = tableOf(db, table);
        const stored = await store.bulkGet(incoming.map((r) => r.id));
        const writes: AnyRow[] = [];
        incoming.forEach((record, i) => {
          const row = stored[i];
          const kind = classify(row, record);
          if (kind === 'unchanged' || (kind === 'conflicts' && !takeTheirs)) return;
          if (row?.origin === 'bundled') {
            // A revived tombstone or a changed bundled record: an edit of the bundled pack.
            writes.push(
              toRow(table, record, { origin: 'bundled', packId: row.packId, edited: true, deleted: false, changedAt: now }),
            );
          } else {
            writes.push(
              toRow(table, record, {
                origin: 'user',
                packId: row?.packId ?? pack.id,
                edited: false,
                deleted: false,
                changedAt: now,
              }),
            );
          }
        });
        await store.bulkPut(writes);
      }
      // Keep the header of an installed pack; remember a new pack's so export can reproduce its topic.
      const installed = await db.packs.get(pack.id);
      if (!installed) await recordPack(db, pack, 'import', now);
      // An imported pack counts the records it brought that are still held (fact-checks arrive one
      // file at a time into one pack; records the corpus already had stay the corpus's).
      if (installed?.source !== 'bundled') await db.packs.update(pack.id, { counts: await heldBy(db, pack.id) });
      return preview;
    });
  } catch (error) {
    throw abortedWrite(error, `import "${pack.title}"`);
  }
}

/** The live records a pack brought, by table. */
async function heldBy(db: CounterpointDB, packId: string): Promise<{ actors: number; claims: number; statements: number }> {
  const count = (table: RecordTable) =>
    tableOf(db, table)
      .where('packId')
      .equals(packId)
      .filter((row) => !row.deleted)
      .count();
  const [actors, claims, statements] = await Promise.all([count('actors'), count('claims'), count('statements')]);
  return { actors, claims, statements };
}

/** Which records to export. */
export interface ExportFilter {
  /** Only records of this origin (records they refer to are added so the pack stays valid). */
  origin?: Origin;
  /** Only records of this pack; its header is used. */
  packId?: string;
}

/** Options of `exportPack`. */
export interface ExportOptions {
  /** Records to include; all live records by default. */
  filter?: ExportFilter;
}

/**
 * Exports live records (never tombstones) as a pack. The header and topic are those stored for
 * `filter.packId`, else for the bundled pack, else for any installed pack, else a placeholder.
 * Records that included records refer to are always included, so the result passes `validatePack`.
 */
export async function exportPack(db: CounterpointDB, options: ExportOptions = {}): Promise<Pack> {
  const filter = options.filter ?? {};
  return db.transaction('r', db.actors, db.claims, db.statements, db.meta, db.packs, async () => {
    const keep = (row: AnyRow) =>
      !row.deleted &&
      (filter.origin === undefined || row.origin === filter.origin) &&
      (filter.packId === undefined || row.packId === filter.packId);
    const [actors, claims, statements] = await Promise.all([db.actors.toArray(), db.claims.toArray(), db.statements.toArray()]);
    const outStatements = statements.filter(keep);
    const outClaims = new Map(claims.filter(keep).map((c) => [c.id, c]));
    const outActors = new Map(actors.filter(keep).map((a) => [a.id, a]));
    // Close over references: statement → actor and claims, claim → linked claims.
    const liveClaims = new Map(claims.filter((c) => !c.deleted).map((c) => [c.id, c]));
    const liveActors = new Map(actors.filter((a) => !a.deleted).map((a) => [a.id, a]));
    const pending: string[] = [...outStatements.flatMap((s) => s.claimIds), ...[...outClaims.values()].flatMap(linkIds)];
    for (const st of outStatements) {
      const actor = liveActors.get(st.actorId);
      if (actor) outActors.set(actor.id, actor);
    }
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      const claim = liveClaims.get(id);
      if (!claim || outClaims.has(id)) continue;
      outClaims.set(id, claim);
      pending.push(...linkIds(claim));
    }
    const header = await exportHeader(db, filter.packId);
    return {
      ...header,
      updated: new Date().toISOString().slice(0, 10),
      actors: sortById([...outActors.values()]).map((r) => toRecord(r) as Actor),
      claims: sortById([...outClaims.values()]).map((r) => toRecord(r) as Claim),
      statements: outStatements.map((r) => toRecord(r) as Statement),
    };
  });
}

function linkIds(claim: { links?: { claimId: string }[] }): string[] {
  return (claim.links ?? []).map((l) => l.claimId);
}

function sortById<T extends { id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function exportHeader(db: CounterpointDB, packId: string | undefined): Promise<PackHeader> {
  const packs = await db.packs.toArray();
  const chosen = packId ?? (packs.find((p) => p.source === 'bundled') ?? packs[0])?.id;
  const stored = chosen === undefined ? undefined : await db.meta.get(headerKey(chosen));
  // The records are written in this build's format, whatever format the pack was installed from.
  if (stored) return { ...(stored.value as PackHeader), formatVersion: PACK_FORMAT_VERSION };
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: packId ?? 'my-corpus',
    version: '1.0.0',
    title: 'My Counterpoint corpus',
    language: 'en',
    updated: '2000-01-01',
    // A placeholder topic: a pack needs one, and this corpus arrived without any.
    topic: { name: 'My corpus', quickCheck: ['said'], terms: [], negative: [], requires: [], threshold: 0 },
  };
}
