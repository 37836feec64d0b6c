import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { clone, freshDb, packV1 } from './fixtures';
import { parsePack, validatePack } from '../../src/core/pack-validate';
import type { Pack } from '../../src/core/pack-schema';
import { installBundledPack } from '../../src/db/bundled';
import { deleteRecord, putActor, putStatement } from '../../src/db/edits';
import { DbError } from '../../src/db/errors';
import { exportPack, importPack, previewImport } from '../../src/db/import-export';
import type { CounterpointDB } from '../../src/db/schema';

/** A user's pack: one new actor, one changed bundled actor, one edited one, new and existing statements. */
function userPack(): Pack {
  const base = packV1();
  return {
    ...clone(base),
    id: 'friend-pack',
    version: '2.0.0',
    title: 'A colleague’s pack',
    actors: [
      { id: 'mujahid', name: 'Zabihullah Mujahid', aliases: ['Mujahid', 'Zabiullah Mujahid'], kind: 'person' }, // unchanged
      { id: 'ispr', name: 'ISPR (renamed)', aliases: [], kind: 'government-body' }, // pristine here → updated
      { id: 'kirby', name: 'John Kirby', aliases: ['Kibry'], kind: 'person' }, // new
    ],
    claims: clone(base.claims),
    statements: [
      clone(base.statements[0]!),
      {
        id: 'friend-1',
        actorId: 'kirby',
        summary: 'A US spokesman said the US is watching the border situation.',
        date: '2023-01',
        sources: [{ outlet: 'VOA', url: 'https://www.voanews.com/x' }],
        stances: [{ claimId: 'safe-havens', stance: 'qualifies' }],
      },
    ],
  };
}

async function seeded(): Promise<CounterpointDB> {
  const db = await freshDb();
  await installBundledPack(db, packV1());
  await putActor(db, { ...packV1().actors[0]!, name: 'Mujahid (my edit)' });
  await deleteRecord(db, 'statements', 'st-2');
  return db;
}

