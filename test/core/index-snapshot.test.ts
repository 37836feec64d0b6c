/**
 * The index restored from a snapshot (what a fresh service worker reads from IndexedDB) makes
 * exactly the choices of the index built from the statements, on every labelled page, and
 * reads only the statements it shows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { isSnapshot, SNAPSHOT_SLICE_ROWS, type IndexSnapshot } from '../../src/core/index-snapshot';
import type { Analysis } from '../../src/core/analysis';
import type { Pack, Statement } from '../../src/core/pack-schema';
import { loadRuns, type FixtureRun } from '../../scripts/quality-lib';
import { seed } from '../helpers/seeds';
import { syntheticPack } from '../../scripts/bench/synthetic';

const pack = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/packs/pak-afghan-security.json'), 'utf8'),
) as Pack;
const byId = new Map(pack.statements.map((s) => [s.id, s]));
const header = { topic: pack.topic, actors: pack.actors, claims: pack.claims };

/** A reader of statements by id, as the database gives them, that counts what it was asked for. */
function reader() {
  const asked: string[] = [];
  const read = async (ids: string[]): Promise<Statement[]> => {
    asked.push(...ids);
    return ids.flatMap((id) => byId.get(id) ?? []);
  };
  return { read, asked };
}

const withoutTime = (a: Analysis) => ({ ...a, elapsedMs: 0 });

let runs: FixtureRun[];
let snapshot: IndexSnapshot;

beforeAll(async () => {
  const built = new Engine(pack);
  runs = await loadRuns(built);
  // Through the structured clone, as IndexedDB stores and hands it back.
  snapshot = structuredClone(built.snapshot());
}, 60_000);

describe('an index restored from its snapshot', () => {
  it('answers every labelled page exactly as the index built from the statements', async () => {
    const restored = new Engine({ ...header, index: snapshot });
    const { read } = reader();
    let quotes = 0;
    for (const run of runs) {
      const answer = await restored.analyseReading(run.text, read);
      expect(withoutTime(answer), run.slug).toEqual(withoutTime(run.analysis));
      quotes += answer.quotes.length;
    }
    expect(quotes).toBeGreaterThan(40);
  });

  it('answers a selected snippet the same way too', async () => {
    const text = 'The Taliban deny that TTP fighters operate from Afghan soil.';
    const restored = new Engine({ ...header, index: snapshot });
    const answer = await restored.analyseReading(text, reader().read, { snippet: true });
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(withoutTime(answer)).toEqual(withoutTime(new Engine(pack).analyse(text, { snippet: true })));
  });

  it('reads only the statements it shows, and none twice', async () => {
    const restored = new Engine({ ...header, index: snapshot });
    const { read, asked } = reader();
    const first = await restored.analyseReading(seed('003'), read);
    const shown = new Set(first.quotes.flatMap((q) => q.related.flatMap((r) => [r.statementId])));
    expect(shown.size).toBeGreaterThan(0);
    expect(asked.length).toBeLessThan(pack.statements.length / 2);
    expect(new Set(asked).size).toBe(asked.length);
    for (const id of shown) expect(asked).toContain(id);
    const before = asked.length;
    await restored.analyseReading(seed('003'), read);
    expect(asked.length).toBe(before);
  });

  it('drops a related statement the database no longer holds, and a quote left with none', async () => {
    const restored = new Engine({ ...header, index: snapshot });
    const full = await restored.analyseReading(seed('003'), reader().read);
    const gone = new Set(full.quotes[0]!.related.map((r) => r.statementId));
    const fresh = new Engine({ ...header, index: snapshot });
    const answer = await fresh.analyseReading(seed('003'), async (ids) =>
      ids.filter((id) => !gone.has(id)).flatMap((id) => byId.get(id) ?? []),
    );
    for (const q of answer.quotes) for (const r of q.related) expect(gone.has(r.statementId)).toBe(false);
  });

  it('cannot take a snapshot of its own: it holds no statements', async () => {
    const restored = new Engine({ ...header, index: snapshot });
    expect(() => restored.snapshot()).toThrow(/no statements/);
    await expect(restored.snapshotInSlices(async () => undefined)).rejects.toThrow(/no statements/);
  });
});

