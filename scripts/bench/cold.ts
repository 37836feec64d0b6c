/**
 * One cold start, run in a fresh Node process (a fresh isolate, as a service worker restarted by
 * the browser). Prints one JSON line of milliseconds.
 *  - `restore` (what the extension does when its snapshot is current): read the index snapshot
 *    (v8.deserialize: the structured clone IndexedDB uses) with the actors, claims and topic,
 *    restore the engine, answer one article, reading the statements it shows by id.
 *  - `rebuild` (no snapshot yet): parse the whole corpus from JSON, build the engine, answer.
 * Usage: node --import tsx scripts/bench/cold.ts restore|rebuild <dir> <article.txt>
 * `<dir>` holds corpus.json (topic, actors, claims, statements), header.json (the same without
 * the statements) and snapshot.bin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deserialize } from 'node:v8';
import type { Corpus } from '../../src/core/engine';
import type { IndexSnapshot } from '../../src/core/index-snapshot';

const [mode, dir, articlePath] = process.argv.slice(2);
if ((mode !== 'restore' && mode !== 'rebuild') || !dir || !articlePath)
  throw new Error('usage: cold.ts restore|rebuild <dir> <article.txt>');
const article = readFileSync(articlePath, 'utf8');
const json = readFileSync(join(dir, 'corpus.json'), 'utf8');
const bytes = mode === 'restore' ? readFileSync(join(dir, 'snapshot.bin')) : undefined;
const header = mode === 'restore' ? readFileSync(join(dir, 'header.json'), 'utf8') : '';
// The statements the answer shows are read by id, as IndexedDB's bulkGet does: set up before the clock.
const byId = mode === 'restore' ? new Map((JSON.parse(json) as Corpus).statements.map((s) => [s.id, s])) : undefined;

const t0 = performance.now();
const { Engine } = await import('../../src/core/engine');
const t1 = performance.now();
let engine: InstanceType<typeof Engine>;
let readMs: number;
let buildMs: number;
if (bytes && byId) {
  const snapshot = deserialize(bytes) as IndexSnapshot;
  const { topic, actors, claims } = JSON.parse(header) as Omit<Corpus, 'statements'>; // read from IndexedDB too
  const t2 = performance.now();
  engine = new Engine({ topic, actors, claims, index: snapshot });
  readMs = t2 - t1;
  buildMs = performance.now() - t2;
} else {
  const corpus = JSON.parse(json) as Corpus;
  const t2 = performance.now();
  engine = new Engine(corpus);
  readMs = t2 - t1;
  buildMs = performance.now() - t2;
}
const t3 = performance.now();
const answer = await engine.analyseReading(article, async (ids) => ids.flatMap((id) => byId?.get(id) ?? []));
const t4 = performance.now();
console.log(
  JSON.stringify({
    mode,
    loadCodeMs: t1 - t0,
    readMs,
    buildMs,
    firstAnalyseMs: t4 - t3,
    firstAnswerMs: t4 - t1,
    quotes: answer.quotes.length,
  }),
);
