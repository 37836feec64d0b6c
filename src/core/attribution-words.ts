/**
 * The vocabulary of the attribution grammar: closed word lists, lower-case, that mark verbs of
 * saying, speaker phrases and clause boundaries. Pure data; the grammar that uses them is in
 * attribution-cues.ts and the modules it reads phrases and clauses with (attribution-subjects.ts,
 * attribution-clauses.ts), and the abbreviations serve the sentence tokenizer (sentence-tokens.ts).
 */

const words = (s: string) => new Set(s.split(' '));

/**
 * Verbs that report a denial of what follows, in every form the grammar meets: one list for the
 * stance (stance-words.ts) and the reported-claim shapes (reported-verbs.ts); the attribution
 * grammar takes those of them that are no common noun (`SPEECH_VERBS`).
 */
export const DENIAL_VERBS = words(
  'deny denies denied reject rejects rejected dismiss dismisses dismissed refute refutes refuted ' +
    'dispute disputes disputed rubbished contradicted',
);
/** The denial verbs that take a gerund for what they deny ("the Taliban deny sheltering…"). */
export const GERUND_DENIAL_VERBS = words('deny denies denied');
/** Verbs that report an accusation: the remark asserts what it accuses of. */
export const ACCUSATION_VERBS = words('accuse accuses accused accusing');

/** Finite verbs of saying that follow their subject ("Kirby said") or, after a quote, precede it ("said Kirby"). */
export const SPEECH_VERBS = words(
  'said says say added adds stated states asserted asserts told tells noted notes note warned warns warn ' +
    'claimed claims claim insisted insists insist urged urges emphasised emphasized stressed stresses ' +
    'maintained maintains alleged alleges allege ' +
    // Of the denial verbs, those that are no common noun: "dispute", "reject" and the like are
    // denials for the stance and the reported-claim shapes, but "the border dispute" is no cue.
    'denied denies deny rejected rejects dismissed dismisses refuted refutes rubbished contradicted ' +
    'announced announces explained explains argued argues affirmed reiterated reiterates acknowledged ' +
    'admitted declared declares wrote writes tweeted replied replies repeated repeats ' +
    // The plural present too ("the Taliban reply that …", "Kabul officials maintain that …").
    'reply argue maintain explain stress contend contends contended countered counters responded responds ' +
    // Verbs of what a statement or a report recalls, confirms or concludes ("the statement recalled that").
    'recalled recalls concluded concludes confirmed confirms',
);
/** Verbs of saying that only continue a quote, after it and with a pronoun or name ("“…,” he went on"); elsewhere they say nothing of speech. */
export const CONTINUING_VERBS = words('continued continues');
/** Verbs that attribute a quote only right after it ("“…?” Janjua asked the senators", "“…,” the statement read"); elsewhere they ask something of someone, or read. */
export const AFTER_QUOTE_VERBS = words('asked asks wondered posted read reads');
/** Verbs that give a quote as the speaker's name for something ("called the reports “baseless”"): the quote follows a short object. */
export const NAMING_VERBS = words('called calls termed terms described describes branded brands labelled labeled dubbed');
/**
 * Verbs that judge something in the speaker's words only through "as" ("condemned the strikes as “…”",
 * "welcomed the deal as “…”"); a quote right after them is no name they give ("condemned the “cowardly” attack").
 */
export const NAMING_AS_VERBS = words(
  'condemned condemns denounced denounces decried decries criticised criticized hailed hails welcomed welcomes',
);
/** Participles after a comma that give the subject's name for something ("…, describing it as “…”", "…, calling them “…”"). */
export const NAMING_PARTICIPLES = words('describing calling terming branding labelling labeling');
/** Cues whose quote is a name given to something, not direct speech they introduce. */
export const NAMING_CUES = new Set([...NAMING_VERBS, ...NAMING_AS_VERBS, ...NAMING_PARTICIPLES]);
/** Participles after a comma that give words to the sentence's subject ("…, adding that"). */
export const PARTICIPLES = words(
  'adding saying claiming noting insisting stressing warning emphasizing emphasising asserting alleging ' +
    'denying arguing explaining stating pointing reporting',
);
/** Cues that may be followed by a bare clause starting with a noun ("said the US has…", no "that"). */
export const BARE_CLAUSE_CUES = words(
  'said says say added adds stated claimed claims claim insisted insists alleged alleges claiming saying adding insisting',
);
/** Titles dropped before a personal name ("Pentagon Press Secretary John F. Kirby" → "John F. Kirby"). */
export const TITLES = words(
  'president secretary spokesperson spokesman spokeswoman minister ambassador envoy general gen senator sen ' +
    'representative rep commander chief governor director adviser advisor mr mrs ms dr prof lt col maj capt ' +
    'judge justice mayor premier chancellor official officer leader deputy king prince sheikh mullah maulana mufti ' +
    'admiral adm brigadier brig retd',
);
/**
 * Documents whose words an article reports ("according to the report", "Reports by the UN team have said"): the
 * author the article named with them speaks.
 */
export const DOCUMENT_NOUNS = words('report reports study studies review reviews assessment assessments audit audits');

/**
 * Nouns for people the pack has no name for ("a resident", "a police constable", "one man"): they
 * head a speaker phrase, and once such a person speaks, a later "he" may be them.
 */
