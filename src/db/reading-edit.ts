/**
 * The reader's changes to the reading memory: remove one remark, forget everything, a site or a
 * period, and confirm or correct a remark's claims, which makes it the reader's own statement
 * in the corpus.
 */
import type { Stance, Statement } from '../core/pack-schema';
import { putStatement } from './edits';
import { abortedWrite, DbError } from './errors';
import { READING_DROPPED_KEY, siteOf, withDerived } from './reading-keep';
import type { CounterpointDB, ReadingRow, StatementRow } from './schema';

/** Removes one remark. */
export async function removeRemark(db: CounterpointDB, id: string): Promise<void> {
  await db.reading.delete(id);
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
          const readAt = Math.max(...sources.map((s) => s.readAt));
          const firstReadAt = Math.min(...sources.map((s) => s.readAt));
          keep.push(withDerived({ ...row, sources, readAt, firstReadAt }));
        }
      }
      await db.reading.bulkPut(keep);
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

/** Today's date of a time, as YYYY-MM-DD in local time. */
function dayOf(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The statement a confirmed remark becomes: its words, speaker, pages and the reader's stances. */
export function statementOfRemark(row: ReadingRow, stances: Stance[], id: string): Statement {
  const first = row.sources[0];
  const dated = row.sources.find((s) => s.date);
  return {
    id,
    actorId: row.actorId,
    quote: row.quote,
    date: dated?.date ?? dayOf(first?.readAt ?? row.firstReadAt),
    ...(dated ? {} : { dateNote: 'The day it was read: the page gave no date.' }),
    sources: row.sources.map((s) => ({
      url: s.url,
      outlet: (s.outlet || siteOf(s.url) || 'Web page').slice(0, 160),
      ...(s.title ? { title: s.title.slice(0, 400) } : {}),
    })),
    stances,
  };
}

/**
 * Confirms (or, with other claims or stances, corrects) a remark: it becomes the reader's own
 * statement in the corpus (`id`), and the remark notes it, its claims now the reader's. Both
 * writes happen or neither does. Throws `DbError` when the statement cannot be saved (its
 * speaker or claim is no longer in the corpus).
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
      const saved = await putStatement(db, statementOfRemark(row, stances, row.statementId ?? id));
      const claims = stances.map((s) => ({ claimId: s.claimId, stance: s.stance, byReader: true as const }));
      await db.reading.put(withDerived({ ...row, claims, statementId: saved.id }));
      return saved;
    });
  } catch (error) {
    throw abortedWrite(error, 'save the remark as your statement');
  }
}
