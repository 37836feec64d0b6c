/**
 * Each claim's marks kept in `meta` by the statements' middleware: after any sequence of writes
 * through the database they are the marks the rows give, in the same transaction as the write;
 * a write made outside Dexie leaves them stale, and the claim page then reads the rows.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pack, Statement } from '../../src/core/pack-schema';
import { installBundledPack } from '../../src/db/bundled';
import { CLAIM_MARKS_AT_KEY, CLAIM_MARKS_PREFIX, rebuildClaimMarks, restoreClaimMarks } from '../../src/db/claim-marks';
import { loadCorpus } from '../../src/db/queries';
import { deleteRecord, putStatement, resetToBundled } from '../../src/db/edits';
import { importPack } from '../../src/db/import-export';
import type { CounterpointDB } from '../../src/db/schema';
import { STATEMENTS_STAMP_KEY } from '../../src/db/stamp';
import { claimMarks, type Mark } from '../../src/db/timeline';
import { clone, freshDb, packV1 } from './fixtures';

const CLAIMS = ['safe-havens', 'us-weapons'] as const;

/** The marks the rows give, worked out here from every row: the reference the kept ones must equal. */
async function marksFromRows(db: CounterpointDB, claimId: string): Promise<Mark[]> {
  const rows = await db.statements.toArray();
  return rows
    .filter((r) => !r.deleted)
    .flatMap((r) =>
      r.stances
        .filter((s) => s.claimId === claimId)
        .map((s) => ({ id: r.id, date: r.date, actorId: r.actorId, claimId, stance: s.stance })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
}

async function expectKeptMarksCurrent(db: CounterpointDB): Promise<void> {
  for (const claimId of CLAIMS) {
    const read = await claimMarks(db, claimId);
    expect(read.from).toBe('claim-marks');
    expect(read.marks).toEqual(await marksFromRows(db, claimId));
  }
}

/** A user statement on the test pack's claims. */
function statement(id: string, date: string, stances: Statement['stances'], actorId = 'ispr'): Statement {
  return { id, actorId, summary: `Statement ${id}.`, date, sources: [{ outlet: 'Example News' }], stances };
}

/** A pack of `n` new statements (an import of over 1,000 resets the journal). */
function bigPack(n: number): Pack {
  const pack = clone(packV1());
  pack.id = 'big-pack';
  pack.statements = Array.from({ length: n }, (_, i) =>
    statement(`big-${i}`, `2024-0${1 + (i % 9)}-1${i % 10}`, [{ claimId: CLAIMS[i % 2]!, stance: i % 3 ? 'asserts' : 'denies' }]),
  );
  return pack;
}

describe('claim marks kept by every write', () => {
  it('are current on a new database and after the bundled pack is installed', async () => {
    const db = await freshDb();
    expect((await db.meta.get(CLAIM_MARKS_AT_KEY))?.value).toBeNull();
    expect((await claimMarks(db, 'safe-havens')).from).toBe('claim-marks');
    await installBundledPack(db, packV1());
    await expectKeptMarksCurrent(db);
    expect((await claimMarks(db, 'safe-havens')).marks.map((m) => m.id).sort()).toEqual(['st-1', 'st-2', 'st-3']);
  });

  it('follow an import of over 1,000 statements, a reset and a hard delete', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    await importPack(db, bigPack(1_200), { mode: 'merge' });
    await expectKeptMarksCurrent(db);
    expect((await claimMarks(db, 'us-weapons')).marks).toHaveLength(601);
    await resetToBundled(db, packV1(), { keepUserRecords: false });
    await expectKeptMarksCurrent(db);
    expect((await claimMarks(db, 'us-weapons')).marks.map((m) => m.id)).toEqual(['st-3']);
    // A claim no statement is on any more has no record left.
    await deleteRecord(db, 'statements', 'st-3');
    await expectKeptMarksCurrent(db);
    expect(await db.meta.get(`${CLAIM_MARKS_PREFIX}us-weapons`)).toBeUndefined();
  });

  it('follow a range delete and a bulk add that fails in part', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    await db.transaction('rw', db.statements, db.meta, async () => {
      await db.statements.where('id').between('st-1', 'st-2', true, true).delete();
    });
    await expectKeptMarksCurrent(db);
    await db.transaction('rw', db.statements, db.meta, async () => {
      await db.statements.clear();
    });
    await expectKeptMarksCurrent(db);
    await installBundledPack(db, packV1(), { force: true });
    const [row] = await db.statements.bulkGet(['st-1']);
    // 'st-1' is there already: that one add fails, the other is written, and only its marks come.
    const failures = await db.transaction('rw', db.statements, db.meta, () =>
      db.statements
        .bulkAdd([
          { ...row!, date: '1990', stances: [{ claimId: 'us-weapons', stance: 'denies' }] },
          { ...row!, id: 'st-9' },
        ])
        .then(() => 0)
        .catch((error: { failures?: unknown[] }) => error.failures?.length),
    );
    expect(failures).toBe(1);
    expect(await db.statements.get('st-9')).toBeDefined();
    await expectKeptMarksCurrent(db);
    expect((await claimMarks(db, 'us-weapons')).marks.some((m) => m.id === 'st-1')).toBe(false);
  });

  it('are left as they were by a transaction that fails', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    const before = await db.meta.where('key').startsWith(CLAIM_MARKS_PREFIX).toArray();
    await expect(
      db.transaction('rw', db.statements, db.meta, async () => {
        await db.statements.put({ ...(await db.statements.get('st-1'))!, id: 'st-doomed' });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.meta.where('key').startsWith(CLAIM_MARKS_PREFIX).toArray()).toEqual(before);
    await expectKeptMarksCurrent(db);
  });

  it('equal the rows after any sequence of edits, deletions and moves between claims', async () => {
    type Op =
      | { kind: 'put'; id: number; date: number; claims: number[]; deny: boolean }
      | { kind: 'delete'; id: number }
      | { kind: 'tombstone'; id: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        id: fc.integer({ min: 0, max: 6 }),
        date: fc.integer({ min: 0, max: 30 }),
        claims: fc.uniqueArray(fc.integer({ min: 0, max: 1 }), { maxLength: 2 }),
        deny: fc.boolean(),
      }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.integer({ min: 0, max: 6 }) }),
      fc.record({ kind: fc.constant('tombstone' as const), id: fc.integer({ min: 1, max: 3 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const db = await freshDb();
        await installBundledPack(db, packV1());
        for (const o of ops) {
          if (o.kind === 'put') {
            const stances = o.claims.map((c) => ({
              claimId: CLAIMS[c]!,
              stance: o.deny ? ('denies' as const) : ('asserts' as const),
            }));
            if (stances.length === 0) continue;
            await putStatement(db, statement(`mine-${o.id}`, `2025-01-${String(1 + o.date).padStart(2, '0')}`, stances));
          } else if (o.kind === 'delete') {
            if (await db.statements.get(`mine-${o.id}`)) await deleteRecord(db, 'statements', `mine-${o.id}`);
          } else if (await db.statements.get(`st-${o.id}`)) {
            await deleteRecord(db, 'statements', `st-${o.id}`);
          }
        }
        await expectKeptMarksCurrent(db);
        db.close();
      }),
      { numRuns: 25 },
    );
  });

  it('go stale after a write outside Dexie, and the rows are read until they are made again', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    // As the statements' stamp renewed by a write that did not go through the middleware.
    await db.meta.put({ key: STATEMENTS_STAMP_KEY, value: 'renewed-outside' });
    expect((await claimMarks(db, 'safe-havens')).from).toBe('rows');
    await putStatement(db, statement('mine-1', '2026-01-01', [{ claimId: 'safe-havens', stance: 'denies' }]));
    const read = await claimMarks(db, 'safe-havens');
    expect(read.from).not.toBe('claim-marks');
    expect(read.marks).toEqual(await marksFromRows(db, 'safe-havens'));
    await db.transaction('rw', db.statements, db.meta, () => rebuildClaimMarks(db));
    await expectKeptMarksCurrent(db);
  });

  it('are made again from the rows the background read, unless the statements changed since', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    await db.meta.put({ key: STATEMENTS_STAMP_KEY, value: 'renewed-outside' });
    const read = await loadCorpus(db);
    await putStatement(db, statement('mine-1', '2026-01-01', [{ claimId: 'safe-havens', stance: 'denies' }]));
    expect(await restoreClaimMarks(db, read.statements, read.fingerprint)).toBe(false);
    expect((await claimMarks(db, 'safe-havens')).from).not.toBe('claim-marks');
    const now = await loadCorpus(db);
    expect(await restoreClaimMarks(db, now.statements, now.fingerprint)).toBe(true);
    await expectKeptMarksCurrent(db);
    expect(await restoreClaimMarks(db, now.statements, now.fingerprint)).toBe(false);
  });

  it('are not trusted when the stored record is not a set of columns', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    await db.meta.put({ key: `${CLAIM_MARKS_PREFIX}safe-havens`, value: { ids: ['st-1'], dates: [] } });
    const read = await claimMarks(db, 'safe-havens');
    expect(read.from).not.toBe('claim-marks');
    expect(read.marks).toEqual(await marksFromRows(db, 'safe-havens'));
  });
});
