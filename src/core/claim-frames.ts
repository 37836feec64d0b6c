/**
 * A claim's frame: the parts of its proposition a passage must hold before a quote can be said to
 * make it (the pack's `requires`: one word or phrase of every group). "Afghan soil is used by the
 * TTP to attack Pakistan" needs a place on the Afghan side, a word for ground or hideouts, and a word
 * for use or attack; a remark that names Afghanistan's territory only to call a strike a violation
 * of it does not hold the frame, however many of the claim's words it shares. Words are compared
 * as lexicon terms, so "territory" stands for "soil" and "hideouts" for "havens".
 */
import { textTerms } from './claim-profile';
import { BREAK, NEGATORS, PLACES } from './lexicon';
import { fold } from './text';

/** A frame compiled to terms: groups of alternatives, each alternative a run of terms. */
export type Frame = readonly (readonly (readonly string[])[])[];

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

/** Compiles a pack claim's `requires` (undefined when the claim has none). */
export function compileFrame(requires: readonly (readonly string[])[] | undefined): Frame | undefined {
  if (!requires?.length) return undefined;
  const frame = requires.map((group) => group.map((alt) => textTerms(alt)).filter((terms) => terms.length > 0));
  return frame.every((g) => g.length > 0) ? frame : undefined;
}

/**
 * What a claim that is a tally counts ("Afghan forces killed 58 Pakistani soldiers"): the frame's groups that a number
 * meets ("58", "fifty-eight"), the words for what is counted right after the number in the claim's own wording
 * ("soldier"), and a test for the claim's number in an article. In an article that reports the claim's number, a remark
 * giving another number of the same thing ("23 of our soldiers were martyred") meets those groups and disputes the tally.
 */
export interface ClaimCount {
  groups: ReadonlySet<number>;
  counted: ReadonlySet<string>;
  /** The side whose losses are counted, where the claim's wording names it ("Pakistani soldiers" → pakistan). */
  whose?: string;
  /**
   * The other words of the claim's own wording that its frame holds, places aside ("killed", "border", "clashes"): a remark gives
   * another count of the claim's proposition only with one of them ("23 soldiers were martyred", not "29 soldiers
   * were wounded").
   */
  said: ReadonlySet<string>;
  /** The claim's number as the pack writes it, on folded text ("58", "fifty-eight"), not inside another number. */
  number: RegExp;
}

/**
 * Number words, as terms: a count spelled out ("twenty-three soldiers", "nine Afghan soldiers"). "One", "two" and
 * "three" are stopwords and single digits are no terms (lexicon.ts), so the smallest counts are not read.
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  textTerms(
    'four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ' +
      'twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds dozen dozens',
  ),
);

/** Month names, as terms: a number before one is a date ("on 12 October"), not a count. */
const MONTHS: ReadonlySet<string> = new Set(
  textTerms('january february march april june july august september october november december'),
);

/** Sides a count may be of, as terms, besides the places ("200 Taliban soldiers", "enemy soldiers"). */
const SIDES: ReadonlySet<string> = new Set([...PLACES, ...textTerms('taliban ttp militants enemy')]);

/** A term that is a count: digits that are not a year, or a number word. */
function isCount(term: string): boolean {
  return /^\d{1,4}$/.test(term) ? !/^(?:19|20)\d\d$/.test(term) : NUMBER_WORDS.has(term);
}

/** Most terms after a count before the word for what it counts ("23 of our brave soldiers"). */
const COUNTED_REACH = 3;

/** Terms of the claim's wording after its number that say what is counted, places aside ("Pakistani soldiers" → soldier). */
const COUNTED_WORDS = 2;

/** What a claim whose frame holds a number counts (undefined for any other claim). */
export function compileCount(requires: readonly (readonly string[])[] | undefined, claimText: string): ClaimCount | undefined {
  const frame = compileFrame(requires);
  if (!frame || !requires) return undefined;
  const groups = new Set<number>();
  const numbers = new Set<string>();
  const runs: string[][] = [];
  requires.forEach((group, g) =>
    group.forEach((alt) => {
      const run = textTerms(alt);
      if (!run.length || !run.every(isCount)) return;
      groups.add(g);
      numbers.add(fold(alt).trim());
      runs.push(run);
    }),
  );
  if (!groups.size) return undefined;
  // What is counted follows the claim's own number in its wording.
  const terms = textTerms(claimText);
  const own = runs.map((run) => ({ run, at: positions(terms, run)[0] })).find((r) => r.at !== undefined);
  if (!own) return undefined;
  const end = own.at! + own.run.length;
  const after = terms.slice(end, end + COUNTED_WORDS + 1);
  const counted = new Set(after.filter((t) => !PLACES.has(t) && !isCount(t)).slice(0, COUNTED_WORDS));
  if (!counted.size) return undefined;
  const whose = after.find((t) => PLACES.has(t));
  const said = new Set(terms.filter((t) => !counted.has(t) && !isCount(t) && !PLACES.has(t) && inFrame(frame, t)));
  const alternatives = [...numbers].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[- ]?'));
  return {
    groups,
    counted,
    ...(whose ? { whose } : {}),
    said,
    number: new RegExp(
      String.raw`(?<![\p{L}\p{N}]|\p{N}[.,])(?:${alternatives.join('|')})(?![\p{L}\p{N}]|[.,]\p{N}|-\p{L})`,
      'u',
    ),
  };
}

