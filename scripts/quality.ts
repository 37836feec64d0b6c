/**
 * `npm run quality -- [--json] [--verbose] [--pack FILE]`: runs the engine over every labelled fixture
 * page (`fixtures/pages/`) and prints topic, actor, quote, speaker and counter-claim figures.
 * `--verbose` adds what was missed on each page; `--json` prints the whole report as JSON.
 * Method: docs/quality.md.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEngine, readInput } from './check';
import { evaluate, loadRuns, readArticle, type PRF, type QualityReport } from './quality-lib';
import type { Pack } from '../src/core/pack-schema';

const DEFAULT_PACK = resolve(import.meta.dirname, '../public/packs/pak-afghan-security.json');

const pct = (x: number) => x.toFixed(2);

function row(name: string, m: PRF, note = ''): string {
  return `${name.padEnd(22)} ${pct(m.precision).padStart(9)} ${pct(m.recall).padStart(7)} ${pct(m.f1).padStart(6)}   ${note}`;
}

export function formatReport(r: QualityReport, verbose: boolean): string {
  const out: string[] = [];
  out.push(`Counterpoint quality over ${r.fixtures} fixture pages\n`);
  out.push(`${'figure'.padEnd(22)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)}   counts`);
  out.push(row('topic (on = positive)', r.topic, `tp ${r.topic.tp} fp ${r.topic.fp} fn ${r.topic.fn}, accuracy ${pct(r.topic.accuracy)}`));
  out.push(row('actors (on-topic)', r.actors, `tp ${r.actors.tp} fp ${r.actors.fp} fn ${r.actors.fn}`));
  out.push(
    row(
      'quotes (extractor)',
      r.quotes,
      `found ok ${r.quotes.tp}, spurious ${r.quotes.fp}, missed ${r.quotes.fn}; recall quotes ${pct(r.quotes.quoteRecall)}, reported ${pct(r.quotes.reportedRecall)}`,
    ),
  );
  const s = r.speakers;
  out.push(`${'speakers'.padEnd(22)} accuracy ${pct(s.accuracy)} (${s.right}/${s.given}), coverage ${pct(s.coverage)} (${s.given}/${s.expected})`);
  const c = r.counter;
  out.push(`${'counter precision@1'.padEnd(22)} ${pct(c.precisionAt1)} (${c.correctTop}/${c.judged}; ${c.noCounter} without any counter)`);
  out.push(`${'denial recall'.padEnd(22)} ${pct(c.denialRecall)} (${c.denialShown}/${c.denialExpected})`);
  if (verbose) {
    out.push('\nMisses by fixture:');
    for (const [slug, list] of Object.entries(r.misses)) {
      out.push(`\n== ${slug}`);
      for (const m of list) out.push(`  - ${m}`);
    }
  }
  return out.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const packAt = argv.indexOf('--pack');
  const packFile = packAt >= 0 && argv[packAt + 1] ? resolve(argv[packAt + 1]!) : DEFAULT_PACK;
  const engine = loadEngine(packFile);
  const pack = JSON.parse(readFileSync(packFile, 'utf8')) as Pack;
  // --raw-linkedom: read pages exactly as `npm run check` does (linkedom ignores TreeWalker filters).
  const runs = await loadRuns(engine, argv.includes('--raw-linkedom') ? readInput : readArticle);
  const report = evaluate(runs, pack);
  if (json) console.log(JSON.stringify(verbose ? report : { ...report, misses: undefined }, null, 2));
  else console.log(formatReport(report, verbose));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
