/**
 * Reported claims that no verb of saying introduces with "that": a denial of a gerund ("the
 * Taliban deny sheltering the group"), a denial of named charges ("Islamabad rejects charges that
 * it shelters…"), an accusation ("Kabul accused Pakistan of hosting…") and a blame ("the ministry
 * blamed Pakistani forces for starting the firing"), and a name the speaker gives ("the ministry
 * condemned what it called a violation of Afghan airspace"). What is denied, accused, blamed or named is the
 * claim; the subject before the verb is the speaker, resolved like any other (speakers.ts).
 * Only sentences where nothing else found a quote or a reported claim are read this way.
 */
import { ACCUSATION_VERBS, CHARGE_NOUNS, DENIAL_VERBS, GERUND_DENIAL_VERBS, WHOLLY } from './attribution-words';
import type { FoundQuote } from './quote-assembly';
import type { Span } from './sentence-tokens';
import { afterLastMark } from './text';

/** A word of a subject: any but one that opens a subordinate clause ("after", "with"), so the subject starts after it. */
const SUBJECT_WORD = String.raw`(?!(?:after|with|as|when|while|following|follows|followed|since|because)\s)[\p{L}\p{N}'’.-]+`;
/** A subject: up to six words opening the sentence before the verb (`NOT_SUBJECTS` rules out clause openers). */
const SUBJECT = String.raw`((?:${SUBJECT_WORD}\s+){0,5}?${SUBJECT_WORD})`;
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
      String.raw`^${SUBJECT}${BETWEEN}\s+${either(ACCUSATION_VERBS)}\s+((?:[\p{L}\p{N}'’.-]+\s+){1,5}?)of\s+((?:\w+ly\s+)?\w+ing\b.+)$`,
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
  // "X condemned the strikes as a violation of Afghan sovereignty" → the claim "the strikes as a violation…"
  {
    re: new RegExp(
      String.raw`^${SUBJECT}${BETWEEN}\s+(condemned|condemns|denounced|denounces|described|describes|branded|brands|termed|terms|labelled|labeled)\s+((?:the|this|these|those|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?as\s+.+)$`,
      'diu',
    ),
    claimFrom: 4,
  },
  // "X condemned what it called a violation of Afghan airspace" → the claim is X's own name for it
  {
    re: new RegExp(
      String.raw`^${SUBJECT}${BETWEEN}\s+[\p{L}-]+\s+what\s+(?:he|she|it|they)\s+(called|termed|described\s+as|said\s+(?:was|were))\s+(.+)$`,
      'diu',
    ),
    claimFrom: 4,
  },
];

/** Words a subject never opens with: the sentence is then not "SUBJECT VERB …". */
const NOT_SUBJECTS = /^(?:if|when|whether|while|although|though|because|but|and|as|after|before|since|unless|that|who|which)\b/i;

/** The verbs of every shape below, for a first, cheap test. */
const VERBS =
  /\b(?:den(?:y|ies|ied)|reject|dismiss|refut|disput|rubbish|contradict|accus|blam)|\bwhat\s+(?:he|she|it|they)\s+(?:called|termed|described|said)\b|\b(?:condemn|denounc|describ|brand|term|label)\w*\s.*\sas\s/i;

/** Where a reported claim ends before its sentence does. */
const CLAIM_END =
  /[,;]\s+(?:pointing|saying|adding|insisting|arguing|noting|calling|describing|citing|while|whereas|but)\b|[,;]?\s+and\s+(?:said|says|say|added|adds)\b|\s+[–—]\s+/i;

/** Least words of a reported claim. */
const MIN_WORDS = 3;

/** A sentence's words without its outer spaces and closing stop, and where they start in the text. */
function sentenceBody(text: string, sentence: Span): { body: string; at: number } {
  const raw = text.slice(sentence.start, sentence.end);
  const trimmed = raw.trim().replace(/[.!]+$/, '');
  const dateline = DATELINE.exec(trimmed)?.[0].length ?? 0;
  return { body: trimmed.slice(dateline), at: sentence.start + raw.length - raw.trimStart().length + dateline };
}

