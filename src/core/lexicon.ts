/**
 * Words as matching compares them: folded, stemmed (Porter) and gathered into paraphrase groups,
 * so that "our land", "Afghan territory" and "the soil of Afghanistan" share their terms, and
 * "hideouts", "sanctuaries" and "safe havens" are one term. The groups are plain English and the
 * region's demonyms and capitals, not claims: which claim a term speaks for is the pack's business
 * (claim-profile.ts learns it from the pack's own words).
 */
import { stemmer } from 'stemmer';
import { fold, tokenize, type Token } from './text';

/** Words that say nothing about what a remark claims. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by for from had has have he her hers him his i in is it its of on or ' +
    'said says say saying that the this these those to was were which who whom will with would also any all can ' +
    'could may might than then so if into about after over more most very just only such there here what when ' +
    'where while how do does did done up out one two three new other another some each per via told added ' +
    'according statement spokesman spokesperson official officials minister ministry mr ms dr week day year ' +
    'us they them their theirs you your yours i me my it itself he him she her this those ' +
    'monday tuesday wednesday thursday friday saturday sunday yesterday today'
  ).split(' '),
);

/** Terms (stemmed) that negate what follows them in their clause. */
export const NEGATORS = new Set(['not', 'no', 'never', 'nobodi', 'none', 'neither', 'nor', 'noth', 'cannot', 'without']);

/**
 * Paraphrase groups: every word of a group (by its stem) stands for the group's first word.
 * Kept to near-synonyms a reporter swaps freely; a word in two groups would blur both.
 */
const GROUPS: readonly string[] = [
  'soil territory territories land lands ground',
  'haven havens heaven heavens sanctuary sanctuaries hideout hideouts shelter sheltered sheltering shelters refuge hiding stronghold strongholds',
  'weapon weapons arms rifles rifle guns gun equipment ammunition armaments arsenal hardware goggles',
  'strike strikes airstrike airstrikes bombing bombings bombed bombardment',
  'kill killed killing killings dead death deaths died martyred martyrdom casualties',
  'civilian civilians women children innocent residents villagers',
  'attack attacks attacked assault assaults',
  'ceasefire truce',
  'talks talk negotiation negotiations negotiate dialogue',
  'fence fencing barrier gate wall',
  'fire fired firing shelling shelled shells',
  'support supports supported supporting backing backed funding funded fund facilitate facilitated facilitation patronage',
  'agreement accord pact',
  'leader leaders leadership chief commander commanders',
  'militant militants terrorist terrorists fighters insurgents extremists terror terrorism',
  'plan planned planning plot plotted directed orchestrated masterminded',
  'use used using uses',
  'border frontier',
  'afghan afghans afghanistan kabul emirate',
  'pakistan pakistani pakistanis pak islamabad rawalpindi',
  'TTP khawarij',
  'india indian indians delhi',
  'america american americans washington pentagon',
  'daesh ISIS ISKP',
  'qaeda',
];

/** Stem → group head; words written in capitals (acronyms) only as they are, never stemmed ("ISIS" is not "ISI"). */
const GROUP_OF = new Map<string, string>();
/** Acronym → group head. */
const EXACT = new Map<string, string>();
for (const line of GROUPS) {
  const words = line.split(' ');
  const head = words[0]!.toLowerCase();
  for (const w of words) {
    if (w === w.toUpperCase()) EXACT.set(w.toLowerCase(), head);
    else GROUP_OF.set(stemmer(w), head);
  }
}

/** The group heads that name a country or camp: a speaker's "our" stands for one of these. */
export const PLACES = new Set(['afghan', 'pakistan', 'india', 'america']);

/** The first country or camp (`PLACES`) a stretch of text names ("Pakistani officials" → pakistan), if any. */
export function placeNamed(text: string): string | undefined {
  return termsOf(tokenize(fold(text)), text).find((t) => PLACES.has(t));
}

/** Provinces and governments an office or an actor's affiliation may name, and the country (place term) each is in or rules. */
const REGIONS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:balochistan|khyber\s+pakhtunkhwa|punjab|sindh|gilgit-baltistan)\b/i, 'pakistan'],
  [/\b(?:nangarhar|kandahar|khost|paktika|paktia|kunar|helmand|nuristan|zabul|herat|balkh|badakhshan)\b/i, 'afghan'],
  // The government in Kabul by its rulers' name ("Taliban government, Ministry of Interior"); not the Pakistani Taliban.
  [/\btaliban\s+(?:government|administration|regime)\b/i, 'afghan'],
];

/** Words naming an armed group, whose province is no government's ("the Balochistan Liberation Army"). */
const ARMED_GROUP = /\b(?:liberation|militia|brigade|lashkar|jaish|tehreek|tehrik)\b/i;

/**
 * The country a province or a government named in `text` belongs to ("Balochistan's information
 * minister"). Only for an office or an institution: an armed group named for a province
 * ("Balochistan Liberation Army") speaks for no country.
 */
export function countryOfRegion(text: string): string | undefined {
  return ARMED_GROUP.test(text) ? undefined : REGIONS.find(([re]) => re.test(text))?.[1];
}

/** First-person words: in a speaker's own quoted words they stand for the speaker's country. */
const FIRST_PERSON = new Set(['our', 'we', 'us', 'ours', 'ourselves']);

/** The two sides of the border the corpus is about, each the other's opposite (place terms). */
export const OTHER_SIDE: Readonly<Record<string, string>> = { afghan: 'pakistan', pakistan: 'afghan' };

