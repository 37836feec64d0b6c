import { describe, expect, it } from 'vitest';
import { utcDay, utcMonth, utcWeek, utcYear } from 'd3-time';
import {
  binRow,
  binRows,
  campOf,
  countStances,
  extent,
  groupRows,
  moveFocus,
  periodOf,
  place,
  presetDomain,
  PRESETS,
  rowKeyer,
  within,
} from '../../src/explorer/timeline-model';
import type { Mark } from '../../src/db/timeline';

const actors = new Map([
  ['mujahid', { name: 'Zabihullah Mujahid', affiliation: 'Taliban government (Islamic Emirate of Afghanistan)' }],
  ['fitrat', { name: 'Hamdullah Fitrat', affiliation: 'Taliban government, deputy spokesman' }],
  ['ispr', { name: 'ISPR', affiliation: 'Pakistan Army' }],
  ['loner', { name: 'A Loner' }],
]);
const claims = new Map([['havens', { text: 'Safe havens exist' }]]);
const mark = (id: string, actorId: string, date: string, stance: Mark['stance'] = 'denies', claimId = 'havens'): Mark => ({
  id,
  actorId,
  date,
  stance,
  claimId,
});
const marks = [
  mark('a', 'mujahid', '2023-02-10'),
  mark('b', 'fitrat', '2023-03'),
  mark('c', 'ispr', '2022', 'asserts'),
  mark('d', 'ispr', '2024-01-05', 'asserts'),
  mark('e', 'loner', '2021-06-01', 'qualifies'),
].map(place);

