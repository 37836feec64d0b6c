/**
 * Claim cues: the phrases that name each claim (its own cues, and its statements' keywords at a
 * lower weight), weighted by how specific they are, in one phrase matcher; and a passage's claim
 * scores read from the cues it holds.
 */
import type { Claim } from './pack-schema';
import { PhraseMatcher } from './phrase-matcher';
import { phraseWords, type Token } from './text';

/** Weight of a cue found in statement keywords rather than in the claim's own cues. */
const KEYWORD_CUE_WEIGHT = 0.35;

/** Every claim's cues in one phrase matcher, each with the claim it names and its weight. */
export type CueMatcher = PhraseMatcher<{ claimId: string; weight: number }>;

/**
 * Cues weighted by how specific they are: a cue shared by many claims says little about
 * which one a quote makes (inverse document frequency over claims). A keyword that is just an
 * actor's name (`actorName`) is no cue.
 */
export function buildCueMatcher(
  claims: readonly Claim[],
  keywordClaims: ReadonlyMap<string, ReadonlySet<string>>,
  actorName: (keyword: string) => boolean,
): CueMatcher {
  const cueClaims = new Map<string, Map<string, number>>();
  const add = (phrase: string, claimId: string, weight: number) => {
    const key = phraseWords(phrase).join(' ');
    if (!key) return;
    const m = cueClaims.get(key) ?? new Map<string, number>();
    m.set(claimId, Math.max(m.get(claimId) ?? 0, weight));
    cueClaims.set(key, m);
  };
  for (const c of claims) for (const cue of c.cues) add(cue, c.id, 1);
  // Keywords repeat across statements: the source gathers the claims of each distinct keyword.
  for (const [k, claimIds] of keywordClaims)
    if (!actorName(k)) for (const claimId of claimIds) add(k, claimId, KEYWORD_CUE_WEIGHT);
  const n = Math.max(claims.length, 1);
  const entries: [string, { claimId: string; weight: number }][] = [];
  for (const [cue, perClaim] of cueClaims) {
    const idf = Math.log(1 + n / perClaim.size);
    for (const [claimId, weight] of perClaim) entries.push([cue, { claimId, weight: weight * idf }]);
  }
  return PhraseMatcher.of(entries);
}

/**
 * Claim scores for a passage: cues in the quote count fully, cues in its surrounding
 * sentence count `contextWeight`.
 */
export function scoreClaims(
  cueMatcher: CueMatcher,
  quoteTokens: readonly Token[],
  contextTokens: readonly Token[],
  contextWeight: number,
): Map<string, number> {
  const scores = new Map<string, number>();
  const seen = new Set<string>();
  const addAll = (tokens: readonly Token[], factor: number) => {
    // Every claim that shares a matched cue hears it.
    for (const m of cueMatcher.findAll(tokens))
      for (const { claimId, weight } of m.values) {
        const key = `${claimId}|${m.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        scores.set(claimId, (scores.get(claimId) ?? 0) + weight * factor);
      }
  };
  addAll(quoteTokens, 1);
  addAll(contextTokens, contextWeight);
  return scores;
}