/**
 * Words for the country beyond the speaker's border, as the token runs that follow the first word:
 * "across the border", "across the frontier", "(on) the other side of the border / the line".
 */
const ACROSS_PHRASES: readonly (readonly string[])[] = [
  ['across', 'the', 'border'],
  ['across', 'the', 'frontier'],
  ['across', 'the', 'durand', 'line'],
  ['other', 'side', 'of', 'the', 'border'],
  ['other', 'side', 'of', 'the', 'line'],
  ['other', 'side', 'of', 'the', 'durand', 'line'],
];

/** Whether the tokens from `i` spell one of `ACROSS_PHRASES`. */
function saysAcross(tokens: readonly Token[], i: number): boolean {
  return ACROSS_PHRASES.some((run) => run.every((w, k) => tokens[i + k]?.text === w));
}

/** Stands between the terms of two sentences or clauses: no phrase, frame or negation reaches across it. */
export const BREAK = '|';

/** Punctuation that ends a sentence or a clause. */
const SENTENCE_BREAK = /[.;:!?]/;

/** Words the Porter stemmer folds into an unrelated word's stem ("international" into "internal"). */
const STEM_OVERRIDES: Readonly<Record<string, string>> = {
  international: 'internation',
  internationally: 'internation',
  direction: 'direction',
  directions: 'direction',
  lives: 'life',
};

const stemCache = new Map<string, string>();

/** The matching term of one folded word, or undefined for a word that says nothing. */
export function termOf(word: string): string | undefined {
  let hit = stemCache.get(word);
  if (hit === undefined) {
    // "don't", "isn't": the tokenizer leaves the "t" of the contraction as a word of its own.
    if (word === 't') word = 'not';
    if (word.length < 2 || STOPWORDS.has(word)) hit = '';
    else {
      const stem = STEM_OVERRIDES[word] ?? stemmer(word);
      hit = EXACT.get(word) ?? GROUP_OF.get(stem) ?? stem;
    }
    stemCache.set(word, hit);
  }
  return hit || undefined;
}

/**
 * The terms of a run of tokens. `original` is the unfolded text the tokens index: "US" in capitals
 * is the country, "us" the pronoun. `place` is the speaker's country, for first-person words.
 */
export function termsOf(tokens: readonly Token[], original?: string, place?: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && original && SENTENCE_BREAK.test(original.slice(prev.end, t.start)) && out.length && out[out.length - 1] !== BREAK)
      out.push(BREAK);
    if ((t.text === 'united' && tokens[i + 1]?.text === 'states') || (t.text === 'u' && tokens[i + 1]?.text === 's')) {
      out.push('america');
      i++;
      continue;
    }
    if (t.text === 'us' && original?.slice(t.start, t.end) === 'US') {
      out.push('america');
      continue;
    }
    if (place && FIRST_PERSON.has(t.text)) {
      out.push(place);
      continue;
    }
    // "Across the border" in a Kabul spokesman's words is Pakistan, in Islamabad's Afghanistan: the country is added
    // before the phrase's own words, which stay.
    const across = place && OTHER_SIDE[place];
    if (across && saysAcross(tokens, i)) out.push(across);
    const term = termOf(t.text);
    // "an interest in not allowing safe havens": a negation after a preposition names an aim, not a denial.
    if (term && NEGATORS.has(term) && GERUND_LEAD.has(tokens[i - 1]?.text ?? '')) continue;
    if (term && NEGATORS.has(term) && affirms(tokens, i)) continue;
    if (term) out.push(term);
  }
  return out;
}

/**
 * Words after which a negator affirms instead of denying: "not only … but", "no secret", "not a
 * rumour", "nothing but trouble", "without a break", "without doubt", "without any provocation"
 * (the other side acted first). The negator is then no
 * negation of the claim.
 */
const AFFIRMING_NEXT = new Set([
  'only',
  'just',
  'merely',
  'simply',
  'less',
  'but',
  'short',
  'secret',
  'rumour',
  'rumor',
  'myth',
  'lie',
  'fiction',
  'coincidence',
  'accident',
  'exaggeration',
  'surprise',
  'doubt',
  'question',
  'break',
  'pause',
  'respite',
  'letup',
  'interruption',
  'end',
  'fail',
  'exception',
  'delay',
  'provocation',
  'warning',
  'justification',
]);
/** Words passed over between a negator and the word that tells whether it affirms. */
const AFFIRMING_SKIP = new Set(['a', 'an', 'the', 'any', 'mere']);

function affirms(tokens: readonly Token[], at: number): boolean {
  let j = at + 1;
  while (j < tokens.length && AFFIRMING_SKIP.has(tokens[j]!.text)) j++;
  // "no end to the attacks" affirms them; "do not end up with militants" is another verb, and denies.
  if (tokens[j]?.text === 'end' && tokens[j + 1]?.text === 'up') return false;
  return AFFIRMING_NEXT.has(tokens[j]?.text ?? '');
}

/** Prepositions after which a negation opens a noun phrase ("in not allowing", "of never…"). */
const GERUND_LEAD = new Set(['in', 'of', 'about', 'for', 'on', 'at', 'by', 'to']);

/** The terms of a plain string (claim text, cue, summary). */
export function termsOfText(words: Iterable<string>): string[] {
  const out: string[] = [];
  for (const w of words) {
    const term = termOf(w);
    if (term) out.push(term);
  }
  return out;
}
