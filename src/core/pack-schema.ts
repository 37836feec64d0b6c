/**
 * The Counterpoint pack format: the one definition of a corpus file.
 *
 * Written with TypeBox so that the same source gives the TypeScript types, the JSON Schema
 * published in `docs/pack.schema.json` and the validator the importer runs (TypeBox's `Value`
 * checker interprets the schema without `eval`, which MV3 extension pages forbid).
 */
import { Type, type Static } from '@sinclair/typebox';

/** The `format` marker every pack carries. */
export const PACK_FORMAT = 'counterpoint-pack';
/**
 * The newest pack format version this build reads and writes. Format 2 added the statement field
 * `remark`; format 1 said the same with a `same-remark:<id>` keyword (`pack-remark.ts` converts it).
 */
export const PACK_FORMAT_VERSION = 2;

/** What an identifier looks like: lower case letters, digits, dot, dash, underscore. */
export const ID_PATTERN = '^[a-z0-9][a-z0-9._-]*$';
const Id = Type.String({
  pattern: ID_PATTERN,
  maxLength: 120,
  description: 'Stable identifier: lower case letters, digits, dot, dash, underscore.',
});
const Text = (max: number, description: string) => Type.String({ minLength: 1, maxLength: max, description });

/** A weighted word or phrase; matched case- and accent-insensitively on word boundaries. */
export const WeightedTerm = Type.Object(
  {
    term: Text(120, 'Word or phrase, matched on word boundaries, case and accents ignored.'),
    weight: Type.Number({ minimum: -100, maximum: 100, description: 'Contribution to the topic score per distinct match.' }),
  },
  { additionalProperties: false },
);

/** A group of alternatives of which at least one must appear for a page to be on topic. */
export const Requirement = Type.Object(
  {
    name: Text(80, 'What the group stands for, shown in the reasons ("an Afghan side").'),
    anyOf: Type.Array(Text(120, 'One alternative.'), { minItems: 1 }),
    minCount: Type.Optional(Type.Integer({ minimum: 1, description: 'Mentions needed across the group (default 1).' })),
  },
  { additionalProperties: false },
);

/** What the detector needs to recognise an on-topic page: detection is data, not code. */
export const Topic = Type.Object(
  {
    name: Text(120, 'Human name of the topic.'),
    quickCheck: Type.Array(Text(60, 'Lower-case word.'), {
      minItems: 1,
      description: 'Cheap first check: a page mentioning none of these words is off topic at once.',
    }),
    terms: Type.Array(WeightedTerm, { description: 'Positive cues.' }),
    negative: Type.Array(WeightedTerm, {
      description: 'Cues of a near-miss subject (cricket, earthquake relief…); negative weights.',
    }),
    requires: Type.Array(Requirement, { description: 'Co-occurrences an on-topic page must show.' }),
    threshold: Type.Number({
      description: 'Score (sum over distinct terms of weight × min(count, 3)) at or above which a page is on topic.',
    }),
  },
  { additionalProperties: false },
);

/** Kinds of actor the engine knows how to refer to. */
export const ActorKind = Type.Union(
  ['person', 'government-body', 'armed-group', 'state', 'organisation', 'media'].map((k) => Type.Literal(k)),
);

/** Someone who makes statements: a person, a ministry, an armed group, a state. */
export const Actor = Type.Object(
  {
    id: Id,
    name: Text(160, 'Canonical name.'),
    aliases: Type.Array(Text(160, 'Another name, spelling, transliteration, abbreviation or misspelling.'), {
      description: 'Every other way articles name the actor, including the misspellings real articles use.',
    }),
    kind: ActorKind,
    affiliation: Type.Optional(Text(160, 'Organisation or state the actor speaks for.')),
    role: Type.Optional(Text(200, 'Role, with the period it applies to where useful.')),
    descriptors: Type.Optional(
      Type.Array(Text(80, 'Noun phrase.'), {
        description: 'Phrases a later mention may use instead of the name ("the spokesperson", "the Pentagon official").',
      }),
    ),
  },
  { additionalProperties: false },
);

/** How one claim relates to another. */
export const ClaimLink = Type.Object(
  {
    claimId: Id,
    relation: Type.Union([Type.Literal('mirrors'), Type.Literal('contradicts')], {
      description: '`mirrors`: the same accusation pointed the other way; `contradicts`: cannot both be true.',
    }),
  },
  { additionalProperties: false },
);

