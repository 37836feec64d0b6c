/**
 * Which claims a quote makes: the one place where the kinds of evidence meet. Each kind comes from
 * its own module — cue phrases (claim-cues.ts), the pack's words for the claim (claim-profile.ts),
 * the speaker's record, the corpus's own record of the remark — and is kept apart in `evidence`,
 * so a card's reasons trace back to what counted. A claim is named only when the evidence is
 * strong and clearly ahead of the next claim: showing nothing beats showing the wrong claim.
 */
import { frameSpan, type FrameMatch } from './claim-frames';
import type { LexicalEvidence } from './claim-profile';

/** The evidence for one claim, by kind, and what it adds up to. */
export interface ClaimEvidence {
  claimId: string;
  /** Cue phrases found in the quote, by specificity. */
  cues: number;
  /** Cue phrases found in the quote's sentence outside the quote. */
  contextCues: number;
  /** BM25 score against the claim's profile. */
  bm25: number;
  /** Share of the claim's own wording the passage covers (0..1). */
  coverage: number;
  /** How the passage meets the claim's frame (undefined: the claim has none). */
  frame?: FrameMatch;
  /** The speaker is on record on this claim. */
  onRecord: boolean;
  /** The corpus holds this very remark with this claim. */
  knownRemark: boolean;
  /** The combined score. */
  total: number;
}

/** Weight of the cue score: a cue is the pack author's wording for the claim. */
const CUE_WEIGHT = 1;
/** Share of a cue's weight when it is in the quote's sentence but outside the quote. */
const CONTEXT_CUE_SHARE = 0.5;
/** Weight of the BM25 score. */
const BM25_WEIGHT = 0.35;
/** Weight of coverage: a passage holding most of the claim's proposition makes it. */
const COVERAGE_WEIGHT = 4;
/** Added per part of the claim's frame the quote itself holds, when the frame is met: the proposition is there. */
const FRAME_GROUP_WEIGHT = 1;
/** Weight of how specific the words meeting the frame are: a frame met by rare words ("Jaffar Express") outranks one met by common ones. */
const FRAME_SPECIFICITY_WEIGHT = 0.2;
/** Added when the speaker is on record on the claim (entity evidence). */
const SPEAKER_PRIOR = 0.8;
/** Added when the corpus holds this very remark with the claim. */
const KNOWN_REMARK_BONUS = 6;
/** Least combined score for a claim to be named: enough to count the remark as making it (topic rescue, suggestions). */
export const MIN_TOTAL = 6;
/**
 * Least combined score for a card when another claim also fits the remark (MIN_LEAD behind): a claim
 * named with less is evidence that the article is on the topic, but too weak to show with
 * counter-claims. Calibrated on the tune splits, precision first (docs/quality.md): each step up
 * trades right cards for wrong ones.
 */
export const MIN_CARD_TOTAL = 9;
/** The same when no other claim fits the remark at all. */
export const MIN_CARD_TOTAL_ALONE = 8;
/**
 * Least combined score for a claim whose side the remark does not tell (quote-stance.ts `inferStance`,
 * not `sure`): its card names the claim and lists what was said on it by side, with no counter-claim.
 * First calibrated (12) with `MIN_LEAD` on the tune splits of the shared evaluation articles and of
 * the project's own (fixtures/eval-extra); raised to 18 once most sides were read (2026-12-06): below
 * it such cards named the wrong claim one time in four (docs/quality.md).
 */
export const MIN_TOTAL_UNSURE = 18;
/**
 * Least combined score for a claim whose side is sure only because the remark states it plainly where
 * the speaker's country is on the asserting side (quote-stance.ts `inferStance`, `plainly`). Calibrated on the
 * tune splits (docs/quality.md): below it, the cards it adds name the wrong claim about one time in three.
 */
export const MIN_TOTAL_PLAIN = 10;
/**
 * Least combined score for a claim whose side is known only from the speaker's country, for a claim that names only
 * the country it accuses (quote-stance.ts `otherSide`: a Pakistani official on "the TTP's leaders are based in Afghanistan").
 * Chosen on the tune splits (docs/quality.md): the one wrong card this reading added there scored 11.6, the right ones
 * 16.2 and more; 14 sits halfway between the plain statement's least score and an unsure side's.
 */
export const MIN_TOTAL_OTHER_SIDE = 14;
/** Least coverage of the claim's own wording, unless the remark is known. */
const MIN_COVERAGE = 0.2;
/**
 * The best claim must lead the next unlinked one by this share of its score: a remark that two
 * unrelated claims explain nearly as well is ambiguous, and a wrong card is worse than none.
 */
