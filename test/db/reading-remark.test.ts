/**
 * One remark, several sources, in the reading memory: outlets' small differences in printing a
 * remark (punctuation, quote marks, case, spacing, abbreviation dots, digit groups) still make
 * one remark, each page's words kept verbatim; a different word, or the same words said weeks
 * apart, never do. Exported apart from the corpus or with it, and confirmed into the corpus, a
 * remark read on several sites is one remark in the pack's terms, and the pack validator accepts
 * the file. Test remarks are written for this test.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb, packV1 } from './fixtures';
import { installBundledPack } from '../../src/db/bundled';
import { foldRemark, keepRead, remarkKey, type ReadQuote } from '../../src/db/reading-keep';
import { readingPack, FROM_READING, MACHINE_ASSIGNED } from '../../src/db/reading-export';
import { confirmRemark, forgetReading } from '../../src/db/reading-edit';
import { exportPack } from '../../src/db/import-export';
import { validatePack } from '../../src/core/pack-validate';
import type { CounterpointDB } from '../../src/db/schema';

const quote = (text: string, actorId = 'ispr', speaker = 'ISPR'): ReadQuote => ({
  actorId,
  speaker,
  text,
  claims: [{ claimId: 'safe-havens', stance: 'asserts', stanceFrom: 'words' }],
});
const at = (date: string) => Date.parse(`${date}T10:00:00Z`);
const read = (db: CounterpointDB, url: string, date: string | undefined, q: ReadQuote, readAt: number) =>
  keepRead(db, { url, title: `Report at ${url}`, outlet: new URL(url).hostname, ...(date ? { date } : {}) }, [q], readAt);

const WORDS = 'The U.S. knows that 5,000 fighters shelter over the border, and so does Kabul.';

describe('one remark, several sites', () => {
  it('outlets printing it with other punctuation, quote marks, case, spacing, dots and digit groups read as one remark', () => {
    const key = remarkKey('ispr', WORDS);
    for (const variant of [
      '“The US knows that 5000 fighters shelter over the border — and so does Kabul”',
      'the U.S. knows that 5\u202f000 fighters shelter over the border,  and so does kabul...',
      "'The US knows that 5.000 fighters shelter over the border and so does Kabul,'",
      'The U.S. KNOWS that 5,000 fighters shelter over the border, and so does Kabul.',
    ])
      expect(remarkKey('ispr', variant)).toBe(key);
  });

  it('a different word, the pronoun "us" for "U.S.", or another number are another remark', () => {
    const key = remarkKey('ispr', WORDS);
    expect(remarkKey('ispr', WORDS.replace('knows', 'knew'))).not.toBe(key);
    expect(remarkKey('ispr', WORDS.replace('5,000', '500'))).not.toBe(key);
    expect(foldRemark('They attack U.S. posts')).not.toBe(foldRemark('They attack us posts'));
    expect(foldRemark('They attack US posts')).toBe(foldRemark('They attack U.S. posts'));
    expect(remarkKey('mujahid', WORDS)).not.toBe(key);
  });

  it('keeps one row with every page, and each page’s own words where they differ', async () => {
    const db = await freshDb();
    await read(db, 'https://dawn.example/a', '2026-03-02', quote(WORDS), at('2026-03-02'));
    const other = '“The US knows that 5000 fighters shelter over the border — and so does Kabul”';
    const r = await read(db, 'https://geo.example/b', '2026-03-03', quote(other), at('2026-03-03'));
    await read(db, 'https://tolo.example/c', '2026-03-03', quote(WORDS), at('2026-03-04'));
    expect(r).toEqual({ added: 0, merged: 1, dropped: 0 });
    const rows = await db.reading.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.quote).toBe(WORDS);
    expect(rows[0]!.sources.map((s) => [s.url, s.quote])).toEqual([
      ['https://dawn.example/a', undefined],
      ['https://geo.example/b', other],
      ['https://tolo.example/c', undefined],
    ]);
  });

  it('forgetting the pages that printed the kept words leaves a page’s own words as the remark’s', async () => {
    const db = await freshDb();
    await read(db, 'https://dawn.example/a', '2026-03-02', quote(WORDS), at('2026-03-02'));
    const other = `“${WORDS.toLowerCase()}”`;
    await read(db, 'https://geo.example/b', '2026-03-03', quote(other), at('2026-03-03'));
    await read(db, 'https://tolo.example/c', '2026-03-03', quote(other), at('2026-03-04'));
    expect(await forgetReading(db, { kind: 'site', site: 'dawn.example' })).toBe(0);
    const [row] = await db.reading.toArray();
    expect(row!.quote).toBe(other);
    expect(row!.sources.map((s) => [s.url, s.quote])).toEqual([
      ['https://geo.example/b', undefined],
      ['https://tolo.example/c', undefined],
    ]);
  });

  it('the same words said again weeks later are another remark, and later reports join the right one', async () => {
    const db = await freshDb();
    await read(db, 'https://dawn.example/jan', '2026-01-10', quote(WORDS), at('2026-01-10'));
    const r = await read(db, 'https://dawn.example/mar', '2026-03-20', quote(WORDS), at('2026-03-20'));
    expect(r).toEqual({ added: 1, merged: 0, dropped: 0 });
    await read(db, 'https://geo.example/jan', '2026-01-12', quote(WORDS), at('2026-03-21'));
    await read(db, 'https://geo.example/mar', '2026-03-21', quote(WORDS), at('2026-03-22'));
    // An undated page read in February can only be the January remark's.
    await read(db, 'https://blog.example/undated', undefined, quote(WORDS), at('2026-02-01'));
    const rows = (await db.reading.toArray()).sort((a, b) => a.firstReadAt - b.firstReadAt);
    expect(rows.map((row) => row.sources.map((s) => s.url).sort())).toEqual([
      ['https://blog.example/undated', 'https://dawn.example/jan', 'https://geo.example/jan'],
      ['https://dawn.example/mar', 'https://geo.example/mar'],
    ]);
    expect(new Set(rows.map((row) => row.id)).size).toBe(2);
  });

  it('a row kept before abbreviation dots were folded takes a later report, and the new key', async () => {
    const db = await freshDb();
    await read(db, 'https://dawn.example/a', '2026-03-02', quote(WORDS), at('2026-03-02'));
    // As a row was keyed before: "U.S." as two words.
    const [row] = await db.reading.toArray();
    await db.reading.put({ ...row!, key: 'ispr|the u s knows that 5 000 fighters shelter over the border and so does kabul' });
    await read(db, 'https://geo.example/b', '2026-03-02', quote(WORDS), at('2026-03-03'));
    const rows = await db.reading.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).toBe(remarkKey('ispr', WORDS));
    expect(rows[0]!.sources).toHaveLength(2);
  });
});

/** A memory holding a remark read on three sites in two wordings, one of an unlisted speaker, and one confirmed. */
async function memory(): Promise<CounterpointDB> {
  const db = await freshDb();
  await installBundledPack(db, packV1());
  await read(db, 'https://dawn.example/a', '2026-03-02', quote(WORDS), at('2026-03-02'));
  await read(db, 'https://geo.example/b', '2026-03-03', quote(`“${WORDS.toLowerCase()}”`), at('2026-03-03'));
  await read(db, 'https://tolo.example/c', '2026-03-03', quote(WORDS), at('2026-03-04'));
  await read(
    db,
    'https://voa.example/d',
    '2026-03-05',
    quote('Nobody shelters anyone here.', 'unlisted:rahim-gul', 'Rahim Gul'),
    at('2026-03-05'),
  );
  await read(
    db,
    'https://dawn.example/e',
    '2026-03-06',
    quote('We will answer every raid.', 'mujahid', 'Zabihullah Mujahid'),
    at('2026-03-06'),
  );
  const mine = (await db.reading.toArray()).find((r) => r.actorId === 'mujahid')!;
  await confirmRemark(db, mine.id, [{ claimId: 'safe-havens', stance: 'denies' }], 'user-mine');
  return db;
}

