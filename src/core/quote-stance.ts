/**
 * The side a quote takes on a claim, and what it was read from: the remark's own words
 * (stance-words.ts), the speaker's record, their camp's and their country's, and whether the side
 * is sure enough to name counter-claims.
 */
import type { StanceSource } from './analysis';
import { clearSide, isAgainst, mostCommonStance, type ClaimIndex, type KnownRemark } from './claim-index';
import type { StanceKind } from './pack-schema';
import type { FrameMatch } from './claim-frames';
import {
  belittledClaim,
  blamesOtherSide,
  counterfactualDenial,
  negatedClaim,
  recountedClaim,
  sideOfPlace,
  statedDenial,
} from './stance-words';

/**
 * The stance a quote takes on a claim, from the strongest evidence there is: the stance the
 * corpus records for this very remark; a denial verb or words calling the claim false; words
 * blaming the other side; the speaker's recorded position on the claim; a negation covering the
 * claim's frame (stance-words.ts); their camp's record (the government or group they speak for);
 * the speaker's country against the side the claim accuses; where none tells, a plain statement of
 * the claim by a speaker of neither side or in the speaker's own quoted words. Undefined otherwise.
 *
 * Only some readings tell the side well enough on their own to name counter-claims (`SURE`,
 * measured on the evaluation sets' tune split: docs/quality.md), and only while none of the
 * remark's own words says otherwise (a speaker on record as asserting a claim who says "did not").
 * The others — blame, negation, country — are `sure` only when a later reading agrees and none
 * disagrees. Where the stance is not sure it is a best guess, and the card shows what was said on
 * the claim by side, without calling any of it a counter-claim.
 */
export function inferStance(
  index: ClaimIndex,
  speakerId: string | undefined,
  claimId: string,
  words: StanceWords,
  remarks: readonly KnownRemark[] = [],
): ReadStance | undefined {
  for (const st of remarks) {
    const s = st.stances.find((x) => x.claimId === claimId);
    if (s) return { stance: s.stance, from: 'remark', sure: true };
  }
  const places = index.profiles.placesOf(claimId);
  // A person the pack does not hold speaks for the institution the article introduced them with.
  const member = words.affiliate ?? speakerId;
  const record = speakerId ? mostCommonStance(index.actorStances.get(speakerId)?.get(claimId) ?? []) : undefined;
  const negative = NEGATIVE_PROPOSITION.test(index.claims.get(claimId)?.text ?? '');
  // The side the speaker's country's actors clearly take on the claim in the corpus.
  const placeSide = words.place ? clearSide(index.placeStances.get(words.place)?.get(claimId) ?? []) : undefined;
  const readings: [StanceSource, () => StanceKind | undefined][] = [
    [
      'words',
      () =>
        (
          (words.denied ? ({ stance: 'denies' } as const) : undefined) ??
          statedDenial(words.quote, words.via) ??
          belittledClaim(words.frameTerms ?? words.terms, words.frame) ??
          recountedClaim(words.frame) ??
          counterfactualDenial(words.quote)
        )?.stance,
    ],
    // Who is blamed tells a side only of a claim that blames someone, not of one saying what ought to be.
    ['blame', () => (index.normative.has(claimId) ? undefined : blamesOtherSide(words.terms, places)?.stance)],
    ['record', () => record],
    // A claim whose own proposition is negative ("… not Afghanistan's responsibility") is as often stated as denied by a
    // negation ("Afghanistan cannot be held responsible for Pakistan's security"): a negation tells no side of it.
    ['negation', () => (negative ? undefined : negatedClaim(words.frame)?.stance)],
    [
      'camp',
      () => {
        if (!member) return undefined;
        const tally = index.campStances.get(index.campOf(member))?.get(claimId) ?? [];
        // A camp clearly on one side tells it; one with a single statement (maybe another government's)
        // only when the speaker's own record is on the same side.
        const camp = mostCommonStance(tally);
        return clearSide(tally) ?? (camp && record && isAgainst(camp) === isAgainst(record) ? camp : undefined);
      },
    ],
    // The side the speaker's country's actors clearly take on the claim; where they take none, the place the claim accuses
    // denies it. A claim nobody in the corpus denies, or one saying what ought to be, accuses nobody: "Pakistan has been
    // a victim of terrorism" names Pakistan, and a Pakistani saying it asserts it.
    [
      'place',
      () =>
        // An armed group's spokesman speaks for the group, not for the country it is named for.
        member !== undefined && index.speaksForArmedGroup(member)
          ? undefined
          : (placeSide ??
            (index.contested.has(claimId) && !index.normative.has(claimId) ? sideOfPlace(words.place, places) : undefined)),
    ],
  ];
  // Each reading once; the first that says something gives the stance, the others whether it is sure.
  const read = readings.map(([from, r]) => ({ from, stance: r() }));
  const first = read.findIndex((x) => x.stance !== undefined);
  // The remark holds the claim's proposition with no negation over it.
  const states = !!words.frame?.met && (!words.frame.negated || negative);
  if (first < 0) {
    // A speaker of neither side (the UN, a newsroom) who states the claim's proposition plainly puts it forward.
    if (states && words.neutral && !words.place) return { stance: 'asserts', from: 'neutral', sure: true, plainly: true };
    // So does anyone whose own quoted words state it plainly, naming the side a one-sided claim accuses ("Mullah
    // Omar is in Pakistan"; not "they opened fire first", which either side might say of the other).
    // A reported clause is the writer's wording, often of a step rather than a claim ("would travel to Doha for
    // talks"): measured on the tune splits, too often wrong to tell the side on its own.
    const [accused] = places;
    const namesAccused = places.size !== 1 || words.terms.includes(accused!);
    if (states && words.ownWords && namesAccused) return { stance: 'asserts', from: 'plain', sure: true, plainly: true };
    return undefined;
  }
  const { from, stance } = read[first]! as { from: StanceSource; stance: StanceKind };
  const disagrees = (x: { stance?: StanceKind }) => x.stance !== undefined && side(x.stance) !== side(stance);
  // A sure reading holds unless the remark's own words say otherwise; a weak one needs a later
  // reading that agrees, and none that disagrees.
  // A record of qualifying ("contacts are not control") tells no side for a new remark.
  if (SURE.has(from) && stance !== 'qualifies')
    return { stance, from, sure: !read.some((x) => WORDS.has(x.from) && disagrees(x)) };
  const later = read.slice(first + 1).filter((x) => x.stance !== undefined);
  if (later.length > 0) return { stance, from, sure: !later.some(disagrees) };
  // A remark that holds the claim's proposition, no negation over it and no word against it, puts it
  // forward: that agrees with a weak reading that it asserts the claim, never with one that it denies.
  const plainly = stance === 'asserts' && states;
  const otherSide =
    from === 'place' && placeSide === undefined && places.size === 1 && !places.has(words.place ?? '')
      ? ({ otherSide: true } as const)
      : {};
  return plainly ? { stance, from, sure: true, plainly: true, ...otherSide } : { stance, from, sure: false, ...otherSide };
}

