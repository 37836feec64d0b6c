/**
 * The corpus, indexed for matching: claim cues in one phrase matcher, statements grouped by
 * the claims they take a stance on. Matching a quote touches the claims it names, never the
 * whole corpus, so its cost grows with the claims, not with the number of statements.
 *
 * The index keeps of each statement only what ranking needs (`StatementRef`, its stances, its
 * words); the text and sources of the few statements shown are read afterwards. So the same index
 * is built from statements in memory (`statementSource`) or restored from a snapshot stored in
 * the database (`index-snapshot.ts`) without reading a single statement.
 *
 * Its parts, each in its own module: the stance tallies (`stance-tally.ts`), where statements are
 * read (`statement-source.ts`), each claim's statements (`claim-stance-tables.ts`), whom actors
 * speak for (`actor-sides.ts`), claim cues (`claim-cues.ts`) and known remarks (`known-remarks.ts`).
 */
import type { Actor, Claim } from './pack-schema';
import { ActorSides } from './actor-sides';
import { buildCueMatcher, scoreClaims, type CueMatcher } from './claim-cues';
import { ClaimProfiles } from './claim-profile';
import { compileCount, compileFrame, type ClaimCount, type Frame } from './claim-frames';
import { havenPlaces, type HavenPlace } from './haven-place';
import { ClaimStanceTables, type IndexedStance } from './claim-stance-tables';
import { knownRemarks, type KnownRemark } from './known-remarks';
import { termsOfText } from './lexicon';
import { addToTally, isAgainst, type Tally } from './stance-tally';
import type { StatementSource } from './statement-source';
import type { Token } from './text';

// Re-exported so that importers of the index keep one place to import its types and helpers from.
export { addToTally, clearSide, isAgainst, mostCommonStance, type Tally } from './stance-tally';
export { normalised, openingOf, statementSource, type StatementRef, type StatementSource } from './statement-source';
export type { IndexedStance } from './claim-stance-tables';
export type { KnownRemark } from './known-remarks';

/** Words of a claim about what ought to be or may be done. */
const NORMATIVE = /\b(?:should|must|ought|entitled|right to)\b/i;

/** The corpus indexed for matching: claims, stances per claim, speakers' and camps' records, cues. */
export class ClaimIndex {
  readonly claims = new Map<string, Claim>();
  readonly actors = new Map<string, Actor>();
  /** Stance tallies per actor and claim, for stance inference. */
  readonly actorStances = new Map<string, ReadonlyMap<string, Tally>>();
  /** The same per camp (the government, movement or group an actor speaks for). */
  readonly campStances = new Map<string, Map<string, Tally>>();
  /** The same per country the actors speak for (`placeOf`): how a claim's asserters and deniers divide by side. */
  readonly placeStances = new Map<string, Map<string, Tally>>();
  /** Claims about what ought to be or may be done ("should resolve their disputes", "is entitled to fence"). */
  readonly normative = new Set<string>();
  /** Claims someone in the corpus denies or disputes: accusations, with a side that answers them. */
  readonly contested = new Set<string>();
  private readonly cueMatcher: CueMatcher;
  /** Each claim's stances, sides and word index, built the first time a page touches the claim. */
  private readonly stanceTables: ClaimStanceTables;
  /** Whom each actor speaks for: camp, country, armed group. */
  private readonly sides: ActorSides;

  constructor(
    actors: readonly Actor[],
    claims: readonly Claim[],
    private readonly source: StatementSource,
  ) {
    for (const a of actors) this.actors.set(a.id, a);
    for (const c of claims) {
      this.claims.set(c.id, c);
      if (NORMATIVE.test(c.text)) this.normative.add(c.id);
    }
    this.sides = new ActorSides(this.actors);
    this.stanceTables = new ClaimStanceTables(this.claims, source);
    // Only what every page needs is built here, and nothing per statement: a claim's stances and
    // word index are read the first time a page touches it (`ClaimStanceTables`).
    for (const [actorId, perClaim] of source.tallies) {
      const own = new Map([...perClaim].filter(([claimId]) => this.claims.has(claimId)));
      this.actorStances.set(actorId, own);
      const campId = this.campOf(actorId);
      const camp = this.campStances.get(campId) ?? new Map<string, Tally>();
      this.campStances.set(campId, camp);
      // An armed group, and its spokesman, are no side of the country it fights in ("Tehrik-i-Taliban Pakistan").
      const placeId = this.speaksForArmedGroup(actorId) ? undefined : this.placeOf(actorId);
      const place = placeId ? (this.placeStances.get(placeId) ?? new Map<string, Tally>()) : undefined;
      if (placeId && place) this.placeStances.set(placeId, place);
      for (const [claimId, tally] of own) {
        if (tally.some((t) => isAgainst(t.stance))) this.contested.add(claimId);
        for (const table of place ? [camp, place] : [camp]) {
          const merged = table.get(claimId) ?? [];
          table.set(claimId, merged);
          for (const t of tally) addToTally(merged, t.stance, t.first, t.count);
        }
      }
    }
    this.cueMatcher = buildCueMatcher(claims, source.keywordClaims, (keyword) => this.sides.actorName(keyword));
  }

