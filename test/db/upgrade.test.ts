/**
 * Opens databases written by older schema versions, with data in it, with the current code
 * (the habit of Dexie's own test/tests-upgrading.js).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { freshDb, packV1 } from './fixtures';
import { claimIdsOf, openDb, wordsOf } from '../../src/db/schema';
import type { Pack, Statement } from '../../src/core/pack-schema';
import { validatePack } from '../../src/core/pack-validate';
import { exportPack } from '../../src/db/import-export';
import { searchStatements } from '../../src/db/queries';
import { loadRestorableCorpus } from '../../src/db/snapshot';
import { CLAIM_MARKS_AT_KEY } from '../../src/db/claim-marks';
import { STATEMENTS_STAMP_KEY } from '../../src/db/stamp';
import { claimMarks } from '../../src/db/timeline';

// Copied, not imported: this is what version 1 of the extension shipped, whatever schema.ts says now.
const V1_STORES = {
  actors: 'id, name, *aliasKeys, origin, packId',
  claims: 'id, *tags, origin, packId',
  statements: 'id, actorId, date, origin, packId',
  meta: 'key',
  packs: 'id',
};

// Copied, not imported: the stores each later version changed.
const V2_STATEMENTS = 'id, actorId, date, origin, packId, *claimIds';
const V3_STATEMENTS = 'id, actorId, date, origin, packId, *claimIds, *words, *claimDates, *stanceKeys, [actorId+date]';
const LATER_STORES: Record<string, string>[] = [
  { statements: V2_STATEMENTS },
  { statements: V3_STATEMENTS },
  { statements: `${V3_STATEMENTS}, changedAt`, snapshots: 'key' },
  { statements: V3_STATEMENTS },
  { statements: `${V3_STATEMENTS}, remark` },
  { reading: 'id, &key, readAt, *claimKeys, *sites, *words' },
];
/** The schema version a database opened by the current code is at. */
const LATEST = 8;

/** A new database at an old schema `version`, opened with the stores that version shipped. */
async function oldDb(version: number): Promise<Dexie> {
  const old = new Dexie(`upgrade${version}-${Math.random().toString(36).slice(2)}`);
  old.version(1).stores(V1_STORES);
  LATER_STORES.slice(0, version - 1).forEach((stores, i) => old.version(i + 2).stores(stores));
  await old.open();
  return old;
}

/** Stores the pack's actors and claims in an old database, as rows of `state`. */
async function putActorsAndClaims(old: Dexie, pack: Pack, state: Record<string, unknown>): Promise<void> {
  await old
    .table('actors')
    .bulkPut(pack.actors.map((a) => ({ ...a, ...state, aliasKeys: [a.name, ...a.aliases].map((s) => s.toLowerCase()) })));
  await old.table('claims').bulkPut(pack.claims.map((c) => ({ ...c, ...state })));
}

