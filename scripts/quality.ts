/**
 * `npm run quality -- [--json] [--verbose] [--pack FILE] [--set DIR]… [--split tune|holdout|all]`: runs
 * the engine over every labelled fixture page (`fixtures/pages/`) and prints topic, actor, quote,
 * speaker and counter-claim figures; then over each set of evaluation articles (`eval-set.ts`; by
 * default `../shared/eval-articles` and `fixtures/eval-extra`, where present).
 * `--verbose` adds what was missed on each page; `--json` prints the whole report as JSON.
 * Method: docs/quality.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadEngine, readInput } from './check';
import { evaluate, loadRuns, readArticle, type PRF, type QualityReport } from './quality-lib';
import type { Pack } from '../src/core/pack-schema';
import { formatSetReport, scoreSet, type SetReport, type Split } from './eval-set';
import { formatGate, formatTextCheck, scoreGate, scoreTextCheck } from './gate-set';

const DEFAULT_PACK = resolve(import.meta.dirname, '../public/packs/pak-afghan-security.json');
/** The shared evaluation articles, beside the checkout (`../shared`); absent on a machine without them. */
const SHARED_SET = resolve(import.meta.dirname, '../../shared/eval-articles');
/** The project's own labelled articles in the same format, written apart from the engine. */
const EXTRA_SET = resolve(import.meta.dirname, '../fixtures/eval-extra');

const pct = (x: number) => x.toFixed(2);

function row(name: string, m: PRF, note = ''): string {
  return `${name.padEnd(22)} ${pct(m.precision).padStart(9)} ${pct(m.recall).padStart(7)} ${pct(m.f1).padStart(6)}   ${note}`;
}

export function formatReport(r: QualityReport, verbose: boolean): string {
  const out: string[] = [];
  out.push(`Counterpoint quality over ${r.fixtures} fixture pages\n`);
  out.push(`${'figure'.padEnd(22)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)}   counts`);
  out.push(
    row(
      'topic (on = positive)',
      r.topic,
      `tp ${r.topic.tp} fp ${r.topic.fp} fn ${r.topic.fn}, accuracy ${pct(r.topic.accuracy)}`,
    ),
  );
  out.push(row('actors (on-topic)', r.actors, `tp ${r.actors.tp} fp ${r.actors.fp} fn ${r.actors.fn}`));
  out.push(
    row(
      'quotes (extractor)',
      r.quotes,
      `found ok ${r.quotes.tp}, spurious ${r.quotes.fp}, missed ${r.quotes.fn}; recall quotes ${pct(r.quotes.quoteRecall)}, reported ${pct(r.quotes.reportedRecall)}`,
    ),
  );
  const s = r.speakers;
  out.push(
    `${'speakers'.padEnd(22)} accuracy ${pct(s.accuracy)} (${s.right}/${s.given}), coverage ${pct(s.coverage)} (${s.given}/${s.expected})`,
  );
  const c = r.counter;
  out.push(
    `${'counter precision@1'.padEnd(22)} ${pct(c.precisionAt1)} (${c.correctTop}/${c.judged - c.noCounter}; ${c.noCounter} of ${c.judged} cards without a counter)`,
  );
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
  const sets = evaluationSets(argv);
  const split = (option(argv, '--split') ?? 'all') as Split;
  if (!['tune', 'holdout', 'all'].includes(split)) {
    console.error(`quality: --split is tune, holdout or all, not "${split}"`);
    return 2;
  }
  const scored: { name: string; report: SetReport }[] = [];
  for (const dir of sets.found)
    scored.push({ name: relative(process.cwd(), dir) || dir, report: await scoreSet(engine, pack, dir, split) });
  const gate = scoreGate(pack);
  const textCheck = sets.found.length ? scoreTextCheck(pack, sets.found) : undefined;
  if (json) {
    const fixtures = verbose ? report : { ...report, misses: undefined };
    const evaluation = scored.map(({ name, report: r }) => ({ set: name, ...(verbose ? r : { ...r, misses: undefined }) }));
    console.log(JSON.stringify({ fixtures, evaluation, missingSets: sets.missing, gate, textCheck }, null, 2));
    return 0;
  }
  console.log(formatReport(report, verbose));
  for (const dir of sets.missing)
    console.log(`\nEvaluation articles: ${dir} is not there, so only the fixture pages are scored.`);
  for (const { name, report: r } of scored) console.log(formatSetReport(r, name, verbose));
  if (gate) console.log(formatGate(gate));
  if (textCheck) console.log(formatTextCheck(textCheck));
  return 0;
}

/** The value after a flag, if any. */
function option(argv: readonly string[], flag: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
}

/**
 * The evaluation sets to score: every `--set DIR` given; without one, the shared evaluation
 * articles beside the checkout and the project's own extra set, where they exist.
 */
function evaluationSets(argv: readonly string[]): { found: string[]; missing: string[] } {
  const given = argv.flatMap((a, i) => (a === '--set' && argv[i + 1] ? [resolve(argv[i + 1]!)] : []));
  const wanted = given.length ? given : [SHARED_SET, EXTRA_SET];
  return { found: wanted.filter((d) => existsSync(d)), missing: wanted.filter((d) => !existsSync(d)) };
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
