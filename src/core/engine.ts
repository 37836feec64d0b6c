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
import { resolveSpeakers, UNLISTED_PREFIX, type QuoteSpeaker } from './speakers';
import { rankRelated, inferStance, presentRelated, type RelatedDraft } from './rank';
import {
  judge,
  weigh,
  confidence,
  MIN_TOTAL_UNSURE,
  MIN_TOTAL_PLAIN,
  MIN_TOTAL_OTHER_SIDE,
  type ClaimEvidence,
} from './claim-judge';
import { countryOfRegion, placeNamed, termsOf } from './lexicon';
import { leadSubject, matchFrame, refersToIncident, termsInSight, type FrameMatch } from './claim-frames';
import { beyondBorderOf, havenPlaces, otherPlace, type HavenPlace } from './haven-place';
import { counterfactual, isName, liftedPhrase, makesNoClaim, offersSympathy, speaksOfReports } from './remark-kind';
import { demandsOrPledges, deniesAnyPart, deniesByReference, dismissesAFigure, statedDenial } from './stance-words';
import { byParagraph } from './quote-paragraphs';
import { learnedAgrees, learnedClaim, learnedSideShown } from './learned-reading';
import { clausesOf, innerQuotes, sentenceAround, sentenceBefore, tokensBetween, worthMatching } from './remark-spans';
import type { Span } from './sentence-tokens';
import { fold, tokenize, type Token } from './text';
import { TopicModel, type TopicScore } from './topic';
import { ClaimWords, type ClaimWordsModel } from './claim-words';
import {
  cardDecision,
  declinedDecision,
  nothingSaid,
  notRead,
  offTopic,
  outranked,
  sideUnknown,
  weakDecision,
  type LeftOut,
  type QuoteDecision,
} from './quote-decision';
import claimWordsModel from './claim-words.json';
import type { Analysis, FoundActor, PageQuote, QuoteClaim } from './analysis';

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