describe('a damaged snapshot', () => {
  it('is told apart from a whole one, column by column', () => {
    expect(isSnapshot(snapshot)).toBe(true);
    const s = snapshot;
    const broken: Partial<Record<keyof IndexSnapshot, unknown>>[] = [
      { format: 1 },
      { ids: s.ids.slice(1) },
      { ids: [...s.ids.slice(1), 7] },
      { dates: { ...s.dates, of: s.dates.of.slice(1) } },
      { actors: { ...s.actors, of: Uint32Array.from(s.actors.of, () => s.actors.values.length) } },
      { remarks: { ...s.remarks, values: [] } },
      { quotes: { ...s.quotes, rows: Uint32Array.from(s.quotes.rows, () => s.ids.length) } },
      { stances: { ...s.stances, start: s.stances.start.slice(1) } },
      { stances: { ...s.stances, rows: Uint32Array.from(s.stances.rows, () => 1e6) } },
      { claimRows: { ...s.claimRows, kinds: Uint8Array.from(s.claimRows.kinds, () => 9) } },
      { claimRows: { ...s.claimRows, start: Uint32Array.from(s.claimRows.start).reverse() } },
      { words: { ...s.words, ids: s.words.ids.slice(1) } },
      { words: { ...s.words, start: Array.from(s.words.start) } },
      { tallies: { ...s.tallies, first: Uint32Array.from(s.tallies.first, () => s.ids.length) } },
      { keywordClaims: [['x', [1]]] },
    ];
    for (const patch of broken) expect(isSnapshot({ ...snapshot, ...patch }), Object.keys(patch)[0]).toBe(false);
    expect(isSnapshot(null)).toBe(false);
    expect(() => new Engine({ ...header, index: { ...snapshot, ids: [] } })).toThrow(/Not an index snapshot/);
    // A stray word id is skipped where it is read, not trusted.
    const stray = { ...s, words: { ...s.words, ids: Uint16Array.from(s.words.ids, () => 65535) } };
    expect(isSnapshot(stray)).toBe(true);
    expect(new Engine({ ...header, index: stray }).analyse(seed('003')).topic.onTopic).toBe(true);
  });
});

describe('at scale', () => {
  it('a restored index of 30,000 statements answers as the built one, before and after warming up', async () => {
    const big = syntheticPack(pack, 30_000, (i) => `${2015 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`);
    const ids = new Map(big.statements.map((s) => [s.id, s]));
    const built = new Engine(big);
    const restored = new Engine({ ...header, index: structuredClone(built.snapshot()) });
    const read = async (list: string[]) => list.flatMap((id) => ids.get(id) ?? []);
    const text = seed('003');
    expect(withoutTime(await restored.analyseReading(text, read))).toEqual(withoutTime(built.analyse(text)));
    expect(built.warmUp()).toBeGreaterThan(0);
    expect(restored.warmUp()).toBeGreaterThan(0);
    expect(withoutTime(await restored.analyseReading(text, read))).toEqual(withoutTime(built.analyse(text)));
  });

  it('a snapshot taken in slices is the same snapshot, and the engine answers between the slices', async () => {
    const big = syntheticPack(pack, 30_000);
    const built = new Engine(big);
    const whole = built.snapshot();
    const text = seed('003');
    const expected = withoutTime(built.analyse(text));
    let pauses = 0;
    const sliced = await built.snapshotInSlices(async () => {
      pauses++;
      // A page's question, answered while the snapshot is half taken.
      if (pauses === 3) expect(withoutTime(built.analyse(text))).toEqual(expected);
    });
    expect(pauses).toBe(Math.floor(30_000 / SNAPSHOT_SLICE_ROWS));
    expect(sliced).toEqual(whole);
  });
});
