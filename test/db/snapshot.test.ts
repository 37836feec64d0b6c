/**
 * The matching index's snapshot in the database: stored with the fingerprint of the statements
 * it was taken of, restored only while they are unchanged and the record reads back whole.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { installBundledPack } from '../../src/db/bundled';
import { deleteRecord, putStatement } from '../../src/db/edits';
import { corpusFingerprint, loadCorpus } from '../../src/db/queries';
import { INDEX_SNAPSHOT_KEY, loadRestorableCorpus, readStatements, saveSnapshot } from '../../src/db/snapshot';
import type { CounterpointDB } from '../../src/db/schema';
import { freshDb, packV1 } from './fixtures';

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
