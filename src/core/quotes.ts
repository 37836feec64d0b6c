/**
 * Quotes and reported claims in article text, each with the span of its speaker.
 *
 * Pipeline, every step linear in the input: paragraphs → quote marks (a one-pass scanner, no regex
 * over unbounded spans) → sentences (quotes are opaque) → tokens with each quote as one placeholder
 * → attribution cues (see quote-attribution.ts) → one FoundQuote per quote or reported claim.
 *
 * Policies:
 * - A paragraph is a run of text between line breaks ("\n\n" in the input; a single "\n" counts too).
 * - A quote never runs past its paragraph, except a paragraph that opens with a mark and has no
 *   closing mark: it continues into the next paragraph if that one opens with a mark (one part per
 *   paragraph). Otherwise an unclosed curly “ or « quote is cut at the paragraph end (the mark says
 *   where it starts, and the closing mark is often just missing), and an unclosed straight " or single
 *   quote is dropped (a stray straight mark says nothing about where a quote begins or ends).
 * - Single marks ‘…’ / '…' count only with an opening context (start, space, bracket, dash) followed by a
 *   letter, and a closer not followed by a letter or digit, in the same paragraph: "Pakistan's",
 *   "don't", "’80s" are apostrophes. Inside a double-quoted span, single marks are nested and ignored.
 * - A quote's text leaves out the marks, surrounding spaces and a trailing comma ("…provided,” Khan
 *   said" → "…provided"): that comma is the sentence's punctuation before the attribution.
 * - Reported claims are emitted only with a speaker, only for sentences without a direct quote.
 */
import {
  cueAfter,
  cueBefore,
  isAbbreviation,
  isSpace,
  sentenceCues,
  speakerOf,
  tokenize,
  type CueMatch,
  type Mask,
  type SentenceCues,
  type Span,
  type Speaker,
} from './quote-attribution';

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
  /** The speaker mention as it stands in the text, with offsets (end exclusive) and the cue; absent when no attribution is found. */
  speaker?: { text: string; start: number; end: number; via: string };
}

/** A quote as the mark scanner finds it. */
interface RawQuote {
  /** One interval per paragraph, marks included. */
  segments: Span[];
  /** The words in each paragraph, marks excluded. */
  parts: Span[];
}

/** What the sentence pass learns about a quote. */
interface QuoteInfo {
  raw: RawQuote;
  direct: boolean;
  before?: Speaker;
  after?: Speaker;
  /** The attribution between this quote and the next part of the same broken quote. */
  gap?: Speaker;
  /** Index of the first quote of the broken quote this one continues, or -1. */
  joinedTo: number;
}

interface Sentence extends Span {
  masks: Mask[];
}

const DOUBLE_OPENERS = '“"«„';
const CLOSERS_OF: Record<string, string> = { '“': '”"', '"': '"”', '«': '»', '„': '“”"' };
/** Openers that say unambiguously where a quote starts, so an unclosed one is cut, not dropped. */
const DIRECTIONAL_OPENERS = '“«„';
const SINGLE_OPENERS = "‘'";
const SINGLE_CLOSERS = "’'";
/** Characters after which a single mark opens a quote rather than being an apostrophe. */
const OPEN_CONTEXT = '([{—–-/“"«';
const TERMINALS = '.!?';
/** Sentences longer than this are analysed in chunks: real ones are far shorter, and it bounds memory. */
const MAX_SENTENCE_CHARS = 2000;
/** Fewest words in a reported clause: shorter ones ("he said so") are mostly noise. */
const MIN_REPORTED_WORDS = 6;
/** Most words of attribution between two parts of a broken quote ("…,” Kirby added, “…"). */
const MAX_GAP_WORDS = 8;

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLineBreak = (ch: string | undefined) => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

/** Paragraph spans, trimmed, empty ones left out. */
function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isLineBreak(text[i])) continue;
    let start = from;
    let end = i;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
    from = i + 1;
  }
  return out;
}

