/**
 * Bundled by esbuild into a script that `fill-db.ts` runs in an extension page: writes the
 * benchmark's statements through the extension's own database code (`CounterpointDB`), so every
 * write goes through its middleware as an import's does (the stamp, the journal, each claim's marks).
 */
import { openDb } from '../../src/db/schema';
import type { StatementRow } from '../../src/db/schema';

/** Adds `rows` to the statements in one transaction, as an import of that many new statements does. */
async function addStatements(rows: StatementRow[]): Promise<void> {
  const db = await openDb();
  try {
    await db.transaction('rw', db.statements, db.meta, () => db.statements.bulkAdd(rows));
  } finally {
    db.close();
  }
}

(globalThis as unknown as { __counterpointFill: typeof addStatements }).__counterpointFill = addStatements;
