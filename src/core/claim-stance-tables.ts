/**
 * Each claim's statements, as the index ranks them: its stances newest first, the stances on each
 * side, and an inverted index of their content words, built the first time a page touches the
 * claim (or later, by `warmUp`, for a claim with many statements). The candidates for ranking are
 * read from these tables, so their number does not grow with the corpus.
 */
import type { Claim, StanceKind } from './pack-schema';
import { push } from './phrase-matcher';
import { isAgainst } from './stance-tally';
import type { StatementRef, StatementSource } from './statement-source';

/** A statement's stance on one claim, as stored in the index. */
export interface IndexedStance {
  /** The statement's row in the source. */
  row: number;
  statement: StatementRef;
  stance: StanceKind;
  /** Groups statements that are the same remark transcribed by several outlets. */
  remark: string;
}

/** A claim's word index and its statements on each side, newest first. */
interface ClaimTables {
  list: IndexedStance[];
  postings: Map<string, IndexedStance[]> | undefined;
  pos: IndexedStance[];
  neg: IndexedStance[];
}

/** Claims with at most this many statements get their word index at once (every real pack today). */
const EAGER_INDEX = 1500;
/** A word held by more statements of a claim than this says nothing specific about any of them. */
const MAX_POSTING = 400;
/** The newest statements on each side of a claim are always considered, whatever their words. */
const NEWEST_PER_SIDE = 48;

/** The statements on each claim of the index, read from its source on first use (`ClaimIndex` holds one). */
export class ClaimStanceTables {
  /**
   * Per claim: its stances, newest first; the stances of statements holding each content word
   * (an inverted index for overlap); and the stances on each side (asserting or qualifying /
   * denying or disputing), newest first. Built the first time a page touches the claim.
   */
  private readonly claimTables = new Map<string, ClaimTables>();

  constructor(
    private readonly claims: ReadonlyMap<string, Claim>,
    private readonly source: StatementSource,
  ) {}

  private readonly wordCache = new Map<number, ReadonlySet<string>>();

  /** Folded content words of a statement (quote or summary, keywords), for overlap scores. */
  wordsOf(entry: IndexedStance): ReadonlySet<string> {
    let words = this.wordCache.get(entry.row);
    if (!words) {
      words = this.source.words(entry.row);
      this.wordCache.set(entry.row, words);
    }
    return words;
  }

  /**
   * The sides of one claim, built on first use, and its word index: built at once for a claim
   * with few statements, else left for `warmUp` so that a cold start answers with the newest
   * statements on each side rather than wait for the whole index.
   */
  private tables(claimId: string): ClaimTables {
    let t = this.claimTables.get(claimId);
    if (!t) {
      const list: IndexedStance[] = this.claims.has(claimId)
        ? this.source
            .claimStances(claimId)
            .map(({ row, stance }) => ({ row, statement: this.source.ref(row), stance, remark: this.source.remark(row) }))
        : [];
      t = { list, postings: undefined, pos: [], neg: [] };
      for (const entry of list) (isAgainst(entry.stance) ? t.neg : t.pos).push(entry);
      this.claimTables.set(claimId, t);
      if (list.length <= EAGER_INDEX) this.buildPostings(claimId, t);
      else this.pending.add(claimId);
    }
    return t;
  }

  private buildPostings(claimId: string, t: ClaimTables): void {
    const postings = new Map<string, IndexedStance[]>();
    for (const entry of t.list) for (const w of this.wordsOf(entry)) push(postings, w, entry);
    t.postings = postings;
    this.pending.delete(claimId);
  }

  private readonly pending = new Set<string>();

  /** Builds the word indexes that pages asked for but did not wait for. Returns how many were built. */
  warmUp(): number {
    let built = 0;
    for (const claimId of [...this.pending]) {
      const t = this.claimTables.get(claimId);
      if (!t) continue;
      this.buildPostings(claimId, t);
      built++;
    }
    return built;
  }

  /**
   * The stances on a claim worth ranking for a passage, with the number of content words each
   * shares with it: those sharing a specific word, plus the newest on each side. Bounded by
   * `MAX_POSTING` and `NEWEST_PER_SIDE`, so the cost does not grow with the corpus.
   */
  candidates(claimId: string, words: ReadonlySet<string>): { entry: IndexedStance; shared: number }[] {
    const shared = new Map<IndexedStance, number>();
    const { postings, pos, neg } = this.tables(claimId);
    if (postings)
      for (const w of words) {
        const list = postings.get(w);
        if (!list || list.length > MAX_POSTING) continue;
        for (const e of list) shared.set(e, (shared.get(e) ?? 0) + 1);
      }
    for (const e of [...pos.slice(0, NEWEST_PER_SIDE), ...neg.slice(0, NEWEST_PER_SIDE)]) {
      if (shared.has(e)) continue;
      let n = 0;
      for (const w of this.wordsOf(e)) if (words.has(w)) n++;
      shared.set(e, n);
    }
    return [...shared].map(([entry, n]) => ({ entry, shared: n }));
  }
}