export const PERSON_NOUNS = words(
  'dealer dealers trader traders shopkeeper shopkeepers resident residents witness witnesses driver drivers ' +
    'farmer farmers villager villagers man men woman women father mother student students teacher teachers ' +
    'doctor doctors official officials officer officers analyst analysts expert experts soldier soldiers ' +
    'commander commanders elder elders passenger passengers survivor survivors vendor vendors labourer ' +
    'labourers laborer worker workers journalist journalists diplomat diplomats lawmaker lawmakers lawyer ' +
    'lawyers engineer engineers constable constables policeman policemen guard guards relative relatives ' +
    'activist activists researcher researchers professor changer changers guest guests economist economists caller callers',
);
/** Lower-case nouns that can head a descriptor naming a speaker ("the spokesperson", "the ministry"). */
export const SPEAKER_NOUNS = words(
  'spokesperson spokesman spokeswoman minister ministry government president secretary ' +
    'ambassador envoy embassy office department army military police authorities leader leaders ' +
    'leadership source sources statement group administration agency council mission team commission committee board delegation movement ' +
    'deputy palace ' +
    'report reports general wing chief premier ' +
    [...PERSON_NOUNS].join(' '),
);
/** Lower-case modifiers allowed inside a speaker phrase ("the deputy Taliban spokesperson", "a senior security official"). */
export const MODIFIERS = words(
  'deputy senior former acting chief top main foreign press interim defence defense interior information military army media presidential ' +
    'security intelligence border provincial local district retired elderly young monitoring sanctions',
);
/**
 * Prepositions that may follow a speaker's head noun with where or whom they are from ("a resident of the village said"),
 * or whose document it is ("a statement by the foreign ministry said").
 */
export const ORIGIN_PREPOSITIONS = words('in of at from near on for with by');
/** Relative pronouns that open a clause describing the speaker ("a lawyer who was inside said"). */
export const RELATIVE_PRONOUNS = words('who which');
/** Determiners that may open a speaker phrase ("the ministry", "its spokesman"). */
export const DETERMINERS = words('the a an its his her their our');
/** Pronouns that stand alone as the speaker before a cue ("he said"; "it said" of an institution). */
export const SUBJECT_PRONOUNS = words('he she they it');
/** Pronouns that stand alone as the speaker after a cue ("quoted him as saying"). */
export const OBJECT_PRONOUNS = words('him her them');
/** Words that can only start a clause, so a cue followed by one introduces reported words. */
export const CLAUSE_STARTS = words('he she it they we i there this these those you');
/** Prepositions: a phrase after one is an object, not a speaker ("said to the ministry"). */
export const PREPOSITIONS = words(
  'from of in at on with by to for about over against into between under after before during through',
);
/** Capitalised words that begin sentences but are not names. */
export const NOT_NAMES = words(
  'the a an however in on at but and when while yesterday today meanwhile also earlier later after before if ' +
    'as it this that these those according speaking talking responding he she they we i so then there ' +
    'neither either no each both',
);
/** Adverbs skipped between a speaker and the cue ("Kirby also said"); -ly words count too. */
export const ADVERBS = words(
  'also again once further later earlier previously repeatedly today yesterday then long now still already always',
);
/** Auxiliaries skipped between a speaker and the cue ("Kirby has said"). */
export const AUXILIARIES = words('has have had will would did does do could may might should must');
/** Words before a cue that make it passive or negated ("it is said", "did not say"): no speaker. */
export const BLOCKERS = words('is was are were be been being not never');
/**
 * Quantifiers that open a bare clause after a verb of saying as a determiner does ("said no outsiders lived there",
 * "said several thousand fighters were based …"); "said nothing" says nothing, and is not among them.
 */
export const QUANTIFIERS = words('no some several many most all both every each any nobody none');
/** Finite verbs that show a bare clause after a cue ("said many of the victims were …", "said 23 soldiers had …"). */
export const FINITE_VERBS = words('is are was were has have had will would could can did does may might must should');
/** Words skipped between a cue and its clause ("said Thursday it had…", "said last month that …", "said publicly that …"). */
export const TIME_WORDS = words(
  'on monday tuesday wednesday thursday friday saturday sunday today yesterday tonight last earlier later ' +
    'week month year again also publicly repeatedly privately separately',
);
/** Nouns for a charge, whose "that" opens what is charged, not what the speaker says ("said claims that … were false"). */
export const CHARGE_NOUNS = words(
  'claim claims charge charges allegation allegations accusation accusations report reports suggestion suggestions ' +
    'assertion assertions',
);
/** Adverbs of a denial that rejects what it names wholly ("rejected the charge outright"). */
export const WHOLLY = words('outright completely categorically entirely firmly');
/** Words that end the search for "that" after a cue ("said when asked if … that" is not a clause of the cue). */
export const THAT_STOPS = words('when if whether because while but and who which');
/** Words written with a period that does not end a sentence ("Mr.", "Jan.", "Corp."). */
export const ABBREVIATIONS = words(
  'mr mrs ms dr prof gen lt col maj capt sgt sen rep gov st jr sr no vs jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept ' +
    'adm brig cdr cmdr amb rev hon supt insp',
);
