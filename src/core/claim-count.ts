/**
 * A claim that is a tally ("Afghan forces killed 58 Pakistani soldiers"): what it counts, compiled
 * once from the pack, and where a remark gives another number of the same thing ("23 of our soldiers
 * were martyred"), which disputes the tally.
 */
import { textTerms } from './claim-profile';
import { compileFrame, inFrame, positions, type Frame } from './frame-terms';
import { BREAK, PLACES } from './lexicon';
import { fold } from './text';

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
export function isCount(term: string): boolean {
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
export function countsOf(quote: readonly string[], count: ClaimCount, frame: Frame): number[] {
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
