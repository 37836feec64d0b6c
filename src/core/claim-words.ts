/**
 * A learned reading of which claim a remark's words make: a multinomial logistic regression over the remark's
 * terms and pairs of adjacent terms (`lexicon.ts`: folded, stemmed, paraphrases gathered), with one class per claim
 * and one for "none of the pack's claims". Fitted by `scripts/pack/learn-claim-words.ts` on labelled remarks and the
 * pack's own statements (docs/quality.md "Claim words"); the engine asks it only where its own evidence gives no
 * card, and shows what it names only with a side read from the remark's words.
 */
import { BREAK, termsOf } from './lexicon';
import { fold, tokenize } from './text';

/** The fitted model as stored: weights are kept only where they count, scaled to integers. */
export interface ClaimWordsModel {
  version: 1;
  /** The classes: the claims by id, then none. */
  claims: string[];
  /** Per class, the intercept (scaled). */
  bias: number[];
  /** Per feature, pairs of class index and weight (scaled), flattened. */
  weights: Record<string, number[]>;
  /** What the weights were multiplied by before rounding. */
  scale: number;
}

/** What is wrong with a model read from a file, or undefined when it can be used. */
export function claimWordsProblem(model: unknown): string | undefined {
  const m = model as Partial<ClaimWordsModel> | null;
  if (typeof m !== 'object' || m === null) return 'not an object';
  if (m.version !== 1) return `version ${String(m.version)}, not 1`;
  if (!Array.isArray(m.claims) || !m.claims.every((c) => typeof c === 'string')) return '"claims" is not a list of claim ids';
  if (!Array.isArray(m.bias) || m.bias.length !== m.claims.length + 1)
    return '"bias" needs one number per claim and one for none';
  if (typeof m.scale !== 'number' || !(m.scale > 0)) return '"scale" is not a positive number';
  if (typeof m.weights !== 'object' || m.weights === null) return '"weights" is not an object';
  for (const [f, w] of Object.entries(m.weights))
    if (
      !Array.isArray(w) ||
      w.length % 2 ||
      w.some((x, i) => typeof x !== 'number' || (i % 2 === 0 && !(x >= 0 && x <= m.claims!.length)))
    )
      return `the weights of "${f}" are not pairs of a class and a weight`;
  return undefined;
}

/** The features of a remark: its terms, and each pair of adjacent terms within a clause, once each. */
export function wordFeatures(text: string): string[] {
  const terms = termsOf(tokenize(fold(text)), text);
  const out = new Set<string>();
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t === BREAK) continue;
    out.add(t);
    const next = terms[i + 1];
    if (next && next !== BREAK) out.add(`${t} ${next}`);
  }
  return [...out];
}

/** A claim the model reads in a remark, with its probability. */
export interface LearnedClaim {
  claimId: string;
  p: number;
}

/** The model, ready to read remarks. */
export class ClaimWords {
  private readonly none: number;

  constructor(private readonly model: ClaimWordsModel) {
    this.none = model.claims.length;
  }

  /** The last remark read and its probabilities: the engine may ask twice of one remark (`learned-reading.ts`). */
  private last: { text: string; p: readonly number[] } | undefined;

  /** Every class's probability for a remark, the claims' in the model's order and none's last. */
  probabilities(text: string): readonly number[] {
    if (this.last?.text === text) return this.last.p;
    const { bias, weights, scale } = this.model;
    const z = bias.map((b) => b / scale);
    for (const f of wordFeatures(text)) {
      const w = weights[f];
      if (!w) continue;
      for (let k = 0; k < w.length; k += 2) z[w[k]!]! += w[k + 1]! / scale;
    }
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    const p = e.map((v) => v / sum);
    this.last = { text, p };
    return p;
  }

  /** The probability that the remark makes one claim (0 for a claim the model does not know). */
  probability(text: string, claimId: string): number {
    const k = this.model.claims.indexOf(claimId);
    return k < 0 ? 0 : this.probabilities(text)[k]!;
  }

  /** The claim the remark most likely makes, unless "none" is likelier. */
  best(text: string): LearnedClaim | undefined {
    const p = this.probabilities(text);
    let at = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[at]!) at = k;
    return at === this.none ? undefined : { claimId: this.model.claims[at]!, p: p[at]! };
  }
}
