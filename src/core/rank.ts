/**
 * Ranking related statements for a quote's claims: those on the same side, and the counter-claims
 * (denials, disputes, mirror accusations). A wrong counter-claim is worse than none, so every
 * weight below errs towards showing less.
 */
import type { QuoteClaim, RelatedRelation, RelatedStatement, StanceSource } from './analysis';
import { clearSide, isAgainst, mostCommonStance, type ClaimIndex, type IndexedStance, type KnownRemark } from './claim-index';
import type { Actor, Source, StanceKind, Statement } from './pack-schema';
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

/** Most statements shown per group (counter, supports) and claim. */
const MAX_PER_GROUP = 6;
/** How much each stance counts when ranking, against the quote's claim. */
const STANCE_WEIGHT: Record<StanceKind, number> = {
  denies: 1, // the reason Counterpoint exists
  disputes: 0.9, // a challenge to the claim, short of a flat denial
  asserts: 0.8, // corroboration
  qualifies: 0.6, // a nuance: relevant but weaker
};
/** Weight of statements on a claim that mirrors or contradicts the quote's claim. */
const LINKED_CLAIM_WEIGHT = 0.7;
/** Share of the score that comes from words shared with the quote's sentence. */
const OVERLAP_SHARE = 0.35;

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

const side = (s: StanceKind) => (isAgainst(s) ? -1 : 1);

/** What the ranking needs to know of the quote. */
export interface QuoteContext {
  /** Folded words of the quote's sentence. */
  words: readonly string[];
  /** Corpus statements that are this very remark (`ClaimIndex.knownRemarks`): not context for themselves. */
  known: readonly KnownRemark[];
}

/**
 * A related statement as ranking leaves it: everything but the statement's own text and
 * sources, which `presentRelated` reads once the few shown are known.
 */
export type RelatedDraft = Pick<
  RelatedStatement,
  'claimId' | 'stance' | 'relation' | 'score' | 'reason' | 'via' | 'linkedClaim' | 'date'
> & {
  /** The statement found first for the remark, then other outlets' reports of it, in the order found. */
  reports: string[];
};

/** Related statements for a quote's claims, best first, counters before supports at equal score. */
export function rankRelated(index: ClaimIndex, claims: readonly QuoteClaim[], ctx: QuoteContext): RelatedDraft[] {
  const sentence = new Set(ctx.words);
  const selfRemarks = new Set<string>();
  const candidates: RelatedDraft[] = [];
  const seen = new Set<string>();
  /** One entry per remark: other outlets' reports of it become its extra sources. */
  const byRemark = new Map<string, RelatedDraft>();

  const consider = (
    entry: IndexedStance,
    shared: number,
    claim: QuoteClaim,
    relation: RelatedRelation,
    weight: number,
    why: string,
    via: RelatedStatement['via'],
    linkedClaim?: string,
  ) => {
    const s = entry.statement;
    if (seen.has(s.id) || selfRemarks.has(entry.remark)) return;
    seen.add(s.id);
    const shown = byRemark.get(entry.remark);
    if (shown) {
      shown.reports.push(s.id);
      return;
    }
    const size = index.wordsOf(entry).size;
    const overlap = size && sentence.size ? shared / Math.min(size, sentence.size) : 0;
    const score = claim.score * weight * (1 - OVERLAP_SHARE + OVERLAP_SHARE * overlap);
    const item: RelatedDraft = {
      reports: [s.id],
      date: s.date,
      claimId: claim.claimId,
      stance: entry.stance,
      relation,
      score: Math.round(score * 1000) / 1000,
      reason: why,
      via,
      ...(linkedClaim ? { linkedClaim } : {}),
    };
    candidates.push(item);
    byRemark.set(entry.remark, item);
  };

  // The quote itself, held in the corpus (and its other transcriptions), is not context for itself.
  for (const st of ctx.known) selfRemarks.add(st.remark);

  for (const claim of claims) {
    const quoteSide = side(claim.stance);
    for (const { entry, shared } of index.candidates(claim.claimId, sentence)) {
      const same = side(entry.stance) === quoteSide;
      consider(
        entry,
        shared,
        claim,
        claim.sideUnsure ? 'context' : same ? 'supports' : 'counter',
        STANCE_WEIGHT[entry.stance],
        `${entry.stance} the same claim`,
        'same-claim',
      );
    }
    for (const link of index.claims.get(claim.claimId)?.links ?? []) {
      const linkedText = index.claims.get(link.claimId)?.text ?? link.claimId;
      // Asserting a mirror or contradicting claim counters the quote's claim when the quote asserts it.
      if (quoteSide !== 1 || claim.sideUnsure) continue;
      const why =
        link.relation === 'mirrors' ? `mirror accusation: ${lowerFirst(linkedText)}` : `contradicts: ${lowerFirst(linkedText)}`;
      for (const { entry, shared } of index.candidates(link.claimId, sentence)) {
        if (side(entry.stance) !== 1) continue;
        consider(
          entry,
          shared,
          claim,
          'counter',
          LINKED_CLAIM_WEIGHT * STANCE_WEIGHT[entry.stance],
          why,
          link.relation === 'mirrors' ? 'mirror' : 'contradicts',
          linkedText,
        );
      }
    }
  }
  const pick = (relation: RelatedRelation) =>
    candidates
      .filter((c) => c.relation === relation)
      .sort((a, b) => b.score - a.score || b.date.localeCompare(a.date))
      .slice(0, MAX_PER_GROUP * claims.length);
  return [...pick('counter'), ...pick('supports'), ...pick('context')];
}

