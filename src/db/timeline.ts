/**
 * What the claim and actor pages chart: one mark per statement (id, date, speaker, claim,
 * stance), without reading the statements' rows where that can be helped.
 *
 * At 100,000 statements a busy claim has 10,000 of them, and reading 10,000 rows costs IndexedDB
 * several hundred milliseconds. The matching index's snapshot (`snapshot.ts`) already holds, in
 * one record of columns, every live statement's id, date, speaker and stances, grouped by claim:
 * while it is current (its fingerprint still matches the statements'), the marks come from it.
 * A claim's marks come first from the record `meta` keeps of them (`claim-marks.ts`), kept by
 * every write through the database: one record read, even right after an import.
 * Otherwise (no page analysed since the last change) they come from the options page's search
 * index (`search-index.ts`, which holds the same columns) where that is current, and else from the
 * rows, through the `claimIds` and `[actorId+date]` indexes. An index taken a few edits ago is
 * still used: the journal (`journal.ts`) names the statements written since, and only their
 * rows are read again. Either way the text of a statement is read only when
 * it is shown (`readStatements` in `snapshot.ts`).
 */
import type { StanceKind } from '../core/pack-schema';
import { isSnapshot, type IndexSnapshot } from '../core/index-snapshot';
import { CLAIM_MARKS_AT_KEY, claimMarksKey, isClaimMarks, marksCurrent } from './claim-marks';
import { changedSince, JOURNAL_KEY } from './journal';
import { corpusFingerprint } from './queries';
import { INDEX_SNAPSHOT_KEY } from './snapshot';
import { isSearchIndex, SEARCH_INDEX_KEY, stancesOf, type SearchIndex } from './search-index';
import type { CounterpointDB, StatementRow } from './schema';
import { STATEMENTS_STAMP_KEY } from './stamp';

/**
 * Stances by their position in the snapshot's `kinds` columns (`STANCES` in
 * `src/core/index-snapshot.ts`, whose `SNAPSHOT_FORMAT` changes with that order; the tests compare
 * marks read from a snapshot with marks read from the rows).
 */
const SNAPSHOT_STANCES: readonly StanceKind[] = ['asserts', 'denies', 'disputes', 'qualifies'];

/** One statement's stance on one claim: a mark on a timeline. */
export interface Mark {
  /** Statement id. */
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the statement gives it. */
  date: string;
  /** Speaker's actor id. */
  actorId: string;
  /** The claim the stance is on. */
  claimId: string;
  stance: StanceKind;
}

/** Marks and where they were read from: the claim's kept marks, the matching index's snapshot, the options page's search index, or the statements' rows. */
export interface MarkSet {
  marks: Mark[];
  from: 'claim-marks' | 'snapshot' | 'search-index' | 'rows';
  /** Statements written since the index read was taken, whose rows were read again (`journal.ts`); 0 from the rows. */
  patched: number;
}

/** How one page's marks are read from each source. */
interface MarkSource {
  /** Which stances to keep, by speaker and claim. */
  keep: (actorId: string, claimId: string) => boolean;
  /** The marks from the snapshot's columns. */
  fromSnapshot: (snap: IndexSnapshot) => Mark[];
  /** The rows that may hold marks, through an index of the statements table. */
  readRows: () => Promise<StatementRow[]>;
  /** The marks kept for the one claim asked for (`claim-marks.ts`), where they are current. */
  fromClaimMarks?: () => Promise<Mark[] | undefined>;
}

/**
 * Marks from the matching snapshot, else the search index, the first that is current or that the
 * journal can bring up to date (the rows of the statements written since it was taken read
 * again), else from the rows; all in one read transaction, so no write falls between the index
 * and the rows.
 */
