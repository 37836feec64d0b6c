import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clone, freshDb, packV1 } from './fixtures';
import { installBundledPack } from '../../src/db/bundled';
import { deleteRecord, putActor, putStatement, resetToBundled } from '../../src/db/edits';
import { counts, loadCorpus } from '../../src/db/queries';

/** Version 1.1.0: changes mujahid and st-1, drops st-2 and the claim us-weapons' statement st-3, adds st-4. */
function packV2() {
  const p = clone(packV1());
  p.version = '1.1.0';
  p.actors[0]!.role = 'Taliban spokesman';
  p.actors[1]!.aliases.push('Pakistan military');
  p.statements[0]!.date = '2023-02-11';
  p.statements = p.statements.filter((s) => s.id !== 'st-2' && s.id !== 'st-3');
  p.claims = p.claims.filter((c) => c.id !== 'us-weapons');
  p.statements.push({
    id: 'st-4',
    actorId: 'mujahid',
    summary: 'The spokesman said the accusations were baseless.',
    date: '2024',
    sources: [{ outlet: 'Example News' }],
    stances: [{ claimId: 'safe-havens', stance: 'denies' }],
  });
  return p;
}

describe('installBundledPack', () => {
  it('installs a pack and records its version and header', async () => {
    const db = await freshDb();
    const r = await installBundledPack(db, packV1());
    expect(r).toMatchObject({ status: 'installed', added: 7, updated: 0, removed: 0 });
    expect(await db.packs.get('test-pack')).toMatchObject({ version: '1.0.0', source: 'bundled', counts: { actors: 2, claims: 2, statements: 3 } });
    const st = await db.statements.get('st-3');
    expect(st).toMatchObject({ origin: 'bundled', packId: 'test-pack', edited: false, deleted: false, claimIds: ['us-weapons', 'safe-havens'] });
    expect((await db.actors.get('mujahid'))?.aliasKeys).toContain('zabiullah mujahid');
    expect((await loadCorpus(db)).topics[0]?.name).toBe('Test topic');
  });

  it('is a no-op the second time with the same version and content', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    const before = await db.statements.toArray();
    const r = await installBundledPack(db, packV1());
    expect(r.status).toBe('unchanged');
    expect(await db.statements.toArray()).toEqual(before);
  });

  it('updates to a newer pack keeping edits, deletions and user records', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    // The user edits an actor, deletes a statement, and adds a statement on a claim v2 drops.
    await putActor(db, { ...packV1().actors[0]!, name: 'Zabihullah Mujahid (edited)' });
    await deleteRecord(db, 'statements', 'st-1');
    await putStatement(db, {
      id: 'mine-1',
      actorId: 'ispr',
      quote: 'Selected text from a page.',
      date: '2025-03-01',
      sources: [{ outlet: 'Dawn', url: 'https://www.dawn.com/news/1' }],
      stances: [{ claimId: 'us-weapons', stance: 'asserts' }],
    });

    const r = await installBundledPack(db, packV2());
    expect(r.status).toBe('updated');

    const mujahid = await db.actors.get('mujahid');
    expect(mujahid?.name).toBe('Zabihullah Mujahid (edited)'); // edit survives
    expect(mujahid?.role).toBeUndefined();
    expect((await db.actors.get('ispr'))?.aliases).toContain('Pakistan military'); // pristine record updated
    expect(await db.statements.get('st-1')).toMatchObject({ deleted: true }); // stays deleted
    expect(await db.statements.get('st-2')).toBeUndefined(); // dropped → removed
    expect(await db.statements.get('st-3')).toBeUndefined();
    expect(await db.statements.get('st-4')).toMatchObject({ origin: 'bundled', edited: false }); // new → added
    expect(await db.statements.get('mine-1')).toMatchObject({ origin: 'user' });
    // Dropped by v2, but the user's statement still names it: kept so nothing dangles.
    expect(await db.claims.get('us-weapons')).toBeDefined();
    expect(r.kept).toEqual(expect.arrayContaining(['mujahid', 'st-1', 'us-weapons']));
    expect(r).toMatchObject({ added: 1, removed: 2 });

    const corpus = await loadCorpus(db);
    expect(corpus.statements.map((s) => s.id).sort()).toEqual(['mine-1', 'st-4']);
    expect(await db.packs.get('test-pack')).toMatchObject({ version: '1.1.0' });
  });

  it('removes a dropped claim once nothing refers to it', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    await installBundledPack(db, packV2());
    expect(await db.claims.get('us-weapons')).toBeUndefined();
  });

  it('resetToBundled undoes edits and deletions but keeps user records', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    await putActor(db, { ...packV1().actors[0]!, name: 'Changed' });
    await deleteRecord(db, 'statements', 'st-1');
    await putActor(db, { id: 'my-actor', name: 'Someone', aliases: [], kind: 'person' });
    await resetToBundled(db, packV1());
    expect((await db.actors.get('mujahid'))).toMatchObject({ name: 'Zabihullah Mujahid', edited: false });
    expect(await db.statements.get('st-1')).toMatchObject({ deleted: false, edited: false });
    expect(await db.actors.get('my-actor')).toMatchObject({ origin: 'user' });
    expect(await counts(db)).toEqual({ actors: 3, claims: 2, statements: 3, user: 1, edited: 0, deleted: 0 });

    await resetToBundled(db, packV1(), { keepUserRecords: false });
    expect(await db.actors.get('my-actor')).toBeUndefined();
  });
});
