/**
 * The claim and actor pages' marks: a claim's from the record kept of them (`claim-marks.test.ts`);
 * where that is stale, and for an actor, from the index snapshot while it is current, else from the
 * rows; the same either way.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { installBundledPack } from '../../src/db/bundled';
import { deleteRecord, putStatement } from '../../src/db/edits';
import { loadCorpus } from '../../src/db/queries';
import { saveSnapshot } from '../../src/db/snapshot';
import { buildSearchIndex, saveSearchIndex } from '../../src/db/search-index';
import { corpusFingerprint } from '../../src/db/queries';
import { actorMarks, claimMarks } from '../../src/db/timeline';
import { CLAIM_MARKS_AT_KEY } from '../../src/db/claim-marks';
import { freshDb, packV1 } from './fixtures';

/** The bundled test pack installed, its claims' kept marks made stale (as by a write outside Dexie), so the other ways are read. */
async function installed(withSnapshot: boolean) {
  const db = await freshDb();
  await installBundledPack(db, packV1());
  await db.meta.delete(CLAIM_MARKS_AT_KEY);
  if (withSnapshot) {
    const corpus = await loadCorpus(db);
    const engine = new Engine({ ...corpus, topic: corpus.topics[0]! });
    expect(await saveSnapshot(db, engine.snapshot(), corpus.fingerprint)).toBe(true);
  }
  return db;
}

describe('timeline marks', () => {
  it('are the same from the snapshot as from the rows', async () => {
    const fromSnap = await installed(true);
    const fromRows = await installed(false);
    for (const claim of packV1().claims) {
      const a = await claimMarks(fromSnap, claim.id);
      const b = await claimMarks(fromRows, claim.id);
      expect(a.from).toBe('snapshot');
      expect(b.from).toBe('rows');
      expect(a.marks).toEqual(b.marks);
      const expected = packV1().statements.filter((s) => s.stances.some((st) => st.claimId === claim.id));
      expect(a.marks.map((m) => m.id).sort()).toEqual(expected.map((s) => s.id).sort());
    }
    for (const actor of packV1().actors) {
      const a = await actorMarks(fromSnap, actor.id);
      expect(a.from).toBe('snapshot');
      expect(a.marks).toEqual((await actorMarks(fromRows, actor.id)).marks);
      expect(a.marks.length).toBe(
        packV1()
          .statements.filter((s) => s.actorId === actor.id)
          .flatMap((s) => s.stances).length,
      );
    }
  });

  it('come from the search index the same, where it is the one current', async () => {
    const fromRows = await installed(false);
    const fromIndex = await installed(false);
    expect(await saveSearchIndex(fromIndex, await buildSearchIndex(fromIndex), await corpusFingerprint(fromIndex))).toBe(true);
    for (const claim of packV1().claims) {
      const a = await claimMarks(fromIndex, claim.id);
      expect(a.from).toBe('search-index');
      expect(a.marks).toEqual((await claimMarks(fromRows, claim.id)).marks);
    }
    for (const actor of packV1().actors) {
      const a = await actorMarks(fromIndex, actor.id);
      expect(a.from).toBe('search-index');
      expect(a.marks).toEqual((await actorMarks(fromRows, actor.id)).marks);
    }
  });

  it('come newest first, with the stance on the claim asked for', async () => {
    const db = await installed(true);
    const { marks } = await claimMarks(db, 'safe-havens');
    expect(marks.map((m) => m.date)).toEqual([...marks.map((m) => m.date)].sort().reverse());
    for (const m of marks) {
      const st = packV1().statements.find((s) => s.id === m.id)!;
      expect(st.stances.find((s) => s.claimId === 'safe-havens')?.stance).toBe(m.stance);
    }
  });

  it('follow an edit or a deletion at once: the snapshot is patched with the rows written since', async () => {
    const db = await installed(true);
    const [first] = packV1().statements;
    await deleteRecord(db, 'statements', first!.id);
    const after = await claimMarks(db, first!.stances[0]!.claimId);
    expect(after).toMatchObject({ from: 'snapshot', patched: 1 });
    expect(after.marks.some((m) => m.id === first!.id)).toBe(false);
    await putStatement(db, { ...first!, id: 'st-new', date: '2025-05-05' });
    const again = await claimMarks(db, first!.stances[0]!.claimId);
    expect(again).toMatchObject({ from: 'snapshot', patched: 2 });
    expect(again.marks[0]!.id).toBe('st-new');
  });
});
