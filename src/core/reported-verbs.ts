/**
 * Reported claims that no verb of saying introduces with "that": a denial of a gerund ("the
 * Taliban deny sheltering the group"), a denial of named charges ("Islamabad rejects charges that
 * it shelters…"), an accusation ("Kabul accused Pakistan of hosting…") and a blame ("the ministry
 * blamed Pakistani forces for starting the firing"). What is denied, accused or blamed is the
 * claim; the subject before the verb is the speaker, resolved like any other (speakers.ts).
 * Only sentences where nothing else found a quote or a reported claim are read this way.
 */
import { ACCUSATION_VERBS, DENIAL_VERBS, GERUND_DENIAL_VERBS } from './attribution-words';
import type { FoundQuote } from './quote-assembly';
import type { Span } from './sentence-tokens';

/** A subject: up to six words opening the sentence before the verb (`NOT_SUBJECTS` rules out clause openers). */
const SUBJECT = String.raw`((?:[\p{L}\p{N}'’.-]+\s+){0,5}?[\p{L}\p{N}'’.-]+)`;
/** Auxiliaries and adverbs between the subject and the verb. */
const BETWEEN = String.raw`((?:\s+(?:has|have|had|also|again|always|still|often|long|repeatedly|consistently|previously|strongly|flatly|firmly|categorically|already|\w+ly))*)`;
/** Nouns naming what a denial rejects. */
const CHARGES = String.raw`(?:the\s+|such\s+|these\s+|those\s+|any\s+|all\s+)?(?:\w+\s+)?(?:claims?|charges?|allegations?|accusations?|reports?|suggestions?|assertions?)`;

/** A set of verbs as a pattern's alternatives. */
const either = (verbs: ReadonlySet<string>) => `(${[...verbs].join('|')})`;

/** A shape: the sentence's pattern (with indices), and the group where the claim starts (it runs to the end). */
const PATTERNS: { re: RegExp; claimFrom: number }[] = [
  // "X denies/rejects (the) charges that CLAUSE"
  {
    re: new RegExp(String.raw`^${SUBJECT}${BETWEEN}\s+${either(DENIAL_VERBS)}\s+${CHARGES}\s+that\s+(.+)$`, 'diu'),
    claimFrom: 4,
  },
  // "X denies sheltering the group" (a gerund after a denial verb)
  {
    re: new RegExp(String.raw`^${SUBJECT}${BETWEEN}\s+${either(GERUND_DENIAL_VERBS)}\s+(\w+ing\b.+)$`, 'diu'),
    claimFrom: 4,
  },
  // "X accused Y of hosting…" → the claim "Y hosting…"
  {
    re: new RegExp(
      String.raw`^${SUBJECT}${BETWEEN}\s+${either(ACCUSATION_VERBS)}\s+((?:[\p{L}\p{N}'’.-]+\s+){1,5}?)of\s+(\w+ing\b.+)$`,
      'diu',
    ),
    claimFrom: 4,
  },
  // "X blamed Y for starting…" → the claim "Y … starting…"
  {
    re: new RegExp(
      String.raw`^${SUBJECT}${BETWEEN}\s+(blame|blames|blamed)\s+((?:[\p{L}\p{N}'’.-]+\s+){1,5}?)for\s+(\w+ing\b.+)$`,
      'diu',
    ),
    claimFrom: 4,
  },
];

/** Words a subject never opens with: the sentence is then not "SUBJECT VERB …". */
const NOT_SUBJECTS = /^(?:if|when|whether|while|although|though|because|but|and|as|after|before|since|unless|that|who|which)\b/i;

/** The verbs of every shape below, for a first, cheap test. */
const VERBS = /\b(?:den(?:y|ies|ied)|reject|dismiss|refut|disput|rubbish|contradict|accus|blam)/i;

/** Where a reported claim ends before its sentence does. */
const CLAIM_END =
  /[,;]\s+(?:pointing|saying|adding|insisting|arguing|noting|calling|describing|citing|while|whereas|but|and\s+(?:said|says|added))\b|\s+[–—]\s+/i;

/** Least words of a reported claim. */
const MIN_WORDS = 3;

