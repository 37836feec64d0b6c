/**
 * What the speaker reading remembers of an article as it goes (speakers.ts): where its paragraphs and sentences start,
 * the actors it names outside quote marks, and every speaker so far — the referents a later "he", "the ministry" or
 * "it" may stand for.
 */
import type { ActorMention } from './actors';
import type { FoundQuote } from './quotes';
import { paragraphs } from './quote-marks';
import { placeNamed } from './lexicon';
import { titledNames, type TitledName } from './titled-names';
import { inside, merged, overlapping } from './speaker-spans';
import type { QuoteSpeaker, SpeakerActors } from './speaker-actors';

/** What may come before a sentence's subject: names (with their "’s"), "the", commas. */
const SUBJECT_PREFIX = /^(?:(?:[Tt]he|both)\s+|\p{Lu}[\p{L}.’'-]*\s+|,\s*)*$/u;
/** An opening phrase set off by a comma before the subject ("In a statement, ", "On Monday, "). */
const OPENING_PHRASE = /^(?:in|on|at|after|before|later|earlier|meanwhile|separately)\b[^,]{0,60},\s*/i;
/** A live blog entry's head before its first sentence: the time ("18:05 PKT — ", "4:40pm: ") and a label ("BREAKING: "). */
const ENTRY_HEAD = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[—–:-]\s*(?:[A-Z]{3,}(?:\s[A-Z]{3,})?:\s*)?/;
/** A sentence opening with where it is set ("In Kabul, …", "In New Delhi, …"). */
const SET_IN = /^In\s+((?:\p{Lu}[\p{L}'’-]*\s*){1,3}),/u;

/** Someone a later phrase may refer back to: an actor named in narration, or a quote's speaker. */
export interface Referent {
  /** Offset where the mention or the attributed quote ends. */
  at: number;
  /** Offset where the speaker was named: the end of the speaker phrase (or of the quote, with none). */
  namedAt: number;
  /** Index of the paragraph holding `at`. */
  para: number;
  /** Undefined for a speaker phrase the engine could not resolve: it still blocks older candidates. */
  speaker?: QuoteSpeaker;
  /** Whether the referent is a person (no institution): "he" may stand for it, "it" may not. */
  person: boolean;
  /** Role nouns of the referent, in one form each (speaker-phrases.ts `roleForm`). */
  roles: ReadonlySet<string>;
  /** True for a quote's speaker, false for an actor only named. */
  spoke: boolean;
  /** An institution's speaker introduced as one unnamed voice of it ("a spokesman said", "the spokeswoman added"). */
  voice?: boolean;
}

/** The article read so far: its layout, its narration and its speakers. */
export class SpeakerMemory {
  /** Where each paragraph starts. */
  readonly paraStarts: number[];
  /** The spans inside quote marks, disjoint and in text order. */
  readonly quoted: { start: number; end: number }[];
  /** Actor mentions outside quote marks, in text order. */
  readonly narration: ActorMention[];
  /** Quotes' speakers so far, in text order. */
  readonly spoken: Referent[] = [];

  constructor(
    /** The article's text. */
    readonly text: string,
    quotes: readonly FoundQuote[],
    /** Every actor mention, inside quote marks or not. */
    readonly mentions: readonly ActorMention[],
    /** What the reading knows of the pack's actors. */
    readonly book: SpeakerActors,
  ) {
    this.paraStarts = paragraphs(text).map((p) => p.start);
    this.quoted = merged(quotes.filter((q) => q.kind !== 'reported').flatMap((q) => q.parts));
    this.narration = mentions.filter((m) => !inside(this.quoted, m));
  }

  /** Index of the paragraph holding offset `at`. */
  para(at: number): number {
    let lo = 0;
    let hi = this.paraStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.paraStarts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  }
  /** Where the sentence holding offset `at` starts: after the last ". " or line break before it. */
  sentenceStart(at: number): number {
    const stop = this.text.lastIndexOf('. ', at);
    return Math.max(stop < 0 ? 0 : stop + 2, this.text.lastIndexOf('\n', at) + 1);
  }
  /**
   * The country (a place term) the sentence holding offset `at` opens by setting itself in ("In Kabul, …"), or else its
   * paragraph ("In Kabul, the foreign ministry summoned … Officials said …, and the ministry said …"), if any.
   */
  sentencePlace(at: number): string | undefined {
    const m =
      SET_IN.exec(this.text.slice(this.sentenceStart(at), at)) ??
      SET_IN.exec(this.text.slice(this.paraStarts[this.para(at)]!, at));
    return m ? placeNamed(m[1]!) : undefined;
  }
  /**
   * True when a mention at `start` is its sentence's subject, or part of it: only names, "the"
   * and commas come before it in the sentence, after an opening phrase set off by a comma
   * ("In a statement, the ministry …", "Pakistan's Foreign Office …").
   */
  opensSentence(start: number): boolean {
    return SUBJECT_PREFIX.test(
      this.text.slice(this.sentenceStart(start), start).replace(ENTRY_HEAD, '').replace(OPENING_PHRASE, ''),
    );
  }
  /** The latest referent before `at`, within `reach` characters, that `fits` (its speaker is none when it is unresolved). */
  latestReferent(at: number, reach: number, fits: (r: Referent) => boolean): Referent | undefined {
    let best: Referent | undefined;
    for (const r of this.spoken) if (r.at <= at && at - r.at <= reach && fits(r) && (!best || r.at >= best.at)) best = r;
    for (let i = this.narration.length - 1; i >= 0; i--) {
      const m = this.narration[i]!;
      if (m.end > at) continue;
      if (at - m.end > reach || (best && m.end <= best.at)) break;
      const r = this.mentionReferent(m);
      if (fits(r)) return r;
    }
    return best;
  }
  private mentionReferent(m: ActorMention): Referent {
    const speaker = this.book.speaker(m.actorId);
    return {
      at: m.end,
      namedAt: m.end,
      para: this.para(m.end),
      speaker,
      person: this.book.isPerson(speaker),
      roles: this.book.roles(m.actorId),
      spoke: false,
    };
  }
  /** True when `s` was last named or quoted before offset `at`, reading up to offset `until`. */
  laterThan(s: QuoteSpeaker, at: number, until: number): boolean {
    const spokeAfter = this.spoken.some((r) => r.speaker?.actorId === s.actorId && r.at > at && r.at <= until);
    const namedAfter = this.narration.some((m) => m.actorId === s.actorId && m.start > at && m.end <= until);
    return !spokeAfter && !namedAfter;
  }
  /** People the pack does not hold, named with a title in text[from, at). */
  titled(from: number, at: number): TitledName[] {
    return titledNames(this.text, from, at, (w) => overlapping(this.mentions, w.start, w.end).length > 0);
  }
}
