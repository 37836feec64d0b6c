/**
 * The engine: given an article's text and a corpus, what the sidebar shows. Pure and
 * synchronous; the background runs it off the page's main thread, the `check` command in Node.
 */
import type { Actor, Claim, Statement, Topic } from './pack-schema';
import { ActorModel, type ActorMention } from './actors';
import { ClaimIndex, statementSource, type StatementSource } from './claim-index';
import { restoreSource, takeSnapshot, takeSnapshotInSlices, type IndexSnapshot } from './index-snapshot';
import { findQuotes, type FoundQuote } from './quotes';
import { introducedAs, type Introduced } from './speaker-introduction';
import { resolveSpeakers } from './speakers';
import type { RelatedDraft } from './rank';
import { presentRelated } from './present-related';
import type { ClaimEvidence } from './claim-judge';
import { termsOf } from './lexicon';
import { leadSubject } from './claim-frames';
import { byParagraph } from './quote-paragraphs';
import { clausesOf, tokensBetween, worthMatching } from './remark-spans';
import { fold, tokenize, type Token } from './text';
import { TopicModel, type TopicScore } from './topic';
import { ClaimWords, type ClaimWordsModel } from './claim-words';
import { QuoteMatcher, type Seen } from './quote-matching';
import type { RemarkSetting } from './remark-evidence';
import { offTopic, outranked, type QuoteDecision } from './quote-decision';
import claimWordsModel from './claim-words.json';
import type { Analysis, FoundActor, PageQuote } from './analysis';

/** What the engine needs from a corpus. */
export interface Corpus {
  /** The topic of the pack. */
  topic: Topic;
  /** With several packs installed, each one's topic: a page is on topic if any says so. */
  topics?: readonly Topic[];
  actors: readonly Actor[];
  claims: readonly Claim[];
  statements: readonly Statement[];
}

/** A corpus whose statements stay in the database: the index is restored from its snapshot. */
export type IndexedCorpus = Omit<Corpus, 'statements'> & { index: IndexSnapshot };

/** A quote as matching leaves it: its related statements not yet read. */
export type QuoteDraft = Omit<PageQuote, 'related'> & { related: RelatedDraft[] };
/** An analysis as matching leaves it (`Engine.match`). */
export type AnalysisDraft = Omit<Analysis, 'quotes'> & { quotes: QuoteDraft[] };

/** Statements kept read by an engine restored from a snapshot: those shown lately. */
const MAX_KEPT_STATEMENTS = 20_000;

/**
 * The engine over one corpus: build once, then `analyse` page after page. Built from statements
 * in memory, it has every statement at hand; restored from a snapshot (`IndexedCorpus`), it
 * reads the statements it shows through `analyseReading`.
 */
export class Engine {
  private readonly topicModels: TopicModel[];
  private readonly topicThresholds: number[];
  private readonly actorModel: ActorModel;
  readonly index: ClaimIndex;
  private readonly source: StatementSource;
  /** Statements by id: all of them, or (restored) those read so far. */
  private readonly statements = new Map<string, Statement>();
  private readonly inMemory: boolean;
  /** Each remark matched to the pack's claims. */
  private readonly matcher: QuoteMatcher;

  /** `claimWords`: the learned reading to use instead of the bundled one (a model fitted without some set, to measure it). */
  constructor(corpus: Corpus | IndexedCorpus, options: { claimWords?: ClaimWordsModel } = {}) {
    const topics = corpus.topics?.length ? corpus.topics : [corpus.topic];
    this.topicModels = topics.map((t) => new TopicModel(t));
    this.topicThresholds = topics.map((t) => t.threshold);
    this.actorModel = new ActorModel(corpus.actors);
    this.inMemory = 'statements' in corpus;
    if ('statements' in corpus) for (const s of corpus.statements) this.statements.set(s.id, s);
    this.source = 'statements' in corpus ? statementSource(corpus.statements) : restoreSource(corpus.index);
    this.index = new ClaimIndex(corpus.actors, corpus.claims, this.source);
    this.matcher = new QuoteMatcher(this.index, new ClaimWords(options.claimWords ?? (claimWordsModel as ClaimWordsModel)));
  }

  /** The index as a snapshot to store: only an engine built from statements can take one. */
  snapshot(): IndexSnapshot {
    if (!this.inMemory) throw new Error('A restored engine has no statements to take a snapshot of.');
    return takeSnapshot(this.source);
  }

  /** The same snapshot, taken in slices with `pause()` awaited between them (`takeSnapshotInSlices`). */
  snapshotInSlices(pause: () => Promise<void>): Promise<IndexSnapshot> {
    if (!this.inMemory) return Promise.reject(new Error('A restored engine has no statements to take a snapshot of.'));
    return takeSnapshotInSlices(this.source, pause);
  }

