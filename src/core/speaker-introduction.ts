/**
 * Whom a person the pack does not hold speaks for, read from where the article introduces them: a
 * description set beside the name ("Amir Khan Muttaqi, Afghanistan's foreign minister,"; "the
 * Taliban's foreign minister, Amir Khan Muttaqi,") or a title written before it ("Foreign Office
 * spokesman Asim Iftikhar Ahmad"). Only the words describing the person count: a relative clause
 * ("Muttaqi, who visited Pakistan last week,") tells what they did, not whom they speak for, and a
 * place the sentence names before the description ("a visit to India by the Taliban's foreign
 * minister, …") is not the person's.
 */
import { countryOfRegion, placeNamed } from './lexicon';

/** A stretch of the text describing a person: [start, end). */
export interface Description {
  start: number;
  end: number;
}

/** What a person's introduction says of whom they speak for: an institution the pack holds, else a country. */
export interface Introduced {
  /**
   * The first pack actor the description names: an institution or government, else a person the office is held for
   * ("deputy spokesperson to President Ashraf Ghani").
   */
  actorId?: string;
  /** The first country or camp (lexicon `PLACES`) the description names. */
  place?: string;
}

/** Most characters of a description set beside a name. */
const DESCRIPTION_CHARS = 100;
/** Most words of a title written straight before a name. */
const TITLE_WORDS = 6;

/** A description after the name, between commas: ", Afghanistan's foreign minister,". */
const APPOSITIVE_AFTER = new RegExp(`^(\\s*,\\s*)([^,.;:!?"“”\\n]{3,${DESCRIPTION_CHARS}}),`);
/** Words opening a clause about the person rather than a description of them. */
const NOT_A_DESCRIPTION =
  /^(?:who|whom|whose|which|that|when|where|after|before|while|speaking|said|says|told|added|in|on|at)\b/i;
/**
 * How a description set after a name opens: an article, a possessive, a capitalised word or an office
 * ("deputy spokesperson to the Afghan president"), not a verb ("was on a visit to New Delhi").
 */
const NOUN_PHRASE =
  /^(?:a|an|the|his|her|its|their|\p{Lu}|(?:deputy|chief|senior|acting|spokes(?:man|woman|person)|minister|adviser|advisor|ambassador|envoy|director|head)\b)/u;
/** Words of a relation to someone else: "an ally of the Afghan Taliban" does not speak for them. */
const RELATION =
  /\b(?:ally|allies|friend|friends|critic|critics|opponent|opponents|rival|rivals|supporter|supporters|backer|backers|host|guest|mediator|victim|victims)\b/i;

/** An office held now: only someone in office speaks for an institution or a country. */
const OFFICE =
  /\b(?:minister|ministry|spokes(?:man|woman|person)|official|officials|ambassador|envoy|representative|governor|commander|general|chief|secretary|president|premier|adviser|advisor|deputy|director|head|officer|diplomat|consul|mission|office|army|military|police|government|administration)\b/i;
/** An office held for someone, right before their name ("spokesperson to President …", "adviser to …"). */
const SERVES = /\b(?:to|for)\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+){0,2}$/u;
/** A former office: "former ambassador Husain Haqqani" speaks for himself. */
const FORMER = /\b(?:former|ex|retired|onetime|one-time|erstwhile|then)\b/i;

/** Words after which a description or title begins: a joining word, or a verb of meeting or saying. */
const DESCRIPTION_START =
  /\b(?:and|or|with|by|from|as|that|met|meets|meeting|told|tells|said|says|called|urged|quoted|summoned|rejected|criticised|criticized)\s+/gi;

/**
 * The descriptions of `name` at its first mention: the one set after it between commas, then the
 * one before it (closed by a comma) or else the title written straight before it.
 */
export function descriptionsOf(text: string, name: string): Description[] {
  const at = firstMention(text, name);
  if (at < 0) return [];
  const out: Description[] = [];
  const end = at + name.length;
  const after = APPOSITIVE_AFTER.exec(text.slice(end, end + DESCRIPTION_CHARS + 8));
  if (after && NOUN_PHRASE.test(after[2]!) && !NOT_A_DESCRIPTION.test(after[2]!)) {
    const start = end + after[1]!.length;
    out.push({ start, end: start + after[2]!.length });
  }
  const from = Math.max(0, at - DESCRIPTION_CHARS);
  const before = text.slice(from, at);
  // The clause the name closes, back to the last mark or joining word; without its closing comma when the name is set after one.
  const clauseStart = Math.max(lastIndexOfAny(before, /[,.;:!?"“”\n]/g, /,\s*$/.test(before)), lastJoin(before));
  const clause = before.slice(clauseStart).replace(/,\s*$/, '');
  const lead = clause.length - clause.trimStart().length;
  const words = clause.trim().split(/\s+/);
  const kept = words.slice(-TITLE_WORDS).join(' ');
  if (kept && !NOT_A_DESCRIPTION.test(kept)) {
    const start = from + clauseStart + lead + clause.trim().length - kept.length;
    out.push({ start, end: start + kept.length });
  }
  return out;
}

/** Offset of the first whole-word mention of `name`, or -1. */
function firstMention(text: string, name: string): number {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = text[i - 1];
    const after = text[i + name.length];
    if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after))) return i;
  }
  return -1;
}

/** Where the text after the last of `marks` starts (0 when none); `skipLast` passes over a final one (the comma before the name). */
function lastIndexOfAny(s: string, marks: RegExp, skipLast: boolean): number {
  const found = [...s.matchAll(marks)].map((m) => m.index! + 1);
  if (skipLast) found.pop();
  return found.pop() ?? 0;
}

/** Where the text after the last joining word starts (0 when none). */
function lastJoin(s: string): number {
  let at = 0;
  for (const m of s.replace(/,\s*$/, '').matchAll(DESCRIPTION_START)) at = m.index! + m[0].length;
  return at;
}

/**
 * Whom a person the pack does not hold speaks for: the first institution of the pack (not a person)
 * named in a description of them, else the first country one names, else a person of the pack the
 * office is held for.
 */
export function introducedAs(
  text: string,
  name: string,
  mentions: readonly { actorId: string; start: number; end: number }[],
  isPerson: (actorId: string) => boolean,
): Introduced {
  for (const d of descriptionsOf(text, name)) {
    const words = text.slice(d.start, d.end);
    if (RELATION.test(words) || FORMER.test(words) || !OFFICE.test(words)) continue;
    const named = mentions.filter((m) => m.start >= d.start && m.end <= d.end);
    const actor = named.find((m) => !isPerson(m.actorId));
    if (actor) return { actorId: actor.actorId };
    const place = placeNamed(words) ?? countryOfRegion(words);
    if (place) return { place };
    // "deputy spokesperson to President Ashraf Ghani": an office held for someone the pack holds speaks for their side.
    const principal = named.find((m) => SERVES.test(text.slice(d.start, m.start)));
    if (principal) return { actorId: principal.actorId };
  }
  return {};
}
