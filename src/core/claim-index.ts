/**
 * The corpus, indexed for matching: claim cues in one phrase matcher, statements grouped by
 * the claims they take a stance on. Matching a quote touches the claims it names, never the
 * whole corpus, so its cost grows with the claims, not with the number of statements.
 *
 * The index keeps of each statement only what ranking needs (`StatementRef`, its stances, its
 * words); the text and sources of the few statements shown are read afterwards. So the same index
 * is built from statements in memory (`statementSource`) or restored from a snapshot stored in
 * the database (`index-snapshot.ts`) without reading a single statement.
 */
import type { Actor, Claim, Stance, StanceKind, Statement } from './pack-schema';
import { ClaimProfiles } from './claim-profile';
import { compileCount, compileFrame, type ClaimCount, type Frame } from './claim-frames';
import { countryOfRegion, placeNamed, termsOfText } from './lexicon';
import { PhraseMatcher, push } from './phrase-matcher';
import { fold, phraseWords, tokenize, type Token } from './text';

/** What the index keeps of a statement to rank it. A whole `Statement` is one. */
export interface StatementRef {
  readonly id: string;
  readonly date: string;
  readonly actorId: string;
}

/** A statement's stance on one claim, as stored in the index. */
export interface IndexedStance {
  /** The statement's row in the source. */
  row: number;
  statement: StatementRef;
  stance: StanceKind;
  /** Groups statements that are the same remark transcribed by several outlets. */
  remark: string;
}

/** A corpus statement whose quote is a remark on the page: what it claimed counts for the page's quote. */
export interface KnownRemark {
  id: string;
  remark: string;
  stances: readonly Stance[];
}

/**
 * How often a speaker (or camp) took each stance on a claim, and the row of the newest time:
 * the most frequent stance wins, and of equally frequent ones the most recent.
 */
export type Tally = { stance: StanceKind; count: number; first: number }[];

/**
 * Where the index reads its statements, by row: row 0 is the newest statement (equal dates in
 * corpus order). Statements in memory (`statementSource`) or a restored snapshot
 * (`index-snapshot.ts`), which answers each question from its columns without making an object
 * per statement.
 */