  /** Least topic score at which an article's quotes are matched to decide it (`RESCUE_SHARE` of the lowest threshold). */
  private get rescueFloor(): number {
    return RESCUE_SHARE * Math.min(...this.topicThresholds);
  }

  /** The topic decision: the best of the on-topic answers, else the best score. */
  private scoreTopic(tokens: readonly Token[]): TopicScore {
    const results = this.topicModels.map((m) => m.score(tokens));
    const rank = (r: TopicScore) => (r.onTopic ? 1e9 : 0) + r.score;
    return results.reduce((best, r) => (rank(r) > rank(best) ? r : best));
  }

  /** Finishes indexing what earlier pages needed (call when idle, after answering). */
  warmUp(): number {
    return this.index.warmUp();
  }

  /**
   * Analyses article text (paragraphs separated by blank lines). A `snippet` (text the reader
   * selected) skips the topic gate and is read as one reported claim when it has no quote marks.
   * A restored engine shows only statements it has already read: use `analyseReading`.
   */
  analyse(text: string, options: AnalyseOptions = {}): Analysis {
    return this.present(this.match(text, options));
  }

  /** `analyse`, reading first the statements to show that the engine does not hold (`read` gets their ids). */
  async analyseReading(
    text: string,
    read: (ids: string[]) => Promise<readonly Statement[]>,
    options: AnalyseOptions = {},
  ): Promise<Analysis> {
    const draft = this.match(text, options);
    const missing = [...new Set(draft.quotes.flatMap((q) => q.related.flatMap((r) => r.reports)))].filter(
      (id) => !this.statements.has(id),
    );
    if (missing.length) {
      if (!this.inMemory && this.statements.size + missing.length > MAX_KEPT_STATEMENTS) this.statements.clear();
      for (const s of await read(missing)) this.statements.set(s.id, s);
    }
    return this.present(draft);
  }

  /** A draft with its related statements read: a quote left with none is dropped. */
  private present(draft: AnalysisDraft): Analysis {
    const read = (id: string) => this.statements.get(id);
    const quotes: PageQuote[] = [];
    for (const q of draft.quotes) {
      const related = q.related.flatMap((r) => presentRelated(r, read, this.index.actors) ?? []);
      if (related.length) quotes.push({ ...q, related });
    }
    return { ...draft, quotes };
  }

