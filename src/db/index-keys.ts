/**
 * Native IndexedDB key reads for the options page's search: primary keys straight off an index,
 * and a page of matches in date order found by walking the `date` index backwards from the
 * newest, so that a search with many matches and no order of its own (a common word) reads the
 * keys up to its page and the 50 rows it shows, not its thousands of rows.
 *
 * Call these outside any Dexie transaction: their native reads would let it commit.
 */
import type { CounterpointDB } from './schema';

/**
 * Primary keys of statements from one index, in index order, in a single native `getAllKeys`
 * call. Dexie reads index keys through a cursor, one step per key, which at 100,000 statements
 * costs seconds.
 */
export function statementKeys(db: CounterpointDB, index: string, range?: IDBKeyRange): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = db.backendDB().transaction('statements', 'readonly').objectStore('statements').index(index).getAllKeys(range);
    req.onsuccess = () => resolve(req.result as string[]);
    req.onerror = () => reject(req.error);
  });
}

/**
 * The statements `keep` accepts, newest first (ties by id, descending, as the `date` index
 * reversed gives them), from `offset`, at most `limit`: a key cursor walks the `date` index
 * backwards and stops as soon as the page is full. In Chromium a cursor step costs about 50 µs,
 * against 12–40 µs an entry to read or count a whole range, so a page near the top of a long
 * list is found without touching the rest.
 */
export function newestKeys(db: CounterpointDB, keep: (id: string) => boolean, offset: number, limit: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const out: string[] = [];
    let skip = offset;
    const req = db
      .backendDB()
      .transaction('statements', 'readonly')
      .objectStore('statements')
      .index('date')
      .openKeyCursor(null, 'prev');
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || out.length >= limit) return resolve(out);
      const id = cursor.primaryKey as string;
      if (keep(id)) {
        if (skip > 0) skip--;
        else out.push(id);
      }
      if (out.length >= limit) return resolve(out);
      cursor.continue();
    };
    req.onerror = () => reject(req.error);
  });
}
