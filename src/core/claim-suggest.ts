/**
 * Which corpus claim a fact-check's claim is, as the engine sees it: the claim's words are read
 * like text the reader selected (one reported claim, no topic gate), and the engine's own ranking
 * of the claims for it (`AnalyseOptions.onEvidence`) is kept. The engine's matching is used as it
 * is; this module only asks it and keeps the answer.
 */
import type { AnalyseOptions } from './engine.js';
import { MIN_TOTAL, type ClaimEvidence } from './claim-judge.js';

/** A corpus claim offered for a fact-check's claim. */
export interface ClaimSuggestion {
  claimId: string;
  /** The engine's combined score. */
  score: number;
  /** Strong enough for the engine to name the claim on a page (`MIN_TOTAL`): offered first, chosen by default. */
  confident: boolean;
}

/** Claims offered per fact-check. */
export const MAX_SUGGESTIONS = 3;
/** Least score offered at all: a share of what naming a claim needs. */
const MIN_OFFERED = MIN_TOTAL / 3;

/**
 * The claim's words as the engine should read them: quote marks taken out, so the whole text is
 * one reported claim rather than the quotes inside it.
 */
export function claimQuery(text: string): string {
  return text.replace(/["“”«»„]/g, '').trim();
}

/**
 * Options that collect the engine's ranking of claims for one text, and the suggestions read
 * from it afterwards: `run(options)` must call the engine with `snippet: true`.
 */
export async function suggestClaims(run: (options: AnalyseOptions) => unknown): Promise<ClaimSuggestion[]> {
  const best = new Map<string, number>();
  await run({
    snippet: true,
    onEvidence: (_quote, evidence: ClaimEvidence[]) => {
      for (const e of evidence) best.set(e.claimId, Math.max(best.get(e.claimId) ?? 0, e.total));
    },
  });
  return [...best]
    .filter(([, score]) => score >= MIN_OFFERED)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_SUGGESTIONS)
    .map(([claimId, score]) => ({ claimId, score: Math.round(score * 100) / 100, confident: score >= MIN_TOTAL }));
}
