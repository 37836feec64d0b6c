/**
 * The background's gate (`gateDecision`, run before any of Counterpoint's code touches a page)
 * scored on labelled headlines and addresses (`fixtures/headlines/`): how many on-topic articles
 * have their text read (recall: the ones it turned away would never get Counterpoint), how many of
 * them by their title or address alone (`named`: also watched for a late article), and how many
 * other pages pay for a read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileQuickChecks, gateDecision, quickCheckData } from '../src/core/topic';
import { readSet } from './eval-set';
import type { Pack } from '../src/core/pack-schema';

/** The labelled headlines. */
export const HEADLINES = resolve(import.meta.dirname, '../fixtures/headlines/headlines.json');

/** One labelled page: its title and address, whether it is on topic, and the kind of headline. */
export interface Headline {
  title: string;
  url: string;
  onTopic: boolean;
  shape: string;
}

/** What the gate did with the set. */
export interface GateReport {
  onTopic: number;
  passed: number;
  recall: number;
  /** On-topic articles whose title or address names the topic. */
  named: number;
  offTopic: number;
  offPassed: number;
  /** On-topic headlines turned away, by shape. */
  lostByShape: Record<string, number>;
}

/** Scores the gate of a pack's topic on the labelled headlines (undefined when the set is absent). */
export function scoreGate(pack: Pack, file = HEADLINES): GateReport | undefined {
  if (!existsSync(file)) return undefined;
  const items = JSON.parse(readFileSync(file, 'utf8')) as Headline[];
  const data = [quickCheckData(pack.topic)];
  const on = items.filter((h) => h.onTopic);
  const off = items.filter((h) => !h.onTopic);
  const reads = (h: Headline) => gateDecision(data, h.title, h.url) !== 'none';
  const lost = on.filter((h) => !reads(h));
  const lostByShape: Record<string, number> = {};
  for (const h of lost) lostByShape[h.shape] = (lostByShape[h.shape] ?? 0) + 1;
  const passed = on.length - lost.length;
  return {
    onTopic: on.length,
    passed,
    recall: Math.round((passed / Math.max(1, on.length)) * 100) / 100,
    named: on.filter((h) => gateDecision(data, h.title, h.url) === 'named').length,
    offTopic: off.length,
    offPassed: off.filter(reads).length,
    lostByShape,
  };
}

/** The report as `npm run quality` prints it. */
export function formatGate(r: GateReport): string {
  const lost = Object.entries(r.lostByShape)
    .sort((a, b) => b[1] - a[1])
    .map(([shape, n]) => `${shape} ${n}`)
    .join(', ');
  return [
    `\nThe gate on ${r.onTopic + r.offTopic} labelled headlines (fixtures/headlines)\n`,
    `${'on-topic articles whose text is read'.padEnd(38)} ${r.recall.toFixed(2)} (${r.passed}/${r.onTopic}; ${r.named} named by title or address)${lost ? `; turned away: ${lost}` : ''}`,
    `${'other pages whose text is read'.padEnd(38)} ${r.offPassed}/${r.offTopic} (one read each; the text check turns them away)`,
  ].join('\n');
}

/** The text check that follows the gate (`compileQuickChecks`), on the on-topic articles of evaluation sets. */
export interface TextCheckReport {
  /** On-topic articles whose title and text pass, and how many there are. */
  passed: number;
  onTopic: number;
  /** Ids of the on-topic articles it turns away. */
  lost: string[];
}

/** Scores the cheap text check of a pack's topic on the on-topic articles of `dirs` (every split). */
export function scoreTextCheck(pack: Pack, dirs: readonly string[]): TextCheckReport {
  const passes = compileQuickChecks([quickCheckData(pack.topic)]);
  const on = dirs.flatMap((dir) => readSet(dir).map(({ item }) => item)).filter((item) => item.onTopic);
  const lost = on.filter((item) => !passes(`${item.title}\n${item.text}`)).map((item) => item.id);
  return { passed: on.length - lost.length, onTopic: on.length, lost };
}

/** The text check's line in `npm run quality`. */
export function formatTextCheck(r: TextCheckReport): string {
  const lost = r.lost.length ? `; turned away: ${r.lost.join(', ')}` : '';
  return `${'… then the text check lets through'.padEnd(38)} ${(r.passed / Math.max(1, r.onTopic)).toFixed(2)} (${r.passed}/${r.onTopic} on-topic evaluation articles${lost})`;
}