describe('schema upgrade from version 1', () => {
  it('keeps every record and computes claimIds', async () => {
    const old = await oldDb(1);
    const pack = packV1();
    const bundled = { origin: 'bundled', packId: pack.id, edited: false, deleted: false, changedAt: 1 };
    await putActorsAndClaims(old, pack, bundled);
    // Version 1 rows have no claimIds. st-1 is edited, st-2 is a tombstone.
    await old.table('statements').bulkPut([
      { ...pack.statements[0]!, ...bundled, edited: true, quote: 'We do not allow anyone to use Afghan soil.' },
      { ...pack.statements[1]!, ...bundled, edited: true, deleted: true },
      { ...pack.statements[2]!, ...bundled },
      {
        id: 'mine-1',
        actorId: 'ispr',
        quote: 'A quote the user selected.',
        date: '2025-01-02',
        sources: [{ outlet: 'Dawn' }],
        stances: [{ claimId: 'us-weapons', stance: 'asserts' }],
        origin: 'user',
        packId: 'user',
        edited: false,
        deleted: false,
        changedAt: 2,
      },
    ]);
    const { actors: _a, claims: _c, statements: _s, ...header } = pack;
    await old.table('meta').put({ key: `pack-header:${pack.id}`, value: header });
    await old.table('packs').put({
      id: pack.id,
      version: '1.0.0',
      title: pack.title,
      source: 'bundled',
      counts: { actors: 2, claims: 2, statements: 3 },
      installedAt: 1,
    });
    const v1Rows = await old.table('statements').toArray();
    expect(v1Rows.every((r: Record<string, unknown>) => !('claimIds' in r))).toBe(true);
    old.close();

    const db = await openDb(old.name);
    expect(db.verno).toBe(LATEST);
    expect(await db.actors.count()).toBe(2);
    expect(await db.claims.count()).toBe(2);
    const rows = await db.statements.toArray();
    expect(rows.map((r) => [r.id, r.claimIds])).toEqual([
      ['mine-1', ['us-weapons']],
      ['st-1', ['safe-havens']],
      ['st-2', ['safe-havens']],
      ['st-3', ['us-weapons', 'safe-havens']],
    ]);
    // The edit, the tombstone and the user record came through unchanged.
    expect(await db.statements.get('st-1')).toMatchObject({ edited: true, quote: 'We do not allow anyone to use Afghan soil.' });
    expect(await db.statements.get('st-2')).toMatchObject({ deleted: true });
    expect(await db.statements.get('mine-1')).toMatchObject({ origin: 'user', quote: 'A quote the user selected.' });
    // The new index works.
    expect(await db.statements.where('claimIds').equals('us-weapons').primaryKeys()).toEqual(['mine-1', 'st-3']);
    const found = await searchStatements(db, { claimId: 'safe-havens', offset: 0, limit: 10 });
    expect(found.items.map((s) => s.id)).toEqual(['st-3', 'st-1']);
    // Version 3's search keys were computed too: words and stances are index lookups.
    expect(await db.statements.where('words').equals('soil').primaryKeys()).toEqual(['st-1']);
    expect((await db.statements.get('mine-1'))?.stanceKeys).toEqual(['asserts|2025-01-02', 'asserts:us-weapons|2025-01-02']);
    expect((await searchStatements(db, { text: 'soil', offset: 0, limit: 10 })).items.map((s) => s.id)).toEqual(['st-1']);
    expect((await db.statements.where('claimDates').startsWith('us-weapons|').primaryKeys()).sort()).toEqual(['mine-1', 'st-3']);
    const byIspr = await db.statements.where('[actorId+date]').between(['ispr', ''], ['ispr', '\uffff']).primaryKeys();
    expect(byIspr).toContain('mine-1');
    expect(byIspr.length).toBe(await db.statements.where('actorId').equals('ispr').count());
    // And the upgraded database still exports a valid pack with the stored topic.
    expect((await exportPack(db)).topic).toEqual(pack.topic);
    db.close();
  });

  it('a new database opens at the latest version', async () => {
    const db = await freshDb();
    expect(db.verno).toBe(LATEST);
  });
});

describe('schema upgrade from version 2', () => {
  it('keeps every record, with its edits, and computes the search keys', async () => {
    const old = await oldDb(2);
    const pack = packV1();
    const bundled = { origin: 'bundled', packId: pack.id, edited: false, deleted: false, changedAt: 1 };
    await old.table('statements').bulkPut([
      {
        ...pack.statements[0]!,
        ...bundled,
        edited: true,
        quote: 'We do not allow anyone to use Afghan soil.',
        claimIds: ['safe-havens'],
      },
      { ...pack.statements[1]!, ...bundled, deleted: true, claimIds: ['safe-havens'] },
    ]);
    old.close();
    const db = await openDb(old.name);
    expect(db.verno).toBe(LATEST);
    expect(await db.statements.get('st-1')).toMatchObject({ edited: true, quote: 'We do not allow anyone to use Afghan soil.' });
    expect(await db.statements.get('st-2')).toMatchObject({ deleted: true });
    expect((await db.statements.get('st-1'))?.words).toContain('afghan');
    // The tombstone is never found, the edit is found by its edited words.
    expect((await searchStatements(db, { text: 'afghan soil', offset: 0, limit: 10 })).items.map((s) => s.id)).toEqual(['st-1']);
    db.close();
  });
});

describe('schema upgrade from version 3', () => {
  it('keeps every record, and the snapshots table starts empty', async () => {
    const old = await oldDb(3);
    const pack = packV1();
    const state = { origin: 'bundled', packId: pack.id, edited: false, deleted: false };
    await old.table('statements').bulkPut([
      { ...pack.statements[0]!, ...state, changedAt: 30 },
      { ...pack.statements[1]!, ...state, changedAt: 70 },
    ]);
    old.close();
    const db = await openDb(old.name);
    expect(db.verno).toBe(LATEST);
    expect(await db.statements.count()).toBe(2);
    expect(await db.snapshots.count()).toBe(0);
    db.close();
  });
});

describe('schema upgrade from version 4', () => {
  it('keeps every record and the snapshot, drops the changedAt index, and the old snapshot is stale', async () => {
    const old = await oldDb(4);
    const pack = packV1();
    const state = { origin: 'bundled', packId: pack.id, edited: false, deleted: false, changedAt: 30 };
    await old.table('statements').bulkPut(pack.statements.map((s) => ({ ...s, ...state })));
    await old.table('snapshots').put({ key: 'matching-index', fingerprint: '3|30', value: { format: 2 }, takenAt: 40 });
    old.close();
    const db = await openDb(old.name);
    expect(db.verno).toBe(LATEST);
    expect(await db.statements.count()).toBe(pack.statements.length);
    expect(db.statements.schema.idxByName.changedAt).toBeUndefined();
    expect(await db.snapshots.count()).toBe(1);
    expect(await loadRestorableCorpus(db)).toBeUndefined();
    db.close();
  });
});