describe('import and export', () => {
  it('previews what an import would do', async () => {
    const db = await seeded();
    const preview = await previewImport(db, userPack());
    expect(preview.actors).toEqual({ new: ['kirby'], updated: ['ispr'], conflicts: ['mujahid'], unchanged: [] });
    expect(preview.claims.unchanged).toEqual(['safe-havens', 'us-weapons']);
    expect(preview.statements).toEqual({ new: ['friend-1'], updated: [], conflicts: [], unchanged: ['st-1'] });
  });

  it('imports a good pack, keeping the user’s edits by default', async () => {
    const db = await seeded();
    await importPack(db, userPack(), { mode: 'merge' });
    expect(await db.actors.get('kirby')).toMatchObject({ origin: 'user', packId: 'friend-pack' });
    expect(await db.actors.get('ispr')).toMatchObject({ name: 'ISPR (renamed)', origin: 'bundled', edited: true });
    expect((await db.actors.get('mujahid'))?.name).toBe('Mujahid (my edit)');
    expect(await db.statements.get('friend-1')).toMatchObject({ origin: 'user', claimIds: ['safe-havens'] });
    // The bundled header is not replaced by the import's.
    expect(await db.packs.get('test-pack')).toMatchObject({ source: 'bundled' });
    expect(await db.packs.get('friend-pack')).toMatchObject({ source: 'import', version: '2.0.0' });
    // An edited actor survives the next bundled update too.
    const next = { ...packV1(), version: '1.0.1' };
    await installBundledPack(db, next);
    expect((await db.actors.get('ispr'))?.name).toBe('ISPR (renamed)');
  });

  it('counts what a pack imported again holds now, not what its first file held', async () => {
    const db = await seeded();
    await importPack(db, userPack(), { mode: 'merge' });
    const first = (await db.packs.get('friend-pack'))!.counts;
    const more = userPack();
    more.statements = [
      ...more.statements,
      { ...more.statements.find((s) => s.id === 'friend-1')!, id: 'friend-2', summary: 'A second summary in our words.' },
    ];
    await importPack(db, more, { mode: 'merge' });
    const second = (await db.packs.get('friend-pack'))!.counts;
    expect(second.statements).toBe(first.statements + 1);
    expect(await db.statements.where('packId').equals('friend-pack').count()).toBe(second.statements);
  });

  it('takes the pack’s version of a conflict when asked to', async () => {
    const db = await seeded();
    await importPack(db, userPack(), { mode: 'merge', conflicts: 'take-theirs' });
    expect(await db.actors.get('mujahid')).toMatchObject({ name: 'Zabihullah Mujahid', edited: true });
  });

  it('refuses an invalid pack with its validation errors and writes nothing', async () => {
    const db = await seeded();
    const before = await exportPack(db);
    const bad = userPack();
    bad.statements[1]!.actorId = 'nobody';
    const error = await importPack(db, bad, { mode: 'merge' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).message).toMatch(/no actor has the id "nobody"/);
    expect(await exportPack(db)).toEqual(before);
  });

  it('leaves the database exactly as before when a write fails midway', async () => {
    const db = await seeded();
    const before = await exportPack(db);
    const countsBefore = await db.actors.count();
    // Actors and claims are written before statements: make the statements write fail.
    const spy = vi.spyOn(db.statements, 'bulkPut').mockImplementation(() => {
      throw new Error('simulated failure');
    });
    const error = await importPack(db, userPack(), { mode: 'merge' }).catch((e: unknown) => e);
    spy.mockRestore();
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).message).toMatch(/simulated failure.*Nothing was changed/);
    expect(await db.actors.get('kirby')).toBeUndefined();
    expect(await db.actors.count()).toBe(countsBefore);
    expect(await exportPack(db)).toEqual(before);
    expect(await db.packs.get('friend-pack')).toBeUndefined();
  });

  it('reports a full disk clearly and leaves the database unchanged', async () => {
    const db = await seeded();
    const before = await exportPack(db);
    const spy = vi
      .spyOn(db.statements, 'bulkPut')
      .mockImplementation(() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never);
    const error = await importPack(db, userPack(), { mode: 'merge' }).catch((e: unknown) => e);
    spy.mockRestore();
    expect(error).toBeInstanceOf(DbError);
    expect((error as DbError).quotaExceeded).toBe(true);
    expect((error as DbError).message).toBe(
      'There is not enough storage space to import "A colleague’s pack". Nothing was changed; free some disk space and try again.',
    );
    expect(await exportPack(db)).toEqual(before);
  });

  it('exports live records as a pack that parsePack accepts', async () => {
    const db = await seeded();
    await putStatement(db, {
      id: 'mine-1',
      actorId: 'ispr',
      quote: 'Text I selected.',
      date: '2025',
      sources: [{ outlet: 'Dawn' }],
      stances: [{ claimId: 'us-weapons', stance: 'asserts' }],
    });
    const pack = await exportPack(db);
    const parsed = parsePack(JSON.stringify(pack, null, 2));
    expect(parsed.ok).toBe(true);
    expect(pack.topic).toEqual(packV1().topic);
    expect(pack.id).toBe('test-pack');
    expect(pack.statements.map((s) => s.id).sort()).toEqual(['mine-1', 'st-1', 'st-3']); // no tombstone
    expect(pack.actors.find((a) => a.id === 'mujahid')?.name).toBe('Mujahid (my edit)');
    // No bookkeeping leaks into the file.
    expect(Object.keys(pack.statements[0]!)).not.toContain('origin');
  });

  it('exports only user records with what they refer to, still valid', async () => {
    const db = await seeded();
    await putStatement(db, {
      id: 'mine-1',
      actorId: 'ispr',
      quote: 'Text I selected.',
      date: '2025',
      sources: [{ outlet: 'Dawn' }],
      stances: [{ claimId: 'us-weapons', stance: 'asserts' }],
    });
    const pack = await exportPack(db, { filter: { origin: 'user' } });
    expect(validatePack(pack)).toEqual([]);
    expect(pack.statements.map((s) => s.id)).toEqual(['mine-1']);
    expect(pack.actors.map((a) => a.id)).toEqual(['ispr']);
    expect(pack.claims.map((c) => c.id)).toEqual(['us-weapons']);
  });

  it('round-trips: export, import into an empty database, export again', async () => {
    const db = await seeded();
    const exported = await exportPack(db);
    const other = await freshDb();
    await importPack(other, clone(exported), { mode: 'merge' });
    expect(await exportPack(other)).toEqual(exported);
  });

  it('keeps the remark a statement reports through export and import, in format 2', async () => {
    const db = await seeded();
    await putStatement(db, { ...packV1().statements[2]!, remark: 'ispr-2024-weapons' });
    const exported = await exportPack(db);
    expect(exported.formatVersion).toBe(2);
    expect(exported.statements.find((s) => s.id === 'st-3')?.remark).toBe('ispr-2024-weapons');
    const other = await freshDb();
    await importPack(other, clone(exported), { mode: 'merge' });
    expect((await other.statements.get('st-3'))?.remark).toBe('ispr-2024-weapons');
    expect(await exportPack(other)).toEqual(exported);
  });

  it('imports a format 1 pack’s same-remark keywords as remarks, which count as the same content', async () => {
    const old = packV1();
    old.statements[2]!.keywords = ['weapons', 'same-remark:ispr-2024-weapons'];
    const parsed = parsePack(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
    const db = await freshDb();
    await importPack(db, parsed.pack, { mode: 'merge' });
    expect(await db.statements.get('st-3')).toMatchObject({ remark: 'ispr-2024-weapons', keywords: ['weapons'] });
    // Given as an object, unconverted, the same pack changes nothing.
    expect((await previewImport(db, old)).statements.unchanged).toEqual(['st-1', 'st-2', 'st-3']);
    await importPack(db, old, { mode: 'merge' });
    expect((await exportPack(db)).statements.find((s) => s.id === 'st-3')).toMatchObject({ remark: 'ispr-2024-weapons' });
  });
});
