/**
 * Quote assembly: the FoundQuote records that findQuotes returns, built from what its sentence pass
 * learnt: one per quote (the parts of a broken quote joined, its speaker agreed on by every
 * attribution found) and one per reported claim.
 */
import { speakerOf, type SentenceCues, type Speaker } from './quote-attribution';
import type { RawQuote } from './quote-marks';
import { isSpace, type Span, type Token } from './sentence-tokens';
import { deniesByReference } from './stance-words';

/** One quote or reported claim found in the text. */
export interface FoundQuote {
  /** 'direct': words in quote marks; 'fragment': a short quoted phrase inside reported speech; 'reported': a claim in reported speech without quote marks. */
  kind: 'direct' | 'fragment' | 'reported';
  /** The quoted words joined (for a quote broken by attribution, the parts joined with a single space), as they stand in the text (no marks). */
  text: string;
  /** Offsets in the input of each part of the quote's text (without the marks), end exclusive; several for a broken or multi-paragraph quote. */
  parts: { start: number; end: number }[];
  /** Offsets of the whole quote including marks: text.slice(start, end) (end exclusive). For a reported claim, the clause. */
  start: number;
  end: number;
  /**
   * For a denial that names what it denies only by reference ("The Taliban deny the charge."), the
   * span of the text that says it (the sentence before, or the clause before ", a charge …"): the
   * claim is read from there, the remark stays the denial's own words.
   */
  about?: Span;
  /**
   * The speaker mention as it stands in the text, with offsets (end exclusive) and the cue; absent when no attribution is found.
   * A transcript's turn (transcript.ts) gives its label as running text writes it: "Khawaja Asif" for the offsets of
   * "KHAWAJA ASIF", and a role ("a kabul-based analyst") with no offsets of its own.
   */
  speaker?: { text: string; start: number; end: number; via: string };
}

/** What the sentence pass learns about a quote. */
export interface QuoteInfo {
  /** The quote as the mark scanner found it, parts trimmed. */
  raw: RawQuote;
  /** True for a direct quote, false for a fragment inside reported speech. */
  direct: boolean;
  /** The speaker named by the cue that introduces the quote. */
  before?: Speaker;
  /** The speaker named by the cue right after the quote. */
  after?: Speaker;
  /** The attribution between this quote and the next part of the same broken quote. */
  gap?: Speaker;
  /** Index of the first quote of the broken quote this one continues, or -1. */
  joinedTo: number;
}

/** Fewest words in a reported clause: shorter ones ("he said so") are mostly noise. */
const MIN_REPORTED_WORDS = 6;

/** Most words after a closing cue before the sentence ends ("…, the Foreign Office said in a statement on Thursday."). */
const MAX_CUE_TAIL = 8;

/**
 * Whether the cue ending at token `last` closes its sentence: nothing follows it but a few words
 * saying where, when or to whom ("said on Thursday", "told Reuters", "said in a statement"), with
 * no punctuation and no "that" among them.
 */
function closesSentence(tokens: readonly Token[], wordCount: readonly number[], last: number): boolean {
  if (wordCount[tokens.length]! - wordCount[last + 1]! > MAX_CUE_TAIL) return false;
  for (let k = last + 1; k < tokens.length - 1; k++) if (tokens[k]!.kind !== 'word' || tokens[k]!.lower === 'that') return false;
  return true;
}

/** Most tokens of a dateline ("KABUL/ISLAMABAD, April 17 (Reuters) -"). */
const MAX_DATELINE_TOKENS = 12;

/**
 * The first token after a dateline opening the sentence ("ISLAMABAD, Aug 29 (APP):", "KABUL (Reuters)
 * -"): a place in capitals, then a colon or a dash within a few tokens; 0 when there is none.
 */
function afterDateline(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (
    first?.kind !== 'word' ||
    first.text.length < 3 ||
    first.text !== first.text.toUpperCase() ||
    !/\p{Lu}{3}/u.test(first.text)
  )
    return 0;
  // The place is followed by its date, its agency or a second place, or ends the dateline at once.
  if (tokens[1]?.kind !== 'punct' || !',(/:-–—'.includes(tokens[1].text)) return 0;
  for (let k = 1; k < Math.min(tokens.length - 1, MAX_DATELINE_TOKENS); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && ':-–—'.includes(t.text)) return k + 1;
    if (t.kind === 'quote') return 0;
  }
  return 0;
}

