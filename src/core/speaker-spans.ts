/**
 * Span helpers for speaker resolution (speakers.ts): actor mentions and quote spans kept in text
 * order and searched by binary search, so resolving every quote of a long article stays linear.
 */
import type { ActorMention } from './actors';
import { firstAtOrAfter } from './sorted';

/** Longest span an actor mention covers, in characters: how far back a search by start must look. */
const MAX_MENTION_CHARS = 200;

/** First index of `sorted` (in text order) whose start is at or after `at`. */
export function firstFrom<T extends { start: number }>(sorted: readonly T[], at: number): number {
  return firstAtOrAfter(sorted, (x) => x.start, at);
}

/** The mentions (in text order) overlapping [start, end): found by binary search, not by a scan per quote. */
export function overlapping(sorted: readonly ActorMention[], start: number, end: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = firstFrom(sorted, start - MAX_MENTION_CHARS); i < sorted.length && sorted[i]!.start < end; i++)
    if (sorted[i]!.end > start) out.push(sorted[i]!);
  return out;
}

/** Spans sorted and merged where they overlap: disjoint, in text order. */
export function merged(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const sp of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end);
    else out.push({ ...sp });
  }
  return out;
}

/** Whether a mention lies inside one of the disjoint spans (`merged`). */
export function inside(disjoint: readonly { start: number; end: number }[], m: { start: number; end: number }): boolean {
  const i = firstFrom(disjoint, m.start + 1) - 1;
  const span = disjoint[i];
  return span !== undefined && m.start >= span.start && m.end <= span.end;
}