/** A negation in a claim's own wording: its proposition is that something is not so. */
const NEGATIVE_PROPOSITION = /\b(?:not|no|never|nor)\b|n['’]t\b/i;

/** Readings measured to tell the side reliably on their own (docs/quality.md): the others need a second, agreeing one. */
const SURE: ReadonlySet<StanceSource> = new Set<StanceSource>(['words', 'record', 'camp']);

/** Readings of the remark's own words. */
const WORDS: ReadonlySet<StanceSource> = new Set<StanceSource>(['words', 'blame', 'negation']);

/** A stance and what it was read from (`StanceSource`). */
export interface ReadStance {
  stance: StanceKind;
  from: StanceSource;
  /** Whether the side is known well enough to name counter-claims. */
  sure: boolean;
  /**
   * Sure only because the remark states the claim's proposition plainly (no negation over it, no word
   * against it) where a weak reading found it asserted: the claim itself then needs stronger evidence.
   */
  plainly?: true;
  /**
   * The side comes from the speaker's country alone, for a claim that names only the country it accuses: the other
   * country's speaker is read as asserting it (`sideOfPlace`), and the claim needs stronger evidence still.
   */
  otherSide?: true;
}

/** What a remark's own words tell of its stance (stance-words.ts reads them). */
export interface StanceWords {
  /** The quoted or reported words. */
  quote: string;
  /** The attribution verb ("said", "denied"). */
  via?: string;
  /** How the remark meets the claim's frame. */
  frame?: FrameMatch;
  /** The pack actor the speaker speaks for, when the pack does not hold the speaker (speaker-introduction.ts). */
  affiliate?: string;
  /** The remark's terms, a speaker's "our" left as it is: the places the remark itself names. */
  terms: readonly string[];
  /** The terms `frame` was matched on (a speaker's "our" read as their country), where they differ from `terms`. */
  frameTerms?: readonly string[];
  /** The country the speaker speaks for, if known. */
  place?: string;
  /** The speaker is an actor the pack holds of no country and no armed side (the UN, a newsroom). */
  neutral?: boolean;
  /** The remark is the speaker's own words in quote marks (a direct quote or a quoted fragment), not the writer's report. */
  ownWords?: boolean;
  /**
   * The remark's form says it denies the claim it is read for: it calls a number the article reported untrue
   * (`dismissesAFigure`), or denies any part in the incident the article's lead names ("had nothing to do with the attack").
   */
  denied?: boolean;
}

/** The side a stance takes on a claim: -1 against it (`isAgainst`), 1 for it. */
export const side = (s: StanceKind) => (isAgainst(s) ? -1 : 1);