/** The reported claim of a sentence without a direct quote: the clause after its first introducing cue. */
export function reportedClaim(text: string, sentence: Span, s: SentenceCues): FoundQuote[] {
  const { tokens, wordCount } = s;
  for (const m of s.cues) {
    // A bare clause ("said terrorists were operating from Afghan soil") is a claim like any other:
    // the tallies among them ("said most of the dead were …") make none of the pack's, and the judge says so.
    if (!m.speaker) continue;
    let start = -1;
    let end = sentence.end;
    let words = 0;
    const clause = tokens[m.clause];
    const trailing =
      closesSentence(tokens, wordCount, m.last) &&
      tokens[tokens.length - 1]?.kind === 'punct' &&
      tokens[m.first - 1]?.text === ',';
    if (clause && clause.kind !== 'quote') {
      start = clause.start;
      words = wordCount[tokens.length]! - wordCount[m.clause]!;
    } else if (trailing && tokens[0]?.kind !== 'quote') {
      const from = afterDateline(tokens);
      start = tokens[from]!.start;
      end = tokens[m.first - 1]!.start;
      words = wordCount[m.first]! - wordCount[from]!;
    }
    // A short clause is noise ("he said so"), unless it denies a charge named before ("said the accusations were baseless").
    if (start < 0 || (words < MIN_REPORTED_WORDS && !deniesByReference(text.slice(start, end)))) continue;
    // "…launched from Afghan soil, citing the bombing at the courts": what the speaker cited is evidence, not the claim.
    const cited = CITING.exec(text.slice(start, end));
    if (cited) end = start + cited.index;
    while (end > start && isSpace(text[end - 1])) end--;
    if (text[end - 1] === '.') end--;
    const speaker = speakerOf(text, tokens, m);
    // "…said A, while Pakistan said B": B is another speaker's report, and A ends before it.
    const other = contrastingReport(text, start, end);
    const found = clauses(text, start, other ? other.cut : end).map(([a, b, verb]) =>
      // A clause its own verb introduces ("denied A, and said B") is reported by that verb.
      reportedSpan(text, a, b, speaker && verb ? { ...speaker, via: verb } : speaker),
    );
    if (other) found.push(reportedSpan(text, other.from, end, other.speaker));
    return found;
  }
  return [];
}

/** Where a reported clause goes on to the evidence the speaker gave for it. */
const CITING = /,\s+(?:citing|pointing\s+to)\s/i;

/** The reported claim of the text span [a, b), said by `speaker`. */
function reportedSpan(text: string, a: number, b: number, speaker: Speaker | undefined): FoundQuote {
  return { kind: 'reported', text: text.slice(a, b), parts: [{ start: a, end: b }], start: a, end: b, speaker };
}

/**
 * ", while Pakistan said …", ", whereas the ministry insisted …": a second report, by its own subject, which a
 * description set off by commas may follow (", while Zabihullah Mujahid, the Taliban spokesman, said …").
 */
