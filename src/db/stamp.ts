/**
 * Whether the statements have changed, in one read: every write to `statements` (add, put,
 * delete, a range delete) also puts a new stamp into `meta`, in the same transaction, through
 * a Dexie middleware, so no write path can forget it. The index snapshot is stored under the
 * stamp it was taken at (`corpusFingerprint` in `queries.ts`). Counting the statements instead
 * takes IndexedDB 100–200 ms at 100,000 rows, on the way to every cold start's first answer.
 *
 * The same write also records the ids it touched in a journal beside the stamp (`journal.ts`),
 * and keeps each claim's marks (`claim-marks.ts`).
 *
 * A transaction that writes statements must include `meta`; one that does not fails before the
 * statements are written (the stamp is written first), Dexie's implicit transactions included.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import {
  applyChange,
  CLAIM_MARKS_AT_KEY,
  claimMarksKey,
  isClaimMarks,
  marksChange,
  marksCurrent,
  type ClaimMarks,
  type ClaimMarksChange,
  type MarkedRow,
} from './claim-marks';
import { JOURNAL_KEY, journalAfter } from './journal';

/** Key of the stamp in `meta`. */
export const STATEMENTS_STAMP_KEY = 'statements-stamp';

/** A stamp no other write has had: when, and a random part for writes in the same millisecond. */
function newStamp(): string {
  return `${Date.now().toString(36)}-${crypto.randomUUID()}`;
}

/** A write that changes nothing (an empty bulk put or delete) keeps the stamp. */
function changesNothing(req: DBCoreMutateRequest): boolean {
  if (req.type === 'deleteRange') return false;
  if (req.type === 'delete') return req.keys.length === 0;
  return req.values.length === 0;
}

/** The ids a write touches, or undefined where its keys are not known (a range delete). */
function idsOf(req: DBCoreMutateRequest): string[] | undefined {
  if (req.type === 'deleteRange') return undefined;
  const keys: unknown[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v: { id?: unknown }) => v?.id));
  return keys.every((k) => typeof k === 'string') ? (keys as string[]) : undefined;
}

/** The middleware: registered once on the database (`CounterpointDB`). */
export const stampStatementWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'stampStatementWrites',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'statements') return table;
        return {
          ...table,
          async mutate(req) {
            if (changesNothing(req)) return table.mutate(req);
            // The stamp first: where `meta` is not in the transaction, the statements are not
            // written either, even by a write outside any transaction of its own.
            // The journal (`journal.ts`) records which statements this stamp's write touched.
            const meta = down.table('meta');
            const stamp = newStamp();
            const [journal, stampBefore, marksAt] = (await meta.getMany({
              trans: req.trans,
              keys: [JOURNAL_KEY, STATEMENTS_STAMP_KEY, CLAIM_MARKS_AT_KEY],
            })) as ({ value?: unknown } | undefined)[];
            await meta.mutate({
              type: 'put',
              trans: req.trans,
              values: [
                { key: STATEMENTS_STAMP_KEY, value: stamp },
                { key: JOURNAL_KEY, value: journalAfter(journal?.value, stamp, idsOf(req)) },
              ],
            });
            // The claims' marks (`claim-marks.ts`), where they were current before this write.
            if (!marksCurrent(marksAt, stampBefore)) return table.mutate(req);
            const before = await rowsBefore(table, req);
            const result = await table.mutate(req);
            const failed = (i: number) => result.failures?.[i] !== undefined;
            const written =
              req.type === 'add' || req.type === 'put' ? (req.values as MarkedRow[]).filter((_, i) => !failed(i)) : [];
            const replaced = req.type === 'deleteRange' ? before : before.filter((_, i) => !failed(i));
            await putMarks(meta, req.trans, marksChange(replaced, written));
            await meta.mutate({ type: 'put', trans: req.trans, values: [{ key: CLAIM_MARKS_AT_KEY, value: stamp }] });
            return result;
          },
        };
      },
    };
  },
};

/** The rows a write replaces or deletes, as they are before it: one per key (undefined where none), or the range's rows. */
async function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<(MarkedRow | undefined)[]> {
  if (req.type === 'add') return [];
  if (req.type === 'deleteRange')
    return (await table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } }))
      .result as MarkedRow[];
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v: { id?: unknown }) => v?.id));
  return (await table.getMany({ trans: req.trans, keys })) as (MarkedRow | undefined)[];
}

/** Writes each changed claim's marks (the record read, changed and put back; an empty one deleted). */
async function putMarks(meta: DBCoreTable, trans: DBCoreTransaction, changes: Map<string, ClaimMarksChange>): Promise<void> {
  if (changes.size === 0) return;
  const claims = [...changes.keys()];
  const keys = claims.map(claimMarksKey);
  const stored = (await meta.getMany({ trans, keys })) as ({ value?: unknown } | undefined)[];
  const put: { key: string; value: ClaimMarks }[] = [];
  const gone: string[] = [];
  claims.forEach((claimId, i) => {
    const value = stored[i]?.value;
    const marks = applyChange(isClaimMarks(value) ? value : undefined, changes.get(claimId)!);
    if (marks.ids.length > 0) put.push({ key: keys[i]!, value: marks });
    else gone.push(keys[i]!);
  });
  if (put.length > 0) await meta.mutate({ type: 'put', trans, values: put });
  if (gone.length > 0) await meta.mutate({ type: 'delete', trans, keys: gone });
}
