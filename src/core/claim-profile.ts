/**
 * What the pack says about each claim, as weighted terms: the claim's own wording, its cues, and
 * the words of the statements on it (quotes and summaries, both sides). A passage is scored against
 * every profile the way claim-retrieval systems score a query against documents (BM25: a term
 * counts by how specific it is to few claims, with diminishing returns for repeats), and by how
 * much of the claim's own proposition it covers.
 */
import type { Claim } from './pack-schema';
import { termsOf, PLACES } from './lexicon';
import { fold, tokenize } from './text';

/** Weight of a term of the claim's own wording: the proposition itself. */
const CLAIM_TEXT_WEIGHT = 3;
/** Weight of a term of a cue: the pack author's chosen wording for the claim. */
const CUE_WEIGHT = 1.5;
/** Weight of a term of one statement on the claim: how people put it. */
const STATEMENT_WEIGHT = 0.5;
/** Statements read per claim: enough for its vocabulary, bounded at 100,000 statements. */
const MAX_STATEMENTS = 80;
/** BM25 saturation: how fast repeats of a term stop adding. */
const K1 = 1.2;
/** BM25 length normalisation. */
const B = 0.5;

/** One claim's terms. */
interface Profile {
  tf: Map<string, number>;
  length: number;
  /** Terms of the claim's own wording, for coverage. */
  core: Set<string>;
  /** Places the claim's wording names ("Afghan", "Pakistan", "India"). */
  places: Set<string>;
}

/** How a passage bears on one claim, by kind of lexical evidence. */
export interface LexicalEvidence {
  /** BM25 score of the passage against the claim's profile. */
  bm25: number;
  /** Share (0..1, by specificity) of the claim's own terms the passage holds. */
  coverage: number;
  /** Terms shared with the claim's own wording. */
  shared: string[];
}

/** The terms of a text given as a string. */
export function textTerms(text: string): string[] {
  return termsOf(tokenize(fold(text)), text);
}

/** A claim holding a term: its BM25 weight for the term, and the term's coverage weight if the claim's own wording holds it (else −1). */
interface Posting {
  claimId: string;
  weight: number;
  core: number;
}

/** Every claim's profile, and the specificity of each term across claims. */
export class ClaimProfiles {
  private readonly profiles = new Map<string, Profile>();
  private readonly idf = new Map<string, number>();
  /** Specificity of a term among the claims' own wordings (for coverage). */
  private readonly coreIdf = new Map<string, number>();
  private readonly avgLength: number;

  /** `statementTerms(claimId, max)` gives the terms of up to `max` statements on the claim. */
  constructor(claims: readonly Claim[], statementTerms: (claimId: string, max: number) => string[][]) {
    const df = new Map<string, number>();
    let total = 0;
    for (const c of claims) {
      const tf = new Map<string, number>();
      const add = (terms: readonly string[], w: number) => {
        for (const t of new Set(terms)) tf.set(t, (tf.get(t) ?? 0) + w);
      };
      const core = textTerms(c.text);
      add(core, CLAIM_TEXT_WEIGHT);
      for (const cue of c.cues) add(textTerms(cue), CUE_WEIGHT);
      for (const terms of statementTerms(c.id, MAX_STATEMENTS)) add(terms, STATEMENT_WEIGHT);
      let length = 0;
      for (const v of tf.values()) length += v;
      total += length;
      const coreSet = new Set(core);
      this.profiles.set(c.id, { tf, length, core: coreSet, places: new Set([...coreSet].filter((t) => PLACES.has(t))) });
      for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    }
    const n = Math.max(claims.length, 1);
    const coreDf = new Map<string, number>();
    for (const p of this.profiles.values()) for (const t of p.core) coreDf.set(t, (coreDf.get(t) ?? 0) + 1);
    for (const [t, d] of coreDf) this.coreIdf.set(t, Math.log(n / d));
    for (const [t, d] of df) this.idf.set(t, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
    this.avgLength = total / n || 1;
  }

  /** Specificity of a term across claims (0 for a term no claim uses). */
  specificity(term: string): number {
    return this.idf.get(term) ?? 0;
  }

  /** Places the claim's own wording names. */
  placesOf(claimId: string): ReadonlySet<string> {
    return this.profiles.get(claimId)?.places ?? new Set();
  }

  /** Per term, the claims whose profile holds it and how often (built once, with each claim's coverage total). */
  private postings: Map<string, Posting[]> | undefined;
  private readonly coreTotals = new Map<string, number>();

  private index(): Map<string, Posting[]> {
    if (!this.postings) {
      this.postings = new Map();
      for (const [claimId, p] of this.profiles) {
        let coreTotal = 0;
        for (const t of p.core) coreTotal += this.coreIdf.get(t) ?? 0;
        this.coreTotals.set(claimId, coreTotal);
        const norm = K1 * (1 - B + (B * p.length) / this.avgLength);
        for (const [t, tf] of p.tf) {
          const list = this.postings.get(t) ?? [];
          const core = p.core.has(t) ? (this.coreIdf.get(t) ?? 0) : -1;
          list.push({ claimId, weight: (this.specificity(t) * tf * (K1 + 1)) / (tf + norm), core });
          this.postings.set(t, list);
        }
      }
    }
    return this.postings;
  }

  /** Lexical evidence for each claim sharing a term with the passage (terms → weight in the passage). */
  score(query: ReadonlyMap<string, number>): Map<string, LexicalEvidence> {
    const postings = this.index();
    const out = new Map<string, LexicalEvidence>();
    for (const [t, qw] of query) {
      const list = postings.get(t);
      if (!list) continue;
      for (const { claimId, weight, core } of list) {
        let e = out.get(claimId);
        if (!e) {
          e = { bm25: 0, coverage: 0, shared: [] };
          out.set(claimId, e);
        }
        e.bm25 += qw * weight;
        if (core >= 0) {
          e.coverage += core * Math.min(1, qw);
          e.shared.push(t);
        }
      }
    }
    for (const [claimId, e] of out) {
      const total = this.coreTotals.get(claimId) ?? 0;
      e.coverage = total ? e.coverage / total : 0;
    }
    return out;
  }
}