const CONTRAST =
  /,\s+(?:while|whereas|and|but)\s+((?:[\p{L}\p{N}'’.-]+\s+){0,5}?[\p{L}\p{N}'’.-]+)(?:,(?:\s+[\p{L}\p{N}'’.-]+){1,8},)?\s+(said|says|insisted|insists|maintained|maintains|argued|argues|claimed|claims|countered|counters|condemned\s+what\s+(?:it|he|she|they)\s+called)(?:\s+that)?\s+/du;

/** "…; according to the spokesman, …": a second report after a semicolon, by whom it names. */
const ACCORDING = /;\s+according\s+to\s+((?:[\p{L}\p{N}'’.-]+\s+){0,5}?[\p{L}\p{N}'’.-]+),\s+/du;

/** A contrasting report inside the reported span [start, end): where the first ends, where the second starts, and its speaker. */
function contrastingReport(
  text: string,
  start: number,
  end: number,
): { cut: number; from: number; speaker: Speaker } | undefined {
  const m = CONTRAST.exec(text.slice(start, end)) ?? ACCORDING.exec(text.slice(start, end));
  const who = m?.indices?.[1];
  if (!m || !who) return undefined;
  const cut = start + m.index;
  const from = cut + m[0].length;
  if (wordsIn(text.slice(start, cut)) < MIN_REPORTED_WORDS || wordsIn(text.slice(from, end)) < MIN_REPORTED_WORDS)
    return undefined;
  const via = m[2]?.toLowerCase() ?? 'according to';
  return { cut, from, speaker: { text: m[1]!, start: start + who[0], end: start + who[1], via } };
}

/**
 * Where one report holds several claims ("said that A, and that B"; "denied A, saying B"; "denied A,
 * and said B"; "says A, and has warned B"), each is its own reported claim: one card per claim, never one card for two. A
 * clause opened by a verb of its own is reported by that verb (group 1), the others by the cue.
 */
const CLAUSE_BREAK =
  /(?:,|;)\s+(?:and\s+|but\s+)?(?:that|(saying|adding|insisting)(?:\s+that)?)\s+|\s+(?:and|but)\s+that\s+|(?:[,;]\s+|\s+)(?:and|but)\s+(?:(?:has|have|had)\s+)?(said|says|say|added|adds|repeated|reiterated|stressed|insisted|warned|noted|maintained|argued|claimed|suggested|suggests|alleged|asserted|urged|urges|demanded|demands)(?:(?:\s+(?!that\b)[\p{L}'’-]+){0,3}?\s+that)?\s+/giu;

/** The verb of saying a participle stands for ("saying" → "said"). */
const FINITE: Readonly<Record<string, string>> = { saying: 'said', adding: 'added', insisting: 'insisted' };

/** The clauses of a reported span [start, end), each long enough to be a claim, with the verb that opens it if it has its own. */
function clauses(text: string, start: number, end: number): [number, number, string?][] {
  const out: [number, number, string?][] = [];
  let from = start;
  let verb: string | undefined;
  for (const m of text.slice(start, end).matchAll(CLAUSE_BREAK)) {
    const cut = start + m.index;
    const next = cut + m[0].length;
    if (wordsIn(text.slice(from, cut)) >= MIN_REPORTED_WORDS && wordsIn(text.slice(next, end)) >= MIN_REPORTED_WORDS) {
      out.push([from, cut, verb]);
      from = next;
      const said = (m[1] ?? m[2])?.toLowerCase();
      verb = said && (FINITE[said] ?? said);
    }
  }
  out.push([from, end, verb]);
  return out;
}

const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;

const sameSpeaker = (a: Speaker, b: Speaker) => a.text.toLowerCase() === b.text.toLowerCase();

/** Picks the speaker of a (possibly broken) quote: the attributions found must all agree, or there is none. */
function resolveSpeaker(first: QuoteInfo, last: QuoteInfo): Speaker | undefined {
  const found = [first.gap, last.after, first.before].filter((x): x is Speaker => x !== undefined);
  return found.every((x) => sameSpeaker(x, found[0]!)) ? found[0] : undefined;
}

/** One FoundQuote per quote, the parts of a broken quote joined. */
export function assemble(text: string, infos: readonly QuoteInfo[]): FoundQuote[] {
  const members = infos.map(() => [] as QuoteInfo[]);
  infos.forEach((info, q) => members[info.joinedTo >= 0 ? info.joinedTo : q]!.push(info));
  const out: FoundQuote[] = [];
  members.forEach((group) => {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last || first.joinedTo >= 0) return;
    const parts = group.flatMap((g) => g.raw.parts);
    const speaker = resolveSpeaker(first, last);
    out.push({
      kind: first.direct ? 'direct' : 'fragment',
      // Paragraphs of one quote join with a space; an ellipsis marks where an attribution broke
      // the quote, so words the speaker did not say in a row are never shown as one unbroken quote.
      text: group.map((g) => g.raw.parts.map((x) => text.slice(x.start, x.end)).join(' ')).join(' … '),
      parts,
      start: first.raw.segments[0]!.start,
      end: last.raw.segments[last.raw.segments.length - 1]!.end,
      ...(speaker ? { speaker } : {}),
    });
  });
  return out;
}
