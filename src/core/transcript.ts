/**
 * Transcripts: a broadcast, a debate or a briefing printed as turns, each paragraph opening with its
 * speaker's label in capitals ("KHAWAJA ASIF: We have told Kabul …", "SADIA NAWAZ (ANALYST): …").
 * A turn of a guest or an official is that speaker's own words, as a quote in marks is; a turn in the
 * programme's own voice (host, anchor, correspondent, a reporter's question) is narration, read for
 * the reports it holds like any other paragraph.
 *
 * Policies:
 * - Only an article with at least `MIN_TURNS` labelled paragraphs under at least two labels, one of
 *   them the programme's own voice or one speaking twice, is a transcript: a dateline, an "UPDATE:",
 *   a round-up by district ("BANNU: … / LAKKI MARWAT: …") or an explainer's headings ("WHAT
 *   HAPPENED: … / WHY IT MATTERS: …") is not. A label naming a place, a heading or "A" (an
 *   interview's answer, whose speaker the label does not name) is no speaker.
 * - A sentence of a turn that holds a quote or a report of its own ("Mujahid insists Pakistan
 *   requested it") is that report's, and a question asks rather than states: neither is the turn's.
 *   What is left of a turn is one remark per run of consecutive sentences.
 * - Only a labelled paragraph is a turn: an answer running on into a paragraph with no label is not
 *   read as the speaker's (that paragraph may as well be the programme's narration).
 */
import type { FoundQuote } from './quote-assembly';
import { PERSON_NOUNS, SPEAKER_NOUNS } from './attribution-words';
import { countryOfRegion, placeNamed } from './lexicon';
import { splitSentences } from './quote-sentences';
import { firstAtOrAfter } from './sorted';
import { deniesByReference } from './stance-words';
import type { Span } from './sentence-tokens';
import { nameCase } from './text';

/** Fewest labelled paragraphs that make an article a transcript. */
const MIN_TURNS = 3;

/** Most characters a label and its note take. */
const MAX_LABEL_CHARS = 160;

/** A label: up to eight words in capitals (a title or a role in parentheses among them), an optional note in parentheses, a colon. */
const LABEL =
  /^((?:\p{Lu}[\p{Lu}.'’-]*|\(\p{Lu}[\p{Lu}.'’\s-]*\))(?:\s+(?:\p{Lu}[\p{Lu}.'’-]*|\(\p{Lu}[\p{Lu}.'’\s-]*\))){0,7})(?:\s*\(([^()\n]{1,60})\))?\s*:\s+/u;

/**
 * The programme's own roles: a label that is one ("HOST", "KABUL CORRESPONDENT", "ANCHOR (SAIMA RAUF)") or whose
 * note opens with one ("IMRAN YUSUF (CORRESPONDENT)", "SHAHZAD AFRIDI (JOURNALIST, PESHAWAR)") is narration. A journalist on a panel mostly
 * passes on what officials told them ("What I hear from security officials here is that …"): read as the journalist's
 * own words, those claims would be shown as theirs. A note that only mentions a role ("KHAWAJA ASIF (speaking to our
 * correspondent)") is not one.
 */
const PROGRAMME_ROLES = new Set(
  'HOST CO-HOST ANCHOR PRESENTER NEWSREADER NEWSCASTER CORRESPONDENT REPORTER JOURNALIST MODERATOR INTERVIEWER QUESTION Q NARRATOR VOICEOVER VOICE-OVER'.split(
    ' ',
  ),
);

