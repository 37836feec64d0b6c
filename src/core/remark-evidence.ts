/**
 * One remark's evidence for the claims it may make (quote-matching.ts reads it, claim-judge.ts weighs it): the span its
 * claim is read from, its words and its sentence's, the speaker's country, record and remarks the corpus already holds,
 * where it puts the havens, and each claim's frame, matched once per reading.
 */
import type { ClaimIndex, KnownRemark } from './claim-index';
import type { JudgeInput } from './claim-judge';
import { matchFrame, refersToIncident, termsInSight, type FrameMatch } from './claim-frames';
import { beyondBorderOf, havenPlaces, otherPlace, type HavenPlace } from './haven-place';
import { countryOfRegion, placeNamed, termsOf } from './lexicon';
import type { FoundQuote } from './quotes';
import { counterfactual } from './remark-kind';
import { innerQuotes, sentenceAround, sentenceBefore, tokensBetween } from './remark-spans';
import type { Span } from './sentence-tokens';
import type { Introduced } from './speaker-introduction';
import { UNLISTED_PREFIX, type QuoteSpeaker } from './speaker-actors';
import { deniesByReference, dismissesAFigure, statedDenial } from './stance-words';
import { fold, type Token } from './text';

/** Weight of claim terms in the quote's sentence but outside the quote itself. */
const CONTEXT_WEIGHT = 0.5;
/** Most characters before a remark calling a figure untrue in which the number it answers is looked for. */
const FIGURE_REACH = 3000;

/** What a remark is read with besides its own words: the article, and what the engine found in it. */
export interface RemarkSetting {
  /** The article's text and its tokens (folded). */
  text: string;
  tokens: readonly Token[];
  /** Terms of the subject the article's lead names (`leadSubject`). */
  lead: ReadonlySet<string>;
  /** The counted claims whose number the article reports: another number of the same thing disputes them. */
  counts: ReadonlySet<string>;
  /** The article's reported clauses: those in a remark's sentence are other remarks. */
  reported: readonly FoundQuote[];
  /** Whom a person the pack does not hold speaks for, as the article introduced them. */
  introduce: (name: string) => Introduced;
}

/** A remark's evidence, read once; `readWithSentenceBefore` and `readAlone` switch the frames' reading. */
export class RemarkEvidence {
  /** Where the remark's sentence starts. */
  readonly ctxStart: number;
  /** The tokens of the remark's sentence. */
  readonly window: readonly Token[];
  /** The span the remark's claim is read from, where it is not the remark's own words (a denial by reference, a condition, a number called untrue). */
  readonly about?: Span;
  /** The sentence reporting the number a remark calls untrue (`figureDismissed`). */
  readonly figure?: Span;
  /** The remark's terms, read from the speaker's country. */
  readonly quoteTerms: string[];
  /** The remark's terms read from the places it names, not the speaker's own "our": who it blames. */
  readonly plainQuoteTerms: string[];
  /** The speaker's country: the actor's, the one the article introduced them with, or the one the attribution names. */
  readonly place?: string;
  /** The pack actor the speaker is, or speaks for. */
  readonly affiliate?: string;
  /** Whether the pack holds that actor: its attribution's words are then not read for a country. */
  readonly held: boolean;
  /** The corpus's reports of this very remark. */
  readonly known: readonly KnownRemark[];
  /** Whether the remark refers back to the incident the article's lead names ("the attack was directed from …"). */
  readonly refersBack: boolean;
  /** The evidence as the judge weighs it. */
  readonly input: JudgeInput;
  /** The terms of the sentence before, while a reading borrows from it (`matchFrame`). */
  private before?: string[];
  /** Each claim's frame, matched once per reading: the judge, the check for any frame met and the explanation weigh the same. */
  private readonly frames = new Map<string, FrameMatch | undefined>();