/** One neutral, normalised proposition that statements assert or deny. */
export const Claim = Type.Object(
  {
    id: Id,
    text: Text(300, 'The proposition, neutrally worded.'),
    tags: Type.Array(Text(60, 'Tag.')),
    cues: Type.Array(Text(120, 'Word or phrase.'), {
      description: 'Words and phrases that signal the claim in running text; used to match quotes to it.',
    }),
    links: Type.Optional(Type.Array(ClaimLink)),
    requires: Type.Optional(
      Type.Array(Type.Array(Text(80, 'Word or phrase.'), { minItems: 1, maxItems: 60 }), {
        maxItems: 6,
        description:
          'What a passage must hold for a quote to be said to make the claim: one word or phrase of every group, ' +
          'close together in the quote (its sentence may supply one group of a fragment). Words are compared ' +
          'stemmed and with their paraphrases ("territory" for "soil"), so one form of a word stands for all.',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Where a statement was reported. */
export const Source = Type.Object(
  {
    url: Type.Optional(Type.String({ pattern: '^https?://', maxLength: 2000, description: 'Address of the report.' })),
    outlet: Text(160, 'Publication or broadcaster.'),
    outletNote: Type.Optional(
      Text(300, "A curator's note on the outlet (why it is not named, whom it reposts): shown on hover, never as its name."),
    ),
    title: Type.Optional(Text(400, 'Headline of the report.')),
    seed: Type.Optional(Text(80, 'Seed article this source is, for statements quoted from a seed (no address).')),
  },
  { additionalProperties: false },
);

/** What a statement does to a claim. */
export const StanceKind = Type.Union([
  Type.Literal('asserts'),
  Type.Literal('denies'),
  Type.Literal('disputes'),
  Type.Literal('qualifies'),
]);

/** A statement's position on one claim. */
export const Stance = Type.Object({ claimId: Id, stance: StanceKind }, { additionalProperties: false });

/** Something an actor said, as a verbatim quote or as a summary in the pack's own words. */
export const Statement = Type.Object(
  {
    id: Id,
    actorId: Id,
    quote: Type.Optional(Text(4000, 'Verbatim words, exactly as the source prints them.')),
    summary: Type.Optional(Text(4000, "What was said, in the pack's own words; never shown in quote marks.")),
    date: Type.String({
      pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
      description: 'YYYY, YYYY-MM or YYYY-MM-DD: the precision the source supports.',
    }),
    dateNote: Type.Optional(Text(400, 'How the date was inferred when the source does not print it.')),
    speakerRole: Type.Optional(Text(200, 'Role of the speaker when the statement was made.')),
    sources: Type.Array(Source, {
      minItems: 1,
      description: 'Reports of this statement; several outlets reporting the same words are one statement.',
    }),
    remark: Type.Optional(
      Type.String({
        pattern: ID_PATTERN,
        maxLength: 120,
        description:
          'Identifier of the spoken remark this statement reports (speaker, date, subject: `kirby-2021-08-09-closing-safe-havens`). ' +
          'Statements sharing it are transcriptions or reports of one remark: one actor, one date; shown as one entry, their texts never merged.',
      }),
    ),
    stances: Type.Array(Stance, { minItems: 1 }),
    keywords: Type.Optional(Type.Array(Text(120, 'Keyword.'))),
  },
  { additionalProperties: false },
);

/** A whole corpus file. */
export const Pack = Type.Object(
  {
    format: Type.Literal(PACK_FORMAT),
    formatVersion: Type.Integer({ minimum: 1, description: 'Pack format version; this build reads 1 and 2.' }),
    id: Id,
    version: Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$', description: 'Version of this pack (semver).' }),
    title: Text(200, 'Human title.'),
    language: Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$', description: 'BCP 47 language tag.' }),
    updated: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Date of this version.' }),
    description: Type.Optional(Text(2000, 'What the pack covers.')),
    topic: Topic,
    actors: Type.Array(Actor),
    claims: Type.Array(Claim),
    statements: Type.Array(Statement),
  },
  { additionalProperties: false, $id: 'https://counterpoint.invalid/pack.schema.json' },
);

export type WeightedTerm = Static<typeof WeightedTerm>;
export type Requirement = Static<typeof Requirement>;
export type Topic = Static<typeof Topic>;
export type ActorKind = Static<typeof ActorKind>;
export type Actor = Static<typeof Actor>;
export type ClaimLink = Static<typeof ClaimLink>;
export type Claim = Static<typeof Claim>;
export type Source = Static<typeof Source>;
export type StanceKind = Static<typeof StanceKind>;
export type Stance = Static<typeof Stance>;
export type Statement = Static<typeof Statement>;
export type Pack = Static<typeof Pack>;