const MIN_LEAD = 0.35;
/** A second claim is kept only when it scores at least this share of the best one. */
const SECOND_CLAIM_SHARE = 0.8;

/** What the judge needs to know of a quote's claims. */
export interface JudgeInput {
  cues: ReadonlyMap<string, number>;
  contextCues: ReadonlyMap<string, number>;
  lexical: ReadonlyMap<string, LexicalEvidence>;
  onRecord: ReadonlySet<string>;
  knownRemark: ReadonlySet<string>;
  /** How the passage meets a claim's frame, for claims that have one. */
  frame: (claimId: string) => FrameMatch | undefined;
  /** Claims linked to a claim (mirror or contradiction): not rivals of it. */
  linked: (claimId: string) => readonly string[];
  /**
   * Whether the passage puts the havens in another country than the claim does (`haven-place.ts`):
   * such a claim is not named, though its mirror may be, with the pair's strength.
   */
  otherPlace?: (claimId: string) => boolean;
  /** The only claims the remark can make, where its form says so (a number called untrue denies a count): all when absent. */
  only?: (claimId: string) => boolean;
}

/** The evidence for one claim, its frame already matched. */
function evidenceFor(input: JudgeInput, claimId: string, frame: FrameMatch | undefined): ClaimEvidence {
  const cues = input.cues.get(claimId) ?? 0;
  const contextCues = input.contextCues.get(claimId) ?? 0;
  const lex = input.lexical.get(claimId);
  const bm25 = lex?.bm25 ?? 0;
  const coverage = lex?.coverage ?? 0;
  const onRecord = input.onRecord.has(claimId);
  const knownRemark = input.knownRemark.has(claimId);
  const total =
    CUE_WEIGHT * (cues + CONTEXT_CUE_SHARE * contextCues) +
    BM25_WEIGHT * bm25 +
    COVERAGE_WEIGHT * coverage +
    (onRecord ? SPEAKER_PRIOR : 0) +
    (knownRemark ? KNOWN_REMARK_BONUS : 0) +
    (frame?.met ? FRAME_GROUP_WEIGHT * frame.inQuote + FRAME_SPECIFICITY_WEIGHT * frame.weight : 0);
  return { claimId, frame, cues, contextCues, bm25, coverage, onRecord, knownRemark, total };
}

/** The claims with any evidence (only those `keep` accepts, given their frame), best first. */
export function weigh(input: JudgeInput, keep?: (claimId: string, frame: FrameMatch | undefined) => boolean): ClaimEvidence[] {
  const ids = new Set([...input.cues.keys(), ...input.contextCues.keys(), ...input.lexical.keys(), ...input.knownRemark]);
  const out: ClaimEvidence[] = [];
  for (const claimId of ids) {
    const frame = input.frame(claimId);
    if (!keep || keep(claimId, frame)) out.push(evidenceFor(input, claimId, frame));
  }
  return out.sort((a, b) => b.total - a.total);
}

/**
 * Whether the evidence can name a claim at all: the passage holds the claim's frame (for a claim
 * whose pack entry has one), or covers enough of its wording (for one that has none); a remark the
 * corpus already holds with the claim needs neither.
 */
function eligible(input: JudgeInput, claimId: string, frame: FrameMatch | undefined): boolean {
  if (input.knownRemark.has(claimId)) return true;
  return frame ? frame.met : (input.lexical.get(claimId)?.coverage ?? 0) >= MIN_COVERAGE;
}

/**
 * Why the judge names no claim: no claim's frame is met (nor enough of its wording covered); those whose frame is met
 * are ruled out by the remark's form (it puts the havens in the other country, or calls a number untrue that no such
 * claim counts); the best one scores under `MIN_TOTAL`; or another claim explains the remark nearly as well
 * (`MIN_LEAD`). `score` is the best claim's score as the judge weighed it (with a general claim's evidence, for an
 * incident claim in its place).
 */
export type Declined =
  | { reason: 'no-frame' }
  | { reason: 'ruled-out' }
  | { reason: 'low'; best: ClaimEvidence; score: number }
  | { reason: 'rival'; best: ClaimEvidence; rival: ClaimEvidence; score: number };

/** What the judge decides for a quote. */
export interface Judgement {
  /** The claims the quote makes, best first; none when the evidence is not confident. */
  claims: ClaimEvidence[];
  /** Strong enough to show as a card: a claim named with less still counts as evidence for the topic. */
  card: boolean;
  /** Why no claim is named, when none is. */
  declined?: Declined;
}

/**
 * The claims a quote makes (at most `max`), and whether they are strong enough for a card. `borrowed`: the
 * frames were met with a part taken from the sentence before (claim-frames.ts): every claim with evidence is
 * then a rival, not only those whose frame the remark meets, since the remark alone tells less.
 */
