/**
 * The statements list's search: from the search index in memory (`src/db/search-index.ts`) when
 * one of the current statements is at hand, else straight from IndexedDB's indexes
 * (`searchStatements`), while the index is read from the database or, where none is stored for
 * the current statements, built from the rows in slices and stored for the next time.
 */
import { corpusFingerprint, searchStatements, speakersNamed, type StatementPage, type StatementQuery } from '../db/queries';
import { splitWords, type CounterpointDB, type StatementRow } from '../db/schema';
import { loadSearchIndex, searchIndex, type SearchIndex } from '../db/search-index';
import { refreshSearchIndex } from '../db/search-index-refresh';

/** The index in memory, and the statements' fingerprint it was taken at. */
let current: { index: SearchIndex; fingerprint: string } | undefined;
/** The fingerprint an index is being read or built for. */
let preparing: string | undefined;

/** A page of statements, and where it was answered from: the search index in memory, or the database's indexes. */
export interface FoundStatements extends StatementPage {
  from: 'index' | 'database';
}

/** Whether a search index is in memory (it may still be found stale by the next search). */
export function searchIndexReady(): boolean {
  return current !== undefined;
}

const readyListeners = new Set<() => void>();

/** Calls `listener` whenever a search index becomes ready (so a list searched without it can search again); returns the unsubscribe. */
export function onSearchIndexReady(listener: () => void): () => void {
  readyListeners.add(listener);
  return () => readyListeners.delete(listener);
}

/** Keeps an index ready and tells the listeners. */
function ready(index: SearchIndex, fingerprint: string): void {
  current = { index, fingerprint };
  for (const listener of readyListeners) listener();
}

/** A page of statements matching `q`, newest first, with the total: the same answer either way. */
export async function findStatements(db: CounterpointDB, q: StatementQuery): Promise<FoundStatements> {
  const fingerprint = await corpusFingerprint(db);
  if (current?.fingerprint !== fingerprint) {
    current = undefined;
    prepare(db, fingerprint);
    return { ...(await searchStatements(db, q)), from: 'database' };
  }
  const { index } = current;
  const words = q.text ? [...new Set(splitWords(q.text))] : [];
  const named: [string, string[]][] = await Promise.all(
    words.map(async (w) => [w, await speakersNamed(db, w)] as [string, string[]]),
  );
  const rows = searchIndex(index, q, named);
  const ids = rows.slice(q.offset, q.offset + q.limit).map((row) => index.ids[row]!);
  const items = (await db.statements.bulkGet(ids)).filter((row): row is StatementRow => row !== undefined && !row.deleted);
  return { total: rows.length, items, from: 'index' };
}

/** Reads the stored index of these statements, or builds and stores one; once per fingerprint. */
function prepare(db: CounterpointDB, fingerprint: string): void {
  if (preparing === fingerprint) return;
  preparing = fingerprint;
  void (async () => {
    const stored = await loadSearchIndex(db);
    if (stored) {
      if (stored.fingerprint === fingerprint) ready(stored.index, fingerprint);
      return;
    }
    // Undefined when the statements changed during the build: the next search starts another.
    const built = await refreshSearchIndex(db);
    if (built?.fingerprint === fingerprint) ready(built.index, fingerprint);
  })()
    .catch((error: unknown) => console.warn('Counterpoint: no search index:', (error as Error)?.message ?? error))
    .finally(() => {
      if (preparing === fingerprint && current?.fingerprint !== fingerprint) preparing = undefined;
    });
}