/** The reported claim of one sentence (`sentence`: its span in `text`), if it has one of these shapes. */
export function reportedByVerb(text: string, sentence: Span): FoundQuote | undefined {
  let body = text.slice(sentence.start, sentence.end);
  // Most sentences hold none of the verbs: one plain scan rules them out.
  if (!VERBS.test(body)) return undefined;
  const lead = body.length - body.trimStart().length;
  body = body.trim().replace(/[.!]+$/, '');
  if (NOT_SUBJECTS.test(body) || /["“”]/.test(body)) return undefined;
  for (const p of PATTERNS) {
    const m = p.re.exec(body);
    const at = m?.indices?.[p.claimFrom];
    if (!m || !at) continue;
    // The claim ends where the sentence goes on to something else (", pointing instead to…").
    const rest = body.slice(at[0]);
    const claimText = rest.slice(0, rest.search(CLAIM_END) >= 0 ? rest.search(CLAIM_END) : rest.length).trimEnd();
    if (claimText.split(/\s+/).length < MIN_WORDS) continue;
    const start = sentence.start + lead + at[0];
    const end = start + claimText.length;
    const speakerStart = sentence.start + lead;
    return {
      kind: 'reported',
      text: claimText,
      parts: [{ start, end }],
      start,
      end,
      speaker: { text: m[1]!, start: speakerStart, end: speakerStart + m[1]!.length, via: m[3]!.toLowerCase() },
    };
  }
  return undefined;
}

/** What "the charge" can be: the nouns a denial by reference names. */
const CHARGE_NOUN = String.raw`(?:charges?|claims?|allegations?|accusations?|reports?|assertions?)`;
/** A cheap first test: the sentence names a charge at all. */
const NAMES_A_CHARGE = new RegExp(String.raw`\b${CHARGE_NOUN}\b`, 'i');
/** A denial of a charge named only by reference, the whole sentence: "The Afghan Taliban deny the charge." */
const DENIES_THE_CHARGE = new RegExp(
  String.raw`^${SUBJECT}${BETWEEN}\s+${either(DENIAL_VERBS)}\s+(?:the|this|that|these|those|such|all\s+such|both|the\s+latest)\s+(?:\w+\s+)?${CHARGE_NOUN}(?:\s+as\s+[\w-]+(?:\s+and\s+[\w-]+)?)?$`,
  'diu',
);
/** The same after the charge it names: "…sanctuary in the tribal areas, a charge Islamabad rejects." */
const A_CHARGE_X_DENIES = new RegExp(
  String.raw`,\s+((?:a|an|the)\s+(?:\w+\s+)?${CHARGE_NOUN}\s+(?:that\s+)?${SUBJECT}${BETWEEN}\s+${either(DENIAL_VERBS)}(?:\s+(?:\w+ly|again|before))*)$`,
  'diu',
);

/**
 * A denial that names what it denies only by reference: a sentence "X denies the charge" after the
 * sentence holding the charge (`previous`, in the same paragraph), or a clause ", a charge X
 * rejects" closing the sentence that holds it. The remark is the denial's words, with `about` the
 * span that says what is denied.
 */
export function denialByReference(text: string, sentence: Span, previous: Span | undefined): FoundQuote | undefined {
  let body = text.slice(sentence.start, sentence.end);
  // Most sentences name no charge, or no denial of one: two plain scans rule them out.
  if (!NAMES_A_CHARGE.test(body) || !VERBS.test(body)) return undefined;
  const lead = body.length - body.trimStart().length;
  body = body.trim().replace(/[.!]+$/, '');
  if (/["“”]/.test(body)) return undefined;
  const whole = previous && !NOT_SUBJECTS.test(body) ? DENIES_THE_CHARGE.exec(body) : null;
  if (whole?.indices) {
    const start = sentence.start + lead;
    const end = start + body.length;
    return {
      kind: 'reported',
      text: body,
      parts: [{ start, end }],
      start,
      end,
      about: previous,
      speaker: { text: whole[1]!, start, end: start + whole[1]!.length, via: whole[3]!.toLowerCase() },
    };
  }
  const tail = A_CHARGE_X_DENIES.exec(body);
  const at = tail?.indices?.[1];
  const who = tail?.indices?.[2];
  if (!tail || !at || !who || NOT_SUBJECTS.test(tail[2]!)) return undefined;
  const aboutEnd = sentence.start + lead + tail.index;
  if (body.slice(0, tail.index).split(/\s+/).length < MIN_WORDS) return undefined;
  const start = sentence.start + lead + at[0];
  const end = sentence.start + lead + at[1];
  return {
    kind: 'reported',
    text: tail[1]!,
    parts: [{ start, end }],
    start,
    end,
    about: { start: sentence.start + lead, end: aboutEnd },
    speaker: {
      text: tail[2]!,
      start: sentence.start + lead + who[0],
      end: sentence.start + lead + who[1],
      via: tail[4]!.toLowerCase(),
    },
  };
}
