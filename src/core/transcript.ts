/**
 * Transcripts: a broadcast, a debate or a briefing printed as turns, each paragraph opening with its
 * speaker's label in capitals ("KHAWAJA ASIF: We have told Kabul …", "SADIA NAWAZ (ANALYST): …").
 * A turn of a guest or an official is that speaker's own words, as a quote in marks is; a turn in the
 * programme's own voice (host, anchor, correspondent, a reporter's question) is narration, read for
 * the reports it holds like any other paragraph.
 *
 * Policies:
 * - Only an article with at least `MIN_TURNS` labelled paragraphs under at least two labels is a
 *   transcript: one "ISLAMABAD:" dateline or one "UPDATE:" is not.
 * - A sentence of a turn that holds a quote or a report of its own ("Mujahid insists Pakistan
 *   requested it") is that report's, and a question asks rather than states: neither is the turn's.
 *   What is left of a turn is one remark per run of consecutive sentences.
 */
import type { FoundQuote } from './quote-assembly';
import { PERSON_NOUNS, SPEAKER_NOUNS } from './attribution-words';
import { placeNamed } from './lexicon';
import type { Span } from './sentence-tokens';

/** Fewest labelled paragraphs that make an article a transcript. */
const MIN_TURNS = 3;

/** A label: up to eight words in capitals (a title or a role in parentheses among them), an optional note in parentheses, a colon. */
const LABEL =
  /^((?:\p{Lu}[\p{Lu}.'’-]*|\(\p{Lu}[\p{Lu}.'’\s-]*\))(?:\s+(?:\p{Lu}[\p{Lu}.'’-]*|\(\p{Lu}[\p{Lu}.'’\s-]*\))){0,7})(?:\s*\(([^()\n]{1,60})\))?\s*:\s+/u;

/** Labels of the programme's own voice: its turns are narration. */
const PROGRAMME_VOICE =
  /\b(?:HOST|CO-HOST|ANCHOR|PRESENTER|NEWSREADER|NEWSCASTER|CORRESPONDENT|REPORTER|MODERATOR|INTERVIEWER|JOURNALIST|QUESTION|Q|NARRATOR|VOICEOVER|VOICE-OVER)\b/;

/** Labels that open a paragraph without naming anyone who speaks. */
const NOT_A_SPEAKER =
  /^(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|LIVE|WATCH|READ|READ MORE|ALSO READ|NOTE|EDITOR'S NOTE|EDITOR’S NOTE|CORRECTION|CLARIFICATION|PHOTO|PHOTOS|VIDEO|SOURCE|SOURCES|DISCLAIMER|TRANSCRIPT|BACKGROUND|CONTEXT|ANALYSIS|OPINION|WARNING|ALERT|FACT CHECK|FACTBOX|TIMELINE|RELATED|MORE)$/;

/** One turn of a transcript. */
interface Turn {
  /** The label's speaker as a phrase of running text: "Khawaja Asif", "a kabul-based analyst". */
  speaker: { text: string; start: number; end: number };
  /** The turn's words after the label. */
  body: Span;
  /** The programme's own voice. */
  programme: boolean;
}

/** The turns of an article printed as a transcript; none for any other article. */
function turns(text: string, paras: readonly Span[]): Turn[] {
  const out: (Turn & { name: string })[] = [];
  const uses = new Map<string, number>();
  for (const p of paras) {
    const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + MAX_LABEL_CHARS)));
    if (!m) continue;
    const name = m[1]!.replace(/\s+/g, ' ');
    if (NOT_A_SPEAKER.test(name) || (!name.includes(' ') && placeNamed(name))) continue;
    const note = m[2]?.trim();
    const programme = PROGRAMME_VOICE.test(name) || (note !== undefined && PROGRAMME_VOICE.test(note.toUpperCase()));
    // The speaker is named by the label's words in capitals; a note ("(ANALYST)", "(RECORDED, translated)",
    // "(Foreign Office spokesman, Thursday)") says who they are or how the words reached the programme, not their name.
    out.push({ name, speaker: speakerOf(m[1]!, p.start), body: { start: p.start + m[0]!.length, end: p.end }, programme });
    uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  // A one-word label opening the article and never used again is its dateline ("PESHAWAR: Militants attacked …").
  const first = out[0];
  if (first && !first.name.includes(' ') && uses.get(first.name) === 1) {
    out.shift();
    uses.delete(first.name);
  }
  return out.length >= MIN_TURNS && uses.size >= 2 ? out : [];
}

/** Most characters a label and its note take. */
const MAX_LABEL_CHARS = 160;

/**
 * The speaker a label names, as the speaker grammar reads a phrase of running text: a name by its words in the
 * text ("LT GEN (RETD) NAEEM AKHTAR" by "NAEEM AKHTAR", after the last note); a role by its description alone,
 * with no words of the text (whose capitals would read as a name).
 */
