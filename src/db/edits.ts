/**
 * User edits of the corpus: add, change, delete, and reset to the bundled pack.
 *
 * An edit of a bundled record keeps it bundled but marks it `edited`, so bundled updates leave it
 * alone; deleting a bundled record leaves a tombstone so that an update does not bring it back.
 * Every write is checked against the pack schema and against the records it refers to.
 */
import type { Actor, Claim, Pack, Statement } from '../core/pack-schema';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../core/pack-schema';
import { validatePack } from '../core/pack-validate';
import { bundledHashKey, installBundledPack, installTables, type InstallResult } from './bundled';
import { abortedWrite, DbError } from './errors';
import { isLive, toRecord, toRow, tableOf, type AnyRecord, type AnyRow } from './rows';
import {
  RECORD_TABLES,
  USER_PACK_ID,
  type ActorRow,
  type ClaimRow,
  type CounterpointDB,
  type PackHeader,
  type RecordTable,
  type StatementRow,
} from './schema';

/** Adds or changes an actor. Throws `DbError` with a readable message if it is not valid. */
export function putActor(db: CounterpointDB, actor: Actor): Promise<ActorRow> {
  return putRecord(db, 'actors', actor) as Promise<ActorRow>;
}

/** Adds or changes a claim; linked claims must exist. Throws `DbError` if it is not valid. */
export function putClaim(db: CounterpointDB, claim: Claim): Promise<ClaimRow> {
  return putRecord(db, 'claims', claim) as Promise<ClaimRow>;
}

/**
 * Adds or changes a statement; its actor and the claims of its stances must exist, and it holds
 * either a quote or a summary. Throws `DbError` if it is not valid.
 */
export function putStatement(db: CounterpointDB, statement: Statement): Promise<StatementRow> {
  return putRecord(db, 'statements', statement) as Promise<StatementRow>;
}

async function putRecord(db: CounterpointDB, table: RecordTable, input: AnyRecord): Promise<AnyRow> {
  // Callers may hand back a row they read: its bookkeeping fields are ours to set, not theirs.
  const record = toRecord(input as AnyRow);
  try {
    return await db.transaction('rw', db.actors, db.claims, db.statements, db.meta, async () => {
      await checkRecord(db, table, record);
      const store = tableOf(db, table);
      const existing = await store.get(record.id);
      const changedAt = Date.now();
      const row =
        existing?.origin === 'bundled'
          ? toRow(table, record, { origin: 'bundled', packId: existing.packId, edited: true, deleted: false, changedAt })
          : toRow(table, record, {
              origin: 'user',
              packId: existing?.packId ?? USER_PACK_ID,
              edited: false,
              deleted: false,
              changedAt,
            });
      await store.put(row);
      return row;
    });
  } catch (error) {
    throw abortedWrite(error, `save "${record.id}"`);
  }
}

/** A header that passes validation, to check one record with `validatePack`. */
const checkHeader = (): PackHeader => ({
  format: PACK_FORMAT,
  formatVersion: PACK_FORMAT_VERSION,
  id: 'edit-check',
  version: '0.0.0',
  title: 'Edit check',
  language: 'en',
  updated: '2000-01-01',
  topic: { name: 'Edit check', quickCheck: ['x'], terms: [], negative: [], requires: [], threshold: 0 },
});

/**
 * Validates one record with the pack rules, with the live records it refers to as context, and
 * for a statement the other reports of its remark (before it, so that their disagreements are
 * reported on the record being saved).
 */
