/**
 * `npm run bench`: sizes of every bundle (raw and gzipped), engine time on articles of 500,
 * 5,000 and 50,000 words, and matching time against synthetic corpora of 1,000 to 100,000
 * statements shaped like the bundled pack. Prints a table; writes bench-results/bench.json.
 * Build first (`npm run build`) for the sizes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Engine } from '../src/core/engine';
import type { Pack, Statement } from '../src/core/pack-schema';

const ROOT = resolve(import.meta.dirname, '..');
const pack = JSON.parse(readFileSync(join(ROOT, 'public/packs/pak-afghan-security.json'), 'utf8')) as Pack;
const seed = readFileSync(join(ROOT, 'fixtures/seeds/003_0ea2dc195ae3d401.txt'), 'utf8').split('\n').filter((l) => l.trim()).join('\n\n');

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: round(at(0.5)), p95: round(at(0.95)), runs: s.length };
}
const round = (n: number) => Math.round(n * 100) / 100;

function time(fn: () => void, runs: number): number[] {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

function articleOf(words: number): string {
  const unit = seed.split(/\s+/).length;
  return Array.from({ length: Math.ceil(words / unit) }, () => seed).join('\n\n');
}

/** A corpus of `n` statements: the bundled ones, copied with new ids and spread over the claims. */
function syntheticPack(n: number): Pack {
  const statements: Statement[] = [];
  for (let i = 0; statements.length < n; i++) {
    const base = pack.statements[i % pack.statements.length]!;
    statements.push({ ...base, id: `syn-${i}`, keywords: base.keywords?.filter((k) => !k.startsWith('same-remark:')) });
  }
  return { ...pack, statements };
}

const results: Record<string, unknown> = {};

// 1. Sizes.
const ext = join(ROOT, 'extension');
if (existsSync(ext)) {
  const files: { file: string; raw: number; gzip: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(name)) {
        const buf = readFileSync(p);
        files.push({ file: p.slice(ext.length + 1), raw: buf.length, gzip: gzipSync(buf).length });
      }
    }
  };
  walk(ext);
  results.sizes = files;
  console.log('\nBundle sizes (bytes)');
  console.table(files);
}

// 2. Engine on long articles.
const engine = new Engine(pack);
const engineRows: Record<string, unknown>[] = [];
for (const words of [500, 5_000, 50_000]) {
  const text = articleOf(words);
  const s = stats(time(() => engine.analyse(text), words >= 50_000 ? 5 : 20));
  engineRows.push({ words, chars: text.length, ...s });
}
results.engine = engineRows;
console.log('\nEngine time per article (ms), bundled pack');
console.table(engineRows);

// 3. Corpus scale.
const scaleRows: Record<string, unknown>[] = [];
const article = articleOf(1_000);
for (const n of [1_000, 10_000, 100_000]) {
  const synthetic = syntheticPack(n);
  const memBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const big = new Engine(synthetic);
  const buildMs = performance.now() - t0;
  const memMb = (process.memoryUsage().heapUsed - memBefore) / 1e6;
  const s = stats(time(() => big.analyse(article), 20));
  scaleRows.push({ statements: n, indexBuildMs: round(buildMs), heapMb: round(memMb), matchMedianMs: s.median, matchP95Ms: s.p95 });
}
results.scale = scaleRows;
console.log('\nMatching a 1,000-word article against synthetic corpora');
console.table(scaleRows);

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results/bench.json'), JSON.stringify({ at: new Date().toISOString(), ...results }, null, 2));
console.log('\nWrote bench-results/bench.json');
