import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb, packV1 } from './fixtures';
import { installBundledPack } from '../../src/db/bundled';
import { deleteRecord, putActor, putStatement } from '../../src/db/edits';
import { searchStatements } from '../../src/db/queries';

async function installed() {
  const db = await freshDb();
  await installBundledPack(db, packV1());
  return db;
}

const ids = async (db: Awaited<ReturnType<typeof installed>>, text: string, extra: { from?: string; to?: string } = {}) =>
  (await searchStatements(db, { text, ...extra, offset: 0, limit: 100 })).items.map((s) => s.id).sort();

describe('searchStatements by speaker', () => {
  it('finds every statement of an actor by a part of the name, case and accents ignored', async () => {
    const db = await installed();
    expect(await ids(db, 'mujahid')).toEqual(['st-1']);
    expect(await ids(db, 'MUJÄHID')).toEqual(['st-1']);
    expect(await ids(db, 'ispr')).toEqual(['st-2', 'st-3']);
  });

  it('matches aliases, and combines a speaker word with words of the text', async () => {
    const db = await installed();
    expect(await ids(db, 'Zabiullah')).toEqual(['st-1']);
    expect(await ids(db, 'inter-services')).toEqual(['st-2', 'st-3']);
    expect(await ids(db, 'ispr weapons')).toEqual(['st-3']);
    expect(await ids(db, 'mujahid weapons')).toEqual([]);
  });

  it('follows alias edits, ignores deleted actors and keeps the date filter', async () => {
    const db = await installed();
    await putActor(db, { ...packV1().actors[0]!, aliases: ['Zabehullah Mojahed'] });
    expect(await ids(db, 'mojahed')).toEqual(['st-1']);
    expect(await ids(db, 'Zabiullah')).toEqual([]);
    expect(await ids(db, 'ispr', { from: '2023-01', to: '2023-12' })).toEqual(['st-2']);
    await putActor(db, { id: 'lone', name: 'Lone Voice', aliases: [], kind: 'person' });
    await putStatement(db, { ...packV1().statements[0]!, id: 'lone-1', actorId: 'lone' });
    expect(await ids(db, 'lone voice')).toEqual(['lone-1']);
    await deleteRecord(db, 'statements', 'lone-1');
    await deleteRecord(db, 'actors', 'lone');
    expect(await ids(db, 'lone voice')).toEqual([]);
  });
});
