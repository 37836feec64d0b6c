import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb, packV1 } from './fixtures';
import { installBundledPack } from '../../src/db/bundled';
import { deleteRecord, putActor, putClaim, putStatement } from '../../src/db/edits';
import { DbError } from '../../src/db/errors';
import { counts, loadCorpus, searchStatements } from '../../src/db/queries';
import type { Statement } from '../../src/core/pack-schema';

const mine: Statement = {
  id: 'mine-1',
  actorId: 'ispr',
  quote: 'Terrorists enjoy safe heavens across the border.',
  date: '2025-03',
  sources: [{ outlet: 'Dawn', url: 'https://www.dawn.com/news/1' }],
  stances: [{ claimId: 'safe-havens', stance: 'asserts' }],
};

async function installed() {
  const db = await freshDb();
  await installBundledPack(db, packV1());
  return db;
}

describe('edits', () => {
  it('marks an edited bundled record and a new user record', async () => {
    const db = await installed();
    await putClaim(db, { ...packV1().claims[0]!, tags: ['ttp'] });
    await putStatement(db, mine);
    expect(await db.claims.get('safe-havens')).toMatchObject({ origin: 'bundled', edited: true, tags: ['ttp'] });
    expect(await db.statements.get('mine-1')).toMatchObject({ origin: 'user', packId: 'user', edited: false });
  });

  it('refuses invalid records with a readable message', async () => {
    const db = await installed();
    await expect(putStatement(db, { ...mine, actorId: 'nobody' })).rejects.toThrow(
      'This statement cannot be saved: field "actorId": no actor has the id "nobody".',
    );
    await expect(putStatement(db, { ...mine, summary: 'both' })).rejects.toThrow(/has both a quote and a summary/);
    await expect(putStatement(db, { ...mine, date: 'March 2025' })).rejects.toThrow(/field "date": must look like YYYY/);
    await expect(putActor(db, { id: 'Bad Id', name: '', aliases: [], kind: 'person' })).rejects.toBeInstanceOf(DbError);
    await expect(putClaim(db, { ...packV1().claims[0]!, links: [{ claimId: 'ghost', relation: 'mirrors' }] })).rejects.toThrow(
      /no claim has the id "ghost"/,
    );
    expect(await db.statements.get('mine-1')).toBeUndefined();
  });

  it('saves a statement into a remark only when its speaker and date match the remark’s other reports', async () => {
    const db = await installed();
    await putStatement(db, { ...packV1().statements[1]!, remark: 'ispr-afghan-territory' }); // ISPR, 2023
    await expect(putStatement(db, { ...mine, remark: 'ispr-afghan-territory', actorId: 'mujahid' })).rejects.toThrow(
      'This statement cannot be saved: field "remark": the remark "ispr-afghan-territory" is also "st-2", said by "ispr"; one remark has one speaker.',
    );
    await expect(putStatement(db, { ...mine, remark: 'ispr-afghan-territory' })).rejects.toThrow(
      /field "remark": the remark "ispr-afghan-territory" is dated 2023 in "st-2"; the reports of one remark share its date\.$/,
    );
    await putStatement(db, { ...mine, remark: 'ispr-afghan-territory', date: '2023-03' });
    expect(await db.statements.where('remark').equals('ispr-afghan-territory').primaryKeys()).toEqual(['mine-1', 'st-2']);
    // A tombstone is no report: the remark's date is free again once the other report is deleted.
    await deleteRecord(db, 'statements', 'st-2');
    await expect(putStatement(db, { ...mine, remark: 'ispr-afghan-territory', date: '2025-03' })).resolves.toMatchObject({ date: '2025-03' });
  });

  it('cannot attach a statement to a deleted actor', async () => {
    const db = await installed();
    await putActor(db, { id: 'lonely', name: 'Lonely', aliases: [], kind: 'person' });
    await putActor(db, { id: 'gone', name: 'Gone', aliases: [], kind: 'person' });
    await deleteRecord(db, 'actors', 'gone');
    await expect(putStatement(db, { ...mine, actorId: 'gone' })).rejects.toThrow(/no actor has the id "gone"/);
    await expect(putStatement(db, { ...mine, actorId: 'lonely' })).resolves.toMatchObject({ actorId: 'lonely' });
  });

  it('tombstones bundled records, deletes user records, and refuses to orphan statements', async () => {
    const db = await installed();
    await putStatement(db, mine);
    await expect(deleteRecord(db, 'actors', 'ispr')).rejects.toThrow('"ispr" is still used by 3 statements; change or delete them first.');
    await expect(deleteRecord(db, 'claims', 'us-weapons')).rejects.toThrow(/still used by 1 statement;/);
    await deleteRecord(db, 'statements', 'st-1');
    await deleteRecord(db, 'statements', 'mine-1');
    expect(await db.statements.get('st-1')).toMatchObject({ deleted: true });
    expect(await db.statements.get('mine-1')).toBeUndefined();
    await deleteRecord(db, 'statements', 'st-3');
    await deleteRecord(db, 'claims', 'us-weapons');
    expect(await db.claims.get('us-weapons')).toMatchObject({ deleted: true });
  });
});

