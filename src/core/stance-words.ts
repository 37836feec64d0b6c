/**
 * The stance a remark takes, read from its words and its attribution: a verb of denial around it
 * ("Mujahid rejected reports that…"), words that call a claim false ("baseless", "propaganda"), or
 * a negation whose scope covers the words of the claim's frame ("we do not let anyone use our
 * soil"). Says nothing when the words say nothing: the speaker's record then decides (quote-stance.ts).
 */
import type { FrameMatch } from './claim-frames';
import { ACCUSATION_VERBS, AUXILIARIES, BLOCKERS, CHARGE_NOUNS, DENIAL_VERBS, WHOLLY } from './attribution-words';
import { BREAK, NEGATORS, OTHER_SIDE } from './lexicon';
import { afterLastMark, fold } from './text';
import { counterfactual } from './remark-kind';

/** Words in a remark that call a claim untrue. */
const DENIAL_WORDS =
  /\b(?:deny|denies|denied|denial|reject(?:s|ed)?|dismiss(?:es|ed)?|baseless|unfounded|groundless|propaganda|fabricat\w*|false(?:hood)?|lies|lie|nonsense|untrue|not true|no truth|no (?:evidence|proof)|without (?:any |a shred of )?(?:evidence|proof)|speculation|fiction|myth)\b/g;

/**
 * Words just before a denial word that make it no denial of the remark's claim: an aim or a
 * demand ("asked them to deny these groups safe havens"), a falsity negated ("not a myth", "no
 * fiction"), "lies" as a verb ("the answer lies in Kabul").
 */
const NOT_A_DENIAL = /(?:\bto|\bnot(?: a| an| just| merely)?|\bno|\bnever(?: a)?)\s+$/;
const LIES_AS_NOUN = /\b(?:are|were|is|was|of|spread\w*|tell\w*|told|all|blatant|outright|such|these|those|more|pack)\s+$/;

/** Whether the remark's words call a claim untrue (`DENIAL_WORDS`, less the uses above). */
function callsUntrue(folded: string): boolean {
  for (const m of folded.matchAll(DENIAL_WORDS)) {
    const before = folded.slice(Math.max(0, m.index - 16), m.index);
    if (NOT_A_DENIAL.test(before)) continue;
    if ((m[0] === 'lies' || m[0] === 'lie') && !LIES_AS_NOUN.test(before)) continue;
    // "its financing and propaganda networks": a kind of network, not a claim called false.
    if (m[0] === 'propaganda' && PROPAGANDA_AS_KIND.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 16)))
      continue;
    if (DENIAL_VERBS.has(m[0]) && othersDenial(folded.slice(0, m.index))) continue;
    // "Kabul's denial", "their denial": someone else's.
    if (m[0] === 'denial' && /(?:'s|’s|\b(?:their|his|her|its))\s+$/.test(before)) continue;
    return true;
  }
  return false;
}

/** Nouns after "propaganda" that make it a kind of thing ("propaganda networks"), not a verdict on a claim. */
const PROPAGANDA_AS_KIND = /^\s+(?:networks?|outlets?|wings?|videos?|materials?|channels?|accounts?|cells?|arms?)\b/;

/** Words between a clause's start and its verb that name no subject (auxiliaries aside). */
const NO_SUBJECT = new Set(
  'and but also so yet still again always never strongly firmly flatly categorically completely totally entirely simply once all we i'.split(
    ' ',
  ),
);

/**
 * Whether a denial verb whose clause opens with `before` is someone else's: "Kabul denies it every
 * week, but…" reports Kabul's denial, which the speaker may be answering; "we reject", "and deny
 * it" are the speaker's own.
 */
