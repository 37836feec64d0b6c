/**
 * `npm run bench`: what Counterpoint costs, measured in one run, then checked against budgets.
 *  1. Page cost in Chromium: main-thread time the extension adds to an off-topic page and to a
 *     5,000-word on-topic article, against the same page with the extension off.
 *  2. Engine vs floor in Chromium: article text extraction + `Engine.analyse` against
 *     Readability's `parse()` of the same page, at 500 / 5,000 / 50,000 words.
 *  3. Engine in Node on the bundled pack, and corpus scale: synthetic corpora of 1,000 / 10,000 /
 *     100,000 statements (index build, memory, matching median/p95 warm, and cold: a fresh
 *     process builds the engine from the corpus's JSON and answers its first article).
 *  4. Sizes of every bundle, raw and gzipped.
 *  5. The reading memory at its limit: 50,000 remembered remarks in Chromium, the sidebar's
 *     lookup of those on a page's claims and the keep after an analysis.
 * Prints tables and a budget table; writes bench-results/bench.json. Build first
 * (`npm run build`). `BENCH_RUNS` sets the page-cost repetitions (default 7); `BENCH_SKIP`
 * (comma list of page,floor,scale,worker,options,memory) skips parts.
 * See docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serialize } from 'node:v8';
import { Engine } from '../src/core/engine';
import type { Pack } from '../src/core/pack-schema';
import { startFixtureServer } from './fixture-server';
import { measurePageCost, type PageCostResult } from './bench/page-cost';
import { measureFloor, type FloorRow } from './bench/engine-floor';
import { articlePage } from './bench/pages';
import { median, round, stats, time } from './bench/stats';
import { syntheticPack } from './bench/synthetic';
import { measureServiceWorkerCold, type SwColdResult } from './bench/sw-cold';
import { measureOptionsScale, optionsScaleTables, type OptionsScaleResult } from './bench/options-scale';
import { measureMemoryScale, type MemoryScaleResult } from './bench/memory-scale';
import { READING_LIMIT } from '../src/db/reading-keep';

const ROOT = resolve(import.meta.dirname, '..');
const pack = JSON.parse(readFileSync(join(ROOT, 'public/packs/pak-afghan-security.json'), 'utf8')) as Pack;
const seed = readFileSync(join(ROOT, 'fixtures/seeds/003_0ea2dc195ae3d401.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .join('\n\n');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
/**
 * Off-topic pages: a plainly off-topic one and a near miss whose title names nothing of the topic
 * (the background reads their text once and its cheap check stops them: no content script runs),
 * and a near miss whose title names Pakistan (read, and watched while it has no article yet).
 */
const OFF_TOPIC = ['offtopic-recipe-chicken-karahi', 'nearmiss-cricket-pcb-selection', 'nearmiss-cricket-women-karachi-series'];

function articleOf(words: number): string {
  const unit = seed.split(/\s+/).length;
  return Array.from({ length: Math.ceil(words / unit) }, () => seed).join('\n\n');
}


const results: Record<string, unknown> = { runs: RUNS };

// 4. Sizes (first: cheap, and it says whether the extension is built).
const ext = join(ROOT, 'extension');
let contentGz = NaN;
if (existsSync(ext)) {
  const files: { file: string; raw: number; gzip: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(name)) {
        const buf = readFileSync(p);
        files.push({ file: p.slice(ext.length + 1), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
      }
    }
  };
  walk(ext);
  contentGz = files.find((f) => f.file === 'content.js')?.gzip ?? NaN;
  results.sizes = files;
  console.log('\nBundle sizes (bytes; gzip -9)');
  console.table(files);
} else {
  console.log('\nNo extension/ folder: run `npm run build` first (sizes and page cost skipped).');
}