describe('schema upgrade from version 5', () => {
  it('moves same-remark keywords into remark, in bundled and user-edited statements alike, and nothing else', async () => {
    const old = await oldDb(5);
    const pack = packV1();
    const state = { origin: 'bundled', packId: pack.id, edited: false, deleted: false, changedAt: 30 };
    const withKeywords = (s: Statement, keywords: string[], extra: Record<string, unknown>) => {
      const row = { ...s, keywords, ...extra };
      return { ...row, words: wordsOf(row), claimIds: claimIdsOf(s.stances) };
    };
    const bundledRow = withKeywords(pack.statements[1]!, ['ISPR', 'same-remark:ispr-2023-afghan-territory'], state);
    const editedRow = withKeywords(pack.statements[2]!, ['same-remark:ispr-2023-afghan-territory'], {
      ...state,
      edited: true,
      changedAt: 45,
      date: '2023-06',
      summary: 'The user reworded what the military said.',
    });
    const plainRow = withKeywords(pack.statements[0]!, ['Mujahid'], state);
    await putActorsAndClaims(old, pack, state);
    await old.table('statements').bulkPut([bundledRow, editedRow, plainRow]);
    old.close();

    const db = await openDb(old.name);
    expect(db.verno).toBe(LATEST);
    const [bundled, edited, plain] = await db.statements.bulkGet(['st-2', 'st-3', 'st-1']);
    expect(bundled).toEqual({ ...bundledRow, keywords: ['ISPR'], remark: 'ispr-2023-afghan-territory', words: bundled!.words });
    const { keywords: _k, ...editedRest } = editedRow;
    expect(edited).toEqual({ ...editedRest, remark: 'ispr-2023-afghan-territory', words: edited!.words });
    expect(plain).toEqual(plainRow);
    // The words index holds what a statement stored now would hold, and no longer the keyword's "same".
    expect(bundled!.words).toEqual(wordsOf(bundled!));
    expect(edited!.words).toEqual(wordsOf(edited!));
    expect(await db.statements.where('words').equals('same').count()).toBe(0);
    // One lookup finds the reports of the remark; export writes the field and the format that has it.
    expect((await db.statements.where('remark').equals('ispr-2023-afghan-territory').primaryKeys()).sort()).toEqual([
      'st-2',
      'st-3',
    ]);
    const exported = await exportPack(db);
    expect(exported.formatVersion).toBe(2);
    expect(exported.statements.find((s) => s.id === 'st-3')).toMatchObject({
      remark: 'ispr-2023-afghan-territory',
      date: '2023-06',
    });
    expect(validatePack(exported)).toEqual([]);
    db.close();
  });
});

describe('schema upgrade from version 7', () => {
  it("makes every claim's marks from the rows, tombstones left out, current with the statements' stamp", async () => {
    const old = await oldDb(7);
    const pack = packV1();
    const state = { origin: 'bundled', packId: pack.id, edited: false, deleted: false, changedAt: 70 };
    await putActorsAndClaims(old, pack, state);
    const rows = pack.statements.map((s) => ({ ...s, ...state, claimIds: claimIdsOf(s.stances), words: wordsOf(s) }));
    rows[1] = { ...rows[1]!, deleted: true, edited: true };
    await old.table('statements').bulkPut(rows);
    await old.table('meta').put({ key: STATEMENTS_STAMP_KEY, value: 'stamp-7' });
    old.close();

    const db = await openDb(old.name);
    expect(db.verno).toBe(LATEST);
    expect(await db.statements.toArray()).toEqual(rows);
    expect((await db.meta.get(CLAIM_MARKS_AT_KEY))?.value).toBe('stamp-7');
    const havens = await claimMarks(db, 'safe-havens');
    expect(havens.from).toBe('claim-marks');
    expect(havens.marks.map((m) => [m.id, m.stance])).toEqual([
      ['st-3', 'asserts'],
      ['st-1', 'denies'],
    ]);
    expect((await claimMarks(db, 'us-weapons')).marks.map((m) => m.id)).toEqual(['st-3']);
    // The stamp is still the old one: the matching snapshot and search index are not made stale by the upgrade's own writes.
    expect((await db.meta.get(STATEMENTS_STAMP_KEY))?.value).toBe('stamp-7');
    db.close();
  });
});
