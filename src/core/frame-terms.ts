/**
 * A claim's frame compiled to terms (the pack's `requires`), and where a frame's words occur in a
 * passage's terms: the ground both the frame matcher (claim-frames.ts) and the count reading
 * (claim-count.ts) stand on.
 */
import { textTerms } from './claim-profile';

/** A frame compiled to terms: groups of alternatives, each alternative a run of terms. */
export type Frame = readonly (readonly (readonly string[])[])[];

/** Compiles a pack claim's `requires` (undefined when the claim has none). */
export function compileFrame(requires: readonly (readonly string[])[] | undefined): Frame | undefined {
  if (!requires?.length) return undefined;
  const frame = requires.map((group) => group.map((alt) => textTerms(alt)).filter((terms) => terms.length > 0));
  return frame.every((g) => g.length > 0) ? frame : undefined;
}

/** Whether a term is one of a frame's words. */
export function inFrame(frame: Frame, term: string): boolean {
  return frame.some((group) => group.some((run) => run.includes(term)));
}

/** Where a run of terms occurs, in order and adjacent, in a passage's terms (start indexes). */
export function positions(passage: readonly string[], run: readonly string[]): number[] {
  const out: number[] = [];
  outer: for (let i = 0; i + run.length <= passage.length; i++) {
    for (let j = 0; j < run.length; j++) if (passage[i + j] !== run[j]) continue outer;
    out.push(i);
  }
  return out;
}