describe('the memory as a pack', () => {
  it('apart from the corpus: one remark with several sources, its wordings sharing a remark id; the validator accepts it', async () => {
    const db = await memory();
    const { pack, remarks, leftOut } = await readingPack(db, { withCorpus: false });
    expect(validatePack(pack)).toEqual([]);
    expect([remarks, leftOut]).toEqual([3, 0]);
    const ispr = pack.statements.filter((s) => s.actorId === 'ispr');
    expect(ispr.map((s) => [s.quote, s.sources.map((x) => x.url)])).toEqual([
      [WORDS, ['https://dawn.example/a', 'https://tolo.example/c']],
      [`“${WORDS.toLowerCase()}”`, ['https://geo.example/b']],
    ]);
    expect(new Set(ispr.map((s) => s.remark)).size).toBe(1);
    expect(ispr[0]!.remark).toMatch(/^ispr-2026-03-02-[0-9a-f]{8}$/);
    expect(ispr.map((s) => s.date)).toEqual(['2026-03-02', '2026-03-02']);
    expect(ispr[0]!.keywords).toEqual([FROM_READING, MACHINE_ASSIGNED]);
    // A speaker the article named is a person of the pack, by the name written; a confirmed remark is no longer machine-assigned.
    expect(pack.actors.find((a) => a.name === 'Rahim Gul')).toEqual({
      id: 'rahim-gul',
      name: 'Rahim Gul',
      aliases: [],
      kind: 'person',
    });
    expect(pack.statements.find((s) => s.actorId === 'mujahid')!.keywords).toEqual([FROM_READING]);
    // Only the records the remarks need.
    expect(pack.claims.map((c) => c.id)).toEqual(['safe-havens']);
    expect(pack.statements.some((s) => s.id.startsWith('st-'))).toBe(false);
  });

  it('with the corpus: every corpus record, the remarks not yet the reader’s own, and still valid', async () => {
    const db = await memory();
    const corpus = await exportPack(db);
    const { pack, remarks } = await readingPack(db, { withCorpus: true });
    expect(validatePack(pack)).toEqual([]);
    expect(remarks).toBe(2);
    expect(pack.statements.slice(0, corpus.statements.length)).toEqual(corpus.statements);
    // The confirmed remark is in the corpus once, as the reader's statement.
    expect(pack.statements.filter((s) => s.quote === 'We will answer every raid.').map((s) => s.id)).toEqual(['user-mine']);
    expect(pack.statements.filter((s) => s.keywords?.includes(FROM_READING))).toHaveLength(3);
  });

  it('a remark whose claims all left the corpus is left out, and counted', async () => {
    const db = await memory();
    const row = (await db.reading.toArray()).find((r) => r.actorId === 'ispr')!;
    await db.reading.put({ ...row, claims: [{ claimId: 'gone-claim', stance: 'asserts' }] });
    const { pack, remarks, leftOut } = await readingPack(db, { withCorpus: false });
    expect([remarks, leftOut]).toEqual([2, 1]);
    expect(validatePack(pack)).toEqual([]);
  });
});