  /** Everything `analyse` finds, short of reading the related statements' text. */
  match(text: string, options: AnalyseOptions = {}): AnalysisDraft {
    const now = options.now ?? (() => Date.now());
    const t0 = now();
    const folded = fold(text);
    const tokens = tokenize(folded);
    const { absent, nearMiss, ...scored } = this.scoreTopic(tokens);
    let topic: Analysis['topic'] = scored;
    // Below the bar but not far, or short of a security signal: the article's own remarks may still make the pack's
    // claims. Not where it never names a party of the topic (a clash on the Tajik border, where Taliban pledges about
    // "Afghan soil" sound like denials of a claim about Pakistan), nor where near-miss words drown it (`TopicScore`).
    const rescue = !topic.onTopic && !options.snippet && !absent.length && !nearMiss && topic.score >= this.rescueFloor;
    if (!topic.onTopic && !options.snippet && !rescue) return { topic, actors: [], quotes: [], elapsedMs: now() - t0 };

    const mentions = this.actorModel.find(text, tokens);
    const actors = summariseActors(mentions, this.actorModel.byId);
    const quotes: QuoteDraft[] = [];
    let candidates = findQuotes(text);
    if (options.snippet && !candidates.length) {
      const trimmed = text.trim();
      const start = text.indexOf(trimmed);
      candidates = [
        { kind: 'reported', text: trimmed, parts: [{ start, end: start + trimmed.length }], start, end: start + trimmed.length },
      ];
    }
    const worth = worthMatching(candidates, folded);
    const speakers = resolveSpeakers(text, worth, mentions, this.actorModel.byId);
    const leadEnd = Math.min(LEAD_CHARS, text.indexOf('\n\n') < 0 ? text.length : text.indexOf('\n\n'));
    const lead = leadSubject(termsOf(tokensBetween(tokens, 0, leadEnd), text), (t) => this.index.profiles.specificity(t));
    // The counted claims whose number the article reports: another number of the same thing disputes them.
    const counts = new Set([...this.index.counts].filter(([, c]) => c.number.test(folded)).map(([id]) => id));
    const seen: Seen = { claimMaking: 0, framed: false };
    // Whom each person the pack does not hold speaks for, read once per article.
    const introductions = new Map<string, Introduced>();
    const introduce = (name: string): Introduced => {
      const known = introductions.get(name);
      if (known) return known;
      const found = introducedAs(text, name, mentions, (id) => this.actorModel.byId.get(id)?.kind === 'person');
      introductions.set(name, found);
      return found;
    };
    const all = worth.flatMap((whole) => {
      const split = byParagraph(text, whole);
      // Each paragraph of a quote is said by the quote's speaker.
      const speaker = speakers.get(whole);
      if (speaker) for (const part of split) speakers.set(part, speaker);
      return split;
    });
    const article: RemarkSetting = { text, tokens, lead, counts, reported: all.filter((f) => f.kind === 'reported'), introduce };
    // Decisions are told once the article is read: a clause's card may lose to another clause's, and an article the
    // remarks do not rescue shows none.
    const decided: [FoundQuote, QuoteDecision][] = [];
    const reading: AnalyseOptions = options.onDecision ? { ...options, onDecision: (q, d) => decided.push([q, d]) } : options;
    for (const found of all) {
      const q = this.matcher.match(article, found, speakers, quotes.length, reading, seen);
      if (q) quotes.push(q);
      // A quote of several sentences or clauses that makes no one claim as a whole (a guest's answer touching on talks,
      // havens and a right to strike in turn): each on its own, without the sentence before (the quote was read whole),
      // and only the one whose claim is the surest gets a card: further ones named the wrong claim one time in four
      // on the evaluation sets (docs/quality.md). A quote that met no claim's frame as a whole meets none in a part.
      else if (seen.framed) {
        let best: QuoteDraft | undefined;
        let bestClause: FoundQuote | undefined;
        const speaker = speakers.get(found);
        const from = decided.length;
        for (const clause of clausesOf(text, found)) {
          if (speaker) speakers.set(clause, speaker);
          const s = this.matcher.match(article, clause, speakers, quotes.length, reading, seen, true);
          if (s && (!best || s.claims[0]!.score > best.claims[0]!.score)) [best, bestClause] = [s, clause];
        }
        if (best) quotes.push(best);
        for (let i = from; i < decided.length; i++) {
          const [clause, d] = decided[i]!;
          if (d.outcome === 'card' && clause !== bestClause) decided[i] = [clause, outranked(d, bestClause!.text)];
        }
      }
    }
    const report = (shown: boolean) => {
      for (const [q, d] of decided) options.onDecision?.(q, shown || d.outcome !== 'card' ? d : offTopic(d));
    };
    if (rescue) {
      // Remarks that make a claim of the pack, whether or not their side was told well enough for a card.
      if (seen.claimMaking < RESCUE_MIN_QUOTES) {
        report(false);
        return { topic, actors: [], quotes: [], elapsedMs: now() - t0 };
      }
      topic = {
        ...topic,
        onTopic: true,
        reasons: [
          ...topic.reasons,
          `${seen.claimMaking} quotes make claims of the pack${quotes.length ? `: ${quotes.map((q) => q.claims[0]!.claimId).join(', ')}` : ''}`,
        ],
      };
    }
    report(true);
    return { topic, actors, quotes, elapsedMs: now() - t0 };
  }
}

/** How to analyse: `snippet` for text the reader selected; `now` for the clock. */
export interface AnalyseOptions {
  snippet?: boolean;
  now?: () => number;
  /** Called with each quote's best-scored claims and their evidence, for `check --explain` and tuning. */
  onEvidence?: (quote: FoundQuote, evidence: ClaimEvidence[]) => void;
  /**
   * Called with what became of each quote read, and why (`quote-decision.ts`), for `check --explain` and for measuring
   * where remarks lose their card. A quote read whole and then clause by clause reports each reading.
   */
  onDecision?: (quote: FoundQuote, decision: QuoteDecision) => void;
}

/**
 * An article scoring at least this share of the topic threshold is read quote by quote: one whose
 * remarks make the pack's claims is on topic even when its words name few of the topic's places
 * ("Pakistan summons US envoy over tweet").
 */
const RESCUE_SHARE = 0.4;
/** Quotes that must make a claim of the pack (with confidence) to put such an article on topic. */
const RESCUE_MIN_QUOTES = 2;

/** Most characters of an article's opening read as its lead, where it names its subject. */
const LEAD_CHARS = 600;

function summariseActors(mentions: readonly ActorMention[], actors: ReadonlyMap<string, Actor>): FoundActor[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  return [...counts].map(([id, n]) => {
    const a = actors.get(id)!;
    return { id, name: a.name, role: a.role, mentions: n };
  });
}
