/**
 * One remark matched to the pack (engine.ts asks it for every quote and reported clause of an article): whether it is
 * read at all, which claims its evidence names (claim-judge.ts), read again where it borrows from the sentence before,
 * denies the lead's incident or where the learned reading names the claim, and the card: its claims with their sides
 * (card-claims.ts) and the statements that answer them (rank.ts). What became of it is told to `onDecision`.
 */
import type { QuoteClaim } from './analysis';
import type { ClaimIndex } from './claim-index';
import { judge, weigh, type ClaimEvidence } from './claim-judge';
import type { ClaimWords } from './claim-words';
import { learnedAgrees, learnedClaim } from './learned-reading';
import {
  cardDecision,
  declinedDecision,
  nothingSaid,
  notRead,
  sideUnknown,
  weakDecision,
  type QuoteDecision,
} from './quote-decision';
import type { FoundQuote } from './quotes';
import { rankRelated } from './rank';
import { RemarkEvidence, type RemarkSetting } from './remark-evidence';
import { condemnsInGeneral, isName, makesNoClaim, offersSympathy } from './remark-kind';
import { clausesOf } from './remark-spans';
import type { QuoteSpeaker } from './speaker-actors';
import { demandsOrPledges, deniesAnyPart, statedDenial } from './stance-words';
import { sidedClaims } from './card-claims';
import type { AnalyseOptions, QuoteDraft } from './engine';

/** Most claims shown for one quote. */
const MAX_CLAIMS_PER_QUOTE = 2;
/** Claims reported to `onEvidence` per quote. */
const EXPLAINED_CLAIMS = 12;
/** A noun named by reference: "these weapons", "such arms", "those groups" (not "these are", "those who"). */
const REFERS_BY_NOUN =
  /\b(?:these|those|such)\s+(?!(?:are|were|is|was|have|had|will|would|can|could|who|which|that|as)\b)[a-z-]+/i;
/** Fewest words a quote needs when nobody is named as its speaker: shorter ones are scare quotes. */
const MIN_UNATTRIBUTED_WORDS = 3;

/**
 * What the article's reading keeps from remark to remark: how many quotes make a claim of the pack, and whether the
 * last one read met any claim's frame.
 */
export interface Seen {
  /** Quotes read so far that make a claim of the pack (a card or not): they may put the article on topic. */
  claimMaking: number;
  /** Whether the last quote read met any claim's frame: its clauses are then read one by one. */
  framed: boolean;
}

/** Matches remarks to one pack's claims. */
export class QuoteMatcher {
  constructor(
    private readonly index: ClaimIndex,
    /** The learned reading of which claim a remark's words make (`claim-words.ts`). */
    private readonly claimWords: ClaimWords,
  ) {}

  /**
   * The card for remark `found` (the `index`-th card of the article), or none. `alone`: a clause of a longer quote
   * read on its own (`clausesOf`), not with the sentence before it.
   */
  match(
    article: RemarkSetting,
    found: FoundQuote,
    speakers: ReadonlyMap<FoundQuote, QuoteSpeaker>,
    index: number,
    options: AnalyseOptions,
    seen: Seen,
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
    if (condemnsInGeneral(found.text)) {
      decide(() => notRead('verdict'));
      return undefined;
    }
    const { text } = article;
    const reading = new RemarkEvidence(this.index, article, found, speaker);
    const evidence = reading.input;
    let judged = judge(evidence, MAX_CLAIMS_PER_QUOTE);
    seen.framed = reading.framed();
    // A remark that fits no claim's frame on its own may hold all of one but a part its sentence, or the sentence
    // before, states ("these weapons", "the group"); one that fits a frame on its own makes that claim or none, and a
    // demand or a pledge, which says what ought to be, is not read with another sentence's words. So is one that names
    // what it speaks of by reference ("have turned these weapons on Pakistan") when the claim its words weigh most for
    // is not among those whose frame it meets: the frames it meets are then met in passing ("terrorist groups in
    // Afghanistan"), and it keeps its first reading only if the second makes no claim.
    const byReference = seen.framed && REFERS_BY_NOUN.test(found.text) && !weigh(evidence)[0]?.frame?.met;
    if (!alone && !demandsOrPledges(found.text) && ((!judged.claims.length && !seen.framed) || byReference)) {
      const firstReading = judged;
      reading.readWithSentenceBefore();
      judged = judge(evidence, MAX_CLAIMS_PER_QUOTE, true);
      if (!judged.claims.length && firstReading.claims.length) {
        reading.readAlone();
        judged = firstReading;
      }
    }
    // What decided, for `check --explain`: the second reading's evidence where there was one.
    options.onEvidence?.(found, weigh(evidence).slice(0, EXPLAINED_CLAIMS));
    // A remark about the incident the article's lead names whose own words deny it ("Afghanistan had nothing to do
    // with the attack") denies that incident's claim, however few words it shares with the claim's statements.
    let noPart = false;
    if (!judged.card && reading.refersBack) {
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
      !reading.about &&
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
    const { claims, leftOut } = sidedClaims(this.index, text, found, speaker, reading, judged.claims, {
      learned,
      denied: reading.figure !== undefined || noPart,
    });
    if (!claims.length) {
      if (leftOut) decide(() => sideUnknown(leftOut.e, leftOut.why));
      return undefined;
    }
    const related = rankRelated(this.index, claims, { words: reading.window.map((t) => t.text), known: reading.known });
    const [shown] = claims as [QuoteClaim];
    if (!related.length) {
      decide(() => nothingSaid(shown.claimId));
      return undefined;
    }
    const namedBy = learned ? 'learned' : agreed ? 'agreed' : 'evidence';
    decide(() => cardDecision(shown, judged.claims.find((e: ClaimEvidence) => e.claimId === shown.claimId)?.total, namedBy));
    return { index, kind: found.kind, text: found.text, parts: found.parts, speaker, claims, related };
  }
}
