/**
 * The journal of statement writes: an index taken a few edits ago is brought up to date from the
 * rows written since, and never where the journal cannot vouch for every write in between.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { installBundledPack } from '../../src/db/bundled';
import { deleteRecord, putStatement, resetToBundled } from '../../src/db/edits';
import { changedSince, JOURNAL_KEY, JOURNAL_MAX_IDS, journalAfter } from '../../src/db/journal';
import { corpusFingerprint } from '../../src/db/queries';
import { buildSearchIndex, indexOf, saveSearchIndex } from '../../src/db/search-index';
import { patchedRows, refreshSearchIndex } from '../../src/db/search-index-refresh';
import { STATEMENTS_STAMP_KEY } from '../../src/db/stamp';
import { claimMarks } from '../../src/db/timeline';
import { freshDb, packV1 } from './fixtures';
import { CLAIM_MARKS_AT_KEY } from '../../src/db/claim-marks';

describe('journalAfter and changedSince', () => {
  it('names the ids written after a stamp, once each, and nothing for the current stamp', () => {
    let j = journalAfter(undefined, 's1', ['a']);
    j = journalAfter(j, 's2', ['b', 'c']);
    j = journalAfter(j, 's3', ['b']);
    expect(changedSince(j, 'v7|s1', 'v7|s3')?.sort()).toEqual(['b', 'c']);
    expect(changedSince(j, 'v7|s2', 'v7|s3')).toEqual(['b']);
    expect(changedSince(j, 'v7|s3', 'v7|s3')).toEqual([]);
  });

  it('cannot tell across a database version, a stamp it dropped, a range delete or a stamp renewed outside it', () => {
    let j = journalAfter(undefined, 's1', ['a']);
    j = journalAfter(j, 's2', ['b']);
    expect(changedSince(j, 'v6|s1', 'v7|s2')).toBeUndefined();
    expect(changedSince(j, 'v7|s0', 'v7|s2')).toBeUndefined();
    expect(changedSince(j, 'v7|s1', 'v7|elsewhere')).toBeUndefined();
    expect(changedSince(journalAfter(j, 's3', undefined), 'v7|s1', 'v7|s3')).toBeUndefined();
    expect(changedSince({ nonsense: true }, 'v7|s1', 'v7|s2')).toBeUndefined();
  });

  it('keeps at most JOURNAL_MAX_IDS ids, dropping the oldest writes; a bigger write starts afresh', () => {
    const many = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);
    let j = journalAfter(undefined, 's1', many('a', JOURNAL_MAX_IDS - 10));
    j = journalAfter(j, 's2', many('b', 20));
    expect(changedSince(j, 'v7|s1', 'v7|s2')).toBeUndefined();
    expect(changedSince(j, 'v7|s2', 'v7|s2')).toEqual([]);
    j = journalAfter(j, 's3', many('c', JOURNAL_MAX_IDS + 1));
    expect(j.entries).toEqual([{ stamp: 's3', ids: [] }]);
  });
});

describe('the journal in the database', () => {
  it('records every write to statements with the stamp it left', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    const [first] = packV1().statements;
    const before = await corpusFingerprint(db);
    await putStatement(db, { ...first!, summary: 'Changed in our own words.', quote: undefined });
    await deleteRecord(db, 'statements', packV1().statements[1]!.id);
    const journal = (await db.meta.get(JOURNAL_KEY))?.value;
    expect(changedSince(journal, before, await corpusFingerprint(db))?.sort()).toEqual(
      [first!.id, packV1().statements[1]!.id].sort(),
    );
    // A stamp renewed outside Dexie (as the benchmark's bulk fill does) leaves the journal unable to tell.
    await db.meta.put({ key: STATEMENTS_STAMP_KEY, value: 'renewed-outside' });
    expect(changedSince(journal, before, await corpusFingerprint(db))).toBeUndefined();
  });

  it('lets the claim page patch a search index a few edits old, and not one older than a renewed stamp', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    await db.meta.delete(CLAIM_MARKS_AT_KEY);
    expect(await saveSearchIndex(db, await buildSearchIndex(db), await corpusFingerprint(db))).toBe(true);
    const [first] = packV1().statements;
    const claimId = first!.stances[0]!.claimId;
    await putStatement(db, { ...first!, id: 'st-mine', date: '2026-01-01' });
    const patched = await claimMarks(db, claimId);
    expect(patched).toMatchObject({ from: 'search-index', patched: 1 });
    expect(patched.marks[0]!.id).toBe('st-mine');
    await db.meta.put({ key: STATEMENTS_STAMP_KEY, value: 'renewed-outside' });
    const fromRows = await claimMarks(db, claimId);
    expect(fromRows.from).toBe('rows');
    expect(fromRows.marks).toEqual(patched.marks);
  });

  it('refreshes the search index from the stored one and the rows written since, the same as a build from every row', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    const stored = await buildSearchIndex(db);
    expect(await saveSearchIndex(db, stored, await corpusFingerprint(db))).toBe(true);
    const [first, second] = packV1().statements;
    await putStatement(db, {
      ...first!,
      id: 'st-mine',
      date: '2026-01-01',
      quote: undefined,
      summary: 'A fresh word: zebrafinch.',
    });
    await putStatement(db, { ...second!, date: '1999' });
    await deleteRecord(db, 'statements', first!.id);
    const refreshed = await refreshSearchIndex(db);
    expect(refreshed?.fingerprint).toBe(await corpusFingerprint(db));
    const built = await buildSearchIndex(db);
    expect(refreshed!.index).toEqual(built);
    expect(built.vocabulary).toContain('zebrafinch');
    expect(built.ids).not.toContain(first!.id);
    // The patch itself, from the index taken before the writes and the three rows written since.
    const ids = ['st-mine', second!.id, first!.id];
    expect(await indexOf(await patchedRows(stored, new Set(ids), await db.statements.bulkGet(ids)))).toEqual(built);
  });

  it("after a reset that deletes the user's statements, the marks are those of the rows, whatever index is read", async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    const [first] = packV1().statements;
    const claimId = first!.stances[0]!.claimId;
    await putStatement(db, { ...first!, id: 'st-mine', date: '2026-01-01' });
    expect(await saveSearchIndex(db, await buildSearchIndex(db), await corpusFingerprint(db))).toBe(true);
    expect((await claimMarks(db, claimId)).marks.map((m) => m.id)).toContain('st-mine');
    await resetToBundled(db, packV1(), { keepUserRecords: false });
    const after = await claimMarks(db, claimId);
    expect(after.marks.map((m) => m.id)).not.toContain('st-mine');
    expect(after.marks.map((m) => m.id).sort()).toEqual(
      packV1()
        .statements.filter((s) => s.stances.some((st) => st.claimId === claimId))
        .map((s) => s.id)
        .sort(),
    );
  });
});