describe('the timeline model', () => {
  it('places a date at the middle of the period it gives', () => {
    expect(new Date(place(mark('x', 'ispr', '2022')).t).toISOString().slice(0, 10)).toBe('2022-07-02');
    expect(new Date(place(mark('x', 'ispr', '2023-03')).t).toISOString().slice(0, 10)).toBe('2023-03-16');
    expect(new Date(place(mark('x', 'ispr', '2023-03-09')).t).toISOString().slice(0, 13)).toBe('2023-03-09T12');
    const { start, end } = periodOf('2024-02');
    expect(new Date(start).toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(new Date(end).toISOString()).toBe('2024-02-29T23:59:59.999Z');
  });

  it("reads a speaker's camp from the head of their affiliation, else their name", () => {
    expect(campOf(actors.get('mujahid'), 'mujahid')).toBe('Taliban government');
    expect(campOf(actors.get('fitrat'), 'fitrat')).toBe('Taliban government');
    expect(campOf(actors.get('loner'), 'loner')).toBe('A Loner');
    expect(campOf(undefined, 'unknown-id')).toBe('unknown-id');
  });

  it('groups rows by speaker, by camp or by claim, busiest first, marks oldest first, counted by stance', () => {
    const bySpeaker = groupRows(marks, rowKeyer('actor', actors, claims));
    expect(bySpeaker.map((r) => r.label)).toEqual(['ISPR', 'A Loner', 'Hamdullah Fitrat', 'Zabihullah Mujahid']);
    expect(bySpeaker[0]!.marks.map((m) => m.id)).toEqual(['c', 'd']);
    expect(bySpeaker[0]!.counts).toEqual({ denies: 0, disputes: 0, qualifies: 0, asserts: 2 });
    const byCamp = groupRows(marks, rowKeyer('camp', actors, claims));
    expect(byCamp.map((r) => [r.label, r.marks.length])).toEqual([
      ['Pakistan Army', 2],
      ['Taliban government', 2],
      ['A Loner', 1],
    ]);
    expect(groupRows(marks, rowKeyer('claim', actors, claims)).map((r) => r.label)).toEqual(['Safe havens exist']);
    // Every mark is in exactly one row, whatever the grouping.
    for (const by of ['actor', 'camp', 'claim'] as const)
      expect(groupRows(marks, rowKeyer(by, actors, claims)).reduce((n, r) => n + r.marks.length, 0)).toBe(marks.length);
  });

  it('counts by stance, keeps a period, and pads the span', () => {
    expect(countStances(marks)).toEqual({ denies: 2, disputes: 0, qualifies: 1, asserts: 2 });
    const [lo, hi] = extent(marks);
    expect(lo).toBeLessThan(Math.min(...marks.map((m) => m.t)));
    expect(hi).toBeGreaterThan(Math.max(...marks.map((m) => m.t)));
    expect(within(marks, Date.UTC(2023, 0, 1), Date.UTC(2023, 11, 31)).map((m) => m.id)).toEqual(['a', 'b']);
    const lastYear = presetDomain(
      PRESETS.find((p) => p.id === '1y')!,
      [lo, hi],
    );
    expect(lastYear[1]).toBe(hi);
    expect(within(marks, ...lastYear).map((m) => m.id)).toEqual(['a', 'b', 'd']);
    expect(presetDomain(PRESETS[0]!, [lo, hi])).toEqual([lo, hi]);
  });

  it('bins a row by month or year, counted by stance', () => {
    const many = [
      mark('1', 'ispr', '2023-01-03'),
      mark('2', 'ispr', '2023-01-20', 'asserts'),
      mark('3', 'ispr', '2023-05-01'),
      mark('4', 'ispr', '2024'),
    ].map(place);
    const [row] = groupRows(many, rowKeyer('actor', actors, claims));
    const months = binRow(row!, row!.marks, utcMonth);
    expect(months.map((b) => [new Date(b.start).toISOString().slice(0, 7), b.total])).toEqual([
      ['2023-01', 2],
      ['2023-05', 1],
      ['2024-07', 1],
    ]);
    expect(months[0]!.counts).toEqual({ denies: 1, disputes: 0, qualifies: 0, asserts: 1 });
    expect(binRow(row!, row!.marks, utcYear).map((b) => b.total)).toEqual([3, 1]);
  });

  it('bins by the finest period wide enough to see, coarser while the bars would be too many', () => {
    // Ten speakers, a statement every day for six years.
    const many: Mark[] = [];
    for (let d = 0; d < 6 * 365; d++)
      many.push(mark(`m${d}`, `actor-${d % 10}`, new Date(Date.UTC(2018, 0, 1 + d)).toISOString().slice(0, 10)));
    const placed = many.map(place);
    const rows = groupRows(placed, rowKeyer('actor', actors, claims));
    const visible = rows.map((r) => r.marks);
    const six = extent(placed);
    // 6 years on 1,000 px: weeks are 2.6 px, months 11 px: months, 72 a row, 720 in all.
    const months = binRows(rows, visible, six, 1000, 4, 1000);
    expect(months.interval).toBe(utcMonth);
    expect(months.bins.flat().reduce((n, b) => n + b.total, 0)).toBe(many.length);
    // At most 300 bars: years.
    expect(binRows(rows, visible, six, 1000, 4, 300).interval).toBe(utcYear);
    // A month on 1,000 px: days are wide enough.
    const oneMonth: [number, number] = [Date.UTC(2020, 2, 1), Date.UTC(2020, 3, 1)];
    const days = binRows(
      rows,
      rows.map((r) => within(r.marks, ...oneMonth)),
      oneMonth,
      1000,
    );
    expect(days.interval).toBe(utcDay);
    expect(days.bins.flat().length).toBe(31);
    // Three months on 300 px: days are 3.3 px, weeks 23 px.
    const quarter: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2020, 3, 1)];
    expect(
      binRows(
        rows,
        rows.map((r) => within(r.marks, ...quarter)),
        quarter,
        300,
      ).interval,
    ).toBe(utcWeek);
  });

  it('moves the focus along a row, between rows to the nearest in time, and stops at the edges', () => {
    const grid = [[{ t: 1 }, { t: 5 }, { t: 9 }], [], [{ t: 4 }, { t: 10 }]];
    expect(moveFocus(grid, [0, 0], 'right')).toEqual([0, 1]);
    expect(moveFocus(grid, [0, 2], 'right')).toEqual([0, 2]);
    expect(moveFocus(grid, [0, 0], 'left')).toEqual([0, 0]);
    expect(moveFocus(grid, [0, 1], 'down')).toEqual([2, 0]);
    expect(moveFocus(grid, [0, 2], 'down')).toEqual([2, 1]);
    expect(moveFocus(grid, [2, 1], 'up')).toEqual([0, 2]);
    expect(moveFocus(grid, [2, 0], 'down')).toEqual([2, 0]);
    expect(moveFocus(grid, [0, 1], 'end')).toEqual([0, 2]);
    expect(moveFocus(grid, [0, 2], 'home')).toEqual([0, 0]);
  });
});