describe('queries', () => {
  it('loads only live records for the engine', async () => {
    const db = await installed();
    await deleteRecord(db, 'statements', 'st-2');
    const corpus = await loadCorpus(db);
    expect(corpus.statements.map((s) => s.id)).toEqual(['st-1', 'st-3']);
    expect(corpus.actors).toHaveLength(2);
    expect(corpus.topics).toHaveLength(1);
  });

  it('searches by claim, stance, actor, text, origin and date, newest first (a year sorts as its start), paged', async () => {
    const db = await installed();
    await putStatement(db, mine);
    const ids = async (q: Parameters<typeof searchStatements>[1]) => (await searchStatements(db, q)).items.map((s) => s.id);
    const page = { offset: 0, limit: 10 };
    expect(await ids({ ...page, claimId: 'safe-havens' })).toEqual(['mine-1', 'st-3', 'st-1', 'st-2']);
    expect(await ids({ ...page, claimId: 'safe-havens', stance: 'denies' })).toEqual(['st-1']);
    expect(await ids({ ...page, claimId: 'us-weapons', stance: 'denies' })).toEqual([]);
    expect(await ids({ ...page, actorId: 'mujahid' })).toEqual(['st-1']);
    expect(await ids({ ...page, text: 'SAFE heavens' })).toEqual(['mine-1']);
    expect(await ids({ ...page, origin: 'user' })).toEqual(['mine-1']);
    // "2023" (a year) overlaps March 2023; "2023-02-10" does not.
    expect(await ids({ ...page, from: '2023-03', to: '2023-12-31' })).toEqual(['st-2']);
    expect(await ids({ ...page, from: '2024' })).toEqual(['mine-1', 'st-3']);
    const second = await searchStatements(db, { offset: 1, limit: 2 });
    expect(second).toMatchObject({ total: 4 });
    expect(second.items.map((s) => s.id)).toEqual(['st-3', 'st-1']);
  });

  it('counts live, user, edited and deleted records', async () => {
    const db = await installed();
    await putStatement(db, mine);
    await putActor(db, { ...packV1().actors[0]!, role: 'Spokesman' });
    await deleteRecord(db, 'statements', 'st-1');
    expect(await counts(db)).toEqual({ actors: 2, claims: 2, statements: 3, user: 1, edited: 1, deleted: 1 });
  });
});

describe('edits from the UI', () => {
  it('accepts a row read from the database back, and rejects malformed input without throwing a TypeError', async () => {
    const db = await installed();
    const row = (await db.actors.get('ispr'))!;
    await putActor(db, { ...row, role: 'Military media wing' });
    expect(await db.actors.get('ispr')).toMatchObject({ role: 'Military media wing', edited: true, origin: 'bundled' });
    const bad = { ...mine, stances: 'safe-havens' } as unknown as Statement;
    await expect(putStatement(db, bad)).rejects.toThrow(/field "stances": must be a list/);
  });
});
