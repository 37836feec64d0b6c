/**
 * The claims a card shows for a remark, each with the side the remark takes on it (quote-stance.ts `inferStance`), and the
 * claims left out for a side too weakly known, a demand or a pledge, or reports spoken of as a topic
 * (quote-matching.ts asks it once the judge has named the claims).
 */
import type { QuoteClaim } from './analysis';
import type { ClaimIndex } from './claim-index';
import { confidence, MIN_TOTAL_OTHER_SIDE, MIN_TOTAL_PLAIN, MIN_TOTAL_UNSURE, type ClaimEvidence } from './claim-judge';
import { learnedSideShown } from './learned-reading';
import type { LeftOut } from './quote-decision';
import type { FoundQuote } from './quotes';
import { inferStance } from './quote-stance';
import type { RemarkEvidence } from './remark-evidence';
import { liftedPhrase, speaksOfReports } from './remark-kind';
import type { QuoteSpeaker } from './speaker-actors';
import { demandsOrPledges } from './stance-words';

/** Kinds of actor that speak for no country and no armed side: an international body, a newsroom. */
const NEUTRAL_KINDS: ReadonlySet<string> = new Set(['organisation', 'media']);

/** How the judge named a remark's claims, beyond the evidence itself. */
export interface Naming {
  /** Named by the learned reading alone (`learnedClaim`). */
  learned: boolean;
  /** The remark denies what it reads for a number called untrue, or any part of the incident (`deniesAnyPart`). */
  denied: boolean;
}

/** The claims shown, and the first left out with why (for `onDecision`). */
export interface SidedClaims {
  /** The claims the card shows, each with its side. */
  claims: QuoteClaim[];
  /** The first claim left out, its evidence and why: what `onDecision` tells of a remark with no claim shown. */
  leftOut?: { e: ClaimEvidence; why: LeftOut };
}

/** The judge's claims for remark `found`, each with its side, those whose side cannot be shown left out. */
export function sidedClaims(
  index: ClaimIndex,
  text: string,
  found: FoundQuote,
  speaker: QuoteSpeaker | undefined,
  reading: RemarkEvidence,
  judged: readonly ClaimEvidence[],
  { learned, denied }: Naming,
): SidedClaims {
  const claims: QuoteClaim[] = [];
  let leftOut: SidedClaims['leftOut'];
  const leave = (e: ClaimEvidence, why: LeftOut) => {
    leftOut ??= { e, why };
  };
  const { affiliate, held } = reading;
  for (const e of judged) {
    const read = inferStance(
      index,
      speaker?.actorId,
      e.claimId,
      {
        quote: found.text,
        via: found.speaker?.via,
        affiliate,
        frame: e.frame,
        terms: reading.plainQuoteTerms,
        frameTerms: reading.quoteTerms,
        place: reading.place,
        neutral: held && isNeutral(index.actors.get(affiliate!)?.kind),
        denied,
        // A phrase lifted into the writer's sentence is still the speaker's words ("accused the Taliban of "fighting
        // India's war""): measured on the evaluation sets, 4 right and 1 a sibling claim.
        ownWords: found.kind !== 'reported',
      },
      reading.known,
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
    if (!sure) {
      const lifted = liftedPhrase(text, found);
      if (learned || e.total < MIN_TOTAL_UNSURE || lifted) {
        leave(e, { kind: 'side', read, learned, lifted });
        continue;
      }
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
      text: index.claims.get(e.claimId)!.text,
      stance: read?.stance ?? 'asserts',
      ...(read ? { stanceFrom: read.from } : {}),
      ...(sure ? {} : { sideUnsure: true as const }),
      score: confidence(e.total),
    });
  }
  return leftOut ? { claims, leftOut } : { claims };
}

/** Whether an actor of this kind takes neither side by who it is (its remarks' words must tell). */
function isNeutral(kind: string | undefined): boolean {
  return kind !== undefined && NEUTRAL_KINDS.has(kind);
}