function straightOpens(text: string, i: number, para: Span): boolean {
  const prev = i > para.start ? text[i - 1]! : ' ';
  return i + 1 < para.end && !isSpace(text[i + 1]) && !LETTER_OR_DIGIT.test(prev);
}

function singleOpens(text: string, i: number, para: Span): boolean {
  const prev = i > para.start ? text[i - 1]! : ' ';
  return (isSpace(prev) || OPEN_CONTEXT.includes(prev)) && i + 1 < para.end && LETTER.test(text[i + 1]!);
}

function singleCloses(text: string, i: number, para: Span, openedAt: number): boolean {
  return i > openedAt + 1 && !isSpace(text[i - 1]) && (i + 1 >= para.end || !LETTER_OR_DIGIT.test(text[i + 1]!));
}

/** One pass over the marks of every paragraph; see the policies in the module comment. */
function scanMarks(text: string, paras: readonly Span[]): RawQuote[] {
  const out: RawQuote[] = [];
  let open: { closers: string; directional: boolean; quote: RawQuote; segStart: number } | undefined;
  paras.forEach((para, p) => {
    let single = -1;
    // A curly opening mark may be closed by a straight one in sloppy copy, but not when a curly
    // closing mark still follows in the paragraph: then a straight mark inside is quoted speech.
    const lastCurlyClose = text.lastIndexOf('”', para.end - 1);
    let i = para.start;
    if (open) open.segStart = i++; // continuation: skip the paragraph's opening mark
    for (; i < para.end; i++) {
      const ch = text[i]!;
      if (open) {
        if (!open.closers.includes(ch)) continue;
        open.quote.segments.push({ start: open.segStart, end: i + 1 });
        open.quote.parts.push({ start: open.segStart + 1, end: i });
        if (i > open.segStart + 1 || open.quote.parts.length > 1) out.push(open.quote); // "" is no quote
        open = undefined;
      } else if (DOUBLE_OPENERS.includes(ch) && (ch !== '"' || straightOpens(text, i, para))) {
        single = -1;
        open = {
          closers: ch === '“' && lastCurlyClose > i ? '”' : CLOSERS_OF[ch]!,
          directional: DIRECTIONAL_OPENERS.includes(ch),
          quote: { segments: [], parts: [] },
          segStart: i,
        };
      } else if (single >= 0 && SINGLE_CLOSERS.includes(ch) && singleCloses(text, i, para, single)) {
        out.push({
          segments: [{ start: single, end: i + 1 }],
          parts: [{ start: single + 1, end: i }],
        });
        single = -1;
      } else if (single < 0 && SINGLE_OPENERS.includes(ch) && singleOpens(text, i, para)) {
        single = i;
      }
    }
    if (!open) return;
    open.quote.segments.push({ start: open.segStart, end: para.end });
    open.quote.parts.push({ start: open.segStart + 1, end: para.end });
    const next = paras[p + 1];
    if (next && open.segStart === para.start && DOUBLE_OPENERS.includes(text[next.start]!)) return;
    if (open.directional) out.push(open.quote);
    open = undefined;
  });
  return out;
}

/** Trims each part; drops a trailing comma from the last; undefined if no words are left. */
function trimParts(text: string, raw: RawQuote): RawQuote | undefined {
  const parts: Span[] = [];
  raw.parts.forEach(({ start, end }, k) => {
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (k === raw.parts.length - 1 && text[end - 1] === ',') end--;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) parts.push({ start, end });
  });
  return parts.length > 0 ? { segments: raw.segments, parts } : undefined;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text[i])) i++;
  return i;
}