/** Labels that open a paragraph without naming anyone who speaks: headings, notes, an interview's "A". */
const NOT_A_SPEAKER =
  /^(?:A|ANSWER|UPDATE|UPDATED|BREAKING|BREAKING NEWS|LIVE|WATCH|READ|READ MORE|ALSO READ|NOTE|EDITOR'S NOTE|EDITOR’S NOTE|CORRECTION|CLARIFICATION|PHOTO|PHOTOS|VIDEO|SOURCE|SOURCES|DISCLAIMER|TRANSCRIPT|BACKGROUND|CONTEXT|ANALYSIS|OPINION|WARNING|ALERT|FACT CHECK|FACTBOX|TIMELINE|RELATED|MORE|KEY POINTS|THE BACKGROUND|WHAT NEXT|WHAT'S NEXT|WHAT’S NEXT|BOTTOM LINE)$|^(?:WHAT|WHY|HOW|WHO|WHERE|WHEN|WHICH)\b|['’]S\b/;

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
    if (NOT_A_SPEAKER.test(name)) continue;
    // Notes in parentheses, in capitals within the label ("IMRAN YUSUF (CORRESPONDENT)") or not after it ("(Quetta)").
    const notes = [...name.matchAll(/\(([^)]*)\)/g)].map((n) => n[1]!).concat(m[2] ?? []);
    const words = name.replace(/\s*\([^)]*\)/g, '').split(' ');
    const programme =
      PROGRAMME_ROLES.has(words[0]!) ||
      PROGRAMME_ROLES.has(words[words.length - 1]!) ||
      notes.some((n) => PROGRAMME_ROLES.has(n.split(',')[0]!.trim().toUpperCase()));
    if (!programme && onlyPlace(name)) continue;
    // The speaker is named by the label's words in capitals; a note ("(ANALYST)", "(RECORDED, translated)",
    // "(Foreign Office spokesman, Thursday)") says who they are or how the words reached the programme, not their name.
    const who = words.join(' ');
    out.push({
      name: who,
      speaker: speakerOf(m[1]!, words, p.start),
      body: { start: p.start + m[0]!.length, end: p.end },
      programme,
    });
    uses.set(who, (uses.get(who) ?? 0) + 1);
  }
  // The first labelled paragraph, with a one-word label never used again, is the article's dateline ("PESHAWAR: …").
  const first = out[0];
  if (first && !first.name.includes(' ') && uses.get(first.name) === 1) {
    out.shift();
    uses.delete(first.name);
  }
  const conversation = out.some((t) => t.programme) || [...uses.values()].some((n) => n > 1);
  return out.length >= MIN_TURNS && uses.size >= 2 && conversation ? out : [];
}

/** Whether a label names only a place: a country, a capital or a province ("KABUL", "KHYBER PAKHTUNKHWA"). */
function onlyPlace(label: string): boolean {
  const words = label.toLowerCase().split(' ');
  return (
    words.length <= 3 &&
    (placeNamed(label) !== undefined || countryOfRegion(label) !== undefined) &&
    !words.some((w) => PERSON_NOUNS.has(w) || SPEAKER_NOUNS.has(w))
  );
}

/**
 * The speaker a label names, as the speaker grammar reads a phrase of running text (`words`: the label's words without
 * its notes). A role ("RETIRED PAKISTANI DIPLOMAT") is a description, "a retired pakistani diplomat", read as "a retired
 * Pakistani diplomat said" is, with no words of the text (whose capitals would read as a name). A name is written as
 * running text writes it ("Lt Gen Naeem Akhtar") and found by its words in the text, after any note in it ("LT GEN
 * (RETD) NAEEM AKHTAR" by "NAEEM AKHTAR").
 */
function speakerOf(label: string, words: readonly string[], at: number): Turn['speaker'] {
  const head = words[words.length - 1]!.toLowerCase();
  if (PERSON_NOUNS.has(head) || SPEAKER_NOUNS.has(head))
    return { text: `a ${words.join(' ').toLowerCase()}`, start: at, end: at };
  const named = label.replace(/\s*\([^)]*\)$/, '');
  const close = named.lastIndexOf(')');
  const from = close < 0 ? 0 : close + 1 + named.slice(close + 1).search(/\S/);
  return { text: nameCase(words.join(' ')), start: at + from, end: at + named.length };
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
  for (const turn of all) {
    if (turn.programme) continue;
    let run: Span | undefined;
    const flush = () => {
      if (run) out.push(remark(text, run, turn));
      run = undefined;
    };
    splitSentences(text, turn.body, []).forEach((s, i) => {
      const words = text.slice(s.start, s.end);
      if (/\?["”’']?\s*$/.test(words) || taken(s)) return flush();
      run = run ? { start: run.start, end: s.end } : { start: s.start, end: s.end };
      // "That is simply not true." opening a turn answers the turn before: a remark of its own, which the engine reads
      // with the sentence before it (stance-words.ts `deniesByReference`).
      if (i === 0 && deniesByReference(words)) flush();
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
    const after = firstAtOrAfter(byStart, (q) => q.start, s.end);
    return after > 0 && reach[after - 1]! > s.start;
  };
}

function remark(text: string, span: Span, turn: Turn): FoundQuote {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  return {
    kind: 'direct',
    text: text.slice(span.start, end),
    parts: [{ start: span.start, end }],
    start: span.start,
    end,
    speaker: { ...turn.speaker, via: 'said' },
  };
}