async function checkRecord(db: CounterpointDB, table: RecordTable, record: AnyRecord): Promise<void> {
  const pack: Pack = { ...checkHeader(), actors: [], claims: [], statements: [] };
  if (isRecordLike(record)) {
    const r = record as Partial<Statement & Claim>;
    if (table === 'statements' && typeof r.actorId === 'string') {
      const actor = await db.actors.get(r.actorId);
      if (isLive(actor)) pack.actors.push(toRecord(actor));
    }
    if (table === 'statements' && typeof r.remark === 'string') {
      const reports = await db.statements.where('remark').equals(r.remark).toArray();
      pack.statements.push(...reports.filter((s) => isLive(s) && s.id !== r.id).map((s) => toRecord(s)));
    }
    const refs: unknown[] = table === 'statements' ? asList(r.stances) : table === 'claims' ? asList(r.links) : [];
    const claimIds = refs.map((x) => (typeof x === 'object' && x !== null ? (x as { claimId?: unknown }).claimId : undefined));
    const claims = await db.claims.bulkGet(claimIds.filter((id): id is string => typeof id === 'string' && id !== record.id));
    for (const claim of claims) if (isLive(claim)) pack.claims.push(toRecord(claim));
  }
  (pack[table] as AnyRecord[]).push(record);
  const mine = `/${table}/${pack[table].length - 1}`;
  const errors = validatePack(pack).filter((e) => e.path === mine || e.path?.startsWith(`${mine}/`));
  if (errors.length > 0) {
    const lines = errors.map((e) => e.message.replace(/^\w+\[\d+\]( \(id "[^"]*"\))?(, |: )/, ''));
    throw new DbError(`This ${table.slice(0, -1)} cannot be saved: ${lines.join('; ')}.`, { details: errors });
  }
}

function isRecordLike(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * Deletes a record: a tombstone for a bundled record (so updates do not resurrect it), a real
 * delete for a user record. Refuses, with a message saying why, to delete an actor or claim that
 * live statements or claim links still refer to.
 */
export async function deleteRecord(db: CounterpointDB, table: RecordTable, id: string): Promise<void> {
  try {
    await db.transaction('rw', db.actors, db.claims, db.statements, db.meta, async () => {
      const store = tableOf(db, table);
      const row = await store.get(id);
      if (!isLive(row)) return;
      await refuseIfReferenced(db, table, id);
      if (row.origin === 'bundled') await store.put({ ...row, deleted: true, edited: true, changedAt: Date.now() });
      else await store.delete(id);
    });
  } catch (error) {
    throw abortedWrite(error, `delete "${id}"`);
  }
}

async function refuseIfReferenced(db: CounterpointDB, table: RecordTable, id: string): Promise<void> {
  if (table === 'statements') return;
  const statements =
    table === 'actors'
      ? await db.statements
          .where('actorId')
          .equals(id)
          .filter((s) => !s.deleted)
          .count()
      : await db.statements
          .where('claimIds')
          .equals(id)
          .filter((s) => !s.deleted)
          .count();
  const links =
    table === 'claims'
      ? await db.claims.filter((c) => !c.deleted && c.id !== id && (c.links ?? []).some((l) => l.claimId === id)).count()
      : 0;
  if (statements === 0 && links === 0) return;
  const uses = [
    statements > 0 ? `${statements} statement${statements === 1 ? '' : 's'}` : '',
    links > 0 ? `${links} other claim${links === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  throw new DbError(
    `"${id}" is still used by ${uses.join(' and ')}; change or delete ${statements + links === 1 ? 'it' : 'them'} first.`,
  );
}

/** Options of `resetToBundled`. */
export interface ResetOptions {
  /** Keep the records the user created or imported (default true); only bundled records are reset. */
  keepUserRecords?: boolean;
}

/**
 * Undoes every edit and deletion of the bundled pack's records and reinstalls it, in one
 * transaction. User records are kept unless `keepUserRecords` is false; bundled records they
 * still refer to are kept too.
 */
export async function resetToBundled(db: CounterpointDB, pack: Pack, options: ResetOptions = {}): Promise<InstallResult> {
  const keepUser = options.keepUserRecords ?? true;
  try {
    return await db.transaction('rw', installTables(db), async () => {
      for (const table of RECORD_TABLES) {
        const inPack = new Set((pack[table] as AnyRecord[]).map((r) => r.id));
        const store = tableOf(db, table);
        if (!keepUser) await store.where('origin').equals('user').delete();
        // In the pack: removed here and added back fresh by the install. Not in it: tombstones
        // go; edited rows become pristine so that the install drops them unless still referenced.
        await store
          .where('packId')
          .equals(pack.id)
          .filter((r) => r.origin === 'bundled' && (inPack.has(r.id) || r.deleted))
          .delete();
        await store
          .where('packId')
          .equals(pack.id)
          .filter((r) => r.origin === 'bundled' && r.edited)
          .modify({ edited: false });
      }
      await db.meta.delete(bundledHashKey(pack.id));
      return installBundledPack(db, pack, { force: true });
    });
  } catch (error) {
    throw abortedWrite(error, `reset to the pack "${pack.title}"`);
  }
}