/** True when the text after i (past at least one space) starts a new sentence. */
function startsSentence(text: string, i: number, end: number): boolean {
  const j = skipSpace(text, i, end);
  if (j === i && j < end) return false;
  const c = text[j] ?? '';
  return j >= end || /[\p{Lu}\p{N}“"«‘]/u.test(c);
}

/** A terminal at i ends the sentence unless it follows an abbreviation or an initial ("U.S.", "John F. Kirby"). */
function endsSentence(text: string, i: number, para: Span): boolean {
  if (!startsSentence(text, i + 1, para.end)) return false;
  if (text[i] !== '.') return true;
  let j = i;
  while (j > para.start && i - j < 15 && (LETTER.test(text[j - 1]!) || text[j - 1] === '.')) j--;
  return j === i || !isAbbreviation(text.slice(j, i));
}

/** Sentence spans of a paragraph; masks (the quotes, sorted) are opaque. */
function splitSentences(text: string, para: Span, masks: readonly Mask[]): Sentence[] {
  const out: Sentence[] = [];
  let start = para.start;
  let k = 0;
  let kStart = 0;
  const cut = (end: number) => {
    out.push({ start, end, masks: masks.slice(kStart, k) });
    start = skipSpace(text, end, para.end);
    kStart = k;
  };
  for (let i = para.start; i < para.end;) {
    const mask = masks[k];
    if (mask && mask.start <= i) {
      k++;
      i = Math.max(i + 1, mask.end);
      if (TERMINALS.includes(text[mask.end - 2] ?? '') && startsSentence(text, i, para.end)) cut(i);
      continue;
    }
    const ch = text[i]!;
    if (TERMINALS.includes(ch) && endsSentence(text, i, para)) cut(i + 1);
    else if (i - start > MAX_SENTENCE_CHARS && (isSpace(ch) || i - start > 2 * MAX_SENTENCE_CHARS)) cut(i);
    i++;
  }
  if (start < para.end) out.push({ start, end: para.end, masks: masks.slice(kStart) });
  return out;
}

/** A direct quote starts its sentence or follows an introducing cue or ':' / ','; other quotes are fragments. */
function isDirect(text: string, s: SentenceCues, p: number, raw: RawQuote, atStart: boolean): boolean {
  const { start, end } = raw.parts[0]!;
  let j = start;
  while (j < end && j - start < 10 && !LETTER.test(text[j]!)) j++;
  const c = text[j] ?? '';
  if (c !== c.toUpperCase()) return false;
  const prev = s.tokens[p - 1];
  if (!prev || atStart) return true;
  return (prev.kind === 'punct' && ':,'.includes(prev.text)) || s.clauses.has(p);
}

/** True when the tokens between two quotes are only an attribution ("…,” Kirby added, “…"). */
function gapCue(text: string, s: SentenceCues, a: number, b: number, first: RawQuote): CueMatch | undefined {
  const seg = first.segments[0]!;
  const commaInside = text
    .slice(Math.max(seg.start, seg.end - 4), seg.end - 1)
    .trimEnd()
    .endsWith(',');
  const commaAfter = s.tokens[a + 1]?.text === ',';
  const lead = s.tokens[b - 1];
  if (first.segments.length !== 1 || !(commaInside || commaAfter) || !lead || !':,'.includes(lead.text))
    return undefined;
  if (s.wordCount[b]! - s.wordCount[a + 1]! > MAX_GAP_WORDS) return undefined;
  const m = cueAfter(s, a);
  return m && m.last < b ? m : undefined;
}

/** The reported claim of a sentence without a direct quote: the clause after its first introducing cue. */
function reportedClaim(text: string, sentence: Span, s: SentenceCues): FoundQuote | undefined {
  const { tokens, wordCount } = s;
  for (const m of s.cues) {
    if (!m.speaker) continue;
    let start = -1;
    let end = sentence.end;
    let words = 0;
    const clause = tokens[m.clause];
    const trailing =
      wordCount[m.last + 1] === wordCount[tokens.length] &&
      tokens[tokens.length - 1]?.kind === 'punct' &&
      tokens[m.first - 1]?.text === ',';
    if (clause && clause.kind !== 'quote') {
      start = clause.start;
      words = wordCount[tokens.length]! - wordCount[m.clause]!;
    } else if (trailing && tokens[0]?.kind !== 'quote') {
      start = tokens[0]!.start;
      end = tokens[m.first - 1]!.start;
      words = wordCount[m.first]!;
    }
    if (start < 0 || words < MIN_REPORTED_WORDS) continue;
    while (end > start && isSpace(text[end - 1])) end--;
    if (text[end - 1] === '.') end--;
    const speaker = speakerOf(text, tokens, m);
    return {
      kind: 'reported',
      text: text.slice(start, end),
      parts: [{ start, end }],
      start,
      end,
      speaker,
    };
  }
  return undefined;
}

const sameSpeaker = (a: Speaker, b: Speaker) => a.text.toLowerCase() === b.text.toLowerCase();

/** Picks the speaker of a (possibly broken) quote: the attributions found must all agree, or there is none. */
function resolveSpeaker(first: QuoteInfo, last: QuoteInfo): Speaker | undefined {
  const found = [first.gap, last.after, first.before].filter((x): x is Speaker => x !== undefined);
  return found.every((x) => sameSpeaker(x, found[0]!)) ? found[0] : undefined;
}

/**
 * Finds the quotes (direct and fragments) and reported claims of an article, in text order, each with
 * its speaker when an attribution names one without doubt. Linear in the length of the text.
 */
export function findQuotes(text: string): FoundQuote[] {
  const paras = paragraphs(text);
  const infos: QuoteInfo[] = scanMarks(text, paras)
    .map((raw) => trimParts(text, raw))
    .filter((raw): raw is RawQuote => raw !== undefined)
    .map((raw) => ({ raw, direct: false, joinedTo: -1 }));
  const segOwner: { quote: number; first: boolean; last: boolean }[] = [];
  const masksByPara = paras.map(() => [] as Mask[]);
  let para = 0;
  infos.forEach(({ raw }, q) => {
    raw.segments.forEach((seg, k) => {
      while (paras[para]!.end < seg.end) para++;
      masksByPara[para]!.push({ ...seg, id: segOwner.length });
      segOwner.push({ quote: q, first: k === 0, last: k === raw.segments.length - 1 });
    });
  });
  const reported: FoundQuote[] = [];
  let colonCue: Speaker | undefined;
  paras.forEach((p, pi) => {
    splitSentences(text, p, masksByPara[pi]!).forEach((sentence, si) => {
      const s = sentenceCues(tokenize(text, sentence, sentence.masks));
      let prevQuote = -1;
      let hasDirect = false;
      let seenQuote = false;
      s.tokens.forEach((t, ti) => {
        if (t.kind !== 'quote') return;
        const owner = segOwner[t.id]!;
        const info = infos[owner.quote]!;
        if (owner.first) {
          const prevIndex = prevQuote >= 0 ? segOwner[s.tokens[prevQuote]!.id]!.quote : -1;
          const prev = infos[prevIndex];
          const gap = prev && gapCue(text, s, prevQuote, ti, prev.raw);
          if (gap && prev) {
            const root = prev.joinedTo >= 0 ? prev.joinedTo : prevIndex;
            info.joinedTo = root;
            infos[root]!.gap ??= speakerOf(text, s.tokens, gap);
          } else {
            info.direct = isDirect(text, s, ti, info.raw, s.wordCount[ti] === 0 && !seenQuote);
            const before = cueBefore(s, ti);
            info.before = before ? speakerOf(text, s.tokens, before) : ti === 0 && si === 0 ? colonCue : undefined;
          }
        }
        if (owner.last) {
          const after = cueAfter(s, ti);
          info.after = after && speakerOf(text, s.tokens, after);
        }
        hasDirect ||= infos[info.joinedTo >= 0 ? info.joinedTo : owner.quote]!.direct;
        prevQuote = owner.last ? ti : -1;
        seenQuote = true;
      });
      if (!hasDirect) {
        const claim = reportedClaim(text, sentence, s);
        if (claim) reported.push(claim);
      }
      const endsWithColon = s.tokens[s.tokens.length - 1]?.text === ':';
      const introducer = s.cues.find((m) => m.clause === s.tokens.length);
      colonCue = endsWithColon && introducer ? speakerOf(text, s.tokens, introducer) : undefined;
    });
  });
  return [...assemble(text, infos), ...reported].sort((a, b) => a.start - b.start);
}

/** One FoundQuote per quote, the parts of a broken quote joined. */
function assemble(text: string, infos: readonly QuoteInfo[]): FoundQuote[] {
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