  constructor(
    index: ClaimIndex,
    private readonly setting: RemarkSetting,
    found: FoundQuote,
    speaker: QuoteSpeaker | undefined,
  ) {
    const { text, tokens } = setting;
    const [ctxStart, ctxEnd] = sentenceAround(text, found.start, found.end);
    this.ctxStart = ctxStart;
    const inQuote = (t: Token) => found.parts.some((p) => t.start >= p.start && t.end <= p.end);
    const window = tokensBetween(tokens, ctxStart, ctxEnd);
    this.window = window;
    // A denial by reference ("X denies the charge") is read for the claim of what it refers to.
    // A counterfactual ("if terrorism were coming out of Afghanistan, …would…") is about its condition alone.
    const condition = found.parts.length === 1 ? counterfactual(found.text) : undefined;
    // A remark calling a number the article reported untrue ("called Kabul's figure "a fantasy number"") is read for the
    // sentence that reported it.
    const figure = found.about || condition ? undefined : figureDismissed(index, text, found, ctxStart, setting.counts);
    if (figure) this.figure = figure;
    // A denial of "these allegations" is read with the sentence before it, which says what they are.
    const about =
      found.about ??
      (condition ? { start: found.parts[0]!.start + condition[0], end: found.parts[0]!.start + condition[1] } : undefined) ??
      figure ??
      (deniesByReference(found.text) ? { start: sentenceBefore(text, ctxStart), end: found.end } : undefined);
    if (about) this.about = about;
    const quoteTokens = about ? tokensBetween(tokens, about.start, about.end) : window.filter(inQuote);
    const contextTokens = about ? [] : window.filter((t) => !inQuote(t));
    // A fragment may take a part of its claim's frame from the writer's words around it, not from a clause reported
    // beside it ("said the Durand Line had not been discussed and that no government had accepted it"): that clause
    // makes its own claim. Its words still count as the sentence's topic.
    const siblings = setting.reported.filter((r) => r !== found && r.start < ctxEnd && r.end > ctxStart).flatMap((r) => r.parts);
    const frameContextTokens = siblings.length
      ? contextTokens.filter((t) => !siblings.some((p) => t.start >= p.start && t.end <= p.end))
      : contextTokens;
    const cues = index.scoreClaims(quoteTokens, [], 0);
    const contextCues = index.scoreClaims([], contextTokens, 1);
    // The speaker's country: the actor's; for a person the pack does not hold, the institution or country the
    // article introduced them with ("the Taliban's foreign minister, Amir Khan Muttaqi"); else what the attribution
    // itself names ("Pakistani officials said").
    const introduced = speaker?.actorId.startsWith(UNLISTED_PREFIX) === true ? setting.introduce(speaker.name) : undefined;
    const affiliate = introduced ? introduced.actorId : speaker?.actorId;
    if (affiliate !== undefined) this.affiliate = affiliate;
    // An actor the pack holds has its own country or none (`ClaimIndex.placeOf`); its attribution's words are not read.
    const held = affiliate !== undefined && !affiliate.startsWith(UNLISTED_PREFIX);
    this.held = held;
    const place =
      (affiliate ? index.placeOf(affiliate) : introduced?.place) ??
      (found.speaker && !held ? placeOfPhrase(found.speaker.text) : undefined);
    if (place !== undefined) this.place = place;
    const quoteTerms = termsOf(quoteTokens, text, found.kind === 'reported' ? undefined : place);
    this.quoteTerms = quoteTerms;
    // Who a remark blames is read from the places it names, not from the speaker's own "our".
    this.plainQuoteTerms = found.kind === 'reported' || !place ? quoteTerms : termsOf(quoteTokens, text);
    const contextTerms = termsOf(contextTokens, text, found.kind === 'reported' ? place : undefined);
    const query = new Map<string, number>();
    for (const t of contextTerms) query.set(t, CONTEXT_WEIGHT);
    for (const t of quoteTerms) query.set(t, 1);
    const lexical = index.profiles.score(query);
    // What the speaker is on record about is what they most likely speak about here.
    const onRecord = new Set(speaker ? (index.actorStances.get(speaker.actorId)?.keys() ?? []) : []);
    // A remark the corpus already holds (another outlet's report of it) makes the claims it made.
    // A reported clause that quotes the speaker's own words ("said it had given "sufficient proof"")
    // is that remark too.
    const known = [
      ...index.knownRemarks(found.text),
      ...(found.kind === 'reported' ? innerQuotes(found.text).flatMap((q) => index.knownRemarks(q)) : []),
    ];
    this.known = known;
    const knownRemark = new Set(known.flatMap((st) => st.stances.map((x) => x.claimId)));
    const frameContextTerms =
      frameContextTokens === contextTokens
        ? contextTerms
        : termsOf(frameContextTokens, text, found.kind === 'reported' ? place : undefined);
    const inSight = termsInSight(quoteTerms, frameContextTerms);
    // "The attack was directed from Afghan soil": the incident is the one the article's lead names.
    const refersBack = refersToIncident(found.text);
    this.refersBack = refersBack;
    // A remark that puts the havens in one country does not make a claim that puts them in the other, unless it
    // denies one ("baseless: Daesh is present in Afghanistan" denies that it operates from Pakistan).
    const havens =
      statedDenial(found.text, found.speaker?.via)?.stance === 'denies'
        ? new Set<HavenPlace>()
        : havenPlaces(found.text, beyondBorderOf(place));
    const frame = (id: string) => {
      if (this.frames.has(id)) return this.frames.get(id);
      const f = index.frames.get(id);
      const met =
        f &&
        matchFrame(
          f,
          quoteTerms,
          frameContextTerms,
          (t) => index.profiles.specificity(t),
          inSight,
          setting.lead,
          refersBack,
          this.before,
          setting.counts.has(id) ? index.counts.get(id) : undefined,
        );
      this.frames.set(id, met);
      return met;
    };
    this.input = {
      cues,
      contextCues,
      lexical,
      frame,
      onRecord,
      knownRemark,
      linked: (id: string) => index.claims.get(id)?.links?.map((l) => l.claimId) ?? [],
      otherPlace: (id: string) => otherPlace(havens, index.havensOf(id)),
      ...(figure ? { only: (id: string) => index.counts.has(id) } : {}),
    };
  }

