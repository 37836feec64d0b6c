/**
 * The timeline's data, shaped for drawing: marks placed in time, grouped in rows by speaker or by
 * camp, counted by side, binned when too many to draw one by one, and walked by the arrow keys.
 * Pure functions over plain data (no DOM), unit-tested in `test/explorer/timeline-model.test.ts`.
 */
import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';
import type { StanceKind } from '../core/pack-schema';
import type { Mark } from '../db/timeline';

/** Stances in the order the chart lists them: denials first, as the product leads with them. */
export const STANCE_ORDER: readonly StanceKind[] = ['denies', 'disputes', 'qualifies', 'asserts'];

/** What a speaker is known by on the chart. */
export interface ActorInfo {
  name: string;
  affiliation?: string;
  role?: string;
}

/** How rows are made: one per speaker, per camp (the government or group a speaker speaks for), or per claim. */
export type Grouping = 'actor' | 'camp' | 'claim';

/** A mark placed in time: the middle of the period its date gives (a day, a month or a year). */
export interface PlacedMark extends Mark {
  /** Middle of the date's period, ms since the epoch (UTC). */
  t: number;
}

/** One row of the chart. */
export interface TimelineRow {
  /** Actor id, or the camp's label. */
  key: string;
  label: string;
  /** The row's marks, oldest first. */
  marks: PlacedMark[];
  counts: StanceCounts;
}

/** How many marks take each stance. */
export type StanceCounts = Record<StanceKind, number>;

/** First and last instants of a `YYYY[-MM[-DD]]` period, ms since the epoch (UTC). */
export function periodOf(date: string): { start: number; end: number } {
  const [y = 1970, m, d] = date.split('-').map(Number);
  if (d) return { start: Date.UTC(y, m! - 1, d), end: Date.UTC(y, m! - 1, d + 1) - 1 };
  if (m) return { start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) - 1 };
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) - 1 };
}

/** A mark's place in time: the middle of its period, so a statement dated by year sits mid-year. */
export function place(mark: Mark): PlacedMark {
  const { start, end } = periodOf(mark.date);
  return { ...mark, t: Math.round((start + end) / 2) };
}

/**
 * The camp a speaker speaks for: the first part of their affiliation ("Taliban government
 * (Islamic Emirate of Afghanistan)" → "Taliban government"), else their own name. The engine
 * reads the speaker's camp the same way (`ClaimIndex.campOf`).
 */
export function campOf(actor: ActorInfo | undefined, fallback: string): string {
  const head = actor?.affiliation?.split(/[;,(]/)[0]?.trim();
  return head || actor?.name || fallback;
}

/** Zero of every stance. */
export function noCounts(): StanceCounts {
  return { denies: 0, disputes: 0, qualifies: 0, asserts: 0 };
}

/** How many marks take each stance. */
export function countStances(marks: readonly Mark[]): StanceCounts {
  const out = noCounts();
  for (const m of marks) out[m.stance]++;
  return out;
}

/** Which row a mark goes in, and the row's label, for a grouping. */
export function rowKeyer(
  by: Grouping,
  actors: ReadonlyMap<string, ActorInfo>,
  claims: ReadonlyMap<string, { text: string }>,
): (m: Mark) => [key: string, label: string] {
  if (by === 'claim') return (m) => [m.claimId, claims.get(m.claimId)?.text ?? m.claimId];
  if (by === 'camp')
    return (m) => {
      const camp = campOf(actors.get(m.actorId), m.actorId);
      return [camp, camp];
    };
  return (m) => [m.actorId, actors.get(m.actorId)?.name ?? m.actorId];
}

/**
 * Rows of the chart: one per key `keyOf` gives, the busiest first (ties by label), each with its
 * marks oldest first and its count per stance.
 */
export function groupRows(marks: readonly PlacedMark[], keyOf: (m: Mark) => [string, string]): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  for (const m of marks) {
    const [key, label] = keyOf(m);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, label, marks: [], counts: noCounts() }));
    row.marks.push(m);
    row.counts[m.stance]++;
  }
  const out = [...rows.values()];
  for (const row of out) row.marks.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
  return out.sort((a, b) => b.marks.length - a.marks.length || a.label.localeCompare(b.label));
}

/** The marks within `[from, to]` (ms). */
export function within<T extends { t: number }>(marks: readonly T[], from: number, to: number): T[] {
  return marks.filter((m) => m.t >= from && m.t <= to);
}

