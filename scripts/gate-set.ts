/**
 * The title-and-address gate (`mayBeOnTopic`, run by the background before any of Counterpoint's
 * code touches a page) scored on labelled headlines and addresses (`fixtures/headlines/`): how
 * many on-topic articles it lets through (recall: the ones it turns away never get Counterpoint),
 * and how many other pages it lets through to the text check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mayBeOnTopic, quickCheckData } from '../src/core/topic';
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
  const lost = on.filter((h) => !mayBeOnTopic(data, h.title, h.url));
  const lostByShape: Record<string, number> = {};
  for (const h of lost) lostByShape[h.shape] = (lostByShape[h.shape] ?? 0) + 1;
  const passed = on.length - lost.length;
  return {
    onTopic: on.length,
    passed,
    recall: Math.round((passed / Math.max(1, on.length)) * 100) / 100,
    offTopic: off.length,
    offPassed: off.filter((h) => mayBeOnTopic(data, h.title, h.url)).length,
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
    `\nThe title-and-address gate on ${r.onTopic + r.offTopic} labelled headlines (fixtures/headlines)\n`,
    `${'on-topic articles let through'.padEnd(34)} ${r.recall.toFixed(2)} (${r.passed}/${r.onTopic})${lost ? `; turned away: ${lost}` : ''}`,
    `${'other pages let through'.padEnd(34)} ${r.offPassed}/${r.offTopic} (their text is checked next)`,
  ].join('\n');
}