export function judge(input: JudgeInput, max: number, borrowed = false): Judgement {
  const possible = (claimId: string) => !input.only || input.only(claimId);
  const all = borrowed ? weigh(input).filter((e) => possible(e.claimId)) : undefined;
  const weighed = all
    ? all.filter((e) => eligible(input, e.claimId, e.frame))
    : weigh(input, (claimId, frame) => possible(claimId) && eligible(input, claimId, frame));
  const placed = input.otherPlace ? weighed.filter((e) => !input.otherPlace!(e.claimId)) : weighed;
  const byPlace = mirrorsByPlace(placed, input.linked);
  const general = incidentOf(byPlace);
  const ranked = general ? [general.incident, ...byPlace.filter((e) => e !== general.incident)] : byPlace;
  const best = ranked[0];
  // An incident claim in a general one's place is weighed with the general one's evidence.
  const score = Math.max(best?.total ?? 0, general?.claim.total ?? 0);
  if (!best) {
    // Claims whose frame the remark meets, left out by its form: say so rather than that no frame was met.
    const ruledOut = weighed.length > 0 || (!!input.only && weigh(input, (id, frame) => eligible(input, id, frame)).length > 0);
    return { claims: [], card: false, declined: { reason: ruledOut ? 'ruled-out' : 'no-frame' } };
  }
  if (score < MIN_TOTAL) return { claims: [], card: false, declined: { reason: 'low', best, score } };
  const linked = new Set(input.linked(best.claimId));
  // A claim met only by words that also met the best one's frame adds nothing the best does not say.
  const subsumed = (e: ClaimEvidence) =>
    !!best.frame?.met && !!e.frame?.met && e.frame.at.size > 0 && [...e.frame.at].every((i) => best.frame!.at.has(i));
  const rival = (all ?? ranked).find((e) => e !== best && e !== general?.claim && !linked.has(e.claimId) && !subsumed(e));
  if (!best.knownRemark && rival && score - rival.total < MIN_LEAD * score)
    return { claims: [], card: false, declined: { reason: 'rival', best, rival, score } };
  const claims = ranked.filter((e) => e === best || e.total >= score * SECOND_CLAIM_SHARE).slice(0, max);
  // Of two mirrored claims put in place order, the evidence that the remark makes one of them is the stronger score.
  const top = weighed[0]!;
  const strength = Math.max(score, top === best || linked.has(top.claimId) ? top.total : 0);
  return { claims, card: strength >= (rival ? MIN_CARD_TOTAL : MIN_CARD_TOTAL_ALONE) };
}

/**
 * A remark that refers back to the incident the article's lead names ("the attack had been directed from Afghan soil",
 * under a headline on the Jaffar Express) makes the claim about that incident rather than the general one ranked
 * first, when every word that met the incident's frame in the remark met the general claim's too: the same
 * proposition, said of that incident. The general claim is then no rival, and its evidence counts for the card.
 */
function incidentOf(ranked: ClaimEvidence[]): { incident: ClaimEvidence; claim: ClaimEvidence } | undefined {
  const first = ranked[0];
  const at = first?.frame?.met ? first.frame.at : undefined;
  if (!at || first!.frame!.incident) return undefined;
  const incident = ranked.find((e) => e.frame?.incident && e.frame.at.size > 0 && [...e.frame.at].every((i) => at.has(i)));
  return incident ? { incident, claim: first! } : undefined;
}

/**
 * Of two linked claims whose frames a remark meets both (the same accusation pointed either way:
 * safe havens in Pakistan / Afghan soil used by the TTP), the one whose words sit closer together
 * is the one it makes: in "the Haqqani network still finds refuge inside Pakistan as it plots
 * against Afghanistan", the refuge is inside Pakistan. That one goes first.
 */
function mirrorsByPlace(ranked: ClaimEvidence[], linked: (claimId: string) => readonly string[]): ClaimEvidence[] {
  const best = ranked[0];
  if (!best?.frame?.met) return ranked;
  const closer = ranked.find(
    (e) =>
      e !== best &&
      e.total >= MIN_TOTAL &&
      e.frame?.met &&
      linked(best.claimId).includes(e.claimId) &&
      frameSpan(e.frame) + MIN_SPAN_GAIN <= frameSpan(best.frame!),
  );
  return closer ? [closer, ...ranked.filter((e) => e !== closer)] : ranked;
}

/** How many terms tighter a linked claim's frame must sit to go before the best-scored one. */
const MIN_SPAN_GAIN = 2;

/** Confidence in 0..1 from a combined score. */
export function confidence(total: number): number {
  return Math.round((total / (total + MIN_TOTAL)) * 100) / 100;
}
