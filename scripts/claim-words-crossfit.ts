/**
 * The evaluation sets' figures with each of the project's sets (fixtures/eval-extra) read by a claim-words model
 * fitted without it, so that no set is scored by a model that learned from its own remarks:
 *
 *   npx tsx scripts/claim-words-crossfit.ts [--split tune|holdout]
 *
 * The bundled model (`src/core/claim-words.json`) learned from the tune halves of these sets, so their tune figures
 * with it say how well it fits, not how well it reads remarks it has not seen; these do. The shared evaluation
 * articles (../shared/eval-articles, when present) are read with the bundled model, which never saw them.
 * Fitting takes about twenty-five seconds a set.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Engine } from '../src/core/engine';
import { parsePack } from '../src/core/pack-validate';
import type { Pack } from '../src/core/pack-schema';
import { scoreSet, type SetReport, type Split } from './eval-set';
import { learn, readInputs } from './pack/learn-claim-words';

const ROOT = resolve(import.meta.dirname, '..');
const EVAL_EXTRA = resolve(ROOT, 'fixtures/eval-extra');
const SHARED = resolve(ROOT, '../shared/eval-articles');
const PACK_FILE = resolve(ROOT, 'public/packs/pak-afghan-security.json');

interface Sum {
  cards: number;
  right: number;
  first: number;
  firstRight: number;
  counterable: number;
  countered: number;
  nothing: number;
}

const empty = (): Sum => ({ cards: 0, right: 0, first: 0, firstRight: 0, counterable: 0, countered: 0, nothing: 0 });

function add(sum: Sum, r: SetReport): void {
  sum.cards += r.cards;
  sum.right += Math.round(r.cards * r.cardClaimPrecision);
  sum.first += r.topCounterPrecision.of;
  sum.firstRight += r.topCounterPrecision.right;
  sum.counterable += r.counterRecall.of;
  sum.countered += r.counterRecall.right;
  sum.nothing += r.cardsWhereNothingApplies;
}

const line = (name: string, s: Sum) =>
  `${name.padEnd(10)} cards ${s.right}/${s.cards}  first counter ${s.firstRight}/${s.first} (${(s.firstRight / Math.max(1, s.first)).toFixed(3)})  ` +
  `counter recall ${s.countered}/${s.counterable} (${(s.countered / Math.max(1, s.counterable)).toFixed(3)})  nothing applies ${s.nothing}`;

async function main(): Promise<void> {
  const at = process.argv.indexOf('--split');
  const split = (at > 0 ? process.argv[at + 1] : 'tune') as Split;
  const parsed = parsePack(readFileSync(PACK_FILE, 'utf8'), PACK_FILE);
  if (!parsed.ok) throw new Error(`${PACK_FILE}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const pack = parsed.pack as Pack;
  const project = empty();
  for (const file of readdirSync(EVAL_EXTRA)
    .filter((f) => /^e[a-z]\.json$/.test(f))
    .sort()) {
    const inputs = readInputs(file);
    const engine = new Engine(pack, { claimWords: learn(inputs.pack, inputs.sets) });
    const r = await scoreSet(engine, pack, EVAL_EXTRA, split, (name) => name === file);
    const one = empty();
    add(one, r);
    add(project, r);
    console.log(line(file, one));
  }
  console.log(line('project', project));
  if (existsSync(SHARED)) {
    const shared = empty();
    add(shared, await scoreSet(new Engine(pack), pack, SHARED, split));
    console.log(line('shared', shared));
  } else console.log('../shared/eval-articles is absent: the project sets alone.');
}

await main();