function speakerOf(label: string, at: number): Turn['speaker'] {
  const text = speakerPhrase(label);
  if (text.startsWith('a ')) return { text, start: at, end: at };
  const named = label.replace(/\s*\([^)]*\)$/, '');
  const close = named.lastIndexOf(')');
  const from = close < 0 ? 0 : close + 1 + named.slice(close + 1).search(/\S/);
  return { text, start: at + from, end: at + named.length };
}

/**
 * The label as a speaker phrase of running text: a name as it is written ("LT GEN ASIM SALEEM BAJWA (ISPR)" →
 * "Lt Gen Asim Saleem Bajwa"), a role as someone introduced by it ("RETIRED PAKISTANI DIPLOMAT" → "a retired
 * pakistani diplomat").
 */
function speakerPhrase(label: string): string {
  // "LT GEN (RETD) NAEEM AKHTAR": a title's note is no part of the name.
  const words = label.replace(/\s*\([^)]*\)/g, '').split(/\s+/);
  const head = words[words.length - 1]!.toLowerCase();
  if (!PERSON_NOUNS.has(head) && !SPEAKER_NOUNS.has(head)) return titleCase(words.join(' '));
  // In lower case, as "a retired Pakistani diplomat said" is read: a description, not a name.
  return `a ${words.join(' ').toLowerCase()}`;
}

/** "LT GEN ASIM SALEEM BAJWA" as a name is written in running text: "Lt Gen Asim Saleem Bajwa". */
function titleCase(label: string): string {
  return label.replace(/(\p{Lu})([\p{Lu}'’-]*)/gu, (_, first: string, rest: string) => first + rest.toLowerCase());
}

/** A sentence's end: a stop, then space and a capital or an opening mark. */
const SENTENCE_END = /[.!?…]["”’']?(?=\s+["“‘'(]?\p{Lu})|[.!?…]["”’']?\s*$/gu;

/** The sentences of a span, in order. */
function sentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(span.start, span.end);
  let from = 0;
  for (const m of body.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    out.push({ start: span.start + from, end: span.start + end });
    from = end;
    while (from < body.length && /\s/.test(body[from]!)) from++;
  }
  if (from < body.length) out.push({ start: span.start + from, end: span.end });
  return out;
}

/**
 * The remarks of a transcript's speakers other than the programme's own voice, each a direct quote of
 * the label's speaker; `found` are the quotes and reports found otherwise, which keep their sentences.
 */
export function transcriptRemarks(text: string, paras: readonly Span[], found: readonly FoundQuote[]): FoundQuote[] {
  const all = turns(text, paras);
  if (!all.length) return [];
  const taken = spansTaken(found);
  const out: FoundQuote[] = [];
  let said: Span | undefined;
  for (const turn of all) {
    const parts = sentences(text, turn.body);
    const answered = said;
    said = parts[parts.length - 1];
    if (turn.programme) continue;
    let run: Span | undefined;
    const flush = (about?: Span) => {
      if (run) out.push(remark(text, run, turn, about));
      run = undefined;
    };
    parts.forEach((s, i) => {
      const words = text.slice(s.start, s.end);
      if (/\?["”’']?\s*$/.test(words) || taken(s)) return flush();
      run = run ? { start: run.start, end: s.end } : s;
      // "That is simply not true." opening a turn denies what the turn before it said.
      if (i === 0 && answered && CALLS_IT_UNTRUE.test(words)) flush({ start: answered.start, end: s.end });
    });
    flush();
  }
  return out;
}

/** Whether a span overlaps any of `found`: a binary search over them by start, with the farthest end so far. */
function spansTaken(found: readonly FoundQuote[]): (s: Span) => boolean {
  const byStart = [...found].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  byStart.forEach((q, i) => reach.push(Math.max(q.end, i ? reach[i - 1]! : -1)));
  return (s) => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > s.start;
  };
}

/** A sentence calling what was just said untrue ("No, that is simply not true.", "That's propaganda."). */
const CALLS_IT_UNTRUE =
  /^\W*(?:no[,.!]?\s+)?(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:simply|just|completely|totally|absolutely|entirely|utterly)\s+)?(?:not\s+true|untrue|false|wrong|baseless|nonsense|propaganda|a\s+lie|lies|rubbish)\b[^.!?]{0,40}[.!?]["”’']?\s*$/i;

function remark(text: string, span: Span, turn: Turn, about?: Span): FoundQuote {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  return {
    kind: 'direct',
    text: text.slice(span.start, end),
    parts: [{ start: span.start, end }],
    start: span.start,
    end,
    ...(about ? { about } : {}),
    speaker: { ...turn.speaker, via: 'said' },
  };
}
