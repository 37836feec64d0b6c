/**
 * A claim's frame: the parts of its proposition a passage must hold before a quote can be said to
 * make it (the pack's `requires`: one word or phrase of every group). "Afghan soil is used by the
 * TTP to attack Pakistan" needs a place on the Afghan side, a word for ground or hideouts, and a word
 * for use or attack; a remark that names Afghanistan's territory only to call a strike a violation
 * of it does not hold the frame, however many of the claim's words it shares. Words are compared
 * as lexicon terms, so "territory" stands for "soil" and "hideouts" for "havens".
 *
 * This module matches a remark against a frame. Compiling the frame is frame-terms.ts, a claim that
 * is a tally claim-count.ts, the negation reading frame-negation.ts and the article's lead
 * lead-subject.ts; what importers need of those is re-exported here.
 */
import { countsOf, isCount, type ClaimCount } from './claim-count';
import { negationCovers, overPermission, reachBack, VERB_NEGATORS } from './frame-negation';
import { positions, type Frame } from './frame-terms';
import { SUBJECT_SPECIFICITY } from './lead-subject';

/** Re-exported so importers have one module for frames: compiling a claim's frame and count, and reading an article's lead. */
export { compileCount, type ClaimCount } from './claim-count';
export { compileFrame, type Frame } from './frame-terms';
export { leadSubject, refersToIncident } from './lead-subject';

/** How a passage meets a frame. */
export interface FrameMatch {
  /** Every group is met in the quote or its sentence. */
  met: boolean;
  /** Groups met in the quote itself. */
  inQuote: number;
  /** How specific the words that met the frame in the quote are (sum over groups of the best run's weight). */
  weight: number;
  /** A negation in the quote covers the words that met the frame ("we do not let anyone use our soil"). */
  negated: boolean;
  /** Positions in the quote's terms of every word that met the frame. */
  at: ReadonlySet<number>;
  /**
   * The tightest run of the quote's terms holding a word of each group met in the quote, as [from, to]
   * (none when they are not close together): the tighter, the surer (`frameSpan`).
   */
  window?: readonly [number, number];
  /**
   * The claim's count was met by another number of what it counts ("23 soldiers were martyred" against "Afghan forces
   * killed 58 Pakistani soldiers"): the remark gives a different tally (`ClaimCount`).
   */
  recount?: boolean;
  /** The remark refers back to an incident ("the attack") and the article's lead named it for the frame: it is about that incident. */
  incident?: boolean;
}

/** The words each group of a frame opens a run with, and its runs of one word (the ones a lead can meet), found once per frame. */
function openersOf(frame: Frame): readonly { firsts: readonly string[]; singles: readonly string[] }[] {
  let found = OPENERS.get(frame);
  if (!found) {
    found = frame.map((group) => ({
      firsts: [...new Set(group.map((run) => run[0]!))],
      singles: [...new Set(group.filter((run) => run.length === 1).map((run) => run[0]!))],
    }));
    OPENERS.set(frame, found);
  }
  return found;
}
const OPENERS = new WeakMap<Frame, readonly { firsts: readonly string[]; singles: readonly string[] }[]>();

/** A frame not met: one answer for every claim a remark shares no word of a part with (most, for most remarks). */
const NOT_MET: FrameMatch = Object.freeze({ met: false, inQuote: 0, weight: 0, negated: false, at: new Set<number>() });

/** Terms between the first and last word that met the frame in the quote (Infinity when they are not close). */
export function frameSpan(frame: FrameMatch): number {
  return frame.window ? frame.window[1] - frame.window[0] : Infinity;
}

/**
 * Most terms between the first and last word that meet a frame in the quote: the parts of a
 * proposition sit close together ("Afghan soil is used against Pakistan"); words for them scattered
 * across a long remark are a coincidence.
 */
export const FRAME_WINDOW = 10;

/**
 * Least parts of a frame a remark must hold close together to take the one part it lacks from its
 * own sentence or the sentence before ("Terrorist groups have turned these weapons on Pakistan",
 * after a sentence on the arms the US left behind): two, so only a frame of three parts or more
 * lends a part, and a remark naming one part of a proposition never borrows the other.
 */
const BORROWED_GROUPS = 2;

/** Most terms in a quote that is a fragment of reported speech, whose frame may borrow one part from its sentence. */
const FRAGMENT_TERMS = 5;

/** The tightest window (at most `width` terms) holding one position of every list, as [from, to], or undefined. */
function fitWindow(lists: readonly (readonly number[])[], width: number): [number, number] | undefined {
  if (lists.length === 0 || lists.some((l) => l.length === 0)) return undefined;
  let best: [number, number] | undefined;
  for (const starts of lists)
    for (const from of starts) {
      let to = from;
      for (const l of lists) {
        let next = Infinity;
        for (const p of l) if (p >= from && p < next) next = p;
        to = Math.max(to, next);
      }
      if (to < from + width && (!best || to - from < best[1] - best[0])) best = [from, to];
    }
  return best;
}

const NO_TERMS: ReadonlySet<string> = new Set();
const NO_COUNTS: readonly number[] = [];

/** The terms a frame may be met by: the quote's, and for a fragment its sentence's too (built once per quote). */
export function termsInSight(quote: readonly string[], context: readonly string[]): ReadonlySet<string> {
  return new Set(quote.length <= FRAGMENT_TERMS ? [...quote, ...context] : quote);
}

