/**
 * Stance tallies: how often a speaker, camp or country took each stance on a claim, and which
 * stance that record says it holds (`mostCommonStance`, `clearSide`).
 */
import type { StanceKind } from './pack-schema';

/**
 * How often a speaker (or camp) took each stance on a claim, and the row of the newest time:
 * the most frequent stance wins, and of equally frequent ones the most recent.
 */
export type Tally = { stance: StanceKind; count: number; first: number }[];

/** Adds one stance taken at `row` (rows come newest first) to a tally. */
export function addToTally(tally: Tally, stance: StanceKind, row: number, count = 1): void {
  const entry = tally.find((t) => t.stance === stance);
  if (entry) {
    entry.count += count;
    entry.first = Math.min(entry.first, row);
  } else tally.push({ stance, count, first: row });
}

/** The stance a tally holds most often; of equally frequent ones, the most recent. */
export function mostCommonStance(tally: Tally): StanceKind | undefined {
  let best: Tally[number] | undefined;
  for (const t of tally) if (!best || t.count > best.count || (t.count === best.count && t.first < best.first)) best = t;
  return best?.stance;
}

/** Whether a stance is against its claim (a denial or a dispute), not for it. */
export const isAgainst = (s: StanceKind): boolean => s === 'denies' || s === 'disputes';

/** Least share of a tally on one side (asserting or qualifying / denying or disputing) for `clearSide`. */
const CLEAR_SIDE_SHARE = 0.75;

/**
 * The stance a tally holds most often, when at least two statements make it and three in four of
 * them are on its side: a country's actors divided on a claim say nothing of a new speaker's side.
 */
export function clearSide(tally: Tally): StanceKind | undefined {
  const stance = mostCommonStance(tally);
  if (!stance) return undefined;
  let total = 0;
  let same = 0;
  for (const t of tally) {
    total += t.count;
    if (isAgainst(t.stance) === isAgainst(stance)) same += t.count;
  }
  return total >= 2 && same >= CLEAR_SIDE_SHARE * total ? stance : undefined;
}
