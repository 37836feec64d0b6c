/**
 * The matching index's snapshot in the database: stored with the fingerprint of the statements
 * it was taken of, restored only while they are unchanged and the record reads back whole.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { Engine } from '../../src/core/engine';
import { installBundledPack } from '../../src/db/bundled';
import { deleteRecord, putStatement, resetToBundled } from '../../src/db/edits';
import { corpusFingerprint, loadCorpus } from '../../src/db/queries';
import { INDEX_SNAPSHOT_KEY, loadRestorableCorpus, readStatements, saveSnapshot } from '../../src/db/snapshot';
import type { CounterpointDB } from '../../src/db/schema';
import { STATEMENTS_STAMP_KEY } from '../../src/db/stamp';
import { clone, freshDb, packV1 } from './fixtures';

async function withSnapshot(): Promise<CounterpointDB> {
  const db = await freshDb();
  await installBundledPack(db, packV1());
  const corpus = await loadCorpus(db);
  const engine = new Engine({ ...corpus, topic: corpus.topics[0]! });
  expect(await saveSnapshot(db, engine.snapshot(), corpus.fingerprint)).toBe(true);
  return db;
}

describe('the index snapshot in the database', () => {
  it('is restored with the actors, claims and topics, and no statement is read', async () => {
    const db = await withSnapshot();
    const restored = await loadRestorableCorpus(db);
    expect(restored?.actors.map((a) => a.id).sort()).toEqual(['ispr', 'mujahid']);
    expect(restored?.claims).toHaveLength(2);
    expect(restored?.topics[0]?.name).toBe('Test topic');
    expect(restored?.index.ids).toHaveLength(3);
    expect('statements' in (restored ?? {})).toBe(false);
  });

  it('goes stale when a statement is added, edited or deleted', async () => {
    const db = await withSnapshot();
    const [first] = packV1().statements;
    await putStatement(db, { ...first!, quote: 'We do not allow anyone to use Afghan soil against any country.' });
    expect(await loadRestorableCorpus(db)).toBeUndefined();

    const db2 = await withSnapshot();
    await deleteRecord(db2, 'statements', first!.id);
    expect(await loadRestorableCorpus(db2)).toBeUndefined();

    const db3 = await withSnapshot();
    await putStatement(db3, { ...first!, id: 'mine-new' });
    expect(await loadRestorableCorpus(db3)).toBeUndefined();
  });

  it('goes stale when a pack update drops a statement, a reset reinstalls, or the user statements are cleared', async () => {
    const dropped = clone(packV1());
    dropped.version = '1.1.0';
    dropped.statements = dropped.statements.slice(1);
    const db = await withSnapshot();
    await installBundledPack(db, dropped);
    expect(await loadRestorableCorpus(db)).toBeUndefined();

    const db2 = await withSnapshot();
    await resetToBundled(db2, packV1());
    expect(await loadRestorableCorpus(db2)).toBeUndefined();

    const db3 = await withSnapshot();
    await db3.transaction('rw', db3.statements, db3.meta, () => db3.statements.where('origin').equals('user').delete());
    await db3.transaction('rw', db3.statements, db3.meta, () => db3.statements.clear());
    expect(await loadRestorableCorpus(db3)).toBeUndefined();
  });

  it('is told stale by one read, not a count, and two writes in one millisecond differ', async () => {
    const db = await withSnapshot();
    const count = vi.spyOn(db.statements, 'count');
    expect(await loadRestorableCorpus(db)).toBeDefined();
    expect(count).not.toHaveBeenCalled();

    const now = vi.spyOn(Date, 'now').mockReturnValue(1_750_000_000_000);
    try {
      const [first] = packV1().statements;
      await putStatement(db, { ...first!, id: 'same-ms-1' });
      const one = await corpusFingerprint(db);
      await putStatement(db, { ...first!, id: 'same-ms-1', quote: 'Edited in the same millisecond.' });
      expect(await corpusFingerprint(db)).not.toBe(one);
    } finally {
      now.mockRestore();
    }
  });

  it('keeps its stamp through a write that changes nothing, and refuses a write to statements that leaves the stamp out', async () => {
    const db = await withSnapshot();
    const before = await db.meta.get(STATEMENTS_STAMP_KEY);
    await db.transaction('rw', db.statements, db.meta, () => db.statements.bulkPut([]));
    expect(await db.meta.get(STATEMENTS_STAMP_KEY)).toEqual(before);
    expect(await loadRestorableCorpus(db)).toBeDefined();

    const [first] = packV1().statements;
    const count = await db.statements.count();
    await expect(db.transaction('rw', db.statements, () => db.statements.delete(first!.id))).rejects.toThrow();
    expect(await db.statements.count()).toBe(count);
    // Outside any transaction of its own, too: Dexie's implicit one holds only `statements`.
    const row = await db.statements.get(first!.id);
    await expect(db.statements.put({ ...row!, id: 'unstamped' })).rejects.toThrow();
    expect(await db.statements.get('unstamped')).toBeUndefined();
    expect(await loadRestorableCorpus(db)).toBeDefined();
  });

  it('is not stored when the statements changed while it was taken', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    const corpus = await loadCorpus(db);
    const snapshot = new Engine({ ...corpus, topic: corpus.topics[0]! }).snapshot();
    await putStatement(db, { ...packV1().statements[0]!, id: 'mine-meanwhile' });
    expect(await saveSnapshot(db, snapshot, corpus.fingerprint)).toBe(false);
    expect(await db.snapshots.count()).toBe(0);
    expect(corpus.fingerprint).not.toBe(await corpusFingerprint(db));
  });

  it('is ignored when the record is damaged', async () => {
    const db = await withSnapshot();
    await db.snapshots.update(INDEX_SNAPSHOT_KEY, { value: { format: 1, ids: ['x'] } });
    expect(await loadRestorableCorpus(db)).toBeUndefined();
  });

  it('reads live statements by id as pack records, leaving out tombstones and unknown ids', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    const [a, b] = packV1().statements;
    await deleteRecord(db, 'statements', b!.id);
    const read = await readStatements(db, [a!.id, b!.id, 'nope']);
    expect(read).toEqual([a]);
  });
});