/**
 * A dateline opening a sentence ("WASHINGTON - ", "NEW DELHI: ", "KABUL/ISLAMABAD, July 16 (Wire) - "): a place in
 * capitals, perhaps a date and an agency, then a colon or a dash. The sentence's subject comes after it.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}/'’.-]{2,}(?:\s+\p{Lu}[\p{Lu}/'’.-]+)*(?:,\s*[\p{L}\p{N} .]{1,20}?)?(?:\s*\([^()]{1,30}\))?(?::|\s[-–—])\s+/u;

/** A reported remark of the text span [start, end), its speaker the words at `who` ("X") and `via` the verb. */
function reported(text: string, start: number, end: number, who: [number, number], via: string, about?: Span): FoundQuote {
  return {
    kind: 'reported',
    text: text.slice(start, end),
    parts: [{ start, end }],
    start,
    end,
    ...(about ? { about } : {}),
    speaker: { text: text.slice(who[0], who[1]), start: who[0], end: who[1], via: via.toLowerCase() },
  };
}

/** The reported claims of one sentence (`sentence`: its span in `text`), if it has one of these shapes. */
export function reportedByVerb(text: string, sentence: Span): FoundQuote[] {
  // Most sentences hold none of the verbs: one plain scan rules them out.
  if (!VERBS.test(text.slice(sentence.start, sentence.end))) return [];
  const { body, at: lead } = sentenceBody(text, sentence);
  if (NOT_SUBJECTS.test(body) || /["“”]/.test(body)) return [];
  for (const p of PATTERNS) {
    const m = p.re.exec(body);
    const at = m?.indices?.[p.claimFrom];
    if (!m || !at) continue;
    // The claim ends where the sentence goes on to something else (", pointing instead to…").
    const rest = body.slice(at[0]);
    const end = rest.search(CLAIM_END);
    const claimText = rest.slice(0, end >= 0 ? end : rest.length).trimEnd();
    if (claimText.split(/\s+/).length < MIN_WORDS) continue;
    const start = lead + at[0];
    const who: [number, number] = [lead, lead + m[1]!.length];
    const claims = [reported(text, start, start + claimText.length, who, m[3]!)];
    // "…deny harbouring the groups and say insecurity is Pakistan's affair": the second verb's own claim.
    const next = end >= 0 ? SAYS_NEXT.exec(rest.slice(end)) : null;
    if (next) {
      const from = start + end + next[0].length;
      const more = rest.slice(end + next[0].length).trimEnd();
      if (more.split(/\s+/).length >= MIN_WORDS) claims.push(reported(text, from, from + more.length, who, next[1]!));
    }
    return claims;
  }
  return [];
}

/** A second verb of saying that CLAIM_END stopped at, and what it says runs to the sentence's end. */
const SAYS_NEXT = /^[,;]?\s+and\s+(said|says|say|added|adds)(?:\s+that)?\s+(?=\S)/i;

/** What "the charge" can be: the nouns a denial by reference names. */
const CHARGE_NOUN = `(?:${[...CHARGE_NOUNS].join('|')})`;
/** How wholly a denial rejects what it names ("rejected the charge outright", "in its entirety"). */
const OUTRIGHT = String.raw`(?:${[...WHOLLY].join('|')}|in\s+(?:its|their)\s+entirety)`;
/** A cheap first test: the sentence names a charge at all. */
const NAMES_A_CHARGE = new RegExp(String.raw`\b${CHARGE_NOUN}\b|\b(?:it|that|this)\s+${OUTRIGHT}`, 'i');
/** A denial of a charge named only by reference, the whole sentence: "The Afghan Taliban deny the charge." */
const DENIES_THE_CHARGE = new RegExp(
  String.raw`^${SUBJECT}(?:,\s+(?:however|though|meanwhile|for\s+its\s+part|in\s+turn),)?${BETWEEN}\s+${either(DENIAL_VERBS)}\s+` +
    String.raw`(?:(?:the|this|that|these|those|such|all\s+such|both|the\s+latest)\s+(?:\w+\s+)?${CHARGE_NOUN}|(?:it|that|this)(?=\s+${OUTRIGHT}))` +
    String.raw`(?:\s+(?:made|levelled|leveled|raised|voiced)\s+by\s+[^,;:]+?)?(?:\s+${OUTRIGHT})?(?:\s+as\s+[\w-]+(?:\s+and\s+[\w-]+)?)?$`,
  'diu',
);
/** The same after the charge it names: "…sanctuary in the tribal areas, a charge Islamabad rejects." */
const A_CHARGE_X_DENIES = new RegExp(
  String.raw`,\s+((?:a|an|the)\s+(?:\w+\s+)?${CHARGE_NOUN}\s+(?:that\s+)?${SUBJECT}${BETWEEN}\s+${either(DENIAL_VERBS)}(?:\s+(?:\w+ly|again|before))*)(?:\s+(?:as|while|when|even\s+as)\s+[^,;]+)?$`,
  'diu',
);

/**
 * After a semicolon, a denial of what the clause before it reports: "Islamabad says the TTP operates from Afghan
 * sanctuaries; the Taliban deny this." The clause before must report something (a verb of saying or accusing).
 */
const SEMICOLON_X_DENIES = new RegExp(
  String.raw`;\s+(${SUBJECT}${BETWEEN}\s+${either(DENIAL_VERBS)}\s+(?:it|this|that|(?:the|these|such)\s+(?:\w+\s+)?${CHARGE_NOUN})(?:\s+${OUTRIGHT})?)$`,
  'diu',
);
/** What the clause before such a semicolon must hold: a report, whose claim "this" is. */
const REPORTS =
  /\b(?:says|said|say|claims|claimed|alleges|alleged|accuses|accused|blames|blamed|insists|insisted|maintains|maintained)\b/i;

/**
 * A denial that names what it denies only by reference: a sentence "X denies the charge" after the
 * sentence holding the charge (`previous`, in the same paragraph), or a clause ", a charge X
 * rejects" closing the sentence that holds it. The remark is the denial's words, with `about` the
 * span that says what is denied.
 */
export function denialByReference(text: string, sentence: Span, previous: Span | undefined): FoundQuote | undefined {
  const raw = text.slice(sentence.start, sentence.end);
  // Most sentences name no charge, or no denial of one: plain scans rule them out.
  const semicolon = raw.includes(';');
  if (!VERBS.test(raw) || (!semicolon && !NAMES_A_CHARGE.test(raw))) return undefined;
  const { body, at } = sentenceBody(text, sentence);
  if (/["“”]/.test(body)) return undefined;
  const whole = previous && !NOT_SUBJECTS.test(body) ? DENIES_THE_CHARGE.exec(body) : null;
  if (whole) return reported(text, at, at + body.length, [at, at + whole[1]!.length], whole[3]!, previous);
  const tail = A_CHARGE_X_DENIES.exec(body) ?? (semicolon ? deniedAfterSemicolon(body) : null);
  const clause = tail?.indices?.[1];
  const who = tail?.indices?.[2];
  if (!tail || !clause || !who || NOT_SUBJECTS.test(tail[2]!)) return undefined;
  if (body.slice(0, tail.index).split(/\s+/).length < MIN_WORDS) return undefined;
  return reported(text, at + clause[0], at + clause[1], [at + who[0], at + who[1]], tail[4]!, {
    start: at,
    end: at + tail.index,
  });
}

/** "A says B; C denies this" (`SEMICOLON_X_DENIES`), when the one clause before the semicolon reports something. */
function deniedAfterSemicolon(body: string): RegExpExecArray | null {
  const m = SEMICOLON_X_DENIES.exec(body);
  const before = m ? body.slice(0, m.index) : '';
  return m && !before.includes(';') && REPORTS.test(before) ? m : null;
}

/**
 * An attribution set off by commas after the subject: "The bomber, the statement said, belonged to Achin in
 * Nangarhar", "Its fight with Islamabad, he went on, was Pakistan's own affair". The subject is up to eight words
 * opening the sentence, the speaker up to five words.
 */
const ASIDE_VERBS = String.raw`said|says|added|adds|claimed|claims|insisted|insists|argued|argues|noted|alleged|maintained|went\s+on`;
const ASIDE_SAYS = new RegExp(
  String.raw`^([^,;:()]+?),\s+((?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+)\s+(${ASIDE_VERBS})\s*,\s+(.+)$`,
  'diu',
);
/** A cheap first test: the sentence holds one of those verbs after a comma. */
const MAY_HOLD_ASIDE = new RegExp(String.raw`,\s.*\b(?:${ASIDE_VERBS})\s*,`, 'i');
/** Most words of the subject before such an aside. */
const MAX_ASIDE_SUBJECT = 8;

/**
 * The reported claim of a sentence whose attribution stands between its subject and its verb ("The TTP, Mujahid
 * said, was not part of the Emirate"): the words after the aside, read with the subject (`about`: the whole sentence).
 */
export function reportedAroundAside(text: string, sentence: Span): FoundQuote | undefined {
  const raw = text.slice(sentence.start, sentence.end);
  if (!MAY_HOLD_ASIDE.test(raw)) return undefined;
  const { body, at } = sentenceBody(text, sentence);
  if (NOT_SUBJECTS.test(body) || /["“”]/.test(body)) return undefined;
  const m = ASIDE_SAYS.exec(body);
  const who = m?.indices?.[2];
  const rest = m?.indices?.[4];
  if (!m || !who || !rest || m[1]!.trim().split(/\s+/).length > MAX_ASIDE_SUBJECT) return undefined;
  if (m[4]!.split(/\s+/).length < MIN_WORDS) return undefined;
  return reported(text, at + rest[0], at + rest[1], [at + who[0], at + who[1]], m[3]!.replace(/\s+/g, ' '), {
    start: at,
    end: at + rest[1],
  });
}

/** ", which Islamabad says operates from Afghan soil", "a group that Pakistan says operates from Afghanistan": a claim about what the clause's antecedent does. */
const WHICH_X_SAYS = new RegExp(
  String.raw`(?:,\s+(?:which|where)|\s+(?:that|which|where)|,\s+whose\s+[\p{L}'’-]+)\s+${SUBJECT}${BETWEEN}\s+(says|say|said|claims|claim|claimed|alleges|allege|alleged|insists|insist|insisted|maintains|maintain|maintained)\s+(.+)$`,
  'diu',
);
/** Most words of the antecedent read with the claim ("attacks by the TTP, which …"). */
const MAX_ANTECEDENT_WORDS = 6;

/**
 * A claim a relative clause attributes to someone: "…attacks by the TTP, which Islamabad says
 * operates from Afghan soil." The remark is what is said of the antecedent ("operates from Afghan
 * soil"), its speaker the clause's subject, and `about` the antecedent with it, which is what the
 * claim is read from.
 */
export function reportedByRelative(text: string, sentence: Span): FoundQuote | undefined {
  const raw = text.slice(sentence.start, sentence.end);
  if (!/\s(?:which|that|where|whose)\s/i.test(raw)) return undefined;
  const { body, at } = sentenceBody(text, sentence);
  if (/["“”]/.test(body)) return undefined;
  const m = WHICH_X_SAYS.exec(body);
  const who = m?.indices?.[1];
  const said = m?.indices?.[4];
  if (!m || !who || !said || NOT_SUBJECTS.test(m[1]!)) return undefined;
  const rest = body.slice(said[0]);
  // A relative clause ends at the next comma, semicolon or closing bracket: the sentence goes on after it
  // ("the TTP, which Islamabad says operates from Afghan soil, for the raid").
  const cut = rest.search(RELATIVE_END);
  const claim = (cut >= 0 ? rest.slice(0, cut) : rest).trimEnd();
  if (claim.split(/\s+/).length < MIN_RELATIVE_WORDS) return undefined;
  // The antecedent: the words before the comma, back to other punctuation.
  const before = body.slice(0, m.index);
  const words = [...before.matchAll(/[^\s,;:()]+/g)].slice(-MAX_ANTECEDENT_WORDS);
  const boundary = afterLastMark(before, ',;:(');
  const first = words.find((w) => w.index! >= boundary);
  if (!first) return undefined;
  const start = at + said[0];
  return reported(text, start, start + claim.length, [at + who[0], at + who[1]], m[3]!, {
    start: at + first.index!,
    end: start + claim.length,
  });
}
/** Where a relative clause's claim ends. */
const RELATIVE_END = /[,;)]|\s+[–—]\s+/;

/** Fewest words said of an antecedent ("killed civilians"). */
const MIN_RELATIVE_WORDS = 2;

/**
 * An accusation inside a sentence rather than opening it: "…after US President Donald Trump,
 * unveiling his policy, accused Pakistan of sheltering militants", "with Islamabad accusing the
 * Emirate of failing to stop attacks". The subject is the words just before the verb (past an
 * aside set off by commas), back to a word that opens a clause; the claim is the accused and
 * what they are said to do, to the end of its clause.
 */
const ACCUSATION_WITHIN = new RegExp(
  String.raw`(?:^|[,;:]\s+|\b(?:after|with|as|when|while|following|follows|followed|and|but|since|because)\s+)((?:${SUBJECT_WORD}\s+){0,9}?${SUBJECT_WORD})(,\s[^,;]{1,80},)?${BETWEEN}\s+(accused|accuses|accusing)\s+((?:[\p{L}\p{N}'’.-]+\s+){1,5}?)of\s+((?:\w+ly\s+)?\w+ing\b[^,;()–—]*)`,
  'dgiu',
);
/** "and" before a capitalised word and a verb ("and Kabul protesting"): another clause with its own subject. */
const NEW_SUBJECT = /\s+and\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Ll}+(?:ing|ed)\b)/u;
/** Words that open a clause rather than name a subject: the accusation is then someone else's. */
const NOT_A_SUBJECT_WORD = /^(?:it|this|that|which|who|there)$/i;

/** The accusations inside one sentence (`sentence`: its span in `text`) that `taken` (other reported claims) leaves free. */
export function accusationsWithin(text: string, sentence: Span, taken: readonly Span[]): FoundQuote[] {
  const raw = text.slice(sentence.start, sentence.end);
  if (!/\baccus/i.test(raw)) return [];
  const { body, at } = sentenceBody(text, sentence);
  if (/["“”]/.test(body)) return [];
  const out: FoundQuote[] = [];
  for (const m of body.matchAll(ACCUSATION_WITHIN)) {
    const who = m.indices?.[1];
    // The claim runs from the accused ("Pakistan of sheltering militants"): who is accused is half of it.
    const claim = m.indices?.[5] && m.indices[6] ? ([m.indices[5][0], m.indices[6][1]] as const) : undefined;
    if (!who || !claim || NOT_A_SUBJECT_WORD.test(m[1]!.trim())) continue;
    // "… of failing to stop attacks and Kabul protesting …": a new subject starts another clause.
    const claimText = body.slice(claim[0], claim[1]).split(NEW_SUBJECT)[0]!.trimEnd();
    if (claimText.split(/\s+/).length < MIN_WORDS) continue;
    const start = at + claim[0];
    const end = start + claimText.length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    out.push(reported(text, start, end, [at + who[0], at + who[1]], m[4]!));
  }
  return out;
}
