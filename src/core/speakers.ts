/**
 * Speakers: who said each quote of an article, read in text order the way a reader follows it.
 *
 * A quote's attribution (quote-attribution.ts) gives a speaker phrase; this module turns it into an
 * actor, remembering every speaker and every actor the article has named so far:
 * - a phrase that names a pack actor is that actor (the person, when a phrase names a person and
 *   their office: "Pakistan's Foreign Office spokeswoman, Mumtaz Zahra Baloch");
 * - a phrase that names a person the pack does not hold ("spokeswoman Heather Nauert") is that
 *   person, with an `unlisted:` id, and a later "Mr Nauert", "she" or "the spokeswoman" finds them
 *   again (titled-names.ts reads such names from the text);
 * - a description that introduces someone unnamed ("a senior security official") is the pack's
 *   unnamed actor of that description, and "officials said" right after a government's remark is
 *   that government's unnamed official (unnamed-speakers.ts); anyone else unnamed ("a trader in
 *   the bazaar") is nobody, but stays a referent, so a later "he" is not given to someone before them;
 * - "he" / "she" is the person named or quoted last, within a few sentences;
 * - a definite description ("the spokesman", "the ministry", "the army chief") is the latest actor
 *   or speaker whose names, descriptors or title hold its words; "the statement" is the speaker of
 *   the latest attributed quote, or the issuer the article wrote of since; "the report" is the
 *   author named where the report was written of; "it" is the institution that was the subject of
 *   a sentence since the last quote;
 * - a country speaking in the present ("Islamabad says") is the pack's state actor (state-speakers.ts);
 * - a direct quote with no attribution is the author a passive sentence names right after it
 *   ("Those lines were posted … by X", late-attribution.ts), else continues the speaker of the quote
 *   before it, when that quote is in the same paragraph or ends the previous one and nobody else is
 *   named in between.
 * When none of these holds, or the latest candidate is a speaker the engine could not name, the
 * quote gets no speaker: no speaker is better than a wrong one.
 */
import type { Actor } from './pack-schema';
import type { ActorMention } from './actors';
import type { FoundQuote } from './quotes';
import { DOCUMENT_NOUNS, PERSON_NOUNS } from './attribution-words';
import {
  definiteWords,
  descriptionWords,
  indefiniteWords,
  possessiveWords,
  isItPronoun,
  isPersonPronoun,
  personalName,
  phraseWords,
  roleForm,
  roleWords,
} from './speaker-phrases';
import { fold } from './text';
import { isStanding } from './state-speakers';
import { SpeakerActors, UNLISTED_PREFIX, unlisted, type QuoteSpeaker } from './speaker-actors';
import { lateAttributions, type LateAttribution } from './late-attribution';
import { fullNameBefore, titleBefore } from './titled-names';
import { firstFrom, inside, overlapping } from './speaker-spans';
import { SpeakerMemory } from './speaker-memory';
import { INSTITUTION_NOUNS, InstitutionSpeakers, ROLE_REACH, UTTERANCE_NOUNS, institutionNamed } from './speaker-institutions';

export { UNLISTED_PREFIX, type QuoteSpeaker };

/** How far back a pronoun ("he said") looks for its person, in characters: about three sentences. */
const PRONOUN_REACH = 600;
/** A speaker phrase that is one unnamed voice of an institution ("a spokesman", "the ministry's spokeswoman", "a spokesman for the ministry"). */
const UNNAMED_VOICE = /^(?:a|an|the|its|their)\b[^,]*?\bspokes(?:man|woman|person)(?:\s+(?:for|of)\s[^,]+)?$/i;
/** Roles an unnamed person is introduced by besides PERSON_NOUNS ("a former Indian ambassador", "a member of the delegation"). */
const UNNAMED_ROLES = ['ambassador', 'envoy', 'member', 'governor', 'negotiator', 'delegate', 'mediator'];
/**
 * An unnamed person introduced with "a" ("a gun dealer", "an elderly resident"), or by a role of a place the article
 * names no one for ("the governor of Paktika"): a later "he" may be them.
 */
