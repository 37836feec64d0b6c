/**
 * Remarks that make no claim of fact, whatever words they share with one: a condition ("if they
 * break it, we will hit back") or a question ("have we agreed to this?") puts nothing forward as
 * true. The engine gives them no card.
 */
import { SPEECH_VERBS } from './attribution-words';
import type { FoundQuote } from './quote-assembly';
import { fold } from './text';
import { placeNamed } from './lexicon';

/** Particles inside a name ("Fitna al-Khawarij", "Tehreek-e-Taliban", "Amir ul-Momineen"). */
const NAME_PARTICLE = /^(?:al|el|ul|e|i|of|the|and|bin|ibn)$/;

/**
 * Whether a quoted phrase is a name, not a remark: every word capitalised but the particles a name joins ("Fitna
 * al-Hindustan", "Islamic Emirate"). A label in quote marks makes no claim, whatever it implies.
 */
export function isName(phrase: string): boolean {
  const words = phrase
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 4 &&
    words.every((w) => NAME_PARTICLE.test(w) || /^\p{Lu}/u.test(w)) &&
    words.some((w) => /^\p{Lu}/u.test(w))
  );
}

/** Opening words of a condition. */
const CONDITIONAL = /^\W*(?:if|unless|whether|should they|were they)\b/;

/** Whether a quote's words put forward no claim of fact. */
export function makesNoClaim(quote: string): boolean {
  const words = fold(quote).trim();
  if (counterfactual(quote)) return false;
  return CONDITIONAL.test(words) || /\?\W*$/.test(words);
}

/** Those sympathy is offered to: the bereaved, the victims, a people. */
const MOURNERS = String.raw`(?:the\s+|their\s+|all\s+|every\s+|its\s+|our\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:famil\w*|victims?|bereaved|people|nation|relatives|loved\s+ones|those|wounded|injured|dead|martyrs|brothers|sisters|brethren)\b`;
/**
 * Sympathy offered: condolences, grief or sympathies offered, expressed or shared, "our prayers are with …", "in this
 * hour of grief", standing with the families or the people. On the evaluation sets such remarks make none of the
 * pack's claims but where a claim rides along in the same sentence (1 of 38), however many words they share with one
 * ("Killing innocent passengers, women and children, is a barbaric act. Our prayers are with the families" was read
 * as a denial that Pakistani strikes killed civilians). Sympathy spoken of is not offered ("stories spread to win
 * sympathy for the terrorists", "their condolences mean nothing").
 */
const SYMPATHY = new RegExp(
  [
    // "offers its deepest condolences to the families", "share the grief of every family"
    String.raw`\b(?:offer|express|extend|convey|share)\w*\s+(?:[\p{L}’']+\s+){0,4}?(?:condolences?|sympath(?:y|ies)|grief|sorrow)\s+(?:to|with|of|for)\s+${MOURNERS}`,
    // "our thoughts and prayers are with …", "our deepest condolences to …", "our hearts go out to …"
    String.raw`\b(?:our|my)\s+(?:[\p{L}]+\s+){0,3}?(?:condolences?|sympath(?:y|ies)|prayers?|thoughts|hearts?)\s+(?:(?:are|go|goes)\s+)?(?:out\s+)?(?:with|to)\b`,
    String.raw`\bhour\s+of\s+grief\b`,
    String.raw`\bcondole[sd]?\s+with\b`,
    // "stands with the families of the fallen", not "stands with the people against this aggression"
    String.raw`\b(?:stand|stands|stood)\s+(?:firmly\s+)?with\s+${MOURNERS}(?![^.;]*\b(?:against|fight|fighting)\b)`,
  ].join('|'),
  'iu',
);

/** Whether a remark offers sympathy (`SYMPATHY`). */
export function offersSympathy(quote: string): boolean {
  return SYMPATHY.test(quote);
}

/**
 * A verdict on an act that names no one who did it and nowhere it was done: "the killing of innocent people is against
 * Islamic values", "targeting civilians is a cowardly act", "killing women and children is a barbaric crime". Either
 * side says it, of any attack; it states nothing of who did what.
 */
