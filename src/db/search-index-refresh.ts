/**
 * Brings the options page's search index up to date with the statements. Built from every row,
 * that is 6.5–10.8 s of background work at 100,000 statements (most of it reading the rows);
 * where the stored index is only a few edits old, the journal (`journal.ts`) names the
 * statements written since, and the index is made again from its own columns and those few rows
 * (about a second of work in slices at 100,000, no other row read).
 */
import { changedSince, JOURNAL_KEY } from './journal';
import { corpusFingerprint } from './queries';
import {
  buildSearchIndex,
  indexOf,
  isSearchIndex,
  saveSearchIndex,
  SEARCH_INDEX_KEY,
  STANCES,
  type SearchIndex,
  type Slim,
} from './search-index';
import type { CounterpointDB, StatementRow } from './schema';

/** A task between slices of work, so the page stays responsive. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Makes the index of the statements as they are now (patched from the stored one where the
 * journal allows, else from every row) and stores it; resolves to it, or to undefined when the
 * statements changed meanwhile.
 */
export async function refreshSearchIndex(db: CounterpointDB): Promise<{ index: SearchIndex; fingerprint: string } | undefined> {
  const patch = await readPatch(db);
  const fingerprint = patch?.fingerprint ?? (await corpusFingerprint(db));
  const index = patch
    ? await indexOf(await patchedRows(patch.index, patch.changed, patch.rows, nextTask), nextTask)
    : await buildSearchIndex(db, nextTask);
  return (await saveSearchIndex(db, index, fingerprint)) ? { index, fingerprint } : undefined;
}

/** The stored index, the ids written since it was taken and their rows now, when the journal covers them. */
async function readPatch(db: CounterpointDB) {
  return db.transaction('r', [db.meta, db.snapshots, db.statements], async () => {
    const fingerprint = await corpusFingerprint(db);
    const stored = await db.snapshots.get(SEARCH_INDEX_KEY);
    if (!stored || !isSearchIndex(stored.value)) return undefined;
    const changed = changedSince((await db.meta.get(JOURNAL_KEY))?.value, stored.fingerprint, fingerprint);
    if (!changed) return undefined;
    return { fingerprint, index: stored.value, changed: new Set(changed), rows: await db.statements.bulkGet(changed) };
  });
}

/** Postings or rows worked through between pauses while the rows are taken back out of an index (a few tens of ms). */
const SLICE = 100_000;

/**
 * The index's rows as a build reads them (the words from the postings), those in `changed`
 * replaced by `rows` (the live ones); awaits `pause()` between slices, as a build does: at 100,000
 * statements this is a few hundred milliseconds of work, which must not be one long task.
 */
export async function patchedRows(
  index: SearchIndex,
  changed: ReadonlySet<string>,
  rows: readonly (StatementRow | undefined)[],
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<Slim[]> {
  const words: string[][] = index.ids.map(() => []);
  const { start, rows: posted } = index.postings;
  let done = 0;
  for (let w = 0; w < index.vocabulary.length; w++) {
    const word = index.vocabulary[w]!;
    for (let j = start[w]!; j < start[w + 1]!; j++) words[posted[j]!]!.push(word);
    done += start[w + 1]! - start[w]!;
    if (done >= SLICE) {
      done = 0;
      await pause();
    }
  }
  const out: Slim[] = [];
  const { start: sStart, claim, kind } = index.stances;
  for (let row = 0; row < index.ids.length; row++) {
    if ((row + 1) % SLICE === 0) await pause();
    const id = index.ids[row]!;
    if (changed.has(id)) continue;
    const stances: Slim['stances'] = [];
    for (let j = sStart[row]!; j < sStart[row + 1]!; j++)
      stances.push({ claimId: index.claims[claim[j]!]!, stance: STANCES[kind[j]!]! });
    out.push({
      id,
      date: index.dates.values[index.dates.of[row]!]!,
      actorId: index.actors.values[index.actors.of[row]!]!,
      origin: index.user[row] ? 'user' : 'bundled',
      stances,
      words: words[row]!,
    });
  }
  for (const r of rows)
    if (r && !r.deleted)
      out.push({ id: r.id, date: r.date, actorId: r.actorId, origin: r.origin, stances: r.stances, words: r.words ?? [] });
  return out;
}
