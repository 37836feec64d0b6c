/**
 * Fills the extension's database with a large synthetic corpus for the benchmarks at scale
 * (`options-scale.ts`, `sw-cold.ts`): copies of the bundled pack's statements with new ids, written
 * straight into IndexedDB 'counterpoint' from an extension page, shaped as the database stores
 * them (`toRow` in `src/db/rows.ts`: the pack fields, the bookkeeping, the derived search keys),
 * renewing the statements' stamp in `meta` as every write through the database does
 * (`src/db/stamp.ts`), so that the background sees the corpus changed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { claimDatesOf, stanceKeysOf, wordsOf } from '../../src/db/schema';
import type { Statement } from '../../src/core/pack-schema';
import { STATEMENTS_STAMP_KEY } from '../../src/db/stamp';

/** A statement of the bundled pack, as far as the filling needs to know it. */
export interface PackStatement {
  id: string;
  actorId: string;
  date: string;
  stances: { claimId: string; stance: string }[];
  [k: string]: unknown;
}

/** The bundled pack's statements. */
export const pack = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/packs/pak-afghan-security.json'), 'utf8'),
) as {
  statements: PackStatement[];
};

/** The pack's statements with the search keys the database derives for them (schema version 3). */
const searchable = pack.statements.map((st) => ({
  ...st,
  words: wordsOf(st as unknown as Statement),
  claimDates: claimDatesOf((st as unknown as Statement).stances, st.date),
  stanceKeys: stanceKeysOf((st as unknown as Statement).stances, st.date),
}));

/**
 * Writes `n` copies of the pack's statements (new ids, user rows, `changedAt` the time of
 * writing) straight into IndexedDB 'counterpoint', in transactions of 10,000, from `page` (an
 * extension page). Returns the milliseconds it took.
 */
export async function fillStatements(page: Page, n: number): Promise<number> {
  const t0 = Date.now();
  for (let start = 0; start < n; start += 10_000) {
    const end = Math.min(n, start + 10_000);
    await page.evaluate(
      async ({ base, start, end, stampKey }) => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const req = indexedDB.open('counterpoint');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const tx = db.transaction(['statements', 'meta'], 'readwrite');
        const store = tx.objectStore('statements');
        const now = Date.now();
        tx.objectStore('meta').put({ key: stampKey, value: `bench-${now}-${start}` });
        for (let i = start; i < end; i++) {
          const st = base[i % base.length]!;
          store.put({
            ...st,
            id: `bench-${String(i).padStart(6, '0')}-${st.id}`,
            origin: 'user',
            packId: 'bench',
            edited: false,
            deleted: false,
            changedAt: now,
            claimIds: [...new Set(st.stances.map((s) => s.claimId))],
            words: st.words,
            claimDates: st.claimDates,
            stanceKeys: st.stanceKeys,
          });
        }
        await new Promise<void>((ok, fail) => {
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      { base: searchable, start, end, stampKey: STATEMENTS_STAMP_KEY },
    );
  }
  return Date.now() - t0;
}
