/**
 * Each claim's marks (id, date, speaker, stance of every live statement on it), kept in `meta` in
 * a record of columns per claim, so the claim page reads one record, whatever wrote the
 * statements last. The indexes the marks otherwise come from (the matching snapshot, the search
 * index) go stale on a write of over 1,000 statements, and reading a busy claim's 11,000 rows back
 * at 100,000 statements costs IndexedDB about 400 ms.
 *
 * The statements' middleware (`stamp.ts`) keeps the records in the same transaction as every
 * write: the rows a write replaces or deletes are read first, their marks taken out and those of
 * the rows written put in. `CLAIM_MARKS_AT_KEY` holds the statements' stamp the records are current
 * with; a write that finds it behind the stamp (a write made outside Dexie) leaves them as they
 * are, and the claim page reads the other way (`timeline.ts`) until they are made again from the
 * rows: by the database's upgrade to version 8 (`rebuildClaimMarks`), or by the background once it
 * has read every row to build its engine (`restoreClaimMarks`).
 */
import type { Table, Transaction } from 'dexie';
import type { StanceKind } from '../core/pack-schema';
import { corpusFingerprint } from './queries';
import type { CounterpointDB, MetaRow, StatementRow } from './schema';
import { STATEMENTS_STAMP_KEY } from './stamp';

/** Key of a claim's marks in `meta`: this prefix and the claim id. */
export const CLAIM_MARKS_PREFIX = 'claim-marks:';
/** Key in `meta` of the statements' stamp the claim marks are current with (`null`: the empty database, no stamp yet). */
export const CLAIM_MARKS_AT_KEY = 'claim-marks-at';

/** One claim's marks, in columns (one entry per live statement with a stance on the claim), in no order. */
export interface ClaimMarks {
  ids: string[];
  dates: string[];
  actors: string[];
  stances: StanceKind[];
}

/** The statement fields a mark is made of. */
export type MarkedRow = Pick<StatementRow, 'id' | 'date' | 'actorId' | 'stances' | 'deleted'>;

/** Whether a value read from `meta` is a claim's marks: four columns of one length. */
export function isClaimMarks(value: unknown): value is ClaimMarks {
  const v = value as Partial<ClaimMarks> | undefined;
  return (
    Array.isArray(v?.ids) &&
    Array.isArray(v.dates) &&
    Array.isArray(v.actors) &&
    Array.isArray(v.stances) &&
    v.dates.length === v.ids.length &&
    v.actors.length === v.ids.length &&
    v.stances.length === v.ids.length
  );
}

/** The `meta` key of `claimId`'s marks. */
export const claimMarksKey = (claimId: string): string => CLAIM_MARKS_PREFIX + claimId;

/** What one write does to one claim's marks: the statements whose marks go, and the marks that come. */
export interface ClaimMarksChange {
  drop: Set<string>;
  add: ClaimMarks;
}

/** An empty set of columns. */
const emptyMarks = (): ClaimMarks => ({ ids: [], dates: [], actors: [], stances: [] });

/**
 * What a write does to the claims' marks: the rows it replaced or deleted (`before`, as they were;
 * undefined where there was none) lose their marks on the claims they were on; the rows it wrote
 * (`after`; none for a delete) bring theirs where they are live. Keyed by claim id.
 */
export function marksChange(
  before: readonly (MarkedRow | undefined)[],
  after: readonly MarkedRow[],
): Map<string, ClaimMarksChange> {
  const changes = new Map<string, ClaimMarksChange>();
  const of = (claimId: string) => {
    let c = changes.get(claimId);
    if (!c) changes.set(claimId, (c = { drop: new Set(), add: emptyMarks() }));
    return c;
  };
  for (const row of before) if (row) for (const s of row.stances ?? []) of(s.claimId).drop.add(row.id);
  for (const row of after) if (!row.deleted) for (const s of row.stances ?? []) appendMark(of(s.claimId).add, row, s.stance);
  return changes;
}

function appendMark(to: ClaimMarks, row: MarkedRow, stance: StanceKind): void {
  to.ids.push(row.id);
  to.dates.push(row.date);
  to.actors.push(row.actorId);
  to.stances.push(stance);
}

/** `marks` with `change` made: the dropped statements' marks out, the new ones in. */
export function applyChange(marks: ClaimMarks | undefined, change: ClaimMarksChange): ClaimMarks {
  const out = emptyMarks();
  if (marks)
    for (let i = 0; i < marks.ids.length; i++) {
      if (change.drop.has(marks.ids[i]!)) continue;
      out.ids.push(marks.ids[i]!);
      out.dates.push(marks.dates[i]!);
      out.actors.push(marks.actors[i]!);
      out.stances.push(marks.stances[i]!);
    }
  out.ids.push(...change.add.ids);
  out.dates.push(...change.add.dates);
  out.actors.push(...change.add.actors);
  out.stances.push(...change.add.stances);
  return out;
}

/** Every claim's marks made from every row, keyed by claim id. */
export function claimMarksOf(rows: readonly MarkedRow[]): Map<string, ClaimMarks> {
  return new Map([...marksChange([], rows)].map(([claimId, change]) => [claimId, change.add]));
}

/** Whether marks taken at `at` (the value of `CLAIM_MARKS_AT_KEY`, absent: never taken) are current with the statements' `stamp`. */
export function marksCurrent(at: { value?: unknown } | undefined, stamp: { value?: unknown } | undefined): boolean {
  return at !== undefined && at.value === (stamp?.value ?? null);
}

/** Replaces every claim's marks in `meta` with `byClaim`, current with the statements' stamp now. */
async function replaceClaimMarks(meta: Table<MetaRow, string>, byClaim: Map<string, ClaimMarks>): Promise<void> {
  await meta.where('key').startsWith(CLAIM_MARKS_PREFIX).delete();
  await meta.bulkPut([...byClaim].map(([claimId, value]) => ({ key: claimMarksKey(claimId), value })));
  await meta.put({ key: CLAIM_MARKS_AT_KEY, value: (await meta.get(STATEMENTS_STAMP_KEY))?.value ?? null });
}

/**
 * Makes every claim's marks again from the rows and marks them current with the statements' stamp:
 * the upgrade to schema version 8 does it (a few seconds at 100,000 statements, once), as may any
 * code in a transaction on `statements` and `meta` (or the database, which opens one per call).
 */
export async function rebuildClaimMarks(db: Pick<Transaction, 'table'>): Promise<void> {
  const statements: Table<StatementRow, string> = db.table('statements');
  const meta: Table<MetaRow, string> = db.table('meta');
  await replaceClaimMarks(meta, claimMarksOf(await statements.toArray()));
}

/**
 * Makes the claims' marks current from `rows` (every live statement, read when the statements'
 * fingerprint was `fingerprint`), where they are stale and the statements have not changed since:
 * the background does it after building its engine from the rows, so marks a write outside the
 * database's code left stale are made again without another read of the rows. Resolves to whether
 * it wrote them.
 */
export async function restoreClaimMarks(db: CounterpointDB, rows: readonly MarkedRow[], fingerprint: string): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    if ((await corpusFingerprint(db)) !== fingerprint) return false;
    if (marksCurrent(await db.meta.get(CLAIM_MARKS_AT_KEY), await db.meta.get(STATEMENTS_STAMP_KEY))) return false;
    await replaceClaimMarks(db.table('meta'), claimMarksOf(rows));
    return true;
  });
}