/**
 * A ranked statement as the sidebar shows it, from the statements it names (those `read` does
 * not have, deleted meanwhile, are left out; without its first report the entry is dropped).
 */
export function presentRelated(
  draft: RelatedDraft,
  read: (id: string) => Statement | undefined,
  actors: ReadonlyMap<string, Actor>,
): RelatedStatement | undefined {
  const [first, ...others] = draft.reports;
  const s = read(first!);
  if (!s) return undefined;
  const actor = actors.get(s.actorId);
  const item: RelatedStatement = {
    statementId: s.id,
    actorId: s.actorId,
    speaker: actor?.name ?? s.actorId,
    role: s.speakerRole ?? actor?.role,
    quote: s.quote,
    summary: s.summary,
    date: s.date,
    dateNote: s.dateNote,
    claimId: draft.claimId,
    stance: draft.stance,
    relation: draft.relation,
    sources: s.sources.map(shownSource),
    score: draft.score,
    reason: draft.reason,
    via: draft.via,
    ...(draft.linkedClaim ? { linkedClaim: draft.linkedClaim } : {}),
  };
  for (const id of others) {
    const other = read(id);
    if (other) mergeReport(item, other);
  }
  return item;
}

/** What a card shows of a source: the seed it was read from stays in the pack. */
function shownSource({ url, outlet, outletNote, title }: Source): RelatedStatement['sources'][number] {
  return { url, outlet, ...(outletNote ? { outletNote } : {}), title };
}

/**
 * Folds another outlet's report of a remark into the entry already shown: its sources join, and
 * the verbatim quote wins over a summary (the quote is what was said; the summary describes it).
 */
function mergeReport(shown: RelatedStatement, other: Statement): void {
  for (const source of other.sources)
    if (!shown.sources.some((x) => x.outlet === source.outlet && x.url === source.url && x.title === source.title))
      shown.sources.push(shownSource(source));
  if (!shown.quote && other.quote) {
    shown.statementId = other.id;
    shown.quote = other.quote;
    shown.summary = undefined;
  }
}

/** Lower-cases a sentence's first letter for use mid-sentence, but leaves acronyms ("US", "TTP") alone. */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
