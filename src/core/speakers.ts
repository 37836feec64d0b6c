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
import type { PageQuote } from './analysis';
import type { FoundQuote } from './quotes';
import { DOCUMENT_NOUNS, PERSON_NOUNS, SPEAKER_NOUNS } from './attribution-words';
import { paragraphs } from './quote-marks';
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
import { fold, nameCase } from './text';
import { PLACES, placeNamed, termsOfText } from './lexicon';
import { UnnamedSpeakers } from './unnamed-speakers';
import { StateSpeakers, isStanding } from './state-speakers';
import { lateAttributions, type LateAttribution } from './late-attribution';
import { fullNameBefore, titleBefore, titledNames, type TitledName } from './titled-names';
import { firstFrom, inside, merged, overlapping } from './speaker-spans';

/** A resolved speaker, as the sidebar shows it. */
export type QuoteSpeaker = NonNullable<PageQuote['speaker']>;

/** Id prefix of a speaker the article names but the pack does not hold ("unlisted:heather-nauert"). */
export const UNLISTED_PREFIX = 'unlisted:';

/** How far back a pronoun ("he said") looks for its person, in characters: about three sentences. */
const PRONOUN_REACH = 600;
/** How far back a definite description ("the spokesman") looks for its actor, in characters: a few paragraphs. */
const ROLE_REACH = 2000;
/** How many paragraphs back "the statement" looks for the speaker who issued it (the same one or the one before). */
const STATEMENT_PARAGRAPHS = 1;
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
/** Head nouns that name a speaker's words rather than the speaker ("the statement said"). */
const UTTERANCE_NOUNS = new Set(['statement', 'post', 'tweet', 'message', 'communique', 'release']);
/** Nouns that make a statement an institution's ("a ministry statement"); "an official statement" names nobody. */
const INSTITUTION_NOUNS = new Set([
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
/** Words naming a country's military ("army" reads as "military"). */
const MILITARY_WORDS = new Set(['military', 'armed', 'forces']);
/** The head noun of "a spokesman": someone speaking for the institution that spoke last. */
const SPOKESPERSON = 'spokesperson';
/** A phrase that introduces its speaker with "a"/"an": its words are roles the pack may not list. */
const INTRODUCING = /^an?\s/i;
/** What may come before a sentence's subject: names (with their "’s"), "the", commas. */
const SUBJECT_PREFIX = /^(?:(?:[Tt]he|both)\s+|\p{Lu}[\p{L}.’'-]*\s+|,\s*)*$/u;
/** "the" and the noun after it ("the ministry"): a description of someone already named. */
const DEFINITE_NOUN = /\b[Tt]he\s+(\p{L}+)/gu;
/** Stands for a plural subject ("X and Y") among the referents of "it": one that "it" cannot be. */
const PLURAL = ' plural';
/** What may stand between a quote and the sentence after it: closing marks, punctuation, space. */
const RUN_GAP = /^[\s"”’'.,!?]*$/u;
/** "and" right after a name: the name is one of a plural subject. */
const COORDINATED = /^\s+and\b/;
/** An opening phrase set off by a comma before the subject ("In a statement, ", "On Monday, "). */
const OPENING_PHRASE = /^(?:in|on|at|after|before|later|earlier|meanwhile|separately)\b[^,]{0,60},\s*/i;
/** A mention by name: a capital after any "the" ("the Foreign Office", not "the ministry"). */
const NAMED = /\p{Lu}/u;
/** A live blog entry's head before its first sentence: the time ("18:05 PKT — ", "4:40pm: ") and a label ("BREAKING: "). */
const ENTRY_HEAD = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[—–:-]\s*(?:[A-Z]{3,}(?:\s[A-Z]{3,})?:\s*)?/;
/** Someone a later phrase may refer back to: an actor named in narration, or a quote's speaker. */
interface Referent {
  /** Offset where the mention or the attributed quote ends. */
  at: number;
  /** Offset where the speaker was named: the end of the speaker phrase (or of the quote, with none). */
  namedAt: number;
  para: number;
  /** Undefined for a speaker phrase the engine could not resolve: it still blocks older candidates. */
  speaker?: QuoteSpeaker;
  person: boolean;
  /** Role nouns of the referent, in one form each (speaker-phrases.ts `roleForm`). */
  roles: ReadonlySet<string>;
  /** True for a quote's speaker, false for an actor only named. */
  spoke: boolean;
  /** An institution's speaker introduced as one unnamed voice of it ("a spokesman said", "the spokeswoman added"). */
  voice?: boolean;
}

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

class Discourse {
  private readonly paraStarts: number[];
  /** Actor mentions outside quote marks, in text order. */
  private readonly narration: ActorMention[];
  /** Role nouns per actor, and the affiliations' actors per actor: facts of the actors, kept per set of actors (one engine). */
  private readonly roles: Map<string, Set<string>>;
  private readonly affiliations: Map<string, string[]>;
  /** The pack's state actors by country; built on first use. */
  private states?: StateSpeakers;
  /** Folded actor name or alias → actor id; built on first use. */
  private byName?: Map<string, string>;
  /** The spans inside quote marks, disjoint and in text order. */
  private readonly quoted: { start: number; end: number }[];
  /** Passive sentences naming the author of the words before them; found on first use. */
  private lates?: LateAttribution[];
  /** The pack's unnamed actors by their descriptions; built on first use. */
  private unnamedSpeakers?: UnnamedSpeakers;
  /** The article's quotes in text order. */
  private readonly ordered: FoundQuote[];
  /** Quotes' speakers so far, in text order. */
  private readonly spoken: Referent[] = [];
  /** The pronoun each person has been referred to by so far ("she said" after Roza Otunbayeva): a "he" is someone else. */
  private readonly pronouns = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly quotes: readonly FoundQuote[],
    private readonly mentions: readonly ActorMention[],
    private readonly actors: ReadonlyMap<string, Actor>,
  ) {
    this.roles = cached(ROLES, actors, () => new Map());
    this.affiliations = cached(AFFILIATIONS, actors, () => new Map());
    this.paraStarts = paragraphs(text).map((p) => p.start);
    this.quoted = merged(quotes.filter((q) => q.kind !== 'reported').flatMap((q) => q.parts));
    this.narration = mentions.filter((m) => !inside(this.quoted, m));
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
        const person = this.isPerson(speaker);
        const voice = !!speaker && !person && !!sp && UNNAMED_VOICE.test(sp.text);
        this.spoken.push({ at, namedAt, para: this.para(at), speaker, person, roles, spoke: true, ...(voice ? { voice } : {}) });
      }
    }
    return out;
  }

  /** The speaker a phrase names or refers to. */
  private fromPhrase(sp: NonNullable<FoundQuote['speaker']>, q: FoundQuote): QuoteSpeaker | undefined {
    const inSpan = overlapping(this.mentions, sp.start, sp.end);
    if (isPersonPronoun(sp.text)) {
      const form = pronounForm(sp.text);
      const person = this.pronoun(sp.start, form);
      if (person && !this.pronouns.has(person.actorId)) this.pronouns.set(person.actorId, form);
      return person;
    }
    if (isItPronoun(sp.text)) return this.lastInstitution(sp.start, []);
    const described = definiteWords(sp.text);
    if (described && inSpan.every((m) => m.via === 'descriptor')) {
      const head = described[described.length - 1]!;
      if (UTTERANCE_NOUNS.has(head)) {
        const whose = described.slice(0, -1);
        return whose.some((w) => INSTITUTION_NOUNS.has(w))
          ? this.described(whose, sp.start, false)
          : this.issuer(Math.min(q.start, sp.start), sp.start, head);
      }
      // "The military" is the latest actor it fits; "the Pakistani military", else that country's institution.
      const found = this.described(described, sp.start, false) ?? this.national(sp.text);
      // "According to the report": the author of the report the article wrote of last.
      if (!found && DOCUMENT_NOUNS.has(head)) return this.issuer(Math.min(q.start, sp.start), sp.start, head);
      // "In Kabul, the foreign ministry": a description that fits only another country's institution names nobody.
      const setIn = this.sentencePlace(sp.start);
      if (found || !inSpan.length || (setIn && inSpan.every((m) => !this.isIn(m.actorId, setIn)))) return found;
    }
    // "The Ministry of National Defence said", named as the pack does not name it: the institution of
    // that description the article spoke of last (the ministry a spokesman named before speaks for).
    // Its first words may be a descriptor of another institution named before ("the Ministry"): the whole
    // name decides, and names nobody rather than that institution.
    const partial = inSpan.length > 0 && inSpan.every((m) => m.via === 'descriptor');
    const named = !described && (!inSpan.length || partial) ? institutionNamed(sp.text) : undefined;
    if (named) {
      const found = this.described(named, sp.start, false);
      // A person whose title holds the words ("the spokesman of the ministry") speaks for the ministry, not as it.
      const institution =
        found && this.isPerson(found) ? this.affiliation(found.actorId, (roles) => named.every((w) => roles.has(w))) : found;
      if (institution || partial) return institution;
    }
    // "Pakistan's military said": the one institution of that country the pack names so.
    const national = described ? undefined : this.national(sp.text);
    if (national) return national;
    // "A senior security official said": the unnamed official the pack holds by that description.
    const unnamed = this.unnamed().find(sp.text);
    if (unnamed) return this.actorSpeaker(unnamed);
    if (!inSpan.length) {
      const official = this.sideOfficial(sp.text, sp.start);
      if (official) return official;
      const its = possessiveWords(sp.text);
      if (its) return this.its(its, sp.start);
      const introduced = indefiniteWords(sp.text);
      if (introduced) return this.introduced(introduced, sp.start);
      // "Pakistan says …", "Pakistan denies …", "a charge Islamabad has rejected": a standing
      // position, the state's. A dated "Pakistan said on Thursday" is some office the article names
      // later, so it is left unnamed.
      const country = isStanding(sp, this.text.slice(sp.end, sp.end + 40)) || q.about ? this.country(sp.text) : undefined;
      if (country) return country;
    }
    const words = phraseWords(this.text, sp.start, sp.end);
    const covered = (w: { start: number; end: number }) => inSpan.some((m) => m.start < w.end && m.end > w.start);
    const name = personalName(words, covered);
    const persons = inSpan.filter((m) => this.actors.get(m.actorId)?.kind === 'person');
    const person = persons[persons.length - 1];
    if (name && !name.single && (!person || name.end > person.end)) return unlisted(name.name);
    if (person) return this.actorSpeaker(person.actorId);
    const last = inSpan[inSpan.length - 1];
    if (!last) return name?.single ? this.bySurname(name.name, sp.start) : undefined;
    const tail = words[words.length - 1]!;
    const tailRole = roleForm(tail.text);
    // "The Taliban's defence ministry", "the Ministry of Defence of the Islamic Emirate": someone
    // of the actor named, not the actor itself; but "the ISPR statement" is the ISPR's.
    const ofActor =
      (!covered(tail) && !/^\p{Lu}/u.test(tail.text)) || /\bof\s+(?:the\s+)?$/i.test(this.text.slice(sp.start, last.start));
    if (ofActor && !UTTERANCE_NOUNS.has(tailRole)) return this.described(descriptionWords(words), sp.start, true);
    return this.actorSpeaker(last.actorId);
  }

  /**
   * The actor a description fits (every word of it among the actor's role nouns): the latest one
   * named or quoted within ROLE_REACH; else, for a description that names whose it is
   * (`selfNamed`: "the Taliban's defence ministry"), the one pack institution it fits. People are
   * never found that way: who holds an office changes, an institution does not.
   */
  private described(words: readonly string[], at: number, selfNamed: boolean): QuoteSpeaker | undefined {
    if (!words.length) return undefined;
    const fits = (roles: ReadonlySet<string>) => words.every((w) => roles.has(w));
    // "Spokesperson Mohammad Faisal … the ministry said": the institution a person speaks for.
    // "In Kabul, the foreign ministry said": a sentence set in one country's capital speaks of that country's institution.
    const setIn = this.sentencePlace(at);
    const here = (s: QuoteSpeaker | undefined) => !setIn || !s || this.isIn(s.actorId, setIn);
    const affiliated = (r: Referent) => {
      const a = r.person && r.speaker ? this.affiliation(r.speaker.actorId, fits) : undefined;
      return here(a) ? a : undefined;
    };
    const found = this.latestReferent(
      at,
      ROLE_REACH,
      (r) => (fits(r.roles) && (r.person || here(r.speaker))) || affiliated(r) !== undefined,
    );
    if (found) return fits(found.roles) ? found.speaker : affiliated(found);
    // The institutions the description fits, in the sentence's country if it is set in one; of several (two eras'
    // ministries, or "The Taliban said … and the defence ministry condemned …"), the one whose government its own
    // paragraph named last.
    const placed = this.institutionsFitting(fits).filter((a) => !setIn || this.isIn(a.id, setIn));
    const chosen = setIn && placed.length === 1 ? placed[0] : this.latestAffiliated(placed, at);
    if (chosen) return this.actorSpeaker(chosen.id);
    // "Army chief Field Marshal Asim Munir … the army chief said": a person the pack does not hold, named with that title.
    const titled = this.titled(Math.max(0, at - ROLE_REACH), at)
      .filter((t) => fits(t.title))
      .pop();
    if (titled) return unlisted(titled.name);
    if (!selfNamed) return undefined;
    const institutions = this.institutionsFitting(fits);
    return institutions.length === 1 ? this.actorSpeaker(institutions[0]!.id) : undefined;
  }

  /** The pack's institutions (no persons) whose role nouns `fits`. */
  private institutionsFitting(fits: (roles: ReadonlySet<string>) => boolean): Actor[] {
    return [...this.actors.values()].filter((a) => a.kind !== 'person' && fits(this.actorRoles(a.id)));
  }

  /** Whether an actor is in country `place` (a place term), or names no country at all. */
  private isIn(actorId: string, place: string): boolean {
    const a = this.actors.get(actorId);
    const own = a && a.kind !== 'person' ? placeNamed(`${a.affiliation ?? ''} ${a.name}`) : undefined;
    return own === undefined || own === place;
  }

  /**
   * Of several institutions, the one whose affiliation the paragraph holding `at` named last before it (none when it
   * named none of them, or when that names two of them): which era's ministry is meant is not guessed from further away.
   */
  private latestAffiliated(candidates: readonly Actor[], at: number): Actor | undefined {
    let best: Actor | undefined;
    let bestAt = -1;
    let tied = false;
    const para = this.para(at);
    for (const a of candidates) {
      const ids = new Set(this.affiliationsOf(a.id));
      const last = this.narration.filter((m) => m.end <= at && this.para(m.end) === para && ids.has(m.actorId)).pop();
      if (last && last.end > bestAt) [best, bestAt, tied] = [a, last.end, false];
      else if (last && last.end === bestAt) tied = true;
    }
    // Two institutions of the government named last ("the ministry" of the Taliban government): either could be meant.
    return tied ? undefined : best;
  }

  /**
   * The person "he" / "she" at `at` stands for: the last person named or quoted within
   * PRONOUN_REACH, a person the pack does not hold counting when a title introduces them
   * ("analyst Ayesha Tariq … “…,” she said"); nobody when a speaker the engine could not resolve,
   * or an unnamed person ("a gun dealer in the market"), came after that person.
   */
  private pronoun(at: number, form: string): QuoteSpeaker | undefined {
    const other = (s: QuoteSpeaker | undefined) => !!s && (this.pronouns.get(s.actorId) ?? form) !== form;
    const found = this.latestReferent(at, PRONOUN_REACH, (r) => r.person && !other(r.speaker))?.speaker;
    const from = Math.max(0, at - PRONOUN_REACH);
    const titled = this.titled(from, at)
      .filter((t) => !other(unlisted(t.name)))
      .pop();
    const use =
      titled && (!found || (fold(titled.name) !== fold(found.name) && this.laterThan(found, titled.start, at)))
        ? titled
        : undefined;
    const person = use ? unlisted(use.name) : found;
    const after = (p: number) => !person || (use ? p > use.start : this.laterThan(person, p, at));
    // "A spokesman said … “…,” he said": the unnamed voice of an institution who spoke since that person is the one meant,
    // and speaks for the institution.
    const voice = this.spoken.filter((r) => r.voice && r.namedAt <= at && r.namedAt >= from).pop();
    if (voice && after(voice.namedAt)) return voice.speaker;
    if (!person) return undefined;
    // Someone the engine could not name, quoted or introduced ("a gun dealer") after that person, may be the one meant.
    if (this.spoken.some((r) => !r.speaker && r.namedAt <= at && after(r.namedAt))) return undefined;
    for (const m of this.text.slice(from, at).matchAll(UNNAMED_PERSON)) {
      const start = from + m.index;
      if (inside(this.quoted, { start, end: start + m[0].length })) continue; // "the killing of one man", in a quote
      // "Zabihullah Mujahid, a senior official, …": a description of the person just named, nobody new.
      if (after(start) && !APPOSITION.test(this.text.slice(Math.max(0, start - APPOSITION_CHARS), start))) return undefined;
    }
    return person;
  }

  /** True when `s` was last named or quoted before offset `at`, reading up to offset `until`. */
  private laterThan(s: QuoteSpeaker, at: number, until: number): boolean {
    const spokeAfter = this.spoken.some((r) => r.speaker?.actorId === s.actorId && r.at > at && r.at <= until);
    const namedAfter = this.narration.some((m) => m.actorId === s.actorId && m.start > at && m.end <= until);
    return !spokeAfter && !namedAfter;
  }

  /**
   * The author a passive sentence names right after a run of unattributed direct quotes ("“…” ¶
   * Those lines were posted on Saturday by Defence Minister Khawaja Asif"), for each quote of the run.
   */
  private late(q: FoundQuote): QuoteSpeaker | undefined {
    this.lates ??= lateAttributions(this.text);
    const l = this.lates[firstFrom(this.lates, q.end)];
    if (!l) return undefined;
    let end = q.end;
    for (let i = firstFrom(this.ordered, q.end); i < this.ordered.length && this.ordered[i]!.start < l.start; i++) {
      const o = this.ordered[i]!;
      if (o.kind !== 'direct' || o.speaker) return undefined;
      end = Math.max(end, o.end);
    }
    // The passive sentence comes next: nothing but the quotes' closing marks before it.
    if (!RUN_GAP.test(this.text.slice(end, l.start))) return undefined;
    return this.fromPhrase({ ...l.agent, via: 'by' }, q);
  }

  /** The speaker of the quote before `q`, when `q` goes on in the same voice. */
  private continued(q: FoundQuote): QuoteSpeaker | undefined {
    const last = this.spoken[this.spoken.length - 1];
    if (!last?.speaker || last.at > q.start) return undefined;
    const para = this.para(q.start);
    const opensParagraph = !/[\p{L}\p{N}]/u.test(this.text.slice(this.paraStarts[para] ?? 0, q.start));
    if (last.para !== para && !(last.para === para - 1 && opensParagraph)) return undefined;
    const other = this.narration.some((m) => m.start >= last.at && m.end <= q.start && m.actorId !== last.speaker!.actorId);
    return other ? undefined : last.speaker;
  }

  /**
   * The speaker of the latest attributed quote, for "the statement said" at `at` (the quote or the
   * phrase, whichever comes first, at `from`); but where a statement is written of after that quote
   * ("The palace said in a statement that …"), the one actor named in that sentence, or nobody.
   */
  private issuer(from: number, at: number, noun: string): QuoteSpeaker | undefined {
    const last = this.spoken[this.spoken.length - 1];
    // "The Foreign Office announces a ceasefire. “…,” the statement says": the institution its paragraph just named as a
    // subject, since the last quote, rather than whoever spoke before; by its name, not a description ("The ministry,
    // however, rejected …" is the ministry that spoke before).
    const opened = this.subjectsSince(from, true);
    if (opened.named.size === 1 && !opened.named.has(PLURAL) && !opened.others && !this.writesOf(noun, from))
      return this.actorSpeaker([...opened.named][0]!);
    if (!last) return this.writtenOf(noun, from, at);
    const para = this.para(at) - STATEMENT_PARAGRAPHS;
    // Further back, when the issuer was named again since ("The ministry said … ¶ “…,” the statement added").
    const renamed = () => {
      const from = Math.max(last.at, this.paraStarts[Math.max(0, para)]!);
      if (this.narration.some((m) => m.actorId === last.speaker?.actorId && m.start >= from && m.end <= at)) return true;
      // … or described again as what it is ("The ministry said … ¶ “…,” the statement added").
      for (const m of this.text.slice(from, at).matchAll(DEFINITE_NOUN)) {
        const noun = roleForm(m[1]!);
        if (
          SPEAKER_NOUNS.has(noun) &&
          last.roles.has(noun) &&
          !inside(this.quoted, { start: from + m.index, end: from + m.index + 1 })
        )
          return true;
      }
      return false;
    };
    if (last.para < para && !renamed()) return undefined;
    const k = last.at < from ? this.text.slice(last.at, from).toLowerCase().lastIndexOf(noun) : -1;
    // A report is no one's for having spoken last: its author is named where it is written of.
    if (k < 0) return DOCUMENT_NOUNS.has(noun) ? undefined : last.speaker;
    return this.namedInSentence(last.at + k);
  }

  /** With nobody quoted yet: the one actor named in the sentence that last wrote of `noun` ("a report"), in this paragraph or the one before. */
  private writtenOf(noun: string, from: number, at: number): QuoteSpeaker | undefined {
    const floor = this.paraStarts[Math.max(0, this.para(at) - STATEMENT_PARAGRAPHS)]!;
    const k = this.text.slice(floor, from).toLowerCase().lastIndexOf(noun);
    return k < 0 ? undefined : this.namedInSentence(floor + k);
  }

  /**
   * "It said", "a spokesman said": the one institution (no person) named since the last quote in
   * this paragraph, else the institution that spoke last, in the same or the previous paragraph; it
   * must hold the description's other words (`words`). Nobody when two institutions were named
   * since, or a person spoke last: "it" is never a person, and "a spokesman" after a person's remark
   * may speak for anyone.
   */
  private lastInstitution(at: number, words: readonly string[]): QuoteSpeaker | undefined {
    const fits = (roles: ReadonlySet<string>) => words.every((w) => roles.has(w));
    // "The Ministry of National Defence said … beyond what it called …": the institution its own sentence
    // opens with, found by the words it is named with, or nobody; not the ministry "the Ministry" last
    // referred to, nor whoever spoke before.
    const subject = this.institutionOpening(at);
    if (subject) {
      const opening = this.described(subject, at, false);
      return opening && fits(this.actorRoles(opening.actorId)) ? opening : undefined;
    }
    const last = this.spoken[this.spoken.length - 1];
    const para = this.para(at);
    const { named, others } = this.subjectsSince(at);
    if (named.size > 1 || (others && !named.size)) return undefined;
    if (named.size === 1) {
      const id = [...named][0]!;
      return id !== PLURAL && fits(this.actorRoles(id)) ? this.actorSpeaker(id) : undefined;
    }
    if (!last?.speaker || last.person || last.at > at || last.para < para - STATEMENT_PARAGRAPHS) return undefined;
    return fits(last.roles) ? last.speaker : undefined;
  }

  /**
   * Institutions named since the last quote before `at`, in its paragraph: those that open a sentence as its subject
   * (`PLURAL` for "X and Y"), and whether any other was named ("… in blaming the Afghan Taliban" is no subject).
   */
  private subjectsSince(at: number, byName = false): { named: Set<string>; others: boolean } {
    const last = this.spoken[this.spoken.length - 1];
    const start = this.paraStarts[this.para(at)]!;
    const named = new Set<string>();
    let others = false;
    for (let i = firstFrom(this.narration, Math.max(last ? last.at : start, start)); i < this.narration.length; i++) {
      const m = this.narration[i]!;
      if (m.end > at) break;
      if (this.actors.get(m.actorId)?.kind === 'person') continue;
      if (byName && !NAMED.test(this.text.slice(m.start, m.end).replace(/^the\s+/i, ''))) continue;
      // "The Foreign Office and the army …" are "they", not "it", but a subject all the same.
      if (this.opensSentence(m.start)) named.add(COORDINATED.test(this.text.slice(m.end, m.end + 6)) ? PLURAL : m.actorId);
      else others = true;
    }
    return { named, others };
  }

  /** Whether a sentence since the last quote before `from` writes of `noun` ("said in a statement that"): its own rule names the issuer. */
  private writesOf(noun: string, from: number): boolean {
    const last = this.spoken[this.spoken.length - 1];
    const start = Math.max(last ? last.at : 0, this.paraStarts[this.para(from)]!);
    return this.text.slice(start, from).toLowerCase().includes(noun);
  }

  /** The description words of an institution ("the Ministry of National Defence") opening the sentence that holds `at` as the subject of a verb of saying. */
  private institutionOpening(at: number): string[] | undefined {
    const m = INSTITUTION_SUBJECT.exec(this.text.slice(this.sentenceStart(at), at));
    return m ? institutionNamed(m[1]!) : undefined;
  }

  /** A description introduced with "a": "a ministry statement" (the latest ministry), "a spokesman" (for the institution that spoke last). */
  private introduced(words: readonly string[], at: number): QuoteSpeaker | undefined {
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
  private its(words: readonly string[], at: number): QuoteSpeaker | undefined {
    if (words[words.length - 1] !== SPOKESPERSON) return undefined;
    const { named } = this.subjectsSince(at);
    const id = named.size === 1 ? [...named][0]! : undefined;
    return id && id !== PLURAL && words.slice(0, -1).every((w) => this.actorRoles(id).has(w)) ? this.actorSpeaker(id) : undefined;
  }

  /**
   * "Officials said" right after a government's remark (the same or the previous paragraph): the
   * pack's unnamed official of that government ("Sarfraz Bugti told reporters … ¶ Officials said …"
   * → a Pakistani government official). Nobody after anyone else, or where the pack has no such official.
   */
  private sideOfficial(phrase: string, at: number): QuoteSpeaker | undefined {
    const last = this.spoken[this.spoken.length - 1];
    if (!last?.speaker || last.at > at || last.para < this.para(at) - STATEMENT_PARAGRAPHS) return undefined;
    const a = this.actors.get(last.speaker.actorId);
    if (!a) return undefined;
    const id = this.unnamed().officialOf(phrase, [a.name, ...(a.affiliation?.split(/[;,]/) ?? [])]);
    return id ? this.actorSpeaker(id) : undefined;
  }

  private unnamed(): UnnamedSpeakers {
    return (this.unnamedSpeakers ??= cached(UNNAMED, this.actors, () => new UnnamedSpeakers(this.actors.values())));
  }

  /**
   * True when a mention at `start` is its sentence's subject, or part of it: only names, "the"
   * and commas come before it in the sentence, after an opening phrase set off by a comma
   * ("In a statement, the ministry …", "Pakistan's Foreign Office …").
   */
  private opensSentence(start: number): boolean {
    return SUBJECT_PREFIX.test(
      this.text.slice(this.sentenceStart(start), start).replace(ENTRY_HEAD, '').replace(OPENING_PHRASE, ''),
    );
  }

  /**
   * The country (a place term) the sentence holding offset `at` opens by setting itself in ("In Kabul, …"), or else its
   * paragraph ("In Kabul, the foreign ministry summoned … Officials said …, and the ministry said …"), if any.
   */
  private sentencePlace(at: number): string | undefined {
    const m =
      SET_IN.exec(this.text.slice(this.sentenceStart(at), at)) ??
      SET_IN.exec(this.text.slice(this.paraStarts[this.para(at)]!, at));
    return m ? placeNamed(m[1]!) : undefined;
  }

  /** Where the sentence holding offset `at` starts: after the last ". " or line break before it. */
  private sentenceStart(at: number): number {
    const stop = this.text.lastIndexOf('. ', at);
    return Math.max(stop < 0 ? 0 : stop + 2, this.text.lastIndexOf('\n', at) + 1);
  }

  /** The one actor named outside quotes in the sentence holding offset `at`, else nobody. */
  private namedInSentence(at: number): QuoteSpeaker | undefined {
    const start = Math.max(this.text.lastIndexOf('. ', at) + 1, this.text.lastIndexOf('\n', at) + 1);
    const stop = this.text.indexOf('.', at);
    const end = stop < 0 ? this.text.length : stop;
    const ids = new Set(this.narration.filter((m) => m.start >= start && m.end <= end).map((m) => m.actorId));
    return ids.size === 1 ? this.actorSpeaker([...ids][0]!) : undefined;
  }

  /** A country named as the speaker ("Pakistan says …"): the one state actor of the pack that the country is. */
  private country(phrase: string): QuoteSpeaker | undefined {
    const id = (this.states ??= cached(STATES, this.actors, () => new StateSpeakers(this.actors.values()))).find(phrase);
    return id ? this.actorSpeaker(id) : undefined;
  }

  /** The pack actor a person speaks for (their affiliation, named as the pack names it) that `fits`. */
  private affiliation(actorId: string, fits: (roles: ReadonlySet<string>) => boolean): QuoteSpeaker | undefined {
    const id = this.affiliationsOf(actorId).find((a) => fits(this.actorRoles(a)));
    return id ? this.actorSpeaker(id) : undefined;
  }

  /** The pack actors named in an actor's affiliation ("Government of Pakistan; Pakistan Muslim League (N)"), cached. */
  private affiliationsOf(actorId: string): string[] {
    let ids = this.affiliations.get(actorId);
    if (ids) return ids;
    if (!this.byName) {
      this.byName = new Map();
      for (const a of this.actors.values()) for (const n of [a.name, ...a.aliases]) this.byName.set(fold(n), a.id);
    }
    const pieces = this.actors.get(actorId)?.affiliation?.split(/[;,]/) ?? [];
    ids = pieces
      .map((p) => this.byName!.get(fold(p).trim()) ?? this.namedFirst(fold(p).trim()))
      .filter((id): id is string => id !== undefined && id !== actorId);
    this.affiliations.set(actorId, ids);
    return ids;
  }

  /**
   * The military a phrase names by its country ("Pakistan's military", "the Pakistani army", "Pakistan's
   * armed forces"): the one pack actor, not a person, of that country whose names hold every other word
   * of the phrase. None when two fit, or none (the pack holds no Afghan military).
   */
  private national(phrase: string): QuoteSpeaker | undefined {
    const words = descriptionWords(phraseWords(phrase, 0, phrase.length));
    const place = words.length >= 2 ? termsOfText([words[0]!])[0] : undefined;
    if (!place || !PLACES.has(place)) return undefined;
    const rest = words.slice(1);
    // Only a country's military: its officials or its government may be another era's ("Afghan officials" in 2017 are the Republic's).
    if (!rest.every((w) => MILITARY_WORDS.has(w))) return undefined;
    const ids = [...this.actors.values()]
      .filter(
        (a) =>
          a.kind !== 'person' &&
          placeNamed(`${a.affiliation ?? ''} ${a.name}`) === place &&
          rest.every((w) => this.actorRoles(a.id).has(w)),
      )
      .map((a) => a.id);
    return ids.length === 1 ? this.actorSpeaker(ids[0]!) : undefined;
  }

  /**
   * The one pack actor whose full name opens with `piece` and goes on to say whose it is: an affiliation
   * written short ("Ministry of National Defence" for "Ministry of National Defence of Afghanistan
   * (Taliban government)"). None when several names open so.
   */
  private namedFirst(piece: string): string | undefined {
    if (!piece) return undefined;
    const ids = [...this.actors.values()]
      .filter((a) => {
        const name = fold(a.name);
        return name.startsWith(piece + ' of ') || name.startsWith(piece + ' (');
      })
      .map((a) => a.id);
    return ids.length === 1 ? ids[0] : undefined;
  }

  /**
   * The person a lone surname stands for ("Mr Stump", "Nauert told reporters"): the full name the
   * article wrote last before it, within ROLE_REACH. Pack actors' surnames never get here (actors.ts
   * resolves them), so the person is unlisted.
   */
  private bySurname(surname: string, at: number): QuoteSpeaker | undefined {
    const name = fullNameBefore(this.text, surname, at, ROLE_REACH);
    return name ? unlisted(name) : undefined;
  }

  /** People the pack does not hold, named with a title in text[from, at). */
  private titled(from: number, at: number): TitledName[] {
    return titledNames(this.text, from, at, (w) => overlapping(this.mentions, w.start, w.end).length > 0);
  }

  /** The latest referent before `at`, within `reach` characters, that `fits` (its speaker is none when it is unresolved). */
  private latestReferent(at: number, reach: number, fits: (r: Referent) => boolean): Referent | undefined {
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
    const speaker = this.actorSpeaker(m.actorId);
    return {
      at: m.end,
      namedAt: m.end,
      para: this.para(m.end),
      speaker,
      person: this.isPerson(speaker),
      roles: this.actorRoles(m.actorId),
      spoke: false,
    };
  }

  private actorSpeaker(actorId: string): QuoteSpeaker {
    return { actorId, name: this.actors.get(actorId)!.name };
  }

  private isPerson(s: QuoteSpeaker | undefined): boolean {
    if (!s) return false;
    return s.actorId.startsWith(UNLISTED_PREFIX) || this.actors.get(s.actorId)?.kind === 'person';
  }

  /** Role nouns of a pack actor: the words of its name, aliases, descriptors and role. */
  private actorRoles(actorId: string): Set<string> {
    let roles = this.roles.get(actorId);
    if (!roles) {
      const a = this.actors.get(actorId)!;
      roles = roleWords([a.name, ...a.aliases, ...(a.descriptors ?? []), a.role ?? ''].join(' '));
      this.roles.set(actorId, roles);
    }
    return roles;
  }

  /**
   * Role nouns of a quote's speaker: a pack actor's, and the words of a phrase that introduced it
   * with "a" ("a spokesman" makes the ministry it spoke for "the spokesman" later); for an unlisted
   * person, the title written before the name.
   */
  private rolesOf(s: QuoteSpeaker, sp: FoundQuote['speaker']): Set<string> {
    if (!s.actorId.startsWith(UNLISTED_PREFIX))
      return sp && INTRODUCING.test(sp.text)
        ? new Set([...this.actorRoles(s.actorId), ...roleWords(sp.text)])
        : this.actorRoles(s.actorId);
    return new Set([...titleBefore(this.text, sp ? sp.start : 0), ...[...roleWords(s.name)].map(roleForm)]);
  }

  /** Index of the paragraph holding offset `at`. */
  private para(at: number): number {
    let lo = 0;
    let hi = this.paraStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.paraStarts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  }
}

/** The pack's unnamed officials, state actors, role nouns and affiliations, built once per set of actors (one engine), not once per article. */
const UNNAMED = new WeakMap<ReadonlyMap<string, Actor>, UnnamedSpeakers>();
const STATES = new WeakMap<ReadonlyMap<string, Actor>, StateSpeakers>();
const ROLES = new WeakMap<ReadonlyMap<string, Actor>, Map<string, Set<string>>>();
const AFFILIATIONS = new WeakMap<ReadonlyMap<string, Actor>, Map<string, string[]>>();

function cached<T>(cache: WeakMap<ReadonlyMap<string, Actor>, T>, actors: ReadonlyMap<string, Actor>, make: () => T): T {
  let value = cache.get(actors);
  if (value === undefined) cache.set(actors, (value = make()));
  return value;
}

/** A person the article names whom the pack does not hold. */
function unlisted(written: string): QuoteSpeaker {
  // A name in capitals (a transcript's "NAJIB SABERI") as it is written in running text.
  const name = /\p{Ll}/u.test(written) ? written : nameCase(written);
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { actorId: UNLISTED_PREFIX + slug, name };
}

/** A sentence opening "The <institution> said …" (its subject, group 1). */
const INSTITUTION_SUBJECT =
  /^((?:The|the)\s+[^,;:"“”]{3,80}?)\s+(?:has\s+|had\s+)?(?:said|says|stated|added|claimed|announced|insisted|maintained)\b/u;

/** A sentence opening with where it is set ("In Kabul, …", "In New Delhi, …"). */
const SET_IN = /^In\s+((?:\p{Lu}[\p{L}'’-]*\s*){1,3}),/u;
/** "he"/"him" → "he", "she"/"her" → "she". */
function pronounForm(phrase: string): string {
  const p = fold(phrase).trim();
  return p === 'him' ? 'he' : p === 'her' ? 'she' : p;
}

/** The words of an institution named with "the" and capitals ("the Ministry of National Defence" → ministry, national, defence), else undefined. */
function institutionNamed(phrase: string): string[] | undefined {
  const words = phraseWords(phrase, 0, phrase.length);
  if (words.length < 2 || fold(words[0]!.text) !== 'the') return undefined;
  const described = descriptionWords(words);
  return described.some((w) => INSTITUTION_NOUNS.has(w)) ? described : undefined;
}
