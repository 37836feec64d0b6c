/**
 * The reading memory: what a page read keeps, how the same remark read on several sites stays
 * one remark, the limit that drops the oldest first and says so, forgetting, and a confirmed
 * remark becoming the reader's own statement.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb, packV1 } from './fixtures';
import { installBundledPack } from '../../src/db/bundled';
import { keepRead, READING_COUNT_KEY, remarkKey, type ReadQuote } from '../../src/db/reading-keep';
import { listReading, readingDropped, readingOnClaim, readingSites } from '../../src/db/reading-query';
import { confirmRemark, forgetReading, removeRemark } from '../../src/db/reading-edit';

const asserts = (text: string, actorId = 'ispr', speaker = 'ISPR'): ReadQuote => ({
  actorId,
  speaker,
  text,
  claims: [{ claimId: 'safe-havens', stance: 'asserts', stanceFrom: 'words' }],
});
const page = (url: string, extra: { outlet?: string; date?: string } = {}) => ({ url, title: `Title of ${url}`, ...extra });
const DAY = 86_400_000;

describe('keeping what was read', () => {
  it('keeps each quote verbatim with the page, its claims marked as the machine gave them, and the time read', async () => {
    const db = await freshDb();
    const r = await keepRead(db, page('https://dawn.example/a#top', { outlet: 'Dawn', date: '2026-01-02' }), [asserts('“They hide over there,” he said')], 1000);
    expect(r).toEqual({ added: 1, merged: 0, dropped: 0 });
    const [row] = await db.reading.toArray();
    expect(row).toMatchObject({
      actorId: 'ispr',
      quote: '“They hide over there,” he said',
      claims: [{ claimId: 'safe-havens', stance: 'asserts', stanceFrom: 'words' }],
      sources: [{ url: 'https://dawn.example/a', title: 'Title of https://dawn.example/a#top', outlet: 'Dawn', date: '2026-01-02', readAt: 1000 }],
      firstReadAt: 1000,
      readAt: 1000,
      sites: ['dawn.example'],
    });
    expect(row!.claims[0]).not.toHaveProperty('byReader');
  });

  it('the same remark read on two sites is one remark with two sources; the first text read is the one kept', async () => {
    const db = await freshDb();
    await keepRead(db, page('https://dawn.example/a'), [asserts('They hide over there.')], 1000);
    const r = await keepRead(db, page('https://geo.example/b'), [asserts('they   HIDE over there')], 2000);
    expect(r).toEqual({ added: 0, merged: 1, dropped: 0 });
    const rows = await db.reading.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.quote).toBe('They hide over there.');
    expect(rows[0]!.sources.map((s) => s.url)).toEqual(['https://dawn.example/a', 'https://geo.example/b']);
    expect(rows[0]!.sites).toEqual(['dawn.example', 'geo.example']);
    expect(rows[0]!.readAt).toBe(2000);
    // Read again on the same page: still one source, read later.
    await keepRead(db, page('https://dawn.example/a'), [asserts('They hide over there.')], 3000);
    const again = (await db.reading.toArray())[0]!;
    expect(again.sources.map((s) => [s.url, s.readAt])).toEqual([
      ['https://geo.example/b', 2000],
      ['https://dawn.example/a', 3000],
    ]);
    // The same words from another speaker are another remark; a page repeating a remark keeps it once.
    await keepRead(db, page('https://x.example/c'), [asserts('They hide over there.', 'mujahid', 'Zabihullah Mujahid'), asserts('They hide over there!', 'mujahid', 'Zabihullah Mujahid')], 4000);
    expect(await db.reading.count()).toBe(2);
    expect(remarkKey('ispr', '“They hide—over there.”')).toBe('ispr|they hide over there');
  });

  it('past the limit the least recently read go first, and the drop is noted for the options page', async () => {
    const db = await freshDb();
    for (let i = 0; i < 5; i++) await keepRead(db, page(`https://a.example/${i}`), [asserts(`Remark number ${i}`)], 1000 + i, 3);
    expect(await db.reading.count()).toBe(3);
    expect((await listReading(db, { offset: 0, limit: 10 })).items.map((r) => r.quote)).toEqual(['Remark number 4', 'Remark number 3', 'Remark number 2']);
    expect(await readingDropped(db)).toEqual({ count: 2, at: 1004 });
    // Reading an old remark again keeps it: it is now the most recent.
    await keepRead(db, page('https://b.example/x'), [asserts('Remark number 2')], 2000, 3);
    await keepRead(db, page('https://b.example/y'), [asserts('Remark number 5')], 2001, 3);
    expect((await listReading(db, { offset: 0, limit: 10 })).items.map((r) => r.quote)).toEqual(['Remark number 5', 'Remark number 2', 'Remark number 4']);
    expect((await readingDropped(db))?.count).toBe(3);
  });
});

describe('the count the limit goes by', () => {
  it('stays right across a removal, a forgotten site and reads that add nothing new', async () => {
    const db = await freshDb();
    for (let i = 0; i < 3; i++) await keepRead(db, page(`https://a.example/${i}`), [asserts(`Remark number ${i}`)], 1000 + i, 3);
    await removeRemark(db, (await db.reading.orderBy('readAt').first())!.id);
    await keepRead(db, page('https://b.example/again'), [asserts('Remark number 2')], 2000, 3);
    expect(await keepRead(db, page('https://a.example/5'), [asserts('Remark number 5')], 2001, 3)).toMatchObject({ added: 1, dropped: 0 });
    expect(await keepRead(db, page('https://a.example/6'), [asserts('Remark number 6')], 2002, 3)).toMatchObject({ added: 1, dropped: 1 });
    expect(await db.reading.count()).toBe(3);
    await forgetReading(db, { kind: 'site', site: 'b.example' });
    expect(await keepRead(db, page('https://c.example/7'), [asserts('Remark number 7')], 2003, 3)).toMatchObject({ added: 1, dropped: 1 });
    expect(await db.reading.count()).toBe(3);
    await forgetReading(db, { kind: 'period', from: 2003, to: 2004 });
    expect((await db.meta.get(READING_COUNT_KEY))?.value).toBe(2);
    await forgetReading(db, { kind: 'all' });
    await keepRead(db, page('https://c.example/8'), [asserts('Remark number 8')], 2005, 3);
    expect((await db.meta.get(READING_COUNT_KEY))?.value).toBe(await db.reading.count());
  });
});

describe('what the sidebar is shown', () => {
  it('remarks on a claim, newest first, never those of the page being read or already made the reader’s own', async () => {
    const db = await freshDb();
    await keepRead(db, page('https://a.example/1'), [asserts('First remark')], 1000);
    await keepRead(db, page('https://a.example/2'), [asserts('Second remark')], 2000);
    await keepRead(db, page('https://a.example/3'), [{ ...asserts('Another claim'), claims: [{ claimId: 'us-weapons', stance: 'asserts' }] }], 3000);
    expect((await readingOnClaim(db, 'safe-havens')).map((r) => r.quote)).toEqual(['Second remark', 'First remark']);
    expect((await readingOnClaim(db, 'safe-havens', { url: 'https://a.example/2#x' })).map((r) => r.quote)).toEqual(['First remark']);
    expect((await readingOnClaim(db, 'safe-havens', { keys: new Set([remarkKey('ispr', 'first remark')]) })).map((r) => r.quote)).toEqual(['Second remark']);
    expect((await readingOnClaim(db, 'safe-havens', {}, 1)).map((r) => r.quote)).toEqual(['Second remark']);
    expect(await readingOnClaim(db, 'safe')).toEqual([]);
  });
});

describe('keeping it honest', () => {
  it('searches, removes one remark and lists sites', async () => {
    const db = await freshDb();
    await keepRead(db, page('https://dawn.example/1'), [asserts('The havens are across the border')], 1000);
    await keepRead(db, page('https://geo.example/2'), [asserts('Nothing to do with us', 'mujahid', 'Zabihullah Mujahid')], 2000);
    expect((await listReading(db, { text: 'border hav', offset: 0, limit: 10 })).items.map((r) => r.quote)).toEqual(['The havens are across the border']);
    expect((await listReading(db, { text: 'mujahid', offset: 0, limit: 10 })).total).toBe(1);
    expect(await readingSites(db)).toEqual(['dawn.example', 'geo.example']);
    const id = (await db.reading.toArray())[0]!.id;
    await removeRemark(db, id);
    expect(await db.reading.count()).toBe(1);
  });

  it('forgets everything, one site (keeping a remark’s other sites) or a period', async () => {
    const db = await freshDb();
    await keepRead(db, page('https://dawn.example/1'), [asserts('Read on two sites')], 1 * DAY);
    await keepRead(db, page('https://geo.example/1'), [asserts('Read on two sites')], 2 * DAY);
    await keepRead(db, page('https://dawn.example/2'), [asserts('Only on Dawn')], 3 * DAY);
    await keepRead(db, page('https://voa.example/1'), [asserts('Only on VOA')], 10 * DAY);
    expect(await forgetReading(db, { kind: 'site', site: 'dawn.example' })).toBe(1);
    const two = (await listReading(db, { text: 'two sites', offset: 0, limit: 5 })).items[0]!;
    expect(two.sources.map((s) => s.url)).toEqual(['https://geo.example/1']);
    expect(two.sites).toEqual(['geo.example']);
    expect(await readingSites(db)).toEqual(['geo.example', 'voa.example']);
    expect(await forgetReading(db, { kind: 'period', from: 0, to: 5 * DAY })).toBe(1);
    expect((await listReading(db, { offset: 0, limit: 5 })).items.map((r) => r.quote)).toEqual(['Only on VOA']);
    await keepRead(db, page('https://a.example/1'), [asserts('x y z')], 11 * DAY, 1);
    expect(await readingDropped(db)).toBeDefined();
    expect(await forgetReading(db, { kind: 'all' })).toBe(1);
    expect(await db.reading.count()).toBe(0);
    expect(await readingDropped(db)).toBeUndefined();
  });

  it('a confirmed or corrected remark becomes the reader’s own statement, verbatim, and leaves the sidebar’s reading group', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    const day = Date.parse('2026-02-03T12:00:00Z');
    await keepRead(db, page('https://dawn.example/1', { outlet: 'Dawn', date: '2026-02-03' }), [asserts('They are sheltered across the border.')], day);
    const row = (await db.reading.toArray())[0]!;
    const saved = await confirmRemark(db, row.id, [{ claimId: 'safe-havens', stance: 'disputes' }], 'user-from-reading');
    expect(saved).toMatchObject({
      id: 'user-from-reading',
      origin: 'user',
      actorId: 'ispr',
      quote: 'They are sheltered across the border.',
      date: '2026-02-03',
      sources: [{ url: 'https://dawn.example/1', outlet: 'Dawn', title: 'Title of https://dawn.example/1' }],
      stances: [{ claimId: 'safe-havens', stance: 'disputes' }],
    });
    const after = (await db.reading.get(row.id))!;
    expect(after.statementId).toBe('user-from-reading');
    expect(after.claims).toEqual([{ claimId: 'safe-havens', stance: 'disputes', byReader: true }]);
    expect(await readingOnClaim(db, 'safe-havens')).toEqual([]);
    // Read again: the reader's claims stay, and confirming again updates the same statement.
    await keepRead(db, page('https://geo.example/2'), [asserts('They are sheltered across the border.')], day + DAY);
    expect((await db.reading.get(row.id))!.claims).toEqual(after.claims);
    await confirmRemark(db, row.id, [{ claimId: 'safe-havens', stance: 'disputes' }], 'another-id');
    expect((await db.statements.get('user-from-reading'))!.sources).toHaveLength(2);
    expect(await db.statements.get('another-id')).toBeUndefined();
  });

  it('a remark whose speaker left the corpus is refused with a reason, and nothing changes', async () => {
    const db = await freshDb();
    await installBundledPack(db, packV1());
    await keepRead(db, page('https://dawn.example/1'), [asserts('Words of nobody we know.', 'gone', 'Someone')], 1000);
    const row = (await db.reading.toArray())[0]!;
    await expect(confirmRemark(db, row.id, [{ claimId: 'safe-havens', stance: 'asserts' }], 'user-x')).rejects.toThrow(/cannot be saved/);
    expect((await db.reading.get(row.id))!.statementId).toBeUndefined();
    expect(await db.statements.get('user-x')).toBeUndefined();
  });
});
