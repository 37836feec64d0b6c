/**
 * Fills the extension's database with a large synthetic corpus for the benchmarks at scale
 * (`options-scale.ts`, `sw-cold.ts`): copies of the bundled pack's statements with new ids, shaped
 * as the database stores them (`toRow` in `src/db/rows.ts`: the pack fields, the bookkeeping, the
 * derived search keys), written from an extension page through the extension's own database code
 * (`fill-entry.ts`), so the statements' stamp, the journal and each claim's marks are kept as an
 * import of that many statements keeps them (`src/db/stamp.ts`), and the background sees the
 * corpus changed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { claimDatesOf, stanceKeysOf, wordsOf } from '../../src/db/schema';
import type { Statement } from '../../src/core/pack-schema';
import { bundlePageScript } from './bundle';

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

/** The script that writes through the extension's database code (`fill-entry.ts`), bundled once. */
let fillScript: Promise<string> | undefined;
function bundleFill(): Promise<string> {
  return (fillScript ??= bundlePageScript('fill-entry.ts'));
}

/**
 * Writes `n` copies of the pack's statements (new ids, user rows, `changedAt` the time of
 * writing) into IndexedDB 'counterpoint' through the extension's database code, in transactions
 * of 10,000, from `page` (an extension page). Returns the milliseconds it took.
 */
export async function fillStatements(page: Page, n: number): Promise<number> {
  const script = await bundleFill();
  // Evaluated, not added as a script tag: the extension page's policy allows only its own scripts.
  await page.evaluate(script);
  const t0 = Date.now();
  for (let start = 0; start < n; start += 10_000) {
    const end = Math.min(n, start + 10_000);
    await page.evaluate(
      async ({ base, start, end }) => {
        const now = Date.now();
        const rows = [];
        for (let i = start; i < end; i++) {
          const st = base[i % base.length]!;
          rows.push({
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
        await (globalThis as unknown as { __counterpointFill: (rows: unknown[]) => Promise<void> }).__counterpointFill(rows);
      },
      { base: searchable, start, end },
    );
  }
  return Date.now() - t0;
}
