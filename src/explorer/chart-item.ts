/** What takes focus in the timeline chart (a mark, or a bar of marks), and where the focus starts. */
import type { Bin, PlacedMark } from './timeline-model';

/** One item of the chart that takes focus: a mark, or a bar of marks. */
export type Item = { kind: 'mark'; t: number; key: string; mark: PlacedMark } | { kind: 'bin'; t: number; key: string; bin: Bin };

/** The first item of the first row that has one. */
export function firstItem(items: readonly (readonly unknown[])[]): [number, number] {
  const r = items.findIndex((row) => row.length > 0);
  return [Math.max(0, r), 0];
}
