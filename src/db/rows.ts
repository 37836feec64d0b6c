/**
 * Conversions between pack records and stored rows, and the comparisons the merge logic needs.
 */
import type { Table } from 'dexie';
import type { Actor, Claim, Statement } from '../core/pack-schema';
import { liftRemark } from '../core/pack-remark';
import {
  claimIdsOf,
  claimDatesOf,
  stanceKeysOf,
  wordsOf,
  type ActorRow,
  type ClaimRow,
  type CounterpointDB,
  type RecordState,
  type RecordTable,
  type StatementRow,
} from './schema';

/** A pack record of any of the three kinds. */
export type AnyRecord = Actor | Claim | Statement;
/** A stored row of any of the three kinds. */
export type AnyRow = ActorRow | ClaimRow | StatementRow;

/** Fields a row carries beyond its pack record. */
const ROW_ONLY_FIELDS = new Set(['origin', 'packId', 'edited', 'deleted', 'changedAt', 'aliasKeys', 'claimIds', 'words', 'claimDates', 'stanceKeys']);

/**
 * Folds a name for lookup: Unicode-decomposed, accents dropped, lower case, spaces collapsed.
 * "Tehrik-i-Taliban Pakistan" and "tehrik-i-taliban  pakistan" give the same key.
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Builds the stored row for a pack record, computing the derived index fields. A statement is
 * stored in this build's format: a format 1 `same-remark:` keyword is lifted into `remark`.
 */
export function toRow(table: 'actors', record: Actor, state: RecordState): ActorRow;
export function toRow(table: 'claims', record: Claim, state: RecordState): ClaimRow;
export function toRow(table: 'statements', record: Statement, state: RecordState): StatementRow;
export function toRow(table: RecordTable, record: AnyRecord, state: RecordState): AnyRow;
export function toRow(table: RecordTable, record: AnyRecord, state: RecordState): AnyRow {
  const clean = toRecord(record as AnyRow);
  switch (table) {
    case 'actors': {
      const a = clean as Actor;
      return { ...a, ...state, aliasKeys: [...new Set([a.name, ...a.aliases].map(foldKey))] };
    }
    case 'claims':
      return { ...(clean as Claim), ...state };
    case 'statements': {
      const s = liftRemark(clean as Statement);
      return {
        ...s,
        ...state,
        claimIds: claimIdsOf(s.stances),
        words: wordsOf(s),
        claimDates: claimDatesOf(s.stances, s.date),
        stanceKeys: stanceKeysOf(s.stances, s.date),
      };
    }
  }
}

/** The pack record inside a row: bookkeeping and derived fields dropped, undefined fields omitted. */
export function toRecord(row: ActorRow): Actor;
export function toRecord(row: ClaimRow): Claim;
export function toRecord(row: StatementRow): Statement;
export function toRecord(row: AnyRow): AnyRecord;
export function toRecord(row: AnyRow): AnyRecord {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (!ROW_ONLY_FIELDS.has(k) && v !== undefined) out[k] = v;
  }
  return out as unknown as AnyRecord;
}

/** True when two records (or rows) hold the same pack content, whatever their key order. */
export function sameContent(a: AnyRecord | AnyRow, b: AnyRecord | AnyRow): boolean {
  return canonical(toRecord(a as AnyRow)) === canonical(toRecord(b as AnyRow));
}

/** JSON with object keys sorted: a stable text to compare or hash. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

/** FNV-1a 32-bit hash of a text, as 8 hex digits: cheap change detection, not security. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** True for a row that is neither a tombstone nor missing. */
export function isLive<T extends { deleted: boolean }>(row: T | undefined): row is T {
  return row !== undefined && !row.deleted;
}

/** One of the three corpus tables, typed loosely enough for code that handles all three alike. */
export function tableOf(db: CounterpointDB, table: RecordTable): Table<AnyRow, string> {
  return db[table] as unknown as Table<AnyRow, string>;
}
