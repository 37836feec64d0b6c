/**
 * What the engine answers, in shapes that cross extension contexts: what the engine found on a page, as the sidebar and
 * the content script see it. Plain data only: everything here is structured-cloneable.
 */
import type { StanceKind } from './pack-schema';

/** An actor the engine recognised in the article. */
export interface FoundActor {
  /** Pack actor id. */
  id: string;
  /** Canonical name. */
  name: string;
  /** Role, as the pack records it. */
  role?: string;
  /** How many times the article names the actor (aliases and later mentions included). */
  mentions: number;
}

/** A statement from the corpus related to a quote on the page. */
export interface RelatedStatement {
  /** Statement id. */
  statementId: string;
  /** Speaker's actor id. */
  actorId: string;
  /** Speaker's canonical name. */
  speaker: string;
  /** Speaker's role when the statement was made, or the actor's role. */
  role?: string;
  /** Verbatim words, when the corpus holds them. Shown in quote marks. */
  quote?: string;
  /** What was said, in the pack's own words. Never shown in quote marks. */
  summary?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** How the date was inferred, when the source does not print it. */
  dateNote?: string;
  /** The claim this statement bears on, and how. */
  claimId: string;
  stance: StanceKind;
  /** 'supports': takes the same side as the quote; 'counter': denies, disputes or mirrors it. */
  relation: RelatedRelation;
  /** Reports of the statement (several outlets, one statement). */
  sources: { url?: string; outlet: string; outletNote?: string; title?: string }[];
  /** Ranking score, 0..1. */
  score: number;
  /** A short human reason for the match. */
  reason: string;
  /** How the statement bears on the quote's claim: directly, or through a mirror or contradicting claim. */
  via: 'same-claim' | 'mirror' | 'contradicts';
  /** For `mirror` and `contradicts`: the wording of the linked claim the statement takes a stance on. */
  linkedClaim?: string;
}

/** A claim a quote makes, with the confidence of the match. */
export interface QuoteClaim {
  claimId: string;
  /** The claim's neutral wording. */
  text: string;
  stance: StanceKind;
  /** What the stance was read from; absent where nothing told it and the remark is read as asserting. */
  stanceFrom?: StanceSource;
  /** The stance is a best guess: what was said on the claim is shown without naming counter-claims. */
  sideUnsure?: true;
  score: number;
}

/**
 * Where a quote's stance on a claim comes from, strongest first: the corpus holds this very
 * remark; the words deny or call the claim false; the words blame the other side; the speaker's
 * own recorded position; a negation covering the claim; the speaker's camp's record; the
 * speaker's country against the side the claim accuses; a speaker of neither side (the UN, a
 * newsroom) stating the claim plainly; where nothing else tells, the speaker's own quoted words
 * stating it plainly (`plain`).
 */
export type StanceSource = 'remark' | 'words' | 'blame' | 'record' | 'negation' | 'camp' | 'place' | 'neutral' | 'plain';

/**
 * How a statement stands to the quote: on its side (`supports`), against it (`counter`), or on its
 * claim where the quote's own side is not known well enough to say which (`context`).
 */
export type RelatedRelation = 'supports' | 'counter' | 'context';

/** A quote or reported claim on the page that has context. */
export interface PageQuote {
  /** Stable index within this analysis. */
  index: number;
  kind: 'direct' | 'fragment' | 'reported';
  /** The quoted words. */
  text: string;
  /** Offsets of the quoted words in the analysed text (one part per piece of a broken quote). */
  parts: { start: number; end: number }[];
  /** Resolved speaker, when the engine is confident: a pack actor, or a person the article names whom the pack does not hold (`actorId` `unlisted:<name>`, see speakers.ts). */
  speaker?: { actorId: string; name: string };
  claims: QuoteClaim[];
  related: RelatedStatement[];
}

/** Topic decision for a page, with its reasons. */
export interface TopicResult {
  onTopic: boolean;
  score: number;
  /** Human-readable reasons: which cues and requirements counted. */
  reasons: string[];
}

/** What the engine answers for one page. */
export interface Analysis {
  topic: TopicResult;
  actors: FoundActor[];
  /** Only quotes with context (at least one claim above the threshold). */
  quotes: PageQuote[];
  /** Engine time in milliseconds, for the benchmark and the sidebar's footer. */
  elapsedMs: number;
}