export interface StatementSource {
  /** How many rows. */
  readonly size: number;
  /** A row's statement, as the index keeps it; the same object every time. */
  ref(row: number): StatementRef;
  /** The remark key of a row. */
  remark(row: number): string;
  /** The stances of a row. */
  stances(row: number): readonly Stance[];
  /** Folded content words of a row: its quote or summary, and its keywords. */
  words(row: number): ReadonlySet<string>;
  /** The rows taking a stance on a claim, newest first, with that stance. */
  claimStances(claimId: string): { row: number; stance: StanceKind }[];
  /** A row's quote, normalised (`normalised`), when it holds one. */
  quote(row: number): string | undefined;
  /** Rows whose quote opens with these words (`openingOf`), with their normalised quote. */
  quotesOpening(opening: string): { row: number; quote: string }[];
  /** Per actor, per claim, the stances taken. */
  readonly tallies: ReadonlyMap<string, ReadonlyMap<string, Tally>>;
  /** Each keyword (first seen first) with the claims of the statements that carry it. */
  readonly keywordClaims: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Statements newest first; equal dates keep their corpus order. */
function newestFirst<T extends { date: string }>(statements: readonly T[]): T[] {
  return statements
    .map((s, i) => [s, i] as const)
    .sort(([a, i], [b, j]) => b.date.localeCompare(a.date) || i - j)
    .map(([s]) => s);
}

/** Adds one stance taken at `row` (rows come newest first) to a tally. */
export function addToTally(tally: Tally, stance: StanceKind, row: number, count = 1): void {
  const entry = tally.find((t) => t.stance === stance);
  if (entry) {
    entry.count += count;
    entry.first = Math.min(entry.first, row);
  } else tally.push({ stance, count, first: row });
}

/** The stance a tally holds most often; of equally frequent ones, the most recent. */
export function mostCommonStance(tally: Tally): StanceKind | undefined {
  let best: Tally[number] | undefined;
  for (const t of tally) if (!best || t.count > best.count || (t.count === best.count && t.first < best.first)) best = t;
  return best?.stance;
}

/** Whether a stance is against its claim (a denial or a dispute), not for it. */
export const isAgainst = (s: StanceKind): boolean => s === 'denies' || s === 'disputes';

/** Least share of a tally on one side (asserting or qualifying / denying or disputing) for `clearSide`. */
const CLEAR_SIDE_SHARE = 0.75;

/**
 * The stance a tally holds most often, when at least two statements make it and three in four of
 * them are on its side: a country's actors divided on a claim say nothing of a new speaker's side.
 */
export function clearSide(tally: Tally): StanceKind | undefined {
  const stance = mostCommonStance(tally);
  if (!stance) return undefined;
  let total = 0;
  let same = 0;
  for (const t of tally) {
    total += t.count;
    if (isAgainst(t.stance) === isAgainst(stance)) same += t.count;
  }
  return total >= 2 && same >= CLEAR_SIDE_SHARE * total ? stance : undefined;
}

/** The index's view of statements held in memory (the `check` command, tests, a first build). */
export function statementSource(all: readonly Statement[]): StatementSource {
  const rows = newestFirst(all);
  const keywordClaims = new Map<string, Set<string>>();
  const byClaim = new Map<string, { row: number; stance: StanceKind }[]>();
  const byOpening = new Map<string, { row: number; quote: string }[]>();
  const tallies = new Map<string, Map<string, Tally>>();
  const quotes = new Map<number, string>();
  rows.forEach((s, row) => {
    for (const k of s.keywords ?? []) {
      const set = keywordClaims.get(k) ?? new Set<string>();
      for (const st of s.stances) set.add(st.claimId);
      keywordClaims.set(k, set);
    }
    for (const st of s.stances) {
      push(byClaim, st.claimId, { row, stance: st.stance });
      const perClaim = tallies.get(s.actorId) ?? new Map<string, Tally>();
      tallies.set(s.actorId, perClaim);
      const tally = perClaim.get(st.claimId) ?? [];
      perClaim.set(st.claimId, tally);
      addToTally(tally, st.stance, row);
    }
    if (s.quote) {
      const quote = normalised(s.quote);
      quotes.set(row, quote);
      push(byOpening, openingOf(quote), { row, quote });
    }
  });
  return {
    size: rows.length,
    ref: (row) => rows[row]!,
    quote: (row) => quotes.get(row),
    remark: (row) => remarkOf(rows[row]!),
    stances: (row) => rows[row]!.stances,
    words: (row) => statementWords(rows[row]!),
    claimStances: (claimId) => byClaim.get(claimId) ?? [],
    quotesOpening: (opening) => byOpening.get(opening) ?? [],
    tallies,
    keywordClaims,
  };
}

/** Folded content words of a statement: its quote or summary, and its keywords. */
function statementWords(s: Pick<Statement, 'quote' | 'summary' | 'keywords'>): Set<string> {
  return contentWords([s.quote ?? s.summary ?? '', ...(s.keywords ?? [])].join(' '));
}

/**
 * The key grouping the reports of one remark: its `remark` with its speaker (packs are checked
 * one at a time, so two packs may name different speakers' remarks alike), else its id. A key
 * with a `:` never equals an id.
 */
function remarkOf(s: Statement): string {
  return s.remark === undefined ? s.id : `${s.actorId}:${s.remark}`;
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
/** Weight of a cue found in statement keywords rather than in the claim's own cues. */
const KEYWORD_CUE_WEIGHT = 0.35;

/** Words too common to say anything about a claim. */
const STOPWORDS = new Set(
  'a an and are as at be been but by for from had has have he her his i in is it its of on or our said she that the their them there they this to was we were which who will with would not no also any all can may than then so if into about after over against more most'.split(
    ' ',
  ),
);

/** Folded content words of a text. */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(fold(text))) if (t.text.length > 2 && !STOPWORDS.has(t.text)) out.add(t.text);
  return out;
}

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
  private readonly cueMatcher: PhraseMatcher<{ claimId: string; weight: number }>;
  /**
   * Per claim: its stances, newest first; the stances of statements holding each content word
   * (an inverted index for overlap); and the stances on each side (asserting or qualifying /
   * denying or disputing), newest first. Built the first time a page touches the claim.
   */
  private readonly claimTables = new Map<string, ClaimTables>();

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
    // Only what every page needs is built here, and nothing per statement: a claim's stances and
    // word index are read the first time a page touches it (`tables`).
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
    this.cueMatcher = this.buildCueMatcher(claims, source.keywordClaims);
  }

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
   * Cues weighted by how specific they are: a cue shared by many claims says little about
   * which one a quote makes (inverse document frequency over claims).
   */
  private buildCueMatcher(claims: readonly Claim[], keywordClaims: ReadonlyMap<string, ReadonlySet<string>>) {
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
      if (!this.actorName(k)) for (const claimId of claimIds) add(k, claimId, KEYWORD_CUE_WEIGHT);
    const n = Math.max(claims.length, 1);
    const entries: [string, { claimId: string; weight: number }][] = [];
    for (const [cue, perClaim] of cueClaims) {
      const idf = Math.log(1 + n / perClaim.size);
      for (const [claimId, weight] of perClaim) entries.push([cue, { claimId, weight: weight * idf }]);
    }
    return PhraseMatcher.of(entries);
  }

  /**
   * The camp an actor speaks for: the first part of its affiliation ("Government of Pakistan;
   * PML-N" → "government of pakistan"), or the actor itself when it has none or is an armed group.
   */
  campOf(actorId: string): string {
    let camp = this.camps.get(actorId);
    if (camp === undefined) {
      const a = this.actors.get(actorId);
      // An armed group speaks for itself, not for the country its affiliation names.
      const head = a?.kind === 'armed-group' ? undefined : a?.affiliation?.split(/[;,(]/)[0]?.trim();
      camp = fold(head || a?.name || actorId);
      this.camps.set(actorId, camp);
    }
    return camp;
  }

  private readonly camps = new Map<string, string>();

  /**
   * Whether an actor speaks for an armed group (the group itself, or its spokesman): such a speaker takes no side
   * for the country the group is named for ("Tehrik-i-Taliban Pakistan" is not Pakistan's government).
   */
  speaksForArmedGroup(actorId: string): boolean {
    this.armedCamps ??= new Set([...this.actors.values()].filter((a) => a.kind === 'armed-group').map((a) => this.campOf(a.id)));
    return this.armedCamps.has(this.campOf(actorId));
  }

  private armedCamps: Set<string> | undefined;

  /** The country an actor speaks for ("our soil" in their words), from its affiliation and name. */
  placeOf(actorId: string): string | undefined {
    if (!this.places.has(actorId)) {
      const a = this.actors.get(actorId);
      // Where a body works is not whom it speaks for: "the UN Assistance Mission in Afghanistan" is the UN's.
      const text = `${a?.affiliation ?? ''} ${(a?.name ?? '').replace(/\s+in\s.*$/i, '')}`;
      // A provincial government speaks for its country ("Government of Balochistan"); an armed group named for a province does not.
      const province = a?.kind === 'armed-group' ? undefined : countryOfRegion(text);
      this.places.set(actorId, placeNamed(text) ?? province);
    }
    return this.places.get(actorId);
  }

  private readonly places = new Map<string, string | undefined>();

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

  /**
   * Corpus statements whose quote is this remark (the same words, or one holding the other):
   * the same statement reported by another outlet.
   */
  knownRemarks(quote: string): KnownRemark[] {
    const self = normalised(quote);
    if (!self) return [];
    return this.source
      .quotesOpening(openingOf(self))
      .filter((q) => q.quote.includes(self) || self.includes(q.quote))
      .map(({ row }) => ({ id: this.source.ref(row).id, remark: this.source.remark(row), stances: this.source.stances(row) }));
  }

  private actorNames: Set<string> | undefined;

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

  private claimCounts: Map<string, ClaimCount> | undefined;

  /** What each claim that is a count counts (claim-frames.ts), for the claims whose frame holds a number. */
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

  /** Whether a keyword is just an actor's name: names say who spoke, not what about. */
  private actorName(keyword: string): boolean {
    this.actorNames ??= new Set([...this.actors.values()].flatMap((a) => [a.name, ...a.aliases].map((n) => fold(n))));
    return this.actorNames.has(fold(keyword));
  }

  /**
   * Claim scores for a passage: cues in the quote count fully, cues in its surrounding
   * sentence count `contextWeight`.
   */
  scoreClaims(quoteTokens: readonly Token[], contextTokens: readonly Token[], contextWeight: number): Map<string, number> {
    const scores = new Map<string, number>();
    const seen = new Set<string>();
    const addAll = (tokens: readonly Token[], factor: number) => {
      // Every claim that shares a matched cue hears it.
      for (const m of this.cueMatcher.findAll(tokens))
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
}

/** Words that open a quote, for looking it up: enough to be specific, few enough to survive a cut. */
const OPENING_WORDS = 5;

/** A quote's folded words joined by spaces: how quotes are compared. */
export function normalised(text: string): string {
  return tokenize(fold(text))
    .map((t) => t.text)
    .join(' ');
}

/** The opening words of a normalised quote. */
export function openingOf(normalisedQuote: string): string {
  return normalisedQuote.split(' ', OPENING_WORDS).join(' ');
}