/**
 * How the quote's terms and its sentence's other terms meet a frame. The frame is met when every
 * group is met close together in the quote, or every group but one is and the last is met in the
 * sentence around it (a fragment whose subject the reporter wrote: Afghan forces opened "unprovoked
 * fire"). `inSight` (`termsInSight`) lets most claims be ruled out at once.
 */
export function matchFrame(
  frame: Frame,
  quote: readonly string[],
  context: readonly string[],
  specificity: (term: string) => number,
  inSight: ReadonlySet<string> = termsInSight(quote, context),
  lead: ReadonlySet<string> = NO_TERMS,
  /** The remark refers back to an incident ("the attack"): `refersToIncident`. */
  refersBack = false,
  /**
   * The terms of the sentence before the quote's, for a remark no frame fits on its own (`BORROWED_GROUPS`):
   * undefined reads the quote and its lead alone.
   */
  before?: readonly string[],
  /** What the claim counts, where the article reports the claim's number (`ClaimCount`). */
  count?: ClaimCount,
): FrameMatch {
  // Most claims share no word with most remarks: give up at the first group with no word in sight.
  const fragment = quote.length <= FRAGMENT_TERMS;
  // The groups a different number meets: none unless the article reports the claim's number and the quote gives another.
  const counts = count ? countsOf(quote, count, frame) : NO_COUNTS;
  const countGroups = counts.length ? count!.groups : undefined;
  const fromLead = (run: readonly string[]) => run.length === 1 && lead.has(run[0]!);
  const openers = openersOf(frame);
  const outOfSight = (g: number) => {
    const { firsts, singles } = openers[g]!;
    return (
      !firsts.some((t) => inSight.has(t)) &&
      !singles.some((t) => lead.has(t)) &&
      (before === undefined || !firsts.some((t) => before.includes(t) || context.includes(t)))
    );
  };
  if (frame.some((_, g) => !countGroups?.has(g) && outOfSight(g))) return NOT_MET;
  const words = new Set<number>();
  let recount = false;
  const found = frame.map((group, g) => {
    const at: number[] = [];
    let best = -1;
    for (const run of group) {
      const p = positions(quote, run);
      if (p.length) {
        at.push(...p);
        for (const i of p) for (let j = 0; j < run.length; j++) words.add(i + j);
        best = Math.max(
          best,
          run.reduce((w, t) => w + specificity(t), 0),
        );
      }
    }
    // The claim's count not given, another one is: the remark's own tally.
    if (at.length === 0 && countGroups?.has(g)) {
      at.push(...counts);
      for (const i of counts) words.add(i);
      best = Math.max(...group.filter((run) => run.every(isCount)).map((run) => run.reduce((w, t) => w + specificity(t), 0)));
      recount = true;
    }
    const inContext = at.length === 0 && group.some((run) => positions(context, run).length > 0);
    // Only a group that names a subject (every word of it specific: "Besham", "Chinese engineers") is read from the lead;
    // a group with one specific word ("Jaffar", of "Jaffar", "train", "hijack") too, when the remark refers back to the incident.
    const subject =
      group.every((run) => run.some((t) => specificity(t) >= SUBJECT_SPECIFICITY)) ||
      (refersBack && group.some((run) => run.some((t) => specificity(t) >= SUBJECT_SPECIFICITY)));
    const leadRuns = at.length === 0 && subject ? group.filter(fromLead) : [];
    const inLead = leadRuns.length ? Math.max(...leadRuns.map((run) => specificity(run[0]!))) : -1;
    // A number is never borrowed: one in another sentence counts for another remark ("58 were killed. Nine of ours …").
    const borrowed =
      before !== undefined &&
      at.length === 0 &&
      group.some((run) => !run.every(isCount) && (positions(context, run).length > 0 || positions(before, run).length > 0));
    return { at, best, inContext, inLead, borrowed };
  });
  const inQuote = found.filter((g) => g.at.length > 0).length;
  const weight = found.reduce((w, g) => w + Math.max(0, g.best), 0);
  const window = fitWindow(
    found.filter((g) => g.at.length > 0).map((g) => g.at),
    FRAME_WINDOW,
  );
  const close = window !== undefined;
  const back = window && reachBack(window, words);
  const letting = back && overPermission(quote, back);
  const negated =
    window !== undefined &&
    (negationCovers(quote, window) ||
      negationCovers(quote, back!, VERB_NEGATORS) ||
      (letting !== undefined && negationCovers(quote, letting)));
  const missing = found.filter((g) => g.at.length === 0);
  const last = missing.length === 1 ? missing[0]! : undefined;
  // The one part missing may be the article's own subject, named in its lead ("the Besham attack").
  const leadWeight = last && last.inLead >= 0 && !(fragment && last.inContext) ? last.inLead : 0;
  // Or, for a remark that holds the rest of a longer proposition, in the sentence it refers back to.
  const met =
    inQuote > 0 &&
    close &&
    (missing.length === 0 ||
      (last !== undefined &&
        ((fragment && last.inContext) || last.inLead >= 0 || (last.borrowed && inQuote >= BORROWED_GROUPS))));
  return {
    met,
    inQuote,
    weight: weight + leadWeight,
    negated,
    at: words,
    ...(window ? { window } : {}),
    ...(met && recount ? { recount } : {}),
    ...(met && refersBack && leadWeight > 0 ? { incident: true } : {}),
  };
}
