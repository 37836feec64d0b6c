/**
 * Quotes and reported claims in article text, each with the span of its speaker.
 *
 * Pipeline, every step linear in the input: paragraphs → quote marks (a one-pass scanner, no regex
 * over unbounded spans; see quote-marks.ts for where a quote starts and ends) → sentences (quotes are
 * opaque; quote-sentences.ts) → tokens with each quote as one placeholder → attribution cues (see
 * quote-attribution.ts) → one FoundQuote per quote or reported claim (quote-assembly.ts).
 *
 * Policies:
 * - Quote marks, paragraphs and what a quote's text leaves out: see quote-marks.ts.
 * - A direct quote starts its sentence or follows an introducing cue or ':' / ','; other quotes are
 *   fragments of reported speech.
 * - Reported claims are emitted only with a speaker, only for sentences without a direct quote.
 */
import { assemble, reportedClaim, type FoundQuote, type QuoteInfo } from './quote-assembly';
import { accusationsWithin, denialByReference, reportedAroundAside, reportedByRelative, reportedByVerb } from './reported-verbs';
import { mayHoldCue } from './attribution-cues';
import {
  cueAfter,
  cueBefore,
  sentenceCues,
  speakerOf,
  tokenizeSentence,
  type CueMatch,
  type Mask,
  type SentenceCues,
  type Speaker,
} from './quote-attribution';
import { paragraphs, scanMarks, trimParts, type RawQuote } from './quote-marks';
import { splitSentences } from './quote-sentences';
import { transcriptRemarks } from './transcript';

export type { FoundQuote } from './quote-assembly';

/** Most words of attribution between two parts of a broken quote ("…,” Kirby added, “…"). */
const MAX_GAP_WORDS = 8;

const LETTER = /\p{L}/u;

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
  if (first.segments.length !== 1 || !(commaInside || commaAfter) || !lead || !':,'.includes(lead.text)) return undefined;
  if (s.wordCount[b]! - s.wordCount[a + 1]! > MAX_GAP_WORDS) return undefined;
  const m = cueAfter(s, a);
  return m && m.last < b ? m : undefined;
}

/** A reported claim cut short of `at`, where a denial of it begins (", a charge Islamabad rejects"); none when nothing is left. */
function endBefore(text: string, claim: FoundQuote, at: number): FoundQuote[] {
  if (claim.end <= at) return [claim];
  const end = claim.start + text.slice(claim.start, at).replace(/[\s,;]+$/, '').length;
  if (end <= claim.start || claim.parts.length !== 1) return [];
  return [{ ...claim, text: text.slice(claim.parts[0]!.start, end), parts: [{ start: claim.parts[0]!.start, end }], end }];
}

/** The grammar's reading of a sentence that holds no cue. */
const NO_CUES: SentenceCues = { tokens: [], cues: [], wordCount: [0], clauses: new Set() };

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
    splitSentences(text, p, masksByPara[pi]!).forEach((sentence, si, all) => {
      // A sentence with no quote marks and no word a cue opens with has no cue: it is not tokenized.
      const s =
        sentence.masks.length || mayHoldCue(text.slice(sentence.start, sentence.end))
          ? sentenceCues(tokenizeSentence(text, sentence, sentence.masks))
          : NO_CUES;
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
        const said = reportedClaim(text, sentence, s);
        // A denial, an accusation or a blame that no verb of saying introduces (reported-verbs.ts);
        // one that opens before the clause a verb of saying reports holds it ("deny A and say B").
        const denied = seenQuote ? [] : reportedByVerb(text, sentence);
        const claims = said.length && denied.length && denied[0]!.start < said[0]!.start ? [] : said;
        const byVerb = claims.length ? [] : denied;
        const byRelative = claims.length || seenQuote || byVerb.length ? undefined : reportedByRelative(text, sentence);
        if (byRelative) byVerb.push(byRelative);
        // "The TTP, Mujahid said, was not part of the Emirate": an attribution set off between subject and verb.
        const byAside = claims.length || seenQuote || byVerb.length ? undefined : reportedAroundAside(text, sentence);
        if (byAside) byVerb.push(byAside);
        // An accusation inside the sentence ("…after Trump accused Pakistan of sheltering militants"), beside what else it reports.
        if (!seenQuote) byVerb.push(...accusationsWithin(text, sentence, [...claims, ...byVerb]));
        // A denial naming what it denies only by reference: "X denies the charge." after the sentence
        // that makes it (when this one reports nothing else), or ", a charge X rejects" closing it.
        const byReference = seenQuote
          ? undefined
          : denialByReference(text, sentence, claims.length || byVerb.length ? undefined : all[si - 1]);
        const before = byReference ? byReference.start : Infinity;
        reported.push(...[...claims, ...byVerb].flatMap((c) => endBefore(text, c, before)));
        if (byReference) reported.push(byReference);
      }
      const endsWithColon = s.tokens[s.tokens.length - 1]?.text === ':';
      const introducer = s.cues.find((m) => m.clause === s.tokens.length);
      colonCue = endsWithColon && introducer ? speakerOf(text, s.tokens, introducer) : undefined;
    });
  });
  const found = [...assemble(text, infos), ...reported];
  // A transcript's turns are their speakers' own words, where no quote or report of its own stands.
  return [...found, ...transcriptRemarks(text, paras, found)].sort((a, b) => a.start - b.start);
}
