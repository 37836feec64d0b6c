/**
 * One cold start, run in a fresh Node process (a fresh isolate, as a service worker restarted by
 * the browser): read the corpus as JSON text (what IndexedDB would hand back), build the engine,
 * answer one article. Prints one JSON line of milliseconds.
 * Usage: node --import tsx scripts/bench/cold.ts <corpus.json> <article.txt>
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [corpusPath, articlePath] = process.argv.slice(2);
if (!corpusPath || !articlePath) throw new Error('usage: cold.ts <corpus.json> <article.txt>');
const json = readFileSync(corpusPath, 'utf8');
const article = readFileSync(articlePath, 'utf8');

const t0 = performance.now();
const { Engine } = await import('../../src/core/engine');
const t1 = performance.now();
const corpus = JSON.parse(json) as ConstructorParameters<typeof Engine>[0];
const t2 = performance.now();
const engine = new Engine(corpus);
const t3 = performance.now();
const answer = engine.analyse(article);
const t4 = performance.now();
console.log(
  JSON.stringify({
    loadCodeMs: t1 - t0,
    parseMs: t2 - t1,
    buildMs: t3 - t2,
    firstAnalyseMs: t4 - t3,
    firstAnswerMs: t4 - t1,
    quotes: answer.quotes.length,
  }),
);