  /** Whether the last reading met any claim's frame (the judge matched the frame of every claim with evidence). */
  framed(): boolean {
    return [...this.frames.values()].some((f) => f?.met);
  }

  /** Reads the frames again with the sentence before the remark's, for the part of a proposition it refers back to. */
  readWithSentenceBefore(): void {
    const { text, tokens } = this.setting;
    this.before = termsOf(tokensBetween(tokens, sentenceBefore(text, this.ctxStart), this.ctxStart), text);
    this.frames.clear();
  }

  /** Reads the frames with the remark's own sentence alone again. */
  readAlone(): void {
    this.before = undefined;
    this.frames.clear();
  }
}

/**
 * Where a remark whose sentence calls a reported number untrue (`dismissesAFigure`) finds that number: the last
 * sentence before it holding a counted claim's number that the article reports (`held`, per claim), up to the remark.
 * None when the remark gives the number itself, or no such sentence comes before it.
 */
function figureDismissed(
  index: ClaimIndex,
  text: string,
  found: FoundQuote,
  ctxStart: number,
  held: ReadonlySet<string>,
): Span | undefined {
  // The remark's own words, or for the speaker's words in quote marks those and the writer's before them in the
  // sentence ("called Kabul's figure "a fantasy number""); not another clause reported beside it.
  const words = found.kind === 'reported' ? found.text : text.slice(ctxStart, found.end);
  if (!held.size || !dismissesAFigure(words)) return undefined;
  // The number it answers is reported in the few paragraphs before it, not anywhere in a long page.
  const from = Math.max(0, found.start - FIGURE_REACH);
  const before = fold(text.slice(from, found.start));
  const own = fold(found.text);
  let at = -1;
  for (const [id, count] of index.counts) {
    // A remark giving the claim's own number is that claim's remark, not a dismissal of it.
    if (!held.has(id) || count.number.test(own)) continue;
    for (const m of before.matchAll(new RegExp(count.number.source, 'gu'))) at = Math.max(at, from + m.index);
  }
  if (at < 0) return undefined;
  const [start, end] = sentenceAround(text, at, at);
  return { start, end: Math.min(end, found.start) };
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
