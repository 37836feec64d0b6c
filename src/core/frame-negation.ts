/**
 * Whether a negation covers the words that met a frame ("we do not let anyone use our soil"), with
 * its exceptions: a negated prevention affirms ("did not stop them using"), a negated verb of letting
 * denies ("nobody will be allowed to use"), and a verb's negation reaches back over the frame's words.
 */
import { BREAK, NEGATORS } from './lexicon';

/** How many terms before a frame's words a negation still covers them ("does not allow anyone to use"). */
const NEGATION_REACH = 3;

/** Whether a negation (one of `negators`) in the same sentence covers the window [from, to] of a passage's terms. */
export function negationCovers(
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
export const VERB_NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'cannot']);

/**
 * A frame's window widened back over the frame's words just before it: the tightest run may start
 * after the verb that a negation governs ("do not allow anyone to use Afghanistan's territory against
 * …" is met tightest by "territory against", but "not" governs "use").
 */
export function reachBack([from, to]: readonly [number, number], words: ReadonlySet<number>): [number, number] {
  let start = from;
  while (words.has(start - 1)) start--;
  return [start, to];
}

/** Terms (stemmed) of letting: "no group is permitted to use", "nobody will be allowed to use" deny the use. */
const PERMISSION = new Set(['allow', 'permit', 'let']);

/** How many terms before a frame's words a verb of letting still governs them ("allowed anyone to use"). */
const PERMISSION_REACH = 2;

/** A window widened back over a verb of letting just before it, whose negation then covers the frame's words (none without one). */
export function overPermission(terms: readonly string[], [from, to]: readonly [number, number]): [number, number] | undefined {
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
