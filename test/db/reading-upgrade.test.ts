/**
 * Version 7 adds the reading memory: a version 6 database holding the reader's edits, tombstones
 * and own statements opens at version 7 with every record as it was, the snapshot and the
 * statements' stamp included, and an empty `reading` table that works.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { packV1 } from './fixtures';
import { claimDatesOf, claimIdsOf, openDb, stanceKeysOf, wordsOf } from '../../src/db/schema';
import { keepRead } from '../../src/db/reading-keep';
import { readingOnClaim } from '../../src/db/reading-query';
import { STATEMENTS_STAMP_KEY } from '../../src/db/stamp';

// Copied, not imported: the stores version 6 shipped, whatever schema.ts says now.
const V3_STATEMENTS = 'id, actorId, date, origin, packId, *claimIds, *words, *claimDates, *stanceKeys, [actorId+date]';
const V6_STORES = {
  actors: 'id, name, *aliasKeys, origin, packId',
  claims: 'id, *tags, origin, packId',
  statements: `${V3_STATEMENTS}, remark`,
  meta: 'key',
  packs: 'id',
  snapshots: 'key',
};

describe('schema upgrade from version 6', () => {
  it('keeps every record, edit, tombstone, own statement, snapshot and stamp, and adds an empty reading memory', async () => {
    const name = `upgrade6-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(6).stores(V6_STORES);
    await old.open();
    const pack = packV1();
    const state = { origin: 'bundled', packId: pack.id, edited: false, deleted: false, changedAt: 60 };
    const derived = (s: (typeof pack.statements)[number]) => ({
      claimIds: claimIdsOf(s.stances),
      words: wordsOf(s),
      claimDates: claimDatesOf(s.stances, s.date),
      stanceKeys: stanceKeysOf(s.stances, s.date),
    });
    await old.table('actors').bulkPut(pack.actors.map((a) => ({ ...a, ...state, aliasKeys: [a.name.toLowerCase()] })));
    await old.table('claims').bulkPut(pack.claims.map((c) => ({ ...c, ...state })));
    const edited = { ...pack.statements[0]!, quote: 'Words the reader corrected.', ...state, edited: true, changedAt: 61 };
    const tombstone = { ...pack.statements[1]!, ...state, edited: true, deleted: true, changedAt: 62 };
    const untouched = { ...pack.statements[2]!, ...state };
    const mine = {
      id: 'user-mine',
      actorId: 'mujahid',
      quote: 'A remark the reader added from a page.',
      date: '2025-03-04',
      sources: [{ url: 'https://example.org/a', outlet: 'Example' }],
      stances: [{ claimId: 'safe-havens', stance: 'denies' as const }],
      origin: 'user',
      packId: 'user',
      edited: false,
      deleted: false,
      changedAt: 63,
    };
    const rows = [edited, tombstone, untouched, mine].map((r) => ({ ...r, ...derived(r) }));
    await old.table('statements').bulkPut(rows);
    await old.table('meta').bulkPut([
      { key: STATEMENTS_STAMP_KEY, value: 'stamp-6' },
      { key: 'bundled-hash:test-pack', value: 'abc' },
    ]);
    await old.table('snapshots').put({ key: 'index', fingerprint: 'v6|stamp-6', value: { x: 1 }, takenAt: 64 });
    const before = {
      actors: await old.table('actors').toArray(),
      claims: await old.table('claims').toArray(),
      statements: await old.table('statements').toArray(),
      meta: await old.table('meta').toArray(),
      snapshots: await old.table('snapshots').toArray(),
    };
    old.close();

    const db = await openDb(name);
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await db.actors.toArray()).toEqual(before.actors);
    expect(await db.claims.toArray()).toEqual(before.claims);
    expect(await db.statements.toArray()).toEqual(before.statements);
    // Version 8 adds the claims' marks (`claim-marks.test.ts`); nothing else in `meta` changes.
    expect((await db.meta.toArray()).filter((m) => !m.key.startsWith('claim-marks'))).toEqual(before.meta);
    expect(await db.snapshots.toArray()).toEqual(before.snapshots);
    expect(await db.statements.get('st-1')).toMatchObject({ edited: true, quote: 'Words the reader corrected.' });
    expect(await db.statements.get('st-2')).toMatchObject({ deleted: true });
    expect(await db.statements.get('user-mine')).toMatchObject({
      origin: 'user',
      quote: 'A remark the reader added from a page.',
    });
    // The new table starts empty, and writing to it leaves the corpus and its stamp alone.
    expect(await db.reading.count()).toBe(0);
    await keepRead(db, { url: 'https://news.example/x', title: 'X' }, [
      {
        actorId: 'ispr',
        speaker: 'ISPR',
        text: 'They plan it over there.',
        claims: [{ claimId: 'safe-havens', stance: 'asserts' }],
      },
    ]);
    expect((await readingOnClaim(db, 'safe-havens')).map((r) => r.quote)).toEqual(['They plan it over there.']);
    expect((await db.meta.get(STATEMENTS_STAMP_KEY))?.value).toBe('stamp-6');
    expect(await db.statements.count()).toBe(4);
    db.close();
  });
});
