/**
 * What the claim and actor pages chart: one mark per statement (id, date, speaker, claim,
 * stance), without reading the statements' rows where that can be helped.
 *
 * At 100,000 statements a busy claim has 10,000 of them, and reading 10,000 rows costs IndexedDB
 * several hundred milliseconds. The matching index's snapshot (`snapshot.ts`) already holds, in
 * one record of columns, every live statement's id, date, speaker and stances, grouped by claim:
 * while it is current (its fingerprint still matches the statements'), the marks come from it.
 * Otherwise (no page analysed since the last change) they come from the options page's search
 * index (`search-index.ts`, which holds the same columns) where that is current, and else from the
 * rows, through the `claimIds` and `[actorId+date]` indexes. Either way the text of a statement is read only when
 * it is shown (`readStatements` in `snapshot.ts`).
 */
import type { StanceKind } from '../core/pack-schema';
import { isSnapshot, type IndexSnapshot } from '../core/index-snapshot';
import { corpusFingerprint } from './queries';
import { INDEX_SNAPSHOT_KEY } from './snapshot';
import { loadSearchIndex, stancesOf } from './search-index';
import type { CounterpointDB, StatementRow } from './schema';

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

/** Marks and where they were read from: the matching index's snapshot, the options page's search index, or the statements' rows. */
export interface MarkSet {
  marks: Mark[];
  from: 'snapshot' | 'search-index' | 'rows';
}

/** The current index snapshot, or undefined when there is none or the statements changed since. */
async function currentSnapshot(db: CounterpointDB): Promise<IndexSnapshot | undefined> {
  return db.transaction('r', db.meta, db.snapshots, async () => {
    const row = await db.snapshots.get(INDEX_SNAPSHOT_KEY);
    if (!row || row.fingerprint !== (await corpusFingerprint(db)) || !isSnapshot(row.value)) return undefined;
    return row.value;
  });
}

/** Every live statement's stance on `claimId`, one mark each, newest first. */
export async function claimMarks(db: CounterpointDB, claimId: string): Promise<MarkSet> {
  const snap = await currentSnapshot(db);
  if (snap) {
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
    return { marks: newestFirst(marks), from: 'snapshot' };
  }
  const search = await loadSearchIndex(db);
  if (search) return { marks: stancesOf(search.index, (_, c) => c === claimId), from: 'search-index' };
  const rows = await db.statements.where('claimIds').equals(claimId).toArray();
  return { marks: newestFirst(rows.flatMap((row) => marksOf(row, (c) => c === claimId))), from: 'rows' };
}

/** Every live statement of `actorId`, one mark per claim it takes a stance on, newest first. */
export async function actorMarks(db: CounterpointDB, actorId: string): Promise<MarkSet> {
  const snap = await currentSnapshot(db);
  if (snap) {
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
    return { marks: newestFirst(marks), from: 'snapshot' };
  }
  const search = await loadSearchIndex(db);
  if (search) return { marks: stancesOf(search.index, (a) => a === actorId), from: 'search-index' };
  const rows = await db.statements.where('[actorId+date]').between([actorId, ''], [actorId, '\uffff']).toArray();
  return { marks: newestFirst(rows.flatMap((row) => marksOf(row, () => true))), from: 'rows' };
}

/** A live row's marks on the claims `keep` accepts. */
function marksOf(row: StatementRow, keep: (claimId: string) => boolean): Mark[] {
  if (row.deleted) return [];
  return row.stances
    .filter((s) => keep(s.claimId))
    .map((s) => ({ id: row.id, date: row.date, actorId: row.actorId, claimId: s.claimId, stance: s.stance }));
}

/** Newest first, ties by id descending: the order of the options page's lists. */
function newestFirst(marks: Mark[]): Mark[] {
  return marks.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}