/** Weight of claim cues in the quote's sentence but outside the quote itself. */
const CONTEXT_WEIGHT = 0.5;
/** Most claims shown for one quote. */
const MAX_CLAIMS_PER_QUOTE = 2;

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
  /** Where each claim's own text puts the havens (`haven-place.ts`), read once per claim. */
  private readonly claimPlaces = new Map<string, ReadonlySet<HavenPlace>>();
  private readonly inMemory: boolean;
  /** The learned reading of which claim a remark's words make (`claim-words.ts`). */
  private readonly claimWords: ClaimWords;

  /** `claimWords`: the learned reading to use instead of the bundled one (a model fitted without some set, to measure it). */
  constructor(corpus: Corpus | IndexedCorpus, options: { claimWords?: ClaimWordsModel } = {}) {
    this.claimWords = new ClaimWords(options.claimWords ?? (claimWordsModel as ClaimWordsModel));
    const topics = corpus.topics?.length ? corpus.topics : [corpus.topic];
    this.topicModels = topics.map((t) => new TopicModel(t));
    this.topicThresholds = topics.map((t) => t.threshold);
    this.actorModel = new ActorModel(corpus.actors);
    this.inMemory = 'statements' in corpus;
    if ('statements' in corpus) for (const s of corpus.statements) this.statements.set(s.id, s);
    this.source = 'statements' in corpus ? statementSource(corpus.statements) : restoreSource(corpus.index);
    this.index = new ClaimIndex(corpus.actors, corpus.claims, this.source);
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
    const seen = { claimMaking: 0, framed: false, counts };
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
    const reported = all.filter((f) => f.kind === 'reported');
    // Decisions are told once the article is read: a clause's card may lose to another clause's, and an article the
    // remarks do not rescue shows none.
    const decided: [FoundQuote, QuoteDecision][] = [];
    const reading: AnalyseOptions = options.onDecision ? { ...options, onDecision: (q, d) => decided.push([q, d]) } : options;
    for (const found of all) {
      const q = this.matchQuote(text, tokens, found, speakers, quotes.length, reading, lead, seen, introduce, reported);
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
          const s = this.matchQuote(
            text,
            tokens,
            clause,
            speakers,
            quotes.length,
            reading,
            lead,
            seen,
            introduce,
            reported,
            true,
          );
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

  private matchQuote(
    text: string,
    tokens: readonly Token[],
    found: FoundQuote,
    speakers: ReadonlyMap<FoundQuote, QuoteSpeaker>,
    index: number,
    options: AnalyseOptions,
    lead: ReadonlySet<string>,
    /**
     * How many quotes make a claim of the pack; whether the last one read met any claim's frame; and the counted claims
     * whose number the article reports.
     */
    seen: { claimMaking: number; framed: boolean; readonly counts: ReadonlySet<string> },
    introduce: (name: string) => Introduced,
    /** The article's reported clauses: those in this quote's sentence are other remarks. */
    reported: readonly FoundQuote[],
    /** A clause of a longer quote read on its own (`clausesOf`): not with the sentence before it. */
    alone = false,
  ): QuoteDraft | undefined {
    seen.framed = false;
    const speaker = speakers.get(found);
    // Decisions are worded only when someone listens: the analysis itself never builds them.
    const tell = options.onDecision;
    const decide = (make: () => QuoteDecision) => {
      if (!tell) return;
      const d = make();
      tell(found, speaker ? { ...d, speaker: speaker.name } : d);
    };
    if (!speaker && found.text.split(/\s+/).length < MIN_UNATTRIBUTED_WORDS) {
      decide(() => notRead('scare-quote'));
      return undefined;
    }
    if (found.kind === 'fragment' && isName(found.text)) {
      decide(() => notRead('name'));
      return undefined;
    }
    if (makesNoClaim(found.text)) {
      decide(() => notRead('question'));
      return undefined;
    }
    if (offersSympathy(found.text)) {
      // The whole quote, not only the sentence that offers it: the sentence before it, read alone, is most often a
      // condemnation ("killing innocent children is a crime against Islam"), read as a claim about strikes it never
      // names (docs/quality.md, eighteenth round).
      decide(() => notRead('sympathy'));
      return undefined;
    }
    const [ctxStart, ctxEnd] = sentenceAround(text, found.start, found.end);
    const inQuote = (t: Token) => found.parts.some((p) => t.start >= p.start && t.end <= p.end);
    const window = tokensBetween(tokens, ctxStart, ctxEnd);
    // A denial by reference ("X denies the charge") is read for the claim of what it refers to.
    // A counterfactual ("if terrorism were coming out of Afghanistan, …would…") is about its condition alone.
    const condition = found.parts.length === 1 ? counterfactual(found.text) : undefined;
    // A remark calling a number the article reported untrue ("called Kabul's figure "a fantasy number"") is read for the
    // sentence that reported it.
    const figure = found.about || condition ? undefined : this.figureDismissed(text, found, ctxStart, seen.counts);
    // A denial of "these allegations" is read with the sentence before it, which says what they are.
    const about =
      found.about ??
      (condition ? { start: found.parts[0]!.start + condition[0], end: found.parts[0]!.start + condition[1] } : undefined) ??
      figure ??
      (deniesByReference(found.text) ? { start: sentenceBefore(text, ctxStart), end: found.end } : undefined);
    const quoteTokens = about ? tokensBetween(tokens, about.start, about.end) : window.filter(inQuote);
    const contextTokens = about ? [] : window.filter((t) => !inQuote(t));
    // A fragment may take a part of its claim's frame from the writer's words around it, not from a clause reported
    // beside it ("said the Durand Line had not been discussed and that no government had accepted it"): that clause
    // makes its own claim. Its words still count as the sentence's topic.
    const siblings = reported.filter((r) => r !== found && r.start < ctxEnd && r.end > ctxStart).flatMap((r) => r.parts);
    const frameContextTokens = siblings.length
      ? contextTokens.filter((t) => !siblings.some((p) => t.start >= p.start && t.end <= p.end))
      : contextTokens;
    const cues = this.index.scoreClaims(quoteTokens, [], 0);
    const contextCues = this.index.scoreClaims([], contextTokens, 1);
    // The speaker's country: the actor's; for a person the pack does not hold, the institution or country the
    // article introduced them with ("the Taliban's foreign minister, Amir Khan Muttaqi"); else what the attribution
    // itself names ("Pakistani officials said").
    const introduced = speaker?.actorId.startsWith(UNLISTED_PREFIX) === true ? introduce(speaker.name) : undefined;
    const affiliate = introduced ? introduced.actorId : speaker?.actorId;
    // An actor the pack holds has its own country or none (`ClaimIndex.placeOf`); its attribution's words are not read.
    const held = affiliate !== undefined && !affiliate.startsWith(UNLISTED_PREFIX);
    const place =
      (affiliate ? this.index.placeOf(affiliate) : introduced?.place) ??
      (found.speaker && !held ? placeOfPhrase(found.speaker.text) : undefined);
    const quoteTerms = termsOf(quoteTokens, text, found.kind === 'reported' ? undefined : place);
    // Who a remark blames is read from the places it names, not from the speaker's own "our".
    const plainQuoteTerms = found.kind === 'reported' || !place ? quoteTerms : termsOf(quoteTokens, text);
    const contextTerms = termsOf(contextTokens, text, found.kind === 'reported' ? place : undefined);
    const query = new Map<string, number>();
    for (const t of contextTerms) query.set(t, CONTEXT_WEIGHT);
    for (const t of quoteTerms) query.set(t, 1);
    const lexical = this.index.profiles.score(query);
    // What the speaker is on record about is what they most likely speak about here.
    const onRecord = new Set(speaker ? (this.index.actorStances.get(speaker.actorId)?.keys() ?? []) : []);
    // A remark the corpus already holds (another outlet's report of it) makes the claims it made.
    // A reported clause that quotes the speaker's own words ("said it had given "sufficient proof"")
    // is that remark too.
    const known = [
      ...this.index.knownRemarks(found.text),
      ...(found.kind === 'reported' ? innerQuotes(found.text).flatMap((q) => this.index.knownRemarks(q)) : []),
    ];
    const knownRemark = new Set(known.flatMap((st) => st.stances.map((x) => x.claimId)));
    const frameContextTerms =
      frameContextTokens === contextTokens
        ? contextTerms
        : termsOf(frameContextTokens, text, found.kind === 'reported' ? place : undefined);
    const inSight = termsInSight(quoteTerms, frameContextTerms);
    // "The attack was directed from Afghan soil": the incident is the one the article's lead names.
    const refersBack = refersToIncident(found.text);
    // A remark that puts the havens in one country does not make a claim that puts them in the other, unless it
    // denies one ("baseless: Daesh is present in Afghanistan" denies that it operates from Pakistan).
    const havens =
      statedDenial(found.text, found.speaker?.via)?.stance === 'denies'
        ? new Set<HavenPlace>()
        : havenPlaces(found.text, beyondBorderOf(place));
    // Read again, for a remark no frame fits, with the part of a proposition it refers back to (`matchFrame`).
    let before: string[] | undefined;
    // Each claim's frame is matched once per reading: the judge, the check for any frame met and the explanation all
    // weigh the same evidence.
    const frames = new Map<string, FrameMatch | undefined>();
    const frame = (id: string) => {
      if (frames.has(id)) return frames.get(id);
      const f = this.index.frames.get(id);
      const met =
        f &&
        matchFrame(
          f,
          quoteTerms,
          frameContextTerms,
          (t) => this.index.profiles.specificity(t),
          inSight,
          lead,
          refersBack,
          before,
          seen.counts.has(id) ? this.index.counts.get(id) : undefined,
        );
      frames.set(id, met);
      return met;
    };
    const evidence = {
      cues,
      contextCues,
      lexical,
      frame,
      onRecord,
      knownRemark,
      linked: (id: string) => this.index.claims.get(id)?.links?.map((l) => l.claimId) ?? [],
      otherPlace: (id: string) => otherPlace(havens, this.claimPlace(id)),
      ...(figure ? { only: (id: string) => this.index.counts.has(id) } : {}),
    };
    let judged = judge(evidence, MAX_CLAIMS_PER_QUOTE);
    // The judge matched the frame of every claim with evidence.
    seen.framed = [...frames.values()].some((f) => f?.met);
    // A remark that fits no claim's frame on its own may hold all of one but a part its sentence, or the sentence
    // before, states ("these weapons", "the group"); one that fits a frame on its own makes that claim or none, and a
    // demand or a pledge, which says what ought to be, is not read with another sentence's words. So is one that names
    // what it speaks of by reference ("have turned these weapons on Pakistan") when the claim its words weigh most for
    // is not among those whose frame it meets: the frames it meets are then met in passing ("terrorist groups in
    // Afghanistan"), and it keeps its first reading only if the second makes no claim.
    const byReference = seen.framed && REFERS_BY_NOUN.test(found.text) && !weigh(evidence)[0]?.frame?.met;
    if (!alone && !demandsOrPledges(found.text) && ((!judged.claims.length && !seen.framed) || byReference)) {
      const firstReading = judged;
      before = termsOf(tokensBetween(tokens, sentenceBefore(text, ctxStart), ctxStart), text);
      frames.clear();
      judged = judge(evidence, MAX_CLAIMS_PER_QUOTE, true);
      if (!judged.claims.length && firstReading.claims.length) {
        before = undefined;
        frames.clear();
        judged = firstReading;
      }
    }
    // What decided, for `check --explain`: the second reading's evidence where there was one.
    options.onEvidence?.(found, weigh(evidence).slice(0, EXPLAINED_CLAIMS));
    // A remark about the incident the article's lead names whose own words deny it ("Afghanistan had nothing to do
    // with the attack") denies that incident's claim, however few words it shares with the claim's statements.
    let noPart = false;
    if (!judged.card && refersBack) {
      const anyPart = deniesAnyPart(found.text);
      const incident =
        anyPart || statedDenial(found.text, found.speaker?.via)?.stance === 'denies'
          ? weigh(evidence).find((e) => e.frame?.incident)
          : undefined;
      if (incident) [judged, noPart] = [{ claims: [incident], card: true }, anyPart];
    }
    // Where the evidence gives no card, the learned reading of the remark's words may name the claim (`learnedClaim`),
    // for a remark whose own words are all it says: not one read through another span (a denial by reference, a
    // condition, a number called untrue), one naming what it speaks of by reference ("these weapons"), or a quote of
    // several clauses that met a frame as a whole, whose clauses are then read one by one.
    let learned = false;
    if (
      !judged.card &&
      !about &&
      !REFERS_BY_NOUN.test(found.text) &&
      !(seen.framed && !alone && clausesOf(text, found).length > 1)
    ) {
      const e = learnedClaim(this.claimWords, found.text, evidence);
      if (e) [judged, learned] = [{ claims: [e], card: true }, true];
    }
    if (!judged.claims.length) {
      decide(() => declinedDecision(judged.declined));
      return undefined;
    }
    seen.claimMaking++;
    // A claim the evidence names too weakly for a card is shown when the learned reading of the words agrees.
    const agreed = !judged.card && learnedAgrees(this.claimWords, found.text, judged.claims[0]!);
    if (agreed) judged = { claims: judged.claims.slice(0, 1), card: true };
    if (!judged.card) {
      decide(() => weakDecision(judged.claims[0]!));
      return undefined;
    }
    const claims: QuoteClaim[] = [];
    // The first claim left out, and why, for `onDecision`.
    let leftOut: { e: ClaimEvidence; why: LeftOut } | undefined;
    const leave = (e: ClaimEvidence, why: LeftOut) => {
      leftOut ??= { e, why };
    };
    for (const e of judged.claims) {
      const read = inferStance(
        this.index,
        speaker?.actorId,
        e.claimId,
        {
          quote: found.text,
          via: found.speaker?.via,
          affiliate,
          frame: e.frame,
          terms: plainQuoteTerms,
          frameTerms: quoteTerms,
          place,
          neutral: held && isNeutral(this.index.actors.get(affiliate!)?.kind),
          denied: figure !== undefined || noPart,
          // A phrase lifted into the writer's sentence is still the speaker's words ("accused the Taliban of "fighting
          // India's war""): measured on the evaluation sets, 4 right and 1 a sibling claim.
          ownWords: found.kind !== 'reported',
        },
        known,
      );
      // A claim whose side is a guess needs stronger evidence that the quote makes it at all, and a
      // phrase lifted into the writer's sentence ("spoke of "rifles the Americans left behind"")
      // is then too little to tell which claim the sentence makes.
      // A side known only because the remark states the claim plainly needs the claim named with more than a card's least evidence.
      // A side known only from the speaker's country, for a claim that names only the country it accuses, needs more.
      // A claim named by the learned reading alone is shown only with a side read from the remark or its speaker
      // (`LEARNED_SIDES`), and never unsure.
      const sure = learned
        ? learnedSideShown(read)
        : read?.sure === true &&
          (!read.plainly || e.total >= MIN_TOTAL_PLAIN) &&
          (!read.otherSide || e.total >= MIN_TOTAL_OTHER_SIDE);
      if (!sure && (learned || e.total < MIN_TOTAL_UNSURE || liftedPhrase(text, found))) {
        if (tell) leave(e, { kind: 'side', read, learned, lifted: liftedPhrase(text, found) });
        continue;
      }
      // A demand or a pledge negating the claim's words, which nothing sure reads as a denial
      // ("Afghan territory should not be used", "there will be no more terrorism from Afghan
      // soil"), says what ought to be, not what is: no statement on the claim either way.
      if (e.frame?.negated && !sure && demandsOrPledges(found.text)) {
        leave(e, { kind: 'demand' });
        continue;
      }
      // Accounts of a claim spoken of as a topic ("in view of the reports about …") state nothing of
      // it, unless the remark's own words call them false ("the reports about … are baseless").
      if (speaksOfReports(found.text) && read?.from !== 'words' && read?.from !== 'remark') {
        leave(e, { kind: 'reports' });
        continue;
      }
      // Where nothing tells the side, a remark is read as putting its claim forward.
      claims.push({
        claimId: e.claimId,
        text: this.index.claims.get(e.claimId)!.text,
        stance: read?.stance ?? 'asserts',
        ...(read ? { stanceFrom: read.from } : {}),
        ...(sure ? {} : { sideUnsure: true as const }),
        score: confidence(e.total),
      });
    }
    if (!claims.length) {
      if (leftOut) decide(() => sideUnknown(leftOut!.e, leftOut!.why));
      return undefined;
    }
    const related = rankRelated(this.index, claims, { words: window.map((t) => t.text), known });
    const [shown] = claims as [QuoteClaim];
    if (!related.length) {
      decide(() => nothingSaid(shown.claimId));
      return undefined;
    }
    const namedBy = learned ? 'learned' : agreed ? 'agreed' : 'evidence';
    decide(() => cardDecision(shown, judged.claims.find((e) => e.claimId === shown.claimId)?.total, namedBy));
    return { index, kind: found.kind, text: found.text, parts: found.parts, speaker, claims, related };
  }

  /**
   * Where a remark whose sentence calls a reported number untrue (`dismissesAFigure`) finds that number: the last
   * sentence before it holding a counted claim's number that the article reports (`held`, per claim), up to the remark.
   * None when the remark gives the number itself, or no such sentence comes before it.
   */
  private figureDismissed(text: string, found: FoundQuote, ctxStart: number, held: ReadonlySet<string>): Span | undefined {
    // The remark's own words, or for the speaker's words in quote marks those and the writer's before them in the
    // sentence ("called Kabul's figure "a fantasy number""); not another clause reported beside it.
    const words = found.kind === 'reported' ? found.text : text.slice(ctxStart, found.end);
    if (!held.size || !dismissesAFigure(words)) return undefined;
    // The number it answers is reported in the few paragraphs before it, not anywhere in a long page.
    const from = Math.max(0, found.start - FIGURE_REACH);
    const before = fold(text.slice(from, found.start));
    const own = fold(found.text);
    let at = -1;
    for (const [id, count] of this.index.counts) {
      // A remark giving the claim's own number is that claim's remark, not a dismissal of it.
      if (!held.has(id) || count.number.test(own)) continue;
      for (const m of before.matchAll(new RegExp(count.number.source, 'gu'))) at = Math.max(at, from + m.index);
    }
    if (at < 0) return undefined;
    const [start, end] = sentenceAround(text, at, at);
    return { start, end: Math.min(end, found.start) };
  }

  /** Where claim `id`'s own text puts the havens. */
  private claimPlace(id: string): ReadonlySet<HavenPlace> {
    let places = this.claimPlaces.get(id);
    if (!places) this.claimPlaces.set(id, (places = havenPlaces(this.index.claims.get(id)?.text ?? '')));
    return places;
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

/** Most characters before a remark calling a figure untrue in which the number it answers is looked for. */
const FIGURE_REACH = 3000;

/** Claims reported to `onEvidence` per quote. */
const EXPLAINED_CLAIMS = 12;

/** A noun named by reference: "these weapons", "such arms", "those groups" (not "these are", "those who"). */
const REFERS_BY_NOUN =
  /\b(?:these|those|such)\s+(?!(?:are|were|is|was|have|had|will|would|can|could|who|which|that|as)\b)[a-z-]+/i;
/** Fewest words a quote needs when nobody is named as its speaker: shorter ones are scare quotes. */
const MIN_UNATTRIBUTED_WORDS = 3;
function summariseActors(mentions: readonly ActorMention[], actors: ReadonlyMap<string, Actor>): FoundActor[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  return [...counts].map(([id, n]) => {
    const a = actors.get(id)!;
    return { id, name: a.name, role: a.role, mentions: n };
  });
}

/** Kinds of actor that speak for no country and no armed side: an international body, a newsroom. */
const NEUTRAL_KINDS: ReadonlySet<string> = new Set(['organisation', 'media']);

/** Whether an actor of this kind takes neither side by who it is (its remarks' words must tell). */
function isNeutral(kind: string | undefined): boolean {
  return kind !== undefined && NEUTRAL_KINDS.has(kind);
}

/**
 * The country a speaker phrase the pack does not hold names ("Pakistani officials said", "a spokesman for the
 * Nangarhar governor's office"), not counting where it works: "the International Crisis Group in Islamabad" is not
 * Pakistani.
 */
function placeOfPhrase(phrase: string): string | undefined {
  const own = phrase.replace(/\s+in\s[\s\S]*$/i, '');
  return placeNamed(own) ?? countryOfRegion(own);
}
