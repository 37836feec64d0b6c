/**
 * The reader's changes to the reading memory: remove one remark, forget everything, a site or a
 * period, and confirm or correct a remark's claims, which makes it the reader's own statement
 * in the corpus.
 */
import type { Actor, Stance } from '../core/pack-schema';
import { putActor, putStatement } from './edits';
import { actorOfUnlisted, isUnlisted, remarkStatements } from './reading-remark';
import { abortedWrite, DbError } from './errors';
import { READING_DROPPED_KEY, readingRemoved, siteOf, withDerived, withSources } from './reading-keep';
import type { CounterpointDB, ReadingRow, StatementRow } from './schema';

/** Removes one remark. */
export async function removeRemark(db: CounterpointDB, id: string): Promise<void> {
  await db.transaction('rw', db.reading, db.meta, async () => {
    if (!(await db.reading.get(id))) return;
    await db.reading.delete(id);
    await readingRemoved(db, 1);
  });
}

/** What "Forget my reading" forgets: everything, what was read on one site, or in a period. */
export type ForgetScope =
  | { kind: 'all' }
  | { kind: 'site'; site: string }
  /** Read from `from` up to, not including, `to` (ms since the epoch). */
  | { kind: 'period'; from: number; to: number };

/**
 * Forgets the reading the scope names, in one transaction, and returns how many remarks were
 * removed. A remark read on other sites (or at other times) too keeps those sources only.
 */
export async function forgetReading(db: CounterpointDB, scope: ForgetScope): Promise<number> {
  try {
    return await db.transaction('rw', db.reading, db.meta, async () => {
      if (scope.kind === 'all') {
        const n = await db.reading.count();
        await db.reading.clear();
        await readingRemoved(db, 'all');
        await db.meta.delete(READING_DROPPED_KEY);
        return n;
      }
      const gone = (s: ReadingRow['sources'][number]) =>
        scope.kind === 'site' ? siteOf(s.url) === scope.site : s.readAt >= scope.from && s.readAt < scope.to;
      const rows =
        scope.kind === 'site'
          ? await db.reading.where('sites').equals(scope.site).toArray()
          : // A source read in the period makes the row's last read no earlier, and its first no later.
            await db.reading
              .where('readAt')
              .aboveOrEqual(scope.from)
              .filter((r) => r.firstReadAt < scope.to)
              .toArray();
      let removed = 0;
      const keep: ReadingRow[] = [];
      for (const row of rows) {
        if (!row.sources.some(gone)) continue;
        const sources = row.sources.filter((s) => !gone(s));
        if (!sources.length) {
          await db.reading.delete(row.id);
          removed++;
        } else {
          keep.push(withSources(row, sources));
        }
      }
      await db.reading.bulkPut(keep);
      await readingRemoved(db, removed);
      return removed;
    });
  } catch (error) {
    throw abortedWrite(error, 'forget the reading');
  }
}

/** Clears the options page's notice that the limit dropped remarks. */
export async function clearDroppedNotice(db: CounterpointDB): Promise<void> {
  await db.meta.delete(READING_DROPPED_KEY);
}

/** The ids of the statements a confirmed remark becomes: `id`, then `id-2`, `id-3` … for other wordings. */
export function remarkStatementId(id: string, n: number): string {
  return n === 0 ? id : `${id}-${n + 1}`;
}

/**
 * Confirms (or, with other claims or stances, corrects) a remark: it becomes the reader's own
 * statement in the corpus (`id`; one statement per wording its pages printed, sharing a `remark`,
 * see `remarkStatements`), and the remark notes it, its claims now the reader's. A speaker the
 * article named whom the corpus does not hold becomes the reader's own actor, by the name
 * written. All writes happen or none does. Throws `DbError` when the statement cannot be saved
 * (its speaker or claim is no longer in the corpus).
 */
export async function confirmRemark(
  db: CounterpointDB,
  remarkId: string,
  stances: Stance[],
  id: string,
): Promise<StatementRow> {
  if (!stances.length) throw new DbError('Choose at least one claim and stance.');
  try {
    return await db.transaction('rw', [db.actors, db.claims, db.statements, db.meta, db.reading], async () => {
      const row = await db.reading.get(remarkId);
      if (!row) throw new DbError('This remark is no longer in your reading.');
      const actorId = isUnlisted(row) ? (await ownActor(db, row)).id : row.actorId;
      const base = row.statementId ?? id;
      const statements = remarkStatements(row, { id: (n) => remarkStatementId(base, n), actorId, stances });
      if (!statements.length) throw new DbError('This remark was read on no web page, so it has no source to cite.');
      const saved: StatementRow[] = [];
      for (const statement of statements) saved.push(await putStatement(db, statement));
      const claims = stances.map((s) => ({ claimId: s.claimId, stance: s.stance, byReader: true as const }));
      await db.reading.put(withDerived({ ...row, claims, statementId: base }));
      return saved[0]!;
    });
  } catch (error) {
    throw abortedWrite(error, 'save the remark as your statement');
  }
}

/** The actor for a remark of an unlisted speaker: the one already under that id, else a new one of the reader's. */
async function ownActor(db: CounterpointDB, row: ReadingRow): Promise<Actor> {
  const actor = actorOfUnlisted(row);
  const there = await db.actors.get(actor.id);
  if (there && !there.deleted) return there;
  await putActor(db, actor);
  return actor;
}