describe('confirming a remark read in several wordings', () => {
  it('makes one statement per wording, verbatim, sharing a remark id, and the corpus stays a valid pack', async () => {
    const db = await memory();
    const row = (await db.reading.toArray()).find((r) => r.actorId === 'ispr')!;
    await confirmRemark(db, row.id, [{ claimId: 'safe-havens', stance: 'asserts' }], 'user-ispr');
    const [one, two] = [await db.statements.get('user-ispr'), await db.statements.get('user-ispr-2')];
    expect(one).toMatchObject({
      quote: WORDS,
      date: '2026-03-02',
      sources: [{ url: 'https://dawn.example/a' }, { url: 'https://tolo.example/c' }],
    });
    expect(two).toMatchObject({
      quote: `“${WORDS.toLowerCase()}”`,
      date: '2026-03-02',
      sources: [{ url: 'https://geo.example/b' }],
    });
    expect(one!.remark).toBeDefined();
    expect(two!.remark).toBe(one!.remark);
    expect(validatePack(await exportPack(db))).toEqual([]);
  });

  it('a speaker the article named becomes the reader’s own actor, by the name written', async () => {
    const db = await memory();
    const row = (await db.reading.toArray()).find((r) => r.actorId.startsWith('unlisted:'))!;
    const saved = await confirmRemark(db, row.id, [{ claimId: 'safe-havens', stance: 'denies' }], 'user-gul');
    expect(saved).toMatchObject({ actorId: 'rahim-gul', quote: 'Nobody shelters anyone here.' });
    expect(await db.actors.get('rahim-gul')).toMatchObject({ name: 'Rahim Gul', kind: 'person', origin: 'user' });
  });
});
