/**
 * Whether the statements have changed, in one read: every write to `statements` (add, put,
 * delete, a range delete) also puts a new stamp into `meta`, in the same transaction, through
 * a Dexie middleware, so no write path can forget it. The index snapshot is stored under the
 * stamp it was taken at (`corpusFingerprint` in `queries.ts`). Counting the statements instead
 * takes IndexedDB 100–200 ms at 100,000 rows, on the way to every cold start's first answer.
 *
 * The same write also records the ids it touched in a journal beside the stamp (`journal.ts`).
 *
 * A transaction that writes statements must include `meta`; one that does not fails before the
 * statements are written (the stamp is written first), Dexie's implicit transactions included.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
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
            // The stamp first: where `meta` is not in the transaction, the statements are not
            // written either, even by a write outside any transaction of its own.
            // The journal (`journal.ts`) records which statements this stamp's write touched.
            if (!changesNothing(req)) {
              const meta = down.table('meta');
              const stamp = newStamp();
              const before: { value?: unknown } | undefined = await meta.get({ trans: req.trans, key: JOURNAL_KEY });
              await meta.mutate({
                type: 'put',
                trans: req.trans,
                values: [
                  { key: STATEMENTS_STAMP_KEY, value: stamp },
                  { key: JOURNAL_KEY, value: journalAfter(before?.value, stamp, idsOf(req)) },
                ],
              });
            }
            return table.mutate(req);
          },
        };
      },
    };
  },
};
