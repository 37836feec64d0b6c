/**
 * The options page's search, checked against a plain filter-and-sort of every row on a corpus
 * large enough to take each of its paths: criteria in date order, a common word with more matches
 * than it sorts in memory (ordered by walking the `date` index a year at a time), no criterion,
 * dates given to the year or month, tombstones, and pages deep into the list.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Pack, StanceKind, Statement } from '../../src/core/pack-schema';
import { installBundledPack } from '../../src/db/bundled';
import { deleteRecord, putStatement } from '../../src/db/edits';
import { searchStatements, speakersNamed, type StatementQuery } from '../../src/db/queries';
import { buildSearchIndex, loadSearchIndex, saveSearchIndex, searchIndex } from '../../src/db/search-index';
import { corpusFingerprint } from '../../src/db/queries';
import { splitWords, type CounterpointDB } from '../../src/db/schema';
import { freshDb, packV1 } from './fixtures';

const STANCES: StanceKind[] = ['asserts', 'denies', 'disputes', 'qualifies'];
const WORDS = ['havens', 'weapons', 'border', 'soil', 'attack', 'denial', 'talks', 'ceasefire'];

/** A deterministic corpus: 1,200 statements over 12 years, dates at every precision. */
function bigPack(): Pack {
  const base = packV1();
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const statements: Statement[] = [];
  for (let i = 0; i < 1200; i++) {
    const y = 2014 + rand(12);
    const precision = rand(10);
    const m = String(1 + rand(12)).padStart(2, '0');
    const d = String(1 + rand(28)).padStart(2, '0');
    const date = precision === 0 ? String(y) : precision === 1 ? `${y}-${m}` : `${y}-${m}-${d}`;
    const claimId = base.claims[rand(base.claims.length)]!.id;
    statements.push({
      id: `s-${String(i).padStart(4, '0')}`,
      actorId: base.actors[rand(base.actors.length)]!.id,
      summary: `${WORDS[rand(WORDS.length)]} ${WORDS[rand(WORDS.length)]} statement ${i % 3 === 0 ? 'havens' : 'other'}`,
      date,
      sources: [{ outlet: 'Example', url: `https://example.org/${i}` }],
      stances: [{ claimId, stance: STANCES[rand(4)]! }],
    });
  }
  return { ...base, statements };
}

/** What the search must answer, by reading every row. */
async function reference(db: CounterpointDB, q: StatementQuery): Promise<{ total: number; ids: string[] }> {
  const actors = await db.actors.toArray();
  const start = (d: string) => (d + '-01-01').slice(0, 10);
  const end = (d: string) => (d + '-12-31').slice(0, 10);
  const rows = (await db.statements.toArray()).filter((r) => {
    if (r.deleted) return false;
    if (q.actorId && r.actorId !== q.actorId) return false;
    if (q.claimId && !r.stances.some((s) => s.claimId === q.claimId && (!q.stance || s.stance === q.stance))) return false;
    if (q.stance && !r.stances.some((s) => s.stance === q.stance)) return false;
    if (q.from && end(r.date) < start(q.from)) return false;
    if (q.to && start(r.date) > end(q.to)) return false;
    if (q.origin && r.origin !== q.origin) return false;
    const actor = actors.find((a) => a.id === r.actorId && !a.deleted);
    for (const w of q.text ? splitWords(q.text) : [])
      if (!r.words.some((x) => x.startsWith(w)) && !actor?.aliasKeys.some((k) => k.includes(w))) return false;
    return true;
  });
  rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1));
  return { total: rows.length, ids: rows.slice(q.offset, q.offset + q.limit).map((r) => r.id) };
}

describe('searchStatements on a larger corpus', () => {
  it('answers every path as a filter and sort of every row would', async () => {
    const db = await freshDb();
    await installBundledPack(db, bigPack());
    // Tombstones: bundled statements the user deleted never come back.
    await deleteRecord(db, 'statements', 's-0003');
    await deleteRecord(db, 'statements', 's-0300');
    const queries: Omit<StatementQuery, 'offset' | 'limit'>[] = [
      {},
      { text: 'havens' },
      { text: 'hav' },
      { text: 'weapons border' },
      { text: 'ceasefire' },
      { text: 'mujahid' },
      { actorId: 'ispr' },
      { claimId: 'safe-havens' },
      { stance: 'denies' },
      { stance: 'denies', claimId: 'us-weapons' },
      { from: '2018-06', to: '2020' },
      { from: '2019-03-15' },
      { to: '2016-02' },
      { text: 'havens', from: '2020', to: '2021-06' },
      { text: 'soil', origin: 'bundled' },
    ];
    const index = await buildSearchIndex(db);
    for (const q of queries)
      for (const [offset, limit] of [
        [0, 50],
        [50, 50],
        [400, 50],
        [0, 2000],
      ] as const) {
        const got = await searchStatements(db, { ...q, offset, limit });
        const want = await reference(db, { ...q, offset, limit });
        expect({ q, offset, total: got.total, ids: got.items.map((r) => r.id) }).toEqual({
          q,
          offset,
          total: want.total,
          ids: want.ids,
        });
        // The search index in memory answers the same.
        const words = q.text ? [...new Set(splitWords(q.text))] : [];
        const named = await Promise.all(words.map(async (w) => [w, await speakersNamed(db, w)] as [string, string[]]));
        const rows = searchIndex(index, q, named);
        expect({ q, offset, total: rows.length, ids: rows.slice(offset, offset + limit).map((r) => index.ids[r]) }).toEqual({
          q,
          offset,
          total: want.total,
          ids: want.ids,
        });
      }
  });

  it('stores the search index under the fingerprint of the statements, and refuses it once they change', async () => {
    const db = await freshDb();
    await installBundledPack(db, bigPack());
    const fingerprint = await corpusFingerprint(db);
    const index = await buildSearchIndex(db);
    expect(index.ids).toHaveLength(1200);
    expect(await saveSearchIndex(db, index, fingerprint)).toBe(true);
    expect((await loadSearchIndex(db))?.index.ids).toEqual(index.ids);
    await deleteRecord(db, 'statements', 's-0001');
    expect(await loadSearchIndex(db)).toBeUndefined();
    expect(await saveSearchIndex(db, index, fingerprint)).toBe(false);
    expect((await buildSearchIndex(db)).ids).not.toContain('s-0001');
  });

  it('sees a new statement and a deletion at once, though it keeps counts between searches', async () => {
    const db = await freshDb();
    await installBundledPack(db, bigPack());
    const before = await searchStatements(db, { offset: 0, limit: 5 });
    await putStatement(db, { ...bigPack().statements[0]!, id: 'newest', date: '2030-01-01' });
    const after = await searchStatements(db, { offset: 0, limit: 5 });
    expect(after.total).toBe(before.total + 1);
    expect(after.items[0]!.id).toBe('newest');
    await deleteRecord(db, 'statements', before.items[0]!.id);
    const again = await searchStatements(db, { offset: 0, limit: 5 });
    expect(again.total).toBe(before.total);
    expect(again.items.map((r) => r.id)).not.toContain(before.items[0]!.id);
  });
});