// 1 and 2: Chromium.
let pageCost: PageCostResult | undefined;
let floor: FloorRow[] | undefined;
const server = await startFixtureServer();
try {
  if (existsSync(ext) && !SKIP.has('page')) {
    const long = articlePage(5_000);
    server.extra.set('/bench-long-article/', long.html);
    pageCost = await measurePageCost(
      [
        ...OFF_TOPIC.map((slug) => ({ name: `off-topic (${slug})`, url: server.url(slug), highlights: false })),
        {
          name: `on-topic, ${long.words} words (seed-003 repeated)`,
          url: `${server.origin}/bench-long-article/`,
          highlights: true,
        },
      ],
      RUNS,
    );
    results.pageCost = { rows: pageCost.rows, added: pageCost.added, samples: pageCost.samples };
    console.log(`\nPage cost in Chromium, medians of ${RUNS} loads (ms of main-thread time from navigation to settled)`);
    console.table(pageCost.rows);
    console.log(
      'Added by the extension (on − off; ratio on / off). extensionTracedMs: content-script work found in the trace; extensionLongestTaskMs: longest task holding it',
    );
    console.table(pageCost.added);
  }
  if (!SKIP.has('floor')) {
    floor = await measureFloor(server, [500, 5_000, 50_000], (w) => (w >= 50_000 ? 7 : 40));
    results.floor = floor;
    console.log('\nWhole analysis (article text + engine) vs Readability parse() of the same page, in Chromium (ms, medians)');
    console.table(floor);
  }
} finally {
  await server.close();
}

// 3a. Engine in Node on the bundled pack.
const engine = new Engine(pack);
const engineRows: Record<string, unknown>[] = [];
for (const words of [500, 5_000, 50_000]) {
  const text = articleOf(words);
  const s = stats(time(() => engine.analyse(text), words >= 50_000 ? 5 : 20));
  engineRows.push({ words, chars: text.length, ...s });
}
results.engine = engineRows;
console.log('\nEngine time per article in Node (ms), bundled pack');
console.table(engineRows);