  /** Folded content words of a statement (quote or summary, keywords), for overlap scores. */
  wordsOf(entry: IndexedStance): ReadonlySet<string> {
    return this.stanceTables.wordsOf(entry);
  }

  /** Builds the word indexes that pages asked for but did not wait for. Returns how many were built. */
  warmUp(): number {
    return this.stanceTables.warmUp();
  }

  /** The camp an actor speaks for (`ActorSides.campOf`): its affiliation's head, or the actor itself. */
  campOf(actorId: string): string {
    return this.sides.campOf(actorId);
  }

  /** Whether an actor speaks for an armed group (`ActorSides.speaksForArmedGroup`): it takes no country's side. */
  speaksForArmedGroup(actorId: string): boolean {
    return this.sides.speaksForArmedGroup(actorId);
  }

  /** The country an actor speaks for ("our soil" in their words), from its affiliation and name. */
  placeOf(actorId: string): string | undefined {
    return this.sides.placeOf(actorId);
  }

  /**
   * The stances on a claim worth ranking for a passage, with the number of content words each
   * shares with it (`ClaimStanceTables.candidates`): bounded, so the cost does not grow with the corpus.
   */
  candidates(claimId: string, words: ReadonlySet<string>): { entry: IndexedStance; shared: number }[] {
    return this.stanceTables.candidates(claimId, words);
  }

  /**
   * Corpus statements whose quote is this remark (the same words, or one holding the other):
   * the same statement reported by another outlet.
   */
  knownRemarks(quote: string): KnownRemark[] {
    return knownRemarks(this.source, quote);
  }

  private claimProfiles: ClaimProfiles | undefined;
  private claimFrames: Map<string, Frame> | undefined;

  /** Each claim's frame (claim-frames.ts), for the claims whose pack entry has one. */
  get frames(): ReadonlyMap<string, Frame> {
    if (!this.claimFrames) {
      this.claimFrames = new Map();
      for (const c of this.claims.values()) {
        const frame = compileFrame(c.requires);
        if (frame) this.claimFrames.set(c.id, frame);
      }
    }
    return this.claimFrames;
  }

  private readonly claimHavens = new Map<string, ReadonlySet<HavenPlace>>();

  /** Where claim `id`'s own text puts the havens (`haven-place.ts`), read once per claim. */
  havensOf(id: string): ReadonlySet<HavenPlace> {
    let places = this.claimHavens.get(id);
    if (!places) this.claimHavens.set(id, (places = havenPlaces(this.claims.get(id)?.text ?? '')));
    return places;
  }

  private claimCounts: Map<string, ClaimCount> | undefined;

  /** What each claim that is a count counts (claim-count.ts), for the claims whose frame holds a number. */
  get counts(): ReadonlyMap<string, ClaimCount> {
    if (!this.claimCounts) {
      this.claimCounts = new Map();
      for (const c of this.claims.values()) {
        const count = compileCount(c.requires, c.text);
        if (count) this.claimCounts.set(c.id, count);
      }
    }
    return this.claimCounts;
  }

  /**
   * Every claim's profile (claim-profile.ts): its wording, cues and the words of the newest
   * statements on it. Built on first use from the statements' stored words.
   */
  get profiles(): ClaimProfiles {
    this.claimProfiles ??= new ClaimProfiles([...this.claims.values()], (claimId, max) =>
      this.source
        .claimStances(claimId)
        .slice(0, max)
        .map(({ row }) => termsOfText(this.source.words(row))),
    );
    return this.claimProfiles;
  }

  /**
   * Claim scores for a passage: cues in the quote count fully, cues in its surrounding
   * sentence count `contextWeight` (claim-cues.ts).
   */
  scoreClaims(quoteTokens: readonly Token[], contextTokens: readonly Token[], contextWeight: number): Map<string, number> {
    return scoreClaims(this.cueMatcher, quoteTokens, contextTokens, contextWeight);
  }
}