/** The span of some marks, padded so that a lone mark or a single day still has room either side. */
export function extent(marks: readonly { t: number }[]): [number, number] {
  if (!marks.length) {
    const now = Date.now();
    return [now - YEAR, now];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of marks) {
    if (m.t < lo) lo = m.t;
    if (m.t > hi) hi = m.t;
  }
  const pad = Math.max((hi - lo) * 0.03, 15 * DAY);
  return [lo - pad, hi + pad];
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** A preset period: the last `years` years up to the newest mark, or everything. */
export interface Preset {
  /** Message key suffix and test id: `all`, `10y`, `5y`, `1y`. */
  id: string;
  years?: number;
}

/** The zoom presets, widest first. */
export const PRESETS: readonly Preset[] = [
  { id: 'all' },
  { id: '10y', years: 10 },
  { id: '5y', years: 5 },
  { id: '1y', years: 1 },
];

/** The period a preset shows, given every mark's span. */
export function presetDomain(preset: Preset, all: [number, number]): [number, number] {
  if (!preset.years) return all;
  return [Math.max(all[0], all[1] - preset.years * YEAR), all[1]];
}

/** A bin of a row: the marks of one period, counted by stance. */
export interface Bin {
  /** Stable key: the row's key and the period's start. */
  key: string;
  start: number;
  end: number;
  counts: StanceCounts;
  total: number;
}

/**
 * A row's marks in bins of `interval` (months, years…), oldest first: what the chart draws
 * where one mark per statement would be too many to tell apart or to render quickly.
 */
export function binRow(row: TimelineRow, marks: readonly PlacedMark[], interval: CountableTimeInterval): Bin[] {
  const bins = new Map<number, Bin>();
  for (const m of marks) {
    const start = interval.floor(new Date(m.t)).getTime();
    let bin = bins.get(start);
    if (!bin) {
      const end = interval.offset(new Date(start), 1).getTime() - 1;
      bins.set(start, (bin = { key: `${row.key}|${start}`, start, end, counts: noCounts(), total: 0 }));
    }
    bin.counts[m.stance]++;
    bin.total++;
  }
  return [...bins.values()].sort((a, b) => a.start - b.start);
}

/** Bin periods, finest first, with their length in ms (a month and a year on average). */
const BIN_PERIODS: readonly [CountableTimeInterval, number][] = [
  [utcDay, 864e5],
  [utcWeek, 6048e5],
  [utcMonth, 2_629_800_000],
  [utcYear, 31_557_600_000],
];

/**
 * The rows' marks in bins of the finest period (day, week, month, year) whose bars are at least
 * `minPx` wide on a plot `plotW` pixels wide, coarser while that would make more than `maxBins`
 * bars in all: each bar is a few SVG elements, and the chart must draw quickly.
 */
export function binRows(
  rows: readonly TimelineRow[],
  visible: readonly (readonly PlacedMark[])[],
  domain: [number, number],
  plotW: number,
  minPx = 4,
  maxBins = 1_000,
): { interval: CountableTimeInterval; bins: Bin[][] } {
  const msPerPx = (domain[1] - domain[0]) / plotW;
  const wide = BIN_PERIODS.filter(([, ms]) => ms / msPerPx >= minPx);
  const periods = wide.length ? wide : [BIN_PERIODS[BIN_PERIODS.length - 1]!];
  for (const [i, [interval]] of periods.entries()) {
    const bins = rows.map((row, r) => binRow(row, visible[r] ?? [], interval));
    if (i === periods.length - 1 || bins.reduce((n, b) => n + b.length, 0) <= maxBins) return { interval, bins };
  }
  throw new Error('unreachable');
}

/** Where an arrow key moves the focus among the marks: rows top to bottom, marks oldest first. */
export type Move = 'left' | 'right' | 'up' | 'down' | 'home' | 'end';

/**
 * The position the focus moves to from `[row, index]` in a grid of rows of items placed in time
 * (`t`): left and right step through the row, up and down go to the nearest item in time in the
 * next row that has one, Home and End to the row's first and last. Stays put at an edge.
 */
export function moveFocus(rows: readonly (readonly { t: number }[])[], at: [number, number], move: Move): [number, number] {
  const [r, i] = at;
  const row = rows[r] ?? [];
  if (move === 'left') return [r, Math.max(0, i - 1)];
  if (move === 'right') return [r, Math.min(row.length - 1, i + 1)];
  if (move === 'home') return [r, 0];
  if (move === 'end') return [r, row.length - 1];
  const t = row[i]?.t ?? 0;
  const step = move === 'up' ? -1 : 1;
  for (let next = r + step; next >= 0 && next < rows.length; next += step) {
    const target = rows[next]!;
    if (!target.length) continue;
    let best = 0;
    for (let j = 1; j < target.length; j++) if (Math.abs(target[j]!.t - t) < Math.abs(target[best]!.t - t)) best = j;
    return [next, best];
  }
  return at;
}
