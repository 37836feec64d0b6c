/**
 * `npx tsx scripts/speaker-quality.ts [--split tune|holdout|all] [--verbose]`: speaker resolution
 * alone, over every labelled quote of the evaluation articles (`../shared/eval-articles`, where
 * present, and `fixtures/eval-extra`) that names a speaker and that the extractor finds — not only
 * the quotes that get a card, as `npm run quality` counts. Prints, per set, how many of those quotes
 * are given a speaker (coverage) and how many of those are right (accuracy), with the score script's
 * rule for right; `--verbose` lists each quote left without a speaker or given a wrong one, with the
 * text before it. Tune on `--split tune` (the default); report the holdout. Method: docs/quality.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readInput } from './check';
import { foldText, inSplit, overlap as sameQuote, readSet, type Split } from './eval-set';
import { ActorModel } from '../src/core/actors';
import type { Pack } from '../src/core/pack-schema';
import { findQuotes } from '../src/core/quotes';
import { resolveSpeakers } from '../src/core/speakers';
import { fold, tokenize } from '../src/core/text';

const SETS = [resolve(import.meta.dirname, '../../shared/eval-articles'), resolve(import.meta.dirname, '../fixtures/eval-extra')];
const PACK = resolve(import.meta.dirname, '../public/packs/pak-afghan-security.json');
/** Characters of the text before a missed quote shown with `--verbose`. */
const CONTEXT_CHARS = 240;

async function main(argv: string[]): Promise<void> {
  const split = (argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : 'tune') as Split;
  const verbose = argv.includes('--verbose');
  const pack = JSON.parse(readFileSync(PACK, 'utf8')) as Pack;
  const model = new ActorModel(pack.actors);
  const byName = new Map<string, string>();
  for (const a of pack.actors) for (const n of [a.name, a.id, ...a.aliases]) byName.set(foldText(n), a.id);
  for (const dir of SETS) {
    if (!existsSync(dir)) {
      console.log(`${dir} is not there: skipped`);
      continue;
    }
    const c = { found: 0, missing: 0, given: 0, right: 0 };
    const misses: string[] = [];
    for (const { item, quotes } of readSet(dir).filter(({ item }) => inSplit(item.id, split) && item.onTopic)) {
      const { text } = await readInput(`${item.id}.txt`, `${item.title}\n\n${item.text}\n`);
      const found = findQuotes(text);
      const speakers = resolveSpeakers(text, found, model.find(text, tokenize(fold(text))), model.byId);
      for (const lq of quotes) {
        if (!lq.speaker) continue;
        const q = found.find((f) => sameQuote(f.text, lq.text));
        if (!q) {
          c.missing++;
          continue;
        }
        c.found++;
        const s = speakers.get(q);
        const before = () => text.slice(Math.max(0, q.start - CONTEXT_CHARS), q.end).replace(/\n+/g, ' ¶ ');
        if (!s) {
          misses.push(`none   ${item.id} [${lq.speaker}] phrase ${JSON.stringify(q.speaker?.text ?? null)}\n       …${before()}`);
          continue;
        }
        c.given++;
        const want = byName.get(foldText(lq.speaker));
        if (foldText(s.name) === foldText(lq.speaker) || byName.get(foldText(s.name)) === want || (want && s.actorId === want))
          c.right++;
        else misses.push(`wrong  ${item.id} [${lq.speaker}] named ${s.name}\n       …${before()}`);
      }
    }
    const r = (a: number, b: number) => (a / Math.max(1, b)).toFixed(2);
    console.log(
      `${dir}, split ${split}: ${c.found} labelled quotes with a speaker found (${c.missing} not found); ` +
        `coverage ${r(c.given, c.found)} (${c.given}), accuracy ${r(c.right, c.given)} (${c.right})`,
    );
    if (verbose) for (const m of misses) console.log(m);
  }
}

await main(process.argv.slice(2));
