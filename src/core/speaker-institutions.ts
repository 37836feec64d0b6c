/**
 * Institutions as speakers (speakers.ts): "the ministry" and "the Ministry of National Defence", the latest actor that
 * description fits; "the statement", whoever issued it; "it" and "a spokesman", the institution a sentence since the
 * last quote opened with, or that spoke last; "its spokesperson", the one institution named as a subject since; and
 * "officials said" after a government's remark, that government's unnamed official.
 */
import type { Actor } from './pack-schema';
import type { Referent, SpeakerMemory } from './speaker-memory';
import { DOCUMENT_NOUNS, SPEAKER_NOUNS } from './attribution-words';
import { descriptionWords, phraseWords, roleForm } from './speaker-phrases';
import { firstFrom, inside } from './speaker-spans';
import { unlisted, type QuoteSpeaker } from './speaker-actors';
import { fold } from './text';

/** How far back a definite description ("the spokesman") looks for its actor, in characters: a few paragraphs. */
export const ROLE_REACH = 2000;
/** How many paragraphs back "the statement" looks for the speaker who issued it (the same one or the one before). */
const STATEMENT_PARAGRAPHS = 1;
/** Head nouns that name a speaker's words rather than the speaker ("the statement said"). */
export const UTTERANCE_NOUNS = new Set(['statement', 'post', 'tweet', 'message', 'communique', 'release']);
/** Nouns that make a statement an institution's ("a ministry statement"); "an official statement" names nobody. */
export const INSTITUTION_NOUNS = new Set([
  'ministry',
  'office',
  'department',
  'military',
  'embassy',
  'government',
  'police',
  'agency',
  'committee',
  'commission',
  'council',
  'wing',
]);
/** The head noun of "a spokesman": someone speaking for the institution that spoke last. */
const SPOKESPERSON = 'spokesperson';
/** "the" and the noun after it ("the ministry"): a description of someone already named. */
const DEFINITE_NOUN = /\b[Tt]he\s+(\p{L}+)/gu;
/** Stands for a plural subject ("X and Y") among the referents of "it": one that "it" cannot be. */
const PLURAL = ' plural';
/** "and" right after a name: the name is one of a plural subject. */
const COORDINATED = /^\s+and\b/;
/** A mention by name: a capital after any "the" ("the Foreign Office", not "the ministry"). */
const NAMED = /\p{Lu}/u;
/** A sentence opening "The <institution> said …" (its subject, group 1). */
const INSTITUTION_SUBJECT =
  /^((?:The|the)\s+[^,;:"“”]{3,80}?)\s+(?:has\s+|had\s+)?(?:said|says|stated|added|claimed|announced|insisted|maintained)\b/u;

/** How the speaker reading finds the institution a phrase speaks for. */
export class InstitutionSpeakers {
  constructor(private readonly memory: SpeakerMemory) {}

  /**
   * The actor a description fits (every word of it among the actor's role nouns): the latest one
   * named or quoted within ROLE_REACH; else, for a description that names whose it is
   * (`selfNamed`: "the Taliban's defence ministry"), the one pack institution it fits. People are
   * never found that way: who holds an office changes, an institution does not.
   */
  described(words: readonly string[], at: number, selfNamed: boolean): QuoteSpeaker | undefined {
    if (!words.length) return undefined;
    const fits = (roles: ReadonlySet<string>) => words.every((w) => roles.has(w));
    // "Spokesperson Mohammad Faisal … the ministry said": the institution a person speaks for.
    // "In Kabul, the foreign ministry said": a sentence set in one country's capital speaks of that country's institution.
    const setIn = this.memory.sentencePlace(at);
    const here = (s: QuoteSpeaker | undefined) => !setIn || !s || this.memory.book.isIn(s.actorId, setIn);
    const affiliated = (r: Referent) => {
      const a = r.person && r.speaker ? this.memory.book.affiliation(r.speaker.actorId, fits) : undefined;
      return here(a) ? a : undefined;
    };
    const found = this.memory.latestReferent(
      at,
      ROLE_REACH,
      (r) => (fits(r.roles) && (r.person || here(r.speaker))) || affiliated(r) !== undefined,
    );
    if (found) return fits(found.roles) ? found.speaker : affiliated(found);
    // The institutions the description fits, in the sentence's country if it is set in one; of several (two eras'
    // ministries, or "The Taliban said … and the defence ministry condemned …"), the one whose government its own
    // paragraph named last.
    const placed = this.memory.book.institutionsFitting(fits).filter((a) => !setIn || this.memory.book.isIn(a.id, setIn));
    const chosen = setIn && placed.length === 1 ? placed[0] : this.latestAffiliated(placed, at);
    if (chosen) return this.memory.book.speaker(chosen.id);
    // "Army chief Field Marshal Asim Munir … the army chief said": a person the pack does not hold, named with that title.
    const titled = this.memory
      .titled(Math.max(0, at - ROLE_REACH), at)
      .filter((t) => fits(t.title))
      .pop();
    if (titled) return unlisted(titled.name);
    if (!selfNamed) return undefined;
    const institutions = this.memory.book.institutionsFitting(fits);
    return institutions.length === 1 ? this.memory.book.speaker(institutions[0]!.id) : undefined;
  }
  /**
   * The speaker of the latest attributed quote, for "the statement said" at `at` (the quote or the
   * phrase, whichever comes first, at `from`); but where a statement is written of after that quote
   * ("The palace said in a statement that …"), the one actor named in that sentence, or nobody.
   */
  issuer(from: number, at: number, noun: string): QuoteSpeaker | undefined {
    const last = this.memory.spoken[this.memory.spoken.length - 1];
    // "The Foreign Office announces a ceasefire. “…,” the statement says": the institution its paragraph just named as a
    // subject, since the last quote, rather than whoever spoke before; by its name, not a description ("The ministry,
    // however, rejected …" is the ministry that spoke before).
    const opened = this.subjectsSince(from, true);
    if (opened.named.size === 1 && !opened.named.has(PLURAL) && !opened.others && !this.writesOf(noun, from))
      return this.memory.book.speaker([...opened.named][0]!);
    if (!last) return this.writtenOf(noun, from, at);
    const para = this.memory.para(at) - STATEMENT_PARAGRAPHS;
    // Further back, when the issuer was named again since ("The ministry said … ¶ “…,” the statement added").
    const renamed = () => {
      const from = Math.max(last.at, this.memory.paraStarts[Math.max(0, para)]!);
      if (this.memory.narration.some((m) => m.actorId === last.speaker?.actorId && m.start >= from && m.end <= at)) return true;
      // … or described again as what it is ("The ministry said … ¶ “…,” the statement added").
      for (const m of this.memory.text.slice(from, at).matchAll(DEFINITE_NOUN)) {
        const noun = roleForm(m[1]!);
        if (
          SPEAKER_NOUNS.has(noun) &&
          last.roles.has(noun) &&
          !inside(this.memory.quoted, { start: from + m.index, end: from + m.index + 1 })
        )
          return true;
      }
      return false;
    };
    if (last.para < para && !renamed()) return undefined;
    const k = last.at < from ? this.memory.text.slice(last.at, from).toLowerCase().lastIndexOf(noun) : -1;
    // A report is no one's for having spoken last: its author is named where it is written of.
    if (k < 0) return DOCUMENT_NOUNS.has(noun) ? undefined : last.speaker;
    return this.namedInSentence(last.at + k);
  }
  /** With nobody quoted yet: the one actor named in the sentence that last wrote of `noun` ("a report"), in this paragraph or the one before. */
  private writtenOf(noun: string, from: number, at: number): QuoteSpeaker | undefined {
    const floor = this.memory.paraStarts[Math.max(0, this.memory.para(at) - STATEMENT_PARAGRAPHS)]!;
    const k = this.memory.text.slice(floor, from).toLowerCase().lastIndexOf(noun);
    return k < 0 ? undefined : this.namedInSentence(floor + k);
  }
  /**
   * "It said", "a spokesman said": the one institution (no person) named since the last quote in
   * this paragraph, else the institution that spoke last, in the same or the previous paragraph; it
   * must hold the description's other words (`words`). Nobody when two institutions were named
   * since, or a person spoke last: "it" is never a person, and "a spokesman" after a person's remark
   * may speak for anyone.
   */
  lastInstitution(at: number, words: readonly string[]): QuoteSpeaker | undefined {
    const fits = (roles: ReadonlySet<string>) => words.every((w) => roles.has(w));
    // "The Ministry of National Defence said … beyond what it called …": the institution its own sentence
    // opens with, found by the words it is named with, or nobody; not the ministry "the Ministry" last
    // referred to, nor whoever spoke before.
    const subject = this.institutionOpening(at);
    if (subject) {
      const opening = this.described(subject, at, false);
      return opening && fits(this.memory.book.roles(opening.actorId)) ? opening : undefined;
    }
    const last = this.memory.spoken[this.memory.spoken.length - 1];
    const para = this.memory.para(at);
    const { named, others } = this.subjectsSince(at);
    if (named.size > 1 || (others && !named.size)) return undefined;
    if (named.size === 1) {
      const id = [...named][0]!;
      return id !== PLURAL && fits(this.memory.book.roles(id)) ? this.memory.book.speaker(id) : undefined;
    }
    if (!last?.speaker || last.person || last.at > at || last.para < para - STATEMENT_PARAGRAPHS) return undefined;
    return fits(last.roles) ? last.speaker : undefined;
  }
  /** A description introduced with "a": "a ministry statement" (the latest ministry), "a spokesman" (for the institution that spoke last). */
  introduced(words: readonly string[], at: number): QuoteSpeaker | undefined {
    const head = words[words.length - 1]!;
    const rest = words.slice(0, -1);
    if (UTTERANCE_NOUNS.has(head))
      return rest.some((w) => INSTITUTION_NOUNS.has(w)) ? this.described(rest, at, false) : undefined;
    return head === SPOKESPERSON ? this.lastInstitution(at, rest) : undefined;
  }
  /**
   * "Its spokesman said": the spokesman of the one institution named as a subject since the last quote in the
   * paragraph ("Pakistan's Foreign Office answered within hours. “…,” its spokesperson said"), else nobody: "it" may be an
   * organisation the pack does not hold (a rights group, a hospital), whose voice is no one's the article quoted before.
   */
  its(words: readonly string[], at: number): QuoteSpeaker | undefined {
    if (words[words.length - 1] !== SPOKESPERSON) return undefined;
    const { named } = this.subjectsSince(at);
    const id = named.size === 1 ? [...named][0]! : undefined;
    return id && id !== PLURAL && words.slice(0, -1).every((w) => this.memory.book.roles(id).has(w))
      ? this.memory.book.speaker(id)
      : undefined;
  }
  /**
   * "Officials said" right after a government's remark (the same or the previous paragraph): the
   * pack's unnamed official of that government ("Sarfraz Bugti told reporters … ¶ Officials said …"
   * → a Pakistani government official). Nobody after anyone else, or where the pack has no such official.
   */
  sideOfficial(phrase: string, at: number): QuoteSpeaker | undefined {
    const last = this.memory.spoken[this.memory.spoken.length - 1];
    if (!last?.speaker || last.at > at || last.para < this.memory.para(at) - STATEMENT_PARAGRAPHS) return undefined;
    const a = this.memory.book.actors.get(last.speaker.actorId);
    if (!a) return undefined;
    const id = this.memory.book.unnamed().officialOf(phrase, [a.name, ...(a.affiliation?.split(/[;,]/) ?? [])]);
    return id ? this.memory.book.speaker(id) : undefined;
  }
  /**
   * Of several institutions, the one whose affiliation the paragraph holding `at` named last before it (none when it
   * named none of them, or when that names two of them): which era's ministry is meant is not guessed from further away.
   */
  private latestAffiliated(candidates: readonly Actor[], at: number): Actor | undefined {
    let best: Actor | undefined;
    let bestAt = -1;
    let tied = false;
    const para = this.memory.para(at);
    for (const a of candidates) {
      const ids = new Set(this.memory.book.affiliationsOf(a.id));
      const last = this.memory.narration
        .filter((m) => m.end <= at && this.memory.para(m.end) === para && ids.has(m.actorId))
        .pop();
      if (last && last.end > bestAt) [best, bestAt, tied] = [a, last.end, false];
      else if (last && last.end === bestAt) tied = true;
    }
    // Two institutions of the government named last ("the ministry" of the Taliban government): either could be meant.
    return tied ? undefined : best;
  }
  /**
   * Institutions named since the last quote before `at`, in its paragraph: those that open a sentence as its subject
   * (`PLURAL` for "X and Y"), and whether any other was named ("… in blaming the Afghan Taliban" is no subject).
   */
  private subjectsSince(at: number, byName = false): { named: Set<string>; others: boolean } {
    const last = this.memory.spoken[this.memory.spoken.length - 1];
    const start = this.memory.paraStarts[this.memory.para(at)]!;
    const named = new Set<string>();
    let others = false;
    for (
      let i = firstFrom(this.memory.narration, Math.max(last ? last.at : start, start));
      i < this.memory.narration.length;
      i++
    ) {
      const m = this.memory.narration[i]!;
      if (m.end > at) break;
      if (this.memory.book.actors.get(m.actorId)?.kind === 'person') continue;
      if (byName && !NAMED.test(this.memory.text.slice(m.start, m.end).replace(/^the\s+/i, ''))) continue;
      // "The Foreign Office and the army …" are "they", not "it", but a subject all the same.
      if (this.memory.opensSentence(m.start))
        named.add(COORDINATED.test(this.memory.text.slice(m.end, m.end + 6)) ? PLURAL : m.actorId);
      else others = true;
    }
    return { named, others };
  }
  /** Whether a sentence since the last quote before `from` writes of `noun` ("said in a statement that"): its own rule names the issuer. */
  private writesOf(noun: string, from: number): boolean {
    const last = this.memory.spoken[this.memory.spoken.length - 1];
    const start = Math.max(last ? last.at : 0, this.memory.paraStarts[this.memory.para(from)]!);
    return this.memory.text.slice(start, from).toLowerCase().includes(noun);
  }
  /** The description words of an institution ("the Ministry of National Defence") opening the sentence that holds `at` as the subject of a verb of saying. */
  private institutionOpening(at: number): string[] | undefined {
    const m = INSTITUTION_SUBJECT.exec(this.memory.text.slice(this.memory.sentenceStart(at), at));
    return m ? institutionNamed(m[1]!) : undefined;
  }
  /** The one actor named outside quotes in the sentence holding offset `at`, else nobody. */
  private namedInSentence(at: number): QuoteSpeaker | undefined {
    const start = Math.max(this.memory.text.lastIndexOf('. ', at) + 1, this.memory.text.lastIndexOf('\n', at) + 1);
    const stop = this.memory.text.indexOf('.', at);
    const end = stop < 0 ? this.memory.text.length : stop;
    const ids = new Set(this.memory.narration.filter((m) => m.start >= start && m.end <= end).map((m) => m.actorId));
    return ids.size === 1 ? this.memory.book.speaker([...ids][0]!) : undefined;
  }
}

/** The words of an institution named with "the" and capitals ("the Ministry of National Defence" → ministry, national, defence), else undefined. */
export function institutionNamed(phrase: string): string[] | undefined {
  const words = phraseWords(phrase, 0, phrase.length);
  if (words.length < 2 || fold(words[0]!.text) !== 'the') return undefined;
  const described = descriptionWords(words);
  return described.some((w) => INSTITUTION_NOUNS.has(w)) ? described : undefined;
}