const VERDICT = new RegExp(
  String.raw`^\W*(?:the\s+)?(?:(?:deliberate|indiscriminate|brutal|senseless|wanton)\s+)?(?:killings?|murders?|massacres?|slaughter|targeting|bombing|shelling|attacks?\s+on)\s+(?:of\s+)?(?:[\p{L}’'-]+,?\s+){0,6}?(?:is|was|are|were)\s+(?:(?:a|an|the|nothing\s+but|simply|clearly)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:crimes?|sins?|atrocit(?:y|ies)|acts?\s+of\s+(?:cowardice|terror|barbarism)|against\s+(?:islam|islamic|humanity|all|every|the\s+teachings)|un-?islamic|haram|barbaric|inhuman[e]?|cowardly|heinous|unacceptable|condemnable|unforgivable|reprehensible|shameful)\b`,
  'iu',
);

/** Who did it, named: "by the TTP", "at the hands of the militants". */
const AGENT = /\bby\b|\bat\s+the\s+hands\s+of\b/i;

/** Whether a remark of one sentence is a verdict on an act naming no one who did it and no place (`VERDICT`). */
export function condemnsInGeneral(quote: string): boolean {
  if (/[.!?;]\s+\S/.test(quote.trim())) return false;
  return VERDICT.test(quote) && !AGENT.test(quote) && placeNamed(quote) === undefined;
}

/**
 * A condition contrary to fact, and a consequence that would follow from it: "If terrorism were coming
 * out of Afghanistan, its other neighbours would be suffering too", "If Afghanistan were a base of
 * terror, why are China and Iran not attacked?". The speaker denies the condition; the claim is read
 * from the condition alone. An open condition ("if they break it, we will hit back") is no claim.
 */
const COUNTERFACTUAL = /^\W*if\s+([^,;:.!?]*?\b(?:were|had\s+been)\b[^,;:.!?]*?)\s*,\s*[^.!?]*?\b(?:would|why)\b/i;

/** The condition of a counterfactual remark, as [start, end) in the quote (undefined when it is none). */
export function counterfactual(quote: string): [number, number] | undefined {
  const m = COUNTERFACTUAL.exec(quote);
  if (!m) return undefined;
  const start = m[0].indexOf(m[1]!);
  return [start, start + m[1]!.length];
}

/** Verbs of saying whose quoted object asks for something instead of reporting it ("urged "both sides to…""). */
const REQUEST_VERBS = new Set(['urged', 'urges', 'urge']);

/** The word before a quote's opening mark, lower-case ("" at the start of the text). */
function wordBefore(text: string, at: number): string {
  return /([\p{L}'’]+)[^\p{L}]*$/u.exec(fold(text.slice(Math.max(0, at - 40), at)))?.[1] ?? '';
}

/**
 * A fragment that is a phrase lifted into the writer's own sentence — the object of a verb other
 * than one of saying ("were carrying "rifles left behind…"", "felt "grave concern that…"",
 * "urged "both sides to…"") — rather than a clause reported with "that" or a verb of saying. Its
 * few words tell little of which claim the sentence makes.
 */
export function liftedPhrase(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'fragment') return false;
  const before = wordBefore(text, quote.parts[0]?.start ?? quote.start);
  return before !== 'that' && (!SPEECH_VERBS.has(before) || REQUEST_VERBS.has(before));
}

/**
 * Words naming an account of a claim as a topic ("in view of the reports about Mullah Omar"; "gathering information on
 * reports of …", where "credible reports of strikes killing women" and "the report of the UN team" make the claim).
 */
const ABOUT_REPORTS =
  /\b(?:reports?|news|rumou?rs?|speculation|stories|story)\s+(?:about|regarding|concerning|on)\b|\b(?:information|inquir\w*|investigat\w*|looking|look|looks)\s+(?:on|into|about)\s+(?:the\s+)?reports\s+of\b/;

/**
 * Whether a remark speaks of the accounts of a claim as a topic ("postponed in view of the reports
 * regarding the death of Mullah Omar", "we have seen the news about …") rather than saying the
 * claim is true or false. Only a sure reading of its side (a denial: "the reports about … are
 * baseless") makes it a statement on the claim.
 */
export function speaksOfReports(quote: string): boolean {
  return ABOUT_REPORTS.test(fold(quote));
}
