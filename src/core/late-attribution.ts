/**
 * Attribution written after the words it attributes: "“…” ¶ Those lines were posted on Saturday
 * not by an opposition figure but by Defence Minister Khawaja Asif." A passive sentence whose
 * subject is the words themselves ("those lines", "the remarks") names their author after "by".
 * Pure string work; speakers.ts decides which quotes it covers and resolves the phrase.
 */

/** A passive sentence attributing words said before it, and the phrase after its last "by". */
export interface LateAttribution {
  /** Where the sentence starts: the quotes it attributes end before it. */
  start: number;
  /** The author's phrase ("Defence Minister Khawaja Asif"), its offsets in the text. */
  agent: { text: string; start: number; end: number };
}

/** "Those lines were posted …", "The remarks were made …": words as the subject of a passive verb of saying or writing. */
const PASSIVE_WORDS =
  /\b(?:Those|These|The|Such)\s+(?:words|lines|remarks|comments|posts?|messages?|sentences)\s+(?:were|was|had\s+been)\s+(?:[\p{Ll}\p{N}]+\s+){0,3}(?:posted|written|spoken|said|made|delivered|tweeted|published|uttered|penned)\b([^.!?]{0,200})/gu;
/** The author after the last "by", up to the end of the phrase. */
const AGENT = /\bby\s+([^,;:]+)$/u;
/** The first "by" of the rest of the sentence. */
const FIRST_BY = /\bby\s/u;
/** The last "by" of the rest of the sentence ("not by A but by B" → B). */
const LAST_BY = /.*\bby\s/su;

/** Every late attribution of the text, in text order. */
export function lateAttributions(text: string): LateAttribution[] {
  const out: LateAttribution[] = [];
  for (const m of text.matchAll(PASSIVE_WORDS)) {
    // The agent phrase ends at the first comma after "by" ("by Khawaja Asif, in a rebuke … by a minister").
    const firstBy = FIRST_BY.exec(m[1]!);
    if (!firstBy) continue;
    const stop = m[1]!.slice(firstBy.index).search(/[,;:]/);
    const tail = stop < 0 ? m[1]! : m[1]!.slice(0, firstBy.index + stop);
    const lastBy = LAST_BY.exec(tail);
    if (!lastBy) continue;
    const byAt = lastBy[0].length - 3; // the "by " the greedy match ends with
    const agent = AGENT.exec(tail.slice(byAt));
    if (!agent) continue;
    const phrase = agent[1]!.trimEnd();
    const start = m.index + m[0].length - m[1]!.length + byAt + agent.index + agent[0].length - agent[1]!.length;
    out.push({ start: m.index, agent: { text: phrase, start, end: start + phrase.length } });
  }
  return out;
}