/**
 * Where the quote gives a count of what a claim counts, of the same side's: the count's positions. Only words that
 * describe what is counted stand between ("23 of our brave soldiers"): not another side ("nine Afghan soldiers", "200
 * Taliban soldiers"), nor another part of the frame ("12 attackers were killed by the soldiers"); a number before a
 * month is a date. None unless the quote also says one of the claim's other words ("martyred", "killed").
 */
function countsOf(quote: readonly string[], count: ClaimCount, frame: Frame): number[] {
  if (!quote.some((t) => count.said.has(t))) return [];
  const out: number[] = [];
  for (let i = 0; i < quote.length; i++) {
    if (!isCount(quote[i]!) || MONTHS.has(quote[i + 1] ?? '')) continue;
    for (let j = i + 1; j <= i + COUNTED_REACH && j < quote.length && quote[j] !== BREAK; j++) {
      const t = quote[j]!;
      if ((SIDES.has(t) && t !== count.whose) || (!count.counted.has(t) && inFrame(frame, t))) break;
      if (count.counted.has(t)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/** Whether a term is one of a frame's words. */
function inFrame(frame: Frame, term: string): boolean {
  return frame.some((group) => group.some((run) => run.includes(term)));
}

/** Where a run of terms occurs, in order and adjacent, in a passage's terms (start indexes). */
function positions(passage: readonly string[], run: readonly string[]): number[] {
  const out: number[] = [];
  outer: for (let i = 0; i + run.length <= passage.length; i++) {
    for (let j = 0; j < run.length; j++) if (passage[i + j] !== run[j]) continue outer;
    out.push(i);
  }
  return out;
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

/** How many terms before a frame's words a negation still covers them ("does not allow anyone to use"). */
const NEGATION_REACH = 3;

/** Whether a negation (one of `negators`) in the same sentence covers the window [from, to] of a passage's terms. */
function negationCovers(
  terms: readonly string[],
  [from, to]: readonly [number, number],
  negators: ReadonlySet<string> = NEGATORS,
): boolean {
  if (terms.slice(from, to + 1).includes(BREAK)) return false;
  // A negated prevention affirms what it would have prevented: "has done nothing to stop the TTP
  // from using Afghan soil", "never prevented them from using our territory".
  const prevents = (a: number, b: number) => terms.slice(a, b).some((t) => PREVENTION.has(t));
  for (let i = from - 1; i >= Math.max(0, from - NEGATION_REACH) && terms[i] !== BREAK; i--)
    if (negators.has(terms[i]!)) return !prevents(i + 1, to + 1);
  for (let i = from; i <= to; i++) if (negators.has(terms[i]!) && !prevents(i + 1, to + 1)) return true;
  return false;
}

/**
 * Negators of a verb, as terms: the only ones read over a window widened back over the frame's words
 * (`reachBack`), where a negated noun ("none of its fighters were among the dead and that those killed
 * were …") negates only that noun.
 */
const VERB_NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'cannot']);

/**
 * A frame's window widened back over the frame's words just before it: the tightest run may start
 * after the verb that a negation governs ("do not allow anyone to use Afghanistan's territory against
 * …" is met tightest by "territory against", but "not" governs "use").
 */
function reachBack([from, to]: readonly [number, number], words: ReadonlySet<number>): [number, number] {
  let start = from;
  while (words.has(start - 1)) start--;
  return [start, to];
}

/** Terms (stemmed) of letting: "no group is permitted to use", "nobody will be allowed to use" deny the use. */
const PERMISSION = new Set(['allow', 'permit', 'let']);

/** How many terms before a frame's words a verb of letting still governs them ("allowed anyone to use"). */
const PERMISSION_REACH = 2;

/** A window widened back over a verb of letting just before it, whose negation then covers the frame's words (none without one). */
function overPermission(terms: readonly string[], [from, to]: readonly [number, number]): [number, number] | undefined {
  for (let i = from - 1; i >= Math.max(0, from - PERMISSION_REACH) && terms[i] !== BREAK; i--)
    if (PERMISSION.has(terms[i]!)) return [i, to];
  return undefined;
}

/** Terms (stemmed) of preventing: negated, they affirm what follows ("did not stop them using"). */
const PREVENTION = new Set([
  'stop',
  'prevent',
  'curb',
  'restrain',
  'rein',
  'halt',
  'block',
  'act',
  'action',
  'tackl',
  'dismantl',
  'elimin',
  'expel',
  'control',
]);

const NO_TERMS: ReadonlySet<string> = new Set();
const NO_COUNTS: readonly number[] = [];

/**
 * The terms of an article's lead (its opening paragraph) specific enough to name its subject: an
 * incident ("Besham", "Jaffar Express"), a person ("Zawahiri"). A remark about "this attack" is
 * about that subject; a word shared by many claims ("Afghan") names nothing in particular.
 */
export function leadSubject(leadTerms: readonly string[], specificity: (term: string) => number): ReadonlySet<string> {
  return new Set(leadTerms.filter((t) => specificity(t) >= SUBJECT_SPECIFICITY));
}

/** An incident referred back to ("the attack", "Sunday's bombing"): the one the article's lead names. */
const INCIDENT_REFERENCE =
  /\b(?:the|this|that|today's|yesterday's|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's)\s+(?:attack|attacks|incident|assault|bombing|blast|hijacking|siege|raid|bomber|attacker|hijackers)\b/i;

/** Whether a remark refers back to an incident ("the attack had been directed from Afghan soil"). */
export function refersToIncident(remark: string): boolean {
  return INCIDENT_REFERENCE.test(remark);
}

/** Least specificity (inverse claim frequency) of a lead's term to stand for the article's subject: a word of one or two claims. */
const SUBJECT_SPECIFICITY = 2.9;

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