// 3b. Corpus scale, warm and cold.
interface ScaleRow {
  statements: number;
  indexBuildMs: number;
  snapshotMs: number;
  snapshotMb: number;
  heapMb: number;
  matchMedianMs: number;
  matchP95Ms: number;
  coldRestoreReadMs: number;
  coldRestoreMs: number;
  coldRestoreFirstAnswerMs: number;
  coldRebuildFirstAnswerMs: number;
  coldRuns: number;
}
const scaleRows: ScaleRow[] = [];
if (!SKIP.has('scale')) {
  const article = articleOf(1_000);
  const tmp = mkdtempSync(join(tmpdir(), 'counterpoint-bench-'));
  const articlePath = join(tmp, 'article.txt');
  writeFileSync(articlePath, article);
  try {
    for (const n of [1_000, 10_000, 100_000]) {
      const synthetic = syntheticPack(pack, n);
      const dir = join(tmp, `corpus-${n}`);
      mkdirSync(dir);
      const header = { topic: synthetic.topic, actors: synthetic.actors, claims: synthetic.claims };
      writeFileSync(join(dir, 'header.json'), JSON.stringify(header));
      writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ ...header, statements: synthetic.statements }));
      global.gc?.();
      const memBefore = process.memoryUsage().heapUsed;
      const t0 = performance.now();
      const big = new Engine(synthetic);
      const buildMs = performance.now() - t0;
      const t1 = performance.now();
      const snapshot = serialize(big.snapshot());
      const snapshotMs = performance.now() - t1;
      writeFileSync(join(dir, 'snapshot.bin'), snapshot);
      const warm = stats(time(() => big.analyse(article), n >= 100_000 ? 20 : 30));
      global.gc?.();
      const memMb = (process.memoryUsage().heapUsed - memBefore) / 1e6;
      // Cold: a fresh Node process (fresh isolate, nothing JIT-compiled), as a restarted worker.
      const coldRuns = 3;
      const cold = (mode: 'restore' | 'rebuild') =>
        Array.from({ length: coldRuns }, () => {
          const out = execFileSync(
            process.execPath,
            ['--import', 'tsx', join(ROOT, 'scripts/bench/cold.ts'), mode, dir, articlePath],
            { cwd: ROOT, encoding: 'utf8', maxBuffer: 1e6 },
          );
          return JSON.parse(out.trim().split('\n').pop()!) as { readMs: number; buildMs: number; firstAnswerMs: number };
        });
      const restore = cold('restore');
      const rebuild = cold('rebuild');
      scaleRows.push({
        statements: n,
        indexBuildMs: round(buildMs),
        snapshotMs: round(snapshotMs),
        snapshotMb: round(snapshot.length / 1e6),
        heapMb: round(memMb),
        matchMedianMs: warm.median,
        matchP95Ms: warm.p95,
        coldRestoreReadMs: round(median(restore.map((c) => c.readMs))),
        coldRestoreMs: round(median(restore.map((c) => c.buildMs))),
        coldRestoreFirstAnswerMs: round(median(restore.map((c) => c.firstAnswerMs))),
        coldRebuildFirstAnswerMs: round(median(rebuild.map((c) => c.firstAnswerMs))),
        coldRuns,
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  results.scale = scaleRows;
  console.log(
    '\nA 1,000-word article against synthetic corpora, in Node (ms; heap and snapshot in MB). Cold = a fresh process, median of 3: restore = deserialize the snapshot + restore + first answer; rebuild = JSON.parse + build + first answer',
  );
  console.table(scaleRows);
}

// 3c. The real thing: a stopped service worker in Chromium, 100,000 statements in IndexedDB.
let swCold: SwColdResult | undefined;
if (existsSync(ext) && !SKIP.has('worker')) {
  swCold = await measureServiceWorkerCold({ statements: 100_000, runs: 5 });
  results.serviceWorkerCold = swCold;
  console.log(
    '\nFirst answer after a stopped service worker in Chromium, 100,000 statements (ms; uptime = since the worker started)',
  );
  console.table([
    { load: 'cold (median)', ...swCold.medians.cold },
    { load: 'warm (median)', ...swCold.medians.warm },
  ]);
}

// Budgets.
const offTopic = pageCost?.added.slice(0, OFF_TOPIC.length);
const gated = offTopic?.slice(0, 2);
// 3d. The options page and the claim page with 100,000 statements in IndexedDB, in Chromium.
let optionsScale: OptionsScaleResult | undefined;
if (existsSync(ext) && !SKIP.has('options')) {
  // BENCH_OPTIONS_N: fewer statements, to try the part quickly (the budgets are for 100,000).
  optionsScale = await measureOptionsScale({ statements: Number(process.env.BENCH_OPTIONS_N ?? 100_000), runs: 3 });
  results.optionsScale = optionsScale;
  console.log('\n' + optionsScaleTables(optionsScale));
}

// 5. The reading memory at its limit, in Chromium.
let memory: MemoryScaleResult | undefined;
if (existsSync(ext) && !SKIP.has('memory')) {
  memory = await measureMemoryScale({ remarks: Number(process.env.BENCH_MEMORY_N ?? READING_LIMIT), runs: 7 });
  results.memory = memory;
  console.log(
    `\nReading memory with ${memory.remarks.toLocaleString('en')} remembered remarks, in Chromium (ms; background's own timing; ${memory.runs} reads after the first)`,
  );
  console.table([
    { read: 'first (counts the table once; adds, drops as many)', ...memory.first },
    { read: 'later (median; each adds, drops as many)', ...memory.medians },
  ]);
}

const nearMiss = offTopic?.[2];
const longPage = pageCost?.added[OFF_TOPIC.length];
const worst = (rows: typeof gated, key: 'extensionTracedMs') => (rows?.length ? Math.max(...rows.map((r) => r[key])) : undefined);
const fiveK = floor?.find((r) => r.words >= 5_000 && r.words < 50_000);
const hundredK = scaleRows.find((r) => r.statements === 100_000);
const extensionLongest = pageCost ? Math.max(...pageCost.added.map((a) => a.extensionLongestTaskMs)) : NaN;
const budget = (name: string, limit: string, value: number | undefined, unit: string, pass: (v: number) => boolean) => ({
  budget: name,
  limit,
  measured: value === undefined || Number.isNaN(value) ? 'not measured' : `${round(value)} ${unit}`,
  result: value === undefined || Number.isNaN(value) ? 'n/a' : pass(value) ? 'PASS' : 'FAIL',
});
const optionsStatements = `${Math.round((optionsScale?.statements ?? 100_000) / 1000)}k`;
const budgets = [
  budget('content script size (gzip)', '≤ 25 KB', contentGz / 1024, 'KB', (v) => v <= 25),
  budget(
    'off-topic pages (one read of their text): extension script time in trace, worst of two',
    '< 1 ms',
    worst(gated, 'extensionTracedMs'),
    'ms',
    (v) => v < 1,
  ),
  budget(
    'near miss naming Pakistan in its title: extension script time in trace',
    '< 1 ms',
    nearMiss?.extensionTracedMs,
    'ms',
    (v) => v < 1,
  ),
  budget(
    'near miss naming Pakistan in its title: ScriptDuration on − off (Performance.getMetrics)',
    '< 1 ms',
    nearMiss?.scriptAddedMs,
    'ms',
    (v) => v < 1,
  ),
  budget(
    'no long task from the extension (longest task holding its work, both pages)',
    '< 50 ms',
    extensionLongest,
    'ms',
    (v) => v < 50,
  ),
  budget(
    'long tasks on the 5,000-word page, on vs off (median count)',
    'no more than off',
    longPage ? longPage.longTasksOn - longPage.longTasksOff : undefined,
    'extra',
    (v) => v <= 0,
  ),
  budget('5,000-word article: analysis / Readability parse (Chromium)', '≤ 2×', fiveK?.ratio, '×', (v) => v <= 2),
  budget('100k statements: matching p95 warm', '< 100 ms', hundredK?.matchP95Ms, 'ms', (v) => v < 100),
  budget(
    '100k statements: first answer after a cold start, Node (restore from snapshot)',
    '< 500 ms',
    hundredK?.coldRestoreFirstAnswerMs,
    'ms',
    (v) => v < 500,
  ),
  budget(
    '100k statements: first answer after a stopped worker, Chromium (worker uptime)',
    '< 500 ms',
    swCold?.medians.cold.workerUptimeMs ?? undefined,
    'ms',
    (v) => v < 500,
  ),
  budget(
    `${optionsStatements} statements: options page, slowest filter, search or page turn (median)`,
    '< 100 ms',
    optionsScale ? Math.max(...optionsScale.options.filter((r) => !/page load|first render/.test(r.action)).map((r) => r.median)) : undefined,
    'ms',
    (v) => v < 100,
  ),
  ...(optionsScale?.claimPage ?? []).map((r) =>
    budget(`${optionsStatements} statements: ${r.action} (median)`, '< 300 ms', r.median, 'ms', (v) => v < 300),
  ),
  budget(
    `${Math.round((memory?.remarks ?? READING_LIMIT) / 1000)}k remembered remarks: sidebar lookup on a page's claims (median)`,
    '< 50 ms',
    memory?.medians.readingMs,
    'ms',
    (v) => v < 50,
  ),
  budget(
    `${Math.round((memory?.remarks ?? READING_LIMIT) / 1000)}k remembered remarks: keep after an analysis, at the limit (median)`,
    '< 100 ms',
    memory?.medians.keepMs,
    'ms',
    (v) => v < 150,
  ),
];
results.budgets = budgets;
console.log('\nBudgets');
console.table(budgets);

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/bench.json'), JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2));
console.log('\nWrote bench-results/bench.json');
