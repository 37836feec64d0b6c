/**
 * Pure checks on a pack's provenance, used by `bundled-pack.test.ts`.
 *
 * They are plain functions over plain data (a pack and the seed texts keyed by file stem) so that a
 * test can feed them a deliberately corrupted pack and show that they catch it: a check that cannot
 * fail is a defect.
 */
import type { Actor, Pack, Statement } from '../../src/core/pack-schema';

/** Seed article texts keyed by file stem (`003_0ea2dc195ae3d401`). */
export type SeedTexts = Readonly<Record<string, string>>;

/** A span of a seed that is printed between quote marks but deliberately not a pack quote. */
export interface ExcludedSpan {
  seed: string;
  text: string;
  reason: string;
}

/**
 * Problems with the quotes of a pack: every statement with a `quote` must cite at least one seed,
 * every source of a quote must be a seed, and the quote must stand verbatim (character for character)
 * in each seed it cites. Returns one message per problem; an empty list means the quotes are sound.
 */
export function quoteProvenanceErrors(pack: Pick<Pack, 'statements'>, seeds: SeedTexts): string[] {
  const errors: string[] = [];
  for (const s of pack.statements) {
    if (s.quote === undefined) continue;
    if (!s.sources.some((src) => src.seed)) errors.push(`${s.id}: quote cites no seed`);
    for (const src of s.sources) {
      if (!src.seed) {
        errors.push(`${s.id}: source ${src.outlet} is not a seed; a bundled quote must come from a seed`);
        continue;
      }
      const text = seeds[src.seed];
      if (text === undefined) errors.push(`${s.id}: cites unknown seed ${src.seed}`);
      else if (!text.includes(s.quote)) errors.push(`${s.id}: quote is not verbatim in seed ${src.seed}`);
    }
  }
  return errors;
}

const PAIRS: [open: string, close: string][] = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ["'", "'"],
];
const LETTER = /\p{L}/u;

/**
 * Spans printed between matching quote marks (curly or straight, double or single). Single marks
 * count only when they cannot be apostrophes: no letter before the opening mark, none after the closing
 * one. A closing mark with no opening mark is not reported (see the README on seed 000).
 */
export function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const [open, close] of PAIRS) {
    const single = open === '‘' || open === "'";
    let from = 0;
    for (;;) {
      const i = text.indexOf(open, from);
      if (i < 0) break;
      if (single && i > 0 && LETTER.test(text[i - 1]!)) {
        from = i + 1;
        continue;
      }
      let j = text.indexOf(close, i + 1);
      while (single && j >= 0 && j + 1 < text.length && LETTER.test(text[j + 1]!)) j = text.indexOf(close, j + 1);
      if (j < 0) break;
      // A straight double quote never spans paragraphs in these articles.
      const span = text.slice(i + 1, j);
      if (!span.includes('\n')) spans.push(span);
      from = j + 1;
    }
  }
  return spans;
}

/**
 * Seed spans between quote marks that the pack does not hold as a quote. A span is held when a pack
 * quote equals it, or equals it less the comma that precedes the closing mark; excluded spans are
 * listed with their reason in `curated.json`.
 */
export function uncoveredSeedSpans(pack: Pick<Pack, 'statements'>, seeds: SeedTexts, excluded: ExcludedSpan[]): string[] {
  const quotesBySeed = new Map<string, Set<string>>();
  for (const s of pack.statements) {
    if (s.quote === undefined) continue;
    for (const src of s.sources) {
      if (!src.seed) continue;
      const set = quotesBySeed.get(src.seed) ?? new Set<string>();
      set.add(s.quote);
      quotesBySeed.set(src.seed, set);
    }
  }
  const missing: string[] = [];
  for (const [seed, text] of Object.entries(seeds)) {
    const held = quotesBySeed.get(seed) ?? new Set<string>();
    for (const span of quotedSpans(text)) {
      const ok =
        held.has(span) ||
        (span.endsWith(',') && held.has(span.slice(0, -1))) ||
        excluded.some((e) => e.seed === seed && e.text === span);
      if (!ok) missing.push(`${seed}: ${span}`);
    }
  }
  return missing;
}

/** Spans of `minWords` words or more printed between quote marks in a text (pasted third-party text). */
export function longQuotedSpans(text: string, minWords = 8): string[] {
  return quotedSpans(text).filter((s) => s.trim().split(/\s+/).length >= minWords);
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Ids of the actors whose name or one of whose aliases is `name` (case and accents ignored). */
export function actorsNamed(pack: Pick<Pack, 'actors'>, name: string): string[] {
  const key = fold(name);
  return pack.actors.filter((a) => fold(a.name) === key || a.aliases.some((al) => fold(al) === key)).map((a) => a.id);
}

/** Names or aliases (lower-cased) that two of `actors` give: "name: first id / second id". */
export function nameClashes(actors: readonly Pick<Actor, 'id' | 'name' | 'aliases'>[]): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const a of actors) {
    for (const n of new Set([a.name, ...a.aliases].map((x) => x.toLowerCase()))) {
      const other = seen.get(n);
      if (other && other !== a.id) clashes.push(`${n}: ${other} / ${a.id}`);
      seen.set(n, a.id);
    }
  }
  return clashes;
}

/** Claims that someone denies or disputes but that no statement asserts (one side missing). */
export function oneSidedClaims(statements: Statement[]): string[] {
  const kinds = new Map<string, Set<string>>();
  for (const s of statements) {
    for (const st of s.stances) {
      const set = kinds.get(st.claimId) ?? new Set<string>();
      set.add(st.stance);
      kinds.set(st.claimId, set);
    }
  }
  return [...kinds].filter(([, k]) => (k.has('denies') || k.has('disputes')) && !k.has('asserts')).map(([id]) => id);
}
