/**
 * A fact-checker's rating as a stance on the claim it reviewed. The words of the rating
 * (`alternateName`, else `name`) decide where Counterpoint knows them; otherwise the number on its
 * scale (`ratingValue` between `worstRating`, "false", and `bestRating`, "true"; schema.org's
 * defaults are 1 and 5). A rating read as neither side, or not read at all, is kept as `qualifies`
 * and the preview says which.
 */
import type { StanceKind } from './pack-schema.js';
import { fold } from './text.js';

/** How a verdict was read. */
export type VerdictBasis = 'words' | 'scale' | 'mixed' | 'unrated';

/** A rating read as a stance. */
export interface Verdict {
  stance: StanceKind;
  /** What it was read from; `mixed` and `unrated` are kept as `qualifies`. */
  basis: VerdictBasis;
  /** The rating as the file gives it, for people: `False`, `2 on a scale of 1 to 5`. */
  label?: string;
}

/**
 * Rating words, most specific first: "mostly false" must be read before "false", "not true"
 * before "true". Each is matched as whole words in the folded label.
 */
const WORDS: readonly [RegExp, StanceKind | 'mixed'][] = [
  [/\b(pants on fire|not true|untrue|fabricated|fake|hoax|bogus|debunked|baseless|incorrect|inaccurate|wrong|scam)\b/, 'denies'],
  [/\b(mostly|partly|partially|largely|half) (false|untrue|inaccurate)\b/, 'disputes'],
  [/\b(half|partly|partially) (true|correct|accurate)\b/, 'mixed'],
  [/\b(mostly|largely) (true|correct|accurate)\b/, 'asserts'],
  [
    /\b(misleading|exaggerat\w*|distort\w*|manipulated|cherry picked|missing context|out of context|lacks context|needs context|unsupported|unsubstantiated|no evidence|spin|flip flop)\b/,
    'disputes',
  ],
  [/\b(false)\b/, 'denies'],
  [/\b(mixed|mixture|unproven|unverified|unclear|disputed|contested|inconclusive|half truth|satire|opinion)\b/, 'mixed'],
  [/\b(true|correct|accurate|verified|confirmed|genuine)\b/, 'asserts'],
];

/** The stance a rating's words name, or undefined for words Counterpoint does not know ("Four Pinocchios"). */
export function stanceOfWords(label: string): StanceKind | 'mixed' | undefined {
  const words = fold(label)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (!words || /\b(not rated|unrated|no rating)\b/.test(words)) return undefined;
  return WORDS.find(([re]) => re.test(words))?.[1];
}

/** Position on the scale at or below which a rating is false: the bottom fifth. */
const FALSE_UP_TO = 0.2;
/** Below this, it leans false: misleading, mostly false. */
const LEANS_FALSE_BELOW = 0.45;
/** Up to this, it is the middle of the scale: mixed. Above, it leans true. */
const MIDDLE_UP_TO = 0.55;

/** The stance a number on a scale names; undefined where the scale makes no sense or the value is off it (`-1`: not rated). */
export function stanceOfScale(value: number, best = 5, worst = 1): StanceKind | 'mixed' | undefined {
  if (![value, best, worst].every(Number.isFinite) || best === worst) return undefined;
  // A scale may run either way; `worstRating` is "false" whatever its number.
  const p = (value - worst) / (best - worst);
  if (p < 0 || p > 1) return undefined;
  if (p <= FALSE_UP_TO) return 'denies';
  if (p < LEANS_FALSE_BELOW) return 'disputes';
  if (p <= MIDDLE_UP_TO) return 'mixed';
  return 'asserts';
}

/** A number given as a number or as text ("4", "4.5"); undefined otherwise. */
export function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

/** The fields of a `reviewRating` that decide a verdict. */
export interface RatingFields {
  alternateName?: string;
  name?: string;
  ratingValue?: unknown;
  bestRating?: unknown;
  worstRating?: unknown;
}

/** The verdict of a rating: its words where they are known, else its scale, else unrated. */
export function verdictOf(rating: RatingFields | undefined): Verdict {
  const words = (rating?.alternateName ?? rating?.name ?? '').trim();
  const value = numberOf(rating?.ratingValue);
  const best = numberOf(rating?.bestRating) ?? 5;
  const worst = numberOf(rating?.worstRating) ?? 1;
  const scaleLabel = value === undefined ? undefined : `${value} on a scale of ${worst} to ${best}`;
  const label = words || scaleLabel;
  const byWords = words ? stanceOfWords(words) : undefined;
  const read = byWords ?? (value === undefined ? undefined : stanceOfScale(value, best, worst));
  const basis: VerdictBasis = read === undefined ? 'unrated' : read === 'mixed' ? 'mixed' : byWords ? 'words' : 'scale';
  const stance: StanceKind = read === undefined || read === 'mixed' ? 'qualifies' : read;
  return label ? { stance, basis, label } : { stance, basis };
}

/** What an exported verdict says for each stance: the words and the place on a 1–5 scale. */
export const RATING_OF_STANCE: Record<StanceKind, { alternateName: string; ratingValue: number }> = {
  denies: { alternateName: 'False', ratingValue: 1 },
  disputes: { alternateName: 'Misleading', ratingValue: 2 },
  qualifies: { alternateName: 'Mixed', ratingValue: 3 },
  asserts: { alternateName: 'True', ratingValue: 5 },
};