async function readMarks(db: CounterpointDB, how: MarkSource): Promise<MarkSet> {
  return db.transaction('r', [db.meta, db.snapshots, db.statements], async () => {
    const kept = await how.fromClaimMarks?.();
    if (kept) return { marks: newestFirst(kept), from: 'claim-marks', patched: 0 };
    const now = await corpusFingerprint(db);
    const journal = (await db.meta.get(JOURNAL_KEY))?.value;
    let base: { marks: Mark[]; from: MarkSet['from']; changed: string[] } | undefined;
    const snap = await db.snapshots.get(INDEX_SNAPSHOT_KEY);
    const snapChanged = snap && isSnapshot(snap.value) ? changedSince(journal, snap.fingerprint, now) : undefined;
    if (snapChanged) base = { marks: how.fromSnapshot(snap!.value as IndexSnapshot), from: 'snapshot', changed: snapChanged };
    else {
      const search = await db.snapshots.get(SEARCH_INDEX_KEY);
      const changed = search && isSearchIndex(search.value) ? changedSince(journal, search.fingerprint, now) : undefined;
      if (changed) base = { marks: stancesOf(search!.value as SearchIndex, how.keep), from: 'search-index', changed };
    }
    if (!base)
      return { marks: newestFirst((await how.readRows()).flatMap((row) => marksOf(row, how.keep))), from: 'rows', patched: 0 };
    if (base.changed.length === 0) return { marks: base.marks, from: base.from, patched: 0 };
    const changed = new Set(base.changed);
    const rows = await db.statements.bulkGet(base.changed);
    const marks = base.marks.filter((m) => !changed.has(m.id)).concat(rows.flatMap((row) => (row ? marksOf(row, how.keep) : [])));
    return { marks: newestFirst(marks), from: base.from, patched: changed.size };
  });
}

/** Every live statement's stance on `claimId`, one mark each, newest first. */
export async function claimMarks(db: CounterpointDB, claimId: string): Promise<MarkSet> {
  return readMarks(db, {
    keep: (_, c) => c === claimId,
    fromSnapshot(snap) {
      // Straight from the columns (`restoreSource` would also index every quote, which a chart does not need).
      const c = snap.claims.indexOf(claimId);
      const marks: Mark[] = [];
      if (c >= 0)
        for (let j = snap.claimRows.start[c]!; j < snap.claimRows.start[c + 1]!; j++) {
          const row = snap.claimRows.rows[j]!;
          marks.push({
            id: snap.ids[row]!,
            date: snap.dates.values[snap.dates.of[row]!]!,
            actorId: snap.actors.values[snap.actors.of[row]!]!,
            claimId,
            stance: SNAPSHOT_STANCES[snap.claimRows.kinds[j]!]!,
          });
        }
      return newestFirst(marks);
    },
    readRows: () => db.statements.where('claimIds').equals(claimId).toArray(),
    async fromClaimMarks() {
      const [at, stamp, stored] = await db.meta.bulkGet([CLAIM_MARKS_AT_KEY, STATEMENTS_STAMP_KEY, claimMarksKey(claimId)]);
      if (!marksCurrent(at, stamp)) return undefined;
      const kept = stored?.value;
      if (kept === undefined) return [];
      if (!isClaimMarks(kept)) return undefined;
      return kept.ids.map((id, i) => ({ id, date: kept.dates[i]!, actorId: kept.actors[i]!, claimId, stance: kept.stances[i]! }));
    },
  });
}

/** Every live statement of `actorId`, one mark per claim it takes a stance on, newest first. */
export async function actorMarks(db: CounterpointDB, actorId: string): Promise<MarkSet> {
  return readMarks(db, {
    keep: (a) => a === actorId,
    fromSnapshot(snap) {
      const actor = snap.actors.values.indexOf(actorId);
      const marks: Mark[] = [];
      if (actor >= 0)
        for (let row = 0; row < snap.ids.length; row++) {
          if (snap.actors.of[row] !== actor) continue;
          const date = snap.dates.values[snap.dates.of[row]!]!;
          for (let j = snap.stances.start[row]!; j < snap.stances.start[row + 1]!; j++)
            marks.push({
              id: snap.ids[row]!,
              date,
              actorId,
              claimId: snap.claims[snap.stances.rows[j]!]!,
              stance: SNAPSHOT_STANCES[snap.stances.kinds[j]!]!,
            });
        }
      return newestFirst(marks);
    },
    readRows: () => db.statements.where('[actorId+date]').between([actorId, ''], [actorId, '\uffff']).toArray(),
  });
}

/** A live row's marks that `keep` accepts. */
function marksOf(row: StatementRow, keep: MarkSource['keep']): Mark[] {
  if (row.deleted) return [];
  return row.stances
    .filter((s) => keep(row.actorId, s.claimId))
    .map((s) => ({ id: row.id, date: row.date, actorId: row.actorId, claimId: s.claimId, stance: s.stance }));
}

/** Newest first, ties by id descending: the order of the options page's lists. */
function newestFirst(marks: Mark[]): Mark[] {
  return marks.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}