function othersDenial(before: string): boolean {
  const clause = before.slice(afterLastMark(before, ',;:.'));
  const words = clause.match(/[\p{L}\p{N}']+/gu) ?? [];
  if (words.some((w) => w === 'we' || w === 'i')) return false;
  return words.some((w) => !NO_SUBJECT.has(w) && !AUXILIARIES.has(w) && !BLOCKERS.has(w));
}

/** What the words say of the stance, and why; undefined when they say nothing. */
export interface WordStance {
  stance: 'denies' | 'asserts' | 'disputes';
  reason:
    | 'a different count'
    | 'denial verb'
    | 'denial words'
    | 'negated claim'
    | 'belittling words'
    | 'a condition contrary to fact'
    | 'blames the other side'
    | 'accusation verb';
}

/** A charge named only by reference: "the allegations", "these claims", "such charges", "the accusations made by Pakistan". */
const A_CHARGE = String.raw`(?:the|these|those|such|this|that|all\s+such|any\s+such|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:${[...CHARGE_NOUNS].join('|')}|remarks?|statements?)\b(?!\s+that\b)`;
/**
 * The opening of a remark that denies a charge it names only by reference: "We reject these claims
 * completely", "India rejects the baseless allegations made by Pakistan", "These allegations have no basis
 * in fact", "the accusations were baseless", "has rejected that outright".
 */
const DENIES_A_CHARGE = new RegExp(
  String.raw`^\W*(?:[\p{L}'’-]+\s+){0,6}?(?:(?:strongly|firmly|categorically|flatly|completely|totally|again|also)\s+)?` +
    String.raw`(?:(?:${[...DENIAL_VERBS].join('|')})\s+(?:${A_CHARGE}|(?:it|that|this)\s+(?:${[...WHOLLY].join('|')}))` +
    String.raw`|${A_CHARGE}\s+(?:are|were|is|was|have|has|had)\s+(?:been\s+)?(?:no\s+basis|(?:completely\s+|totally\s+|entirely\s+)?(?:baseless|false|untrue|unfounded|groundless|fabricated|lies|propaganda)))`,
  'iu',
);

/**
 * A remark opening with a short sentence that calls what was just said untrue: "That is simply not true.", "No, it's
 * propaganda.", "With respect, that is the Taliban's propaganda line." (a guest answering a host in a transcript).
 */
const CALLS_IT_UNTRUE =
  /^\W*(?:(?:no|with\s+respect|frankly|honestly|sorry)[,.!]?\s+)?(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:simply|just|completely|totally|absolutely|entirely|utterly|pure)\s+)?(?:(?:the|their|a|an|[\p{L}-]+['’]s)\s+){0,2}(?:not\s+true|untrue|false|wrong|baseless|nonsense|propaganda|lies?|rubbish|not\s+correct|incorrect|not\s+the\s+case)\b[^.!?]{0,40}(?:[.!?]|$)/iu;

/**
 * Whether a remark opens by denying a charge it names only by reference ("We reject these claims
 * completely. It is propaganda.", "That is simply not true."): what it denies is said before it, in the
 * sentence it answers.
 */
export function deniesByReference(quote: string): boolean {
  return DENIES_A_CHARGE.test(quote) || CALLS_IT_UNTRUE.test(quote);
}

/** A denial the remark states outright: a verb of denial reporting it, words calling a claim false, or a denial of "these allegations". */
export function statedDenial(quote: string, via: string | undefined): WordStance | undefined {
  if (via && DENIAL_VERBS.has(fold(via).trim())) return { stance: 'denies', reason: 'denial verb' };
  // "Kabul accused Pakistan of hosting…": the accuser puts the claim forward.
  if (via && ACCUSATION_VERBS.has(fold(via).trim())) return { stance: 'asserts', reason: 'accusation verb' };
  if (callsUntrue(fold(quote)) || deniesByReference(quote)) return { stance: 'denies', reason: 'denial words' };
  return undefined;
}

/**
 * Words that make a remark a demand, an expectation or a pledge about what shall be ("must", "should",
 * "expected … not to", "will … again", "no more", "asked … to ensure"): where they meet a negated claim, the remark says
 * what ought not to happen, not what does.
 */
const OUGHT =
  /\b(?:must|should|shall|will|would|ought|expects?|expected|expecting|expectation|demands?|demanded|urges?|urged|wants?|wanted|hopes?|hoped|no more|never again|not to|ensure|ensures|ensured|ensuring|make sure|asked(?: [^\s,.;:]+){1,6} to)\b/;

/** Whether a remark demands, expects or pledges rather than states. */
export function demandsOrPledges(quote: string): boolean {
  return OUGHT.test(fold(quote));
}

/** A negation whose scope covers the words that met the claim's frame. */
export function negatedClaim(frame: FrameMatch | undefined): WordStance | undefined {
  return frame?.met && frame.negated ? { stance: 'denies', reason: 'negated claim' } : undefined;
}

/** Terms of words that call what they name unreal ("the imaginary line", "a hypothetical border"). */
const BELITTLING = new Set(['imaginari', 'hypothet', 'fictiti']);
/** How many terms before the words that met the claim's frame a belittling word still speaks of them. */
const BELITTLING_REACH = 2;

/**
 * A claim whose own words are belittled where the remark names them: "posts along the imaginary
 * line" denies that the line is a settled border. The belittling word stands in the run of terms
 * that met the claim's frame, or just before it, in the same clause, and nothing in its clause before
 * it negates ("not an imaginary line", "nobody can call it imaginary"). `terms` are the terms
 * `frame` was matched on.
 */
export function belittledClaim(terms: readonly string[], frame: FrameMatch | undefined): WordStance | undefined {
  if (!frame?.met || !frame.window) return undefined;
  const [from, to] = frame.window;
  for (let i = Math.max(0, from - BELITTLING_REACH); i <= to; i++) {
    if (!BELITTLING.has(terms[i]!)) continue;
    if (terms.slice(i, from).includes(BREAK)) continue;
    let clauseStart = i;
    while (clauseStart > 0 && terms[clauseStart - 1] !== BREAK) clauseStart--;
    if (terms.slice(clauseStart, i).some((t) => NEGATORS.has(t))) continue;
    return { stance: 'denies', reason: 'belittling words' };
  }
  return undefined;
}

/**
 * A remark that puts on the other side what the claim puts on one: the claim names one side as the
 * agent ("Afghan forces started the clashes") and the remark names only the other ("it was
 * Pakistani troops who opened fire first"). `quoteTerms` are the remark's terms with a speaker's "our"
 * left unread ("fire on our posts" names a victim, not an agent), `claimPlaces` the places the claim's
 * own wording names.
 */
export function blamesOtherSide(quoteTerms: readonly string[], claimPlaces: ReadonlySet<string>): WordStance | undefined {
  if (claimPlaces.size !== 1) return undefined;
  const [agent] = claimPlaces;
  const other = OTHER_SIDE[agent!];
  if (!other || quoteTerms.includes(agent!) || !quoteTerms.includes(other)) return undefined;
  return { stance: 'denies', reason: 'blames the other side' };
}

/**
 * The side a speaker's country takes on a claim, where nothing else tells: the place a claim names
 * first is the one it accuses ("Afghan soil is used…", "Pakistani air strikes killed…"); its
 * speakers deny it, and speakers of the other place the claim names assert it. Undefined for a
 * speaker of neither.
 */
export function sideOfPlace(
  speakerPlace: string | undefined,
  claimPlaces: ReadonlySet<string>,
): 'asserts' | 'denies' | undefined {
  if (!speakerPlace) return undefined;
  const [accused] = claimPlaces;
  if (claimPlaces.size === 1 && OTHER_SIDE[accused!] === speakerPlace) return 'asserts';
  if (!claimPlaces.has(speakerPlace)) return undefined;
  return speakerPlace === accused ? 'denies' : 'asserts';
}

/**
 * A number reported, named as such: "the Taliban's figure", "these figures", "the toll", "casualty figures"; not a
 * person ("a senior Taliban figure"), which a bare "figure" after anything but a determiner or a possessive may be.
 */
const A_FIGURE =
  /\b(?:(?:the|this|that|these|those|its|their|his|her|our|a|an|[\p{L}-]+['’]s)\s+(?:(?:casualty|death|official|own)\s+)?figures?|tolls?|tally|tallies|casualty\s+(?:count|numbers?|figures?)|death\s+(?:count|figures?))\b/u;
/** "The Taliban figures": a figure after a name, a number or people. */
const A_FIGURE_AFTER_A_NAME = /\b(?:the|these|those|its|their)\s+[\p{L}-]+\s+figures?\b/u;
/** Words that call a number too high or made up: "inflated", "a fantasy number", "pulled out of thin air". */
const NOT_SO_MANY =
  /\b(?:exaggerat\w*|inflated|overstated|fantasy|invented|made[- ]up|thin\s+air|far\s+(?:removed\s+)?from\s+(?:the\s+truth|reality)|detached\s+from\s+reality)\b/;

/**
 * Whether a sentence calls a reported number untrue: it names a figure and, around it (a verb before: "dismissed the
 * toll as …"; words after: "called Kabul's figure "a fantasy number"", "the casualty figure was grossly
 * exaggerated"), calls it too high, made up or false. What it denies is the count the article reported before it.
 */
export function dismissesAFigure(sentence: string): boolean {
  const folded = fold(sentence);
  const figure = A_FIGURE.exec(folded);
  if (figure) {
    const around = folded.slice(Math.max(0, figure.index - 24));
    return NOT_SO_MANY.test(around) || callsUntrue(around);
  }
  // "The Taliban figures", which may be people, are a number only when called too high or made up.
  const loose = A_FIGURE_AFTER_A_NAME.exec(folded);
  return !!loose && NOT_SO_MANY.test(folded.slice(loose.index));
}

/**
 * Words denying any part in an incident: "had nothing to do with the attack", "no connection with this incident", "no
 * hand in it", and the charge of one called a cover: "linking Afghanistan to this incident is an attempt to hide …".
 */
const NO_PART_IN =
  /\b(?:(?:nothing to do with|no (?:connection|involvement|hand|role|link|links|part) (?:with|in|to)|(?:not|never) (?:been )?involved in)\s+(?:it\b|(?:the|this|that|these|those|any such)\s+(?:[\w'’-]+\s+)?(?:attacks?|incidents?|bombings?|blasts?|hijacking|siege|raids?|assault|killings?)\b)|(?:linking|tying|connecting|blaming)\b[^.;]{1,60}\b(?:is|are|was|were)\s+(?:an?\s+|only\s+an?\s+)?(?:attempt|effort|excuse|bid)\s+to\b)/;

/** Words before such a denial that make it someone's claim the remark answers: "the claim that Afghanistan had nothing to do with it". */
const REPORTED_DENIAL = /\b(?:claims?|suggest\w*|suggestions?|allegations?|assertions?|insist\w*)\s+that\b/;

/** Whether a remark denies any part in an incident it refers to (`NO_PART_IN`), in its own voice. */
export function deniesAnyPart(quote: string): boolean {
  const folded = fold(quote);
  const part = NO_PART_IN.exec(folded);
  return !!part && !REPORTED_DENIAL.test(folded.slice(0, part.index));
}

/** A remark giving another number of what a claim counts disputes the claim's tally ("23 soldiers were martyred"). */
export function recountedClaim(frame: FrameMatch | undefined): WordStance | undefined {
  return frame?.recount ? { stance: 'disputes', reason: 'a different count' } : undefined;
}

/** A condition contrary to fact denies what it supposes ("if terrorism were coming out of Afghanistan, …would…"). */
export function counterfactualDenial(quote: string): WordStance | undefined {
  return counterfactual(quote) ? { stance: 'denies', reason: 'a condition contrary to fact' } : undefined;
}