const UNNAMED_PERSON = new RegExp(
  `\\b(?:(?:a|an|one)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${[...PERSON_NOUNS, ...UNNAMED_ROLES].join('|')})\\b|the\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${UNNAMED_ROLES.join('|')})\\s+of\\s+\\p{Lu})`,
  'giu',
);
/** A name and a comma right before "a …": the description is in apposition to the name. */
const APPOSITION = /\p{Lu}[\p{L}'’-]*,\s*$/u;
/** Characters before "a …" searched for APPOSITION: a comma and one name word. */
const APPOSITION_CHARS = 40;
/** A phrase that introduces its speaker with "a"/"an": its words are roles the pack may not list. */
const INTRODUCING = /^an?\s/i;
/** What may stand between a quote and the sentence after it: closing marks, punctuation, space. */
const RUN_GAP = /^[\s"”’'.,!?]*$/u;

/**
 * The speaker of every quote, in one pass over the article's quotes in text order. Quotes missing
 * from the map have no speaker.
 */
export function resolveSpeakers(
  text: string,
  quotes: readonly FoundQuote[],
  mentions: readonly ActorMention[],
  actors: ReadonlyMap<string, Actor>,
): Map<FoundQuote, QuoteSpeaker> {
  return new Discourse(text, quotes, mentions, actors).resolveAll();
}

/** One article's reading: its memory of what it has read so far, and the rules that find each phrase's speaker in it. */
class Discourse {
  /** The article read so far: layout, narration, speakers. */
  private readonly memory: SpeakerMemory;
  /** Institutions as speakers, found in that memory. */
  private readonly institutions: InstitutionSpeakers;
  /** Passive sentences naming the author of the words before them; found on first use. */
  private lates?: LateAttribution[];
  /** The article's quotes in text order. */
  private readonly ordered: FoundQuote[];
  /** The pronoun each person has been referred to by so far ("she said" after Roza Otunbayeva): a "he" is someone else. */
  private readonly pronouns = new Map<string, string>();

  constructor(
    text: string,
    quotes: readonly FoundQuote[],
    mentions: readonly ActorMention[],
    actors: ReadonlyMap<string, Actor>,
  ) {
    this.memory = new SpeakerMemory(text, quotes, mentions, SpeakerActors.of(actors));
    this.institutions = new InstitutionSpeakers(this.memory);
    this.ordered = [...quotes].sort((a, b) => a.start - b.start);
  }

  resolveAll(): Map<FoundQuote, QuoteSpeaker> {
    const out = new Map<FoundQuote, QuoteSpeaker>();
    const ordered = this.ordered;
    // One phrase speaking for several quotes ("“…,” it said, adding that “…”") names one speaker.
    const byPhrase = new Map<number, QuoteSpeaker | undefined>();
    for (const q of ordered) {
      const sp = q.speaker;
      const speaker = !sp
        ? q.kind === 'direct'
          ? (this.late(q) ?? this.continued(q))
          : undefined
        : byPhrase.has(sp.start)
          ? byPhrase.get(sp.start)
          : this.fromPhrase(sp, q);
      if (sp) byPhrase.set(sp.start, speaker);
      if (speaker) out.set(q, speaker);
      // An unresolved "it" is something that is no person: it leaves "he" and "the spokesman" their referents.
      if ((sp && !(isItPronoun(sp.text) && !speaker)) || speaker) {
        const at = Math.max(q.end, sp?.end ?? 0);
        // An unresolved phrase keeps its own words, so "the official" finds the unnamed official again (and names nobody).
        const roles = speaker ? this.rolesOf(speaker, sp) : sp ? roleWords(sp.text) : new Set<string>();
        const namedAt = sp ? sp.end : q.end;
        const person = this.memory.book.isPerson(speaker);
        const voice = !!speaker && !person && !!sp && UNNAMED_VOICE.test(sp.text);
        this.memory.spoken.push({
          at,
          namedAt,
          para: this.memory.para(at),
          speaker,
          person,
          roles,
          spoke: true,
          ...(voice ? { voice } : {}),
        });
      }
    }
    return out;
  }

  /** The speaker a phrase names or refers to. */
  private fromPhrase(sp: NonNullable<FoundQuote['speaker']>, q: FoundQuote): QuoteSpeaker | undefined {
    const inSpan = overlapping(this.memory.mentions, sp.start, sp.end);
    if (isPersonPronoun(sp.text)) {
      const form = pronounForm(sp.text);
      const person = this.pronoun(sp.start, form);
      if (person && !this.pronouns.has(person.actorId)) this.pronouns.set(person.actorId, form);
      return person;
    }
    if (isItPronoun(sp.text)) return this.institutions.lastInstitution(sp.start, []);
    const described = definiteWords(sp.text);
    if (described && inSpan.every((m) => m.via === 'descriptor')) {
      const head = described[described.length - 1]!;
      if (UTTERANCE_NOUNS.has(head)) {
        const whose = described.slice(0, -1);
        return whose.some((w) => INSTITUTION_NOUNS.has(w))
          ? this.institutions.described(whose, sp.start, false)
          : this.institutions.issuer(Math.min(q.start, sp.start), sp.start, head);
      }
      // "The military" is the latest actor it fits; "the Pakistani military", else that country's institution.
      const found = this.institutions.described(described, sp.start, false) ?? this.memory.book.national(sp.text);
      // "According to the report": the author of the report the article wrote of last.
      if (!found && DOCUMENT_NOUNS.has(head)) return this.institutions.issuer(Math.min(q.start, sp.start), sp.start, head);
      // "In Kabul, the foreign ministry": a description that fits only another country's institution names nobody.
      const setIn = this.memory.sentencePlace(sp.start);
      if (found || !inSpan.length || (setIn && inSpan.every((m) => !this.memory.book.isIn(m.actorId, setIn)))) return found;
    }
    // "The Ministry of National Defence said", named as the pack does not name it: the institution of
    // that description the article spoke of last (the ministry a spokesman named before speaks for).
    // Its first words may be a descriptor of another institution named before ("the Ministry"): the whole
    // name decides, and names nobody rather than that institution.
    const partial = inSpan.length > 0 && inSpan.every((m) => m.via === 'descriptor');
    const named = !described && (!inSpan.length || partial) ? institutionNamed(sp.text) : undefined;
    if (named) {
      const found = this.institutions.described(named, sp.start, false);
      // A person whose title holds the words ("the spokesman of the ministry") speaks for the ministry, not as it.
      const institution =
        found && this.memory.book.isPerson(found)
          ? this.memory.book.affiliation(found.actorId, (roles) => named.every((w) => roles.has(w)))
          : found;
      if (institution || partial) return institution;
    }
    // "Pakistan's military said": the one institution of that country the pack names so.
    const national = described ? undefined : this.memory.book.national(sp.text);
    if (national) return national;
    // "A senior security official said": the unnamed official the pack holds by that description.
    const unnamed = this.memory.book.unnamed().find(sp.text);
    if (unnamed) return this.memory.book.speaker(unnamed);
    if (!inSpan.length) {
      const official = this.institutions.sideOfficial(sp.text, sp.start);
      if (official) return official;
      const its = possessiveWords(sp.text);
      if (its) return this.institutions.its(its, sp.start);
      const introduced = indefiniteWords(sp.text);
      if (introduced) return this.institutions.introduced(introduced, sp.start);
      // "Pakistan says …", "Pakistan denies …", "a charge Islamabad has rejected": a standing
      // position, the state's. A dated "Pakistan said on Thursday" is some office the article names
      // later, so it is left unnamed.
      const country =
        isStanding(sp, this.memory.text.slice(sp.end, sp.end + 40)) || q.about ? this.memory.book.country(sp.text) : undefined;
      if (country) return country;
    }
    const words = phraseWords(this.memory.text, sp.start, sp.end);
    const covered = (w: { start: number; end: number }) => inSpan.some((m) => m.start < w.end && m.end > w.start);
    const name = personalName(words, covered);
    const persons = inSpan.filter((m) => this.memory.book.actors.get(m.actorId)?.kind === 'person');
    const person = persons[persons.length - 1];
    if (name && !name.single && (!person || name.end > person.end)) return unlisted(name.name);
    if (person) return this.memory.book.speaker(person.actorId);
    const last = inSpan[inSpan.length - 1];
    if (!last) return name?.single ? this.bySurname(name.name, sp.start) : undefined;
    const tail = words[words.length - 1]!;
    const tailRole = roleForm(tail.text);
    // "The Taliban's defence ministry", "the Ministry of Defence of the Islamic Emirate": someone
    // of the actor named, not the actor itself; but "the ISPR statement" is the ISPR's.
    const ofActor =
      (!covered(tail) && !/^\p{Lu}/u.test(tail.text)) ||
      /\bof\s+(?:the\s+)?$/i.test(this.memory.text.slice(sp.start, last.start));
    if (ofActor && !UTTERANCE_NOUNS.has(tailRole)) return this.institutions.described(descriptionWords(words), sp.start, true);
    return this.memory.book.speaker(last.actorId);
  }

  /**
   * The person "he" / "she" at `at` stands for: the last person named or quoted within
   * PRONOUN_REACH, a person the pack does not hold counting when a title introduces them
   * ("analyst Ayesha Tariq … “…,” she said"); nobody when a speaker the engine could not resolve,
   * or an unnamed person ("a gun dealer in the market"), came after that person.
   */
  private pronoun(at: number, form: string): QuoteSpeaker | undefined {
    const other = (s: QuoteSpeaker | undefined) => !!s && (this.pronouns.get(s.actorId) ?? form) !== form;
    const found = this.memory.latestReferent(at, PRONOUN_REACH, (r) => r.person && !other(r.speaker))?.speaker;
    const from = Math.max(0, at - PRONOUN_REACH);
    const titled = this.memory
      .titled(from, at)
      .filter((t) => !other(unlisted(t.name)))
      .pop();
    const use =
      titled && (!found || (fold(titled.name) !== fold(found.name) && this.memory.laterThan(found, titled.start, at)))
        ? titled
        : undefined;
    const person = use ? unlisted(use.name) : found;
    const after = (p: number) => !person || (use ? p > use.start : this.memory.laterThan(person, p, at));
    // "A spokesman said … “…,” he said": the unnamed voice of an institution who spoke since that person is the one meant,
    // and speaks for the institution.
    const voice = this.memory.spoken.filter((r) => r.voice && r.namedAt <= at && r.namedAt >= from).pop();
    if (voice && after(voice.namedAt)) return voice.speaker;
    if (!person) return undefined;
    // Someone the engine could not name, quoted or introduced ("a gun dealer") after that person, may be the one meant.
    if (this.memory.spoken.some((r) => !r.speaker && r.namedAt <= at && after(r.namedAt))) return undefined;
    for (const m of this.memory.text.slice(from, at).matchAll(UNNAMED_PERSON)) {
      const start = from + m.index;
      if (inside(this.memory.quoted, { start, end: start + m[0].length })) continue; // "the killing of one man", in a quote
      // "Zabihullah Mujahid, a senior official, …": a description of the person just named, nobody new.
      if (after(start) && !APPOSITION.test(this.memory.text.slice(Math.max(0, start - APPOSITION_CHARS), start)))
        return undefined;
    }
    return person;
  }

  /**
   * The author a passive sentence names right after a run of unattributed direct quotes ("“…” ¶
   * Those lines were posted on Saturday by Defence Minister Khawaja Asif"), for each quote of the run.
   */
  private late(q: FoundQuote): QuoteSpeaker | undefined {
    this.lates ??= lateAttributions(this.memory.text);
    const l = this.lates[firstFrom(this.lates, q.end)];
    if (!l) return undefined;
    let end = q.end;
    for (let i = firstFrom(this.ordered, q.end); i < this.ordered.length && this.ordered[i]!.start < l.start; i++) {
      const o = this.ordered[i]!;
      if (o.kind !== 'direct' || o.speaker) return undefined;
      end = Math.max(end, o.end);
    }
    // The passive sentence comes next: nothing but the quotes' closing marks before it.
    if (!RUN_GAP.test(this.memory.text.slice(end, l.start))) return undefined;
    return this.fromPhrase({ ...l.agent, via: 'by' }, q);
  }

  /** The speaker of the quote before `q`, when `q` goes on in the same voice. */
  private continued(q: FoundQuote): QuoteSpeaker | undefined {
    const last = this.memory.spoken[this.memory.spoken.length - 1];
    if (!last?.speaker || last.at > q.start) return undefined;
    const para = this.memory.para(q.start);
    const opensParagraph = !/[\p{L}\p{N}]/u.test(this.memory.text.slice(this.memory.paraStarts[para] ?? 0, q.start));
    if (last.para !== para && !(last.para === para - 1 && opensParagraph)) return undefined;
    const other = this.memory.narration.some(
      (m) => m.start >= last.at && m.end <= q.start && m.actorId !== last.speaker!.actorId,
    );
    return other ? undefined : last.speaker;
  }

  /**
   * The person a lone surname stands for ("Mr Stump", "Nauert told reporters"): the full name the
   * article wrote last before it, within ROLE_REACH. Pack actors' surnames never get here (actors.ts
   * resolves them), so the person is unlisted.
   */
  private bySurname(surname: string, at: number): QuoteSpeaker | undefined {
    const name = fullNameBefore(this.memory.text, surname, at, ROLE_REACH);
    return name ? unlisted(name) : undefined;
  }

  /**
   * Role nouns of a quote's speaker: a pack actor's, and the words of a phrase that introduced it
   * with "a" ("a spokesman" makes the ministry it spoke for "the spokesman" later); for an unlisted
   * person, the title written before the name.
   */
  private rolesOf(s: QuoteSpeaker, sp: FoundQuote['speaker']): Set<string> {
    if (!s.actorId.startsWith(UNLISTED_PREFIX))
      return sp && INTRODUCING.test(sp.text)
        ? new Set([...this.memory.book.roles(s.actorId), ...roleWords(sp.text)])
        : this.memory.book.roles(s.actorId);
    return new Set([...titleBefore(this.memory.text, sp ? sp.start : 0), ...[...roleWords(s.name)].map(roleForm)]);
  }
}

/** "he"/"him" → "he", "she"/"her" → "she". */
function pronounForm(phrase: string): string {
  const p = fold(phrase).trim();
  return p === 'him' ? 'he' : p === 'her' ? 'she' : p;
}
