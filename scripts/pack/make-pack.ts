/**
 * Builds the bundled corpus pack `public/packs/pak-afghan-security.json`.
 *
 *   npx tsx scripts/pack/make-pack.ts
 *
 * Inputs:
 *  - `scripts/pack/curated.json` (hand-written): pack metadata, topic, actors, claims, the verbatim seed
 *    quotes and the editorial decisions on `statements.json` (omissions, merges, date overrides);
 *  - `../shared/sources/statements.json` (relative to the repo root): statements summarised in our own
 *    words, each becoming a `summary` statement;
 *  - `scripts/pack/researched.json`: further reports looked up for the pack, summarised in our own words the same
 *    way, each with its address, becoming `summary` statements too (ids `rs-NNN`);
 *  - `fixtures/seeds/*.txt`: the seed articles, against which every quote is checked verbatim.
 *
 * The output is deterministic (same inputs, same bytes) and is committed, so the extension builds
 * without `../shared`. Any inconsistency (a quote not found in its seed, an unknown speaker, claim or
 * actor, a date the notes cannot support, a schema error) stops the build with a message instead of
 * writing a doubtful pack. Conventions are documented in `scripts/pack/README.md`.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Value } from '@sinclair/typebox/value';
import {
  Pack,
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  type Actor,
  type Claim,
  type Pack as PackData,
  type Source,
  type Stance,
  type StanceKind,
  type Statement,
  type Topic,
} from '../../src/core/pack-schema';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const CURATED = join(here, 'curated.json');
const STATEMENTS = resolve(repoRoot, '../shared/sources/statements.json');
const RESEARCHED = join(here, 'researched.json');
const SEEDS_DIR = join(repoRoot, 'fixtures/seeds');
const OUT = join(repoRoot, 'public/packs/pak-afghan-security.json');

/** An actor as curated: the pack actor plus the statements.json speaker strings it stands for. */
interface CuratedActor extends Actor {
  speakers: string[];
}
/** A claim as curated: text is taken from statements.json for its 39 claims, given here for new ones. */
interface CuratedClaim extends Omit<Claim, 'text'> {
  text?: string;
}
/** One verbatim quote from a seed article. */
interface CuratedQuote {
  id: string;
  seed: string;
  actorId: string;
  quote: string;
  speakerRole: string;
  stances: Stance[];
  keywords: string[];
  /** The remark this transcription reports, when another statement reports it too (see README). */
  remark?: string;
  date: string;
  dateNote: string;
  /** The seed prints a comma between the quote and its closing mark; it was left out (see README). */
  trailingCommaCut?: boolean;
  /** Curator's remark, documentation only. */
  curatorNote?: string;
}
export interface Curated {
  pack: {
    id: string;
    version: string;
    title: string;
    language: string;
    updated: string;
    description: string;
  };
  topic: Topic;
  /** Each seed's outlet and headline; `outletNote` says why the outlet is not named. */
  seeds: Record<string, { outlet: string; outletNote?: string; title: string }>;
  actors: CuratedActor[];
  claims: CuratedClaim[];
  quotes: CuratedQuote[];
  excludedSeedSpans: { seed: string; text: string; reason: string }[];
  summaries: {
    omit: Record<string, string>;
    merges: { keep: string; also: string[]; reason: string }[];
    dateOverrides: Record<string, { date: string; dateNote: string }>;
    /** statements.json ids reporting a remark a seed quote transcribes: the remark's id. */
    remarks: Record<string, string>;
    /**
     * Further claims a summary takes a stance on, beyond the one statements.json tags it with, each
     * with the reason its own words give ("US troops left no equipment behind" disputes that the
     * withdrawal left equipment to the Taliban, not only that militants use it).
     */
    alsoOn: Record<string, { claimId: string; stance: string; reason: string }[]>;
    /**
     * Outlets as statements.json names them with a curator's note in the name ("X (IP-hosted mirror; …)"): the
     * name a reader sees, and the note, shown on hover.
     */
    outlets?: Record<string, { outlet: string; outletNote: string }>;
  };
}
/** One entry of statements.json. */
interface RawStatement {
  id: string;
  speaker: string;
  speaker_role: string;
  date: string | null;
  date_note: string | null;
  summary: string;
  keywords: string[];
  claim_id: string;
  /** The claim's text as statements.json repeats it (its id decides; researched reports leave it out). */
  claim?: string;
  stance: StanceKind;
  outlet: string;
  url: string;
}
export interface RawFile {
  statements: RawStatement[];
  claims: { id: string; text: string }[];
}
/**
 * A report looked up for the pack beyond statements.json, summarised in our own words in the same shape, with the
 * further claims its own words take a stance on (as `summaries.alsoOn` gives for statements.json).
 */
export interface ResearchedStatement extends Omit<RawStatement, 'claim'> {
  alsoOn?: { claimId: string; stance: string; reason: string }[];
}
export interface ResearchedFile {
  statements: ResearchedStatement[];
}

const fail = (msg: string): never => {
  throw new Error(`make-pack: ${msg}`);
};
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_YEAR =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+((?:19|20)\d{2})\b/;
const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * The date a `date_note` supports when statements.json has no exact date: `YYYY-MM` when the first
 * year the note names is given with its month, `YYYY` when the year stands alone, `null` when the note
 * names no year. A note naming two different years is ambiguous and needs a curated override.
 */
export function dateFromNote(note: string | null): string | null | 'ambiguous' {
  if (!note) return null;
  const years = [...note.matchAll(YEAR)];
  if (years.length === 0) return null;
  if (new Set(years.map((m) => m[0])).size > 1) return 'ambiguous';
  const firstYear = years[0]!;
  const my = MONTH_YEAR.exec(note);
  if (my && my.index + my[0].length === firstYear.index! + 4) {
    const month = MONTHS[my[1]!.slice(0, 3).toLowerCase()]!;
    return `${my[2]}-${String(month).padStart(2, '0')}`;
  }
  return firstYear[0];
}

function loadSeeds(): Map<string, string> {
  const seeds = new Map<string, string>();
  for (const f of readdirSync(SEEDS_DIR).sort()) {
    if (f.endsWith('.txt')) seeds.set(f.slice(0, -4), readFileSync(join(SEEDS_DIR, f), 'utf8'));
  }
  return seeds;
}

function buildActors(curated: Curated): {
  actors: Actor[];
  bySpeaker: Map<string, string>;
} {
  const bySpeaker = new Map<string, string>();
  const actors = curated.actors.map(({ speakers, ...actor }) => {
    for (const s of speakers) {
      if (bySpeaker.has(s)) fail(`speaker "${s}" mapped to two actors`);
      bySpeaker.set(s, actor.id);
    }
    return actor;
  });
  return { actors, bySpeaker };
}

function buildClaims(curated: Curated, raw: RawFile): Claim[] {
  const rawText = new Map(raw.claims.map((c) => [c.id, c.text]));
  const curatedIds = new Set(curated.claims.map((c) => c.id));
  for (const id of rawText.keys()) if (!curatedIds.has(id)) fail(`claim ${id} of statements.json is not curated`);
  return curated.claims.map((c) => {
    const text = rawText.get(c.id) ?? c.text ?? fail(`new claim ${c.id} has no text`);
    if (c.text && rawText.has(c.id) && c.text !== rawText.get(c.id)) fail(`claim ${c.id} text differs from statements.json`);
    const claim: Claim = { id: c.id, text, tags: c.tags, cues: c.cues };
    if (c.links?.length) claim.links = c.links;
    if (c.requires?.length) claim.requires = c.requires;
    return claim;
  });
}

/** Quote statements; the same words by the same actor in several seeds become one statement. */
function buildQuoteStatements(curated: Curated, seeds: Map<string, string>): Statement[] {
  const out: Statement[] = [];
  const byWords = new Map<string, Statement>();
  for (const q of curated.quotes) {
    const seedText = seeds.get(q.seed) ?? fail(`quote ${q.id}: unknown seed ${q.seed}`);
    if (!seedText.includes(q.quote)) fail(`quote ${q.id} is not verbatim in seed ${q.seed}`);
    if (q.trailingCommaCut && !/^,[”"’']/.test(seedText.slice(seedText.indexOf(q.quote) + q.quote.length))) {
      fail(`quote ${q.id}: marked trailingCommaCut but the seed has no comma before a closing mark after it`);
    }
    const meta = curated.seeds[q.seed] ?? fail(`seed ${q.seed} has no outlet/title`);
    const source: Source = {
      outlet: meta.outlet,
      ...(meta.outletNote ? { outletNote: meta.outletNote } : {}),
      title: meta.title,
      seed: q.seed,
    };
    const key = `${q.actorId}\u0000${q.quote}`;
    const same = byWords.get(key);
    if (same) {
      same.sources.push(source);
      continue;
    }
    const st: Statement = {
      id: q.id,
      actorId: q.actorId,
      quote: q.quote,
      date: q.date,
      dateNote: q.dateNote,
      speakerRole: q.speakerRole,
      sources: [source],
      ...(q.remark ? { remark: q.remark } : {}),
      stances: q.stances,
      keywords: q.keywords,
    };
    byWords.set(key, st);
    out.push(st);
  }
  return out;
}

function buildSummaryStatements(curated: Curated, raw: RawFile, bySpeaker: Map<string, string>): Statement[] {
  const { omit, merges, dateOverrides, remarks, alsoOn, outlets = {} } = curated.summaries;
  const sourceOf = (s: RawStatement): Source => ({ url: s.url, ...(outlets[s.outlet] ?? { outlet: s.outlet }) });
  const rawById = new Map(raw.statements.map((s) => [s.id, s]));
  const mergedInto = new Map<string, string>();
  for (const m of merges) {
    const keep = rawById.get(m.keep) ?? fail(`merge: unknown ${m.keep}`);
    for (const id of m.also) {
      const other = rawById.get(id) ?? fail(`merge: unknown ${id}`);
      if (other.speaker !== keep.speaker || other.claim_id !== keep.claim_id || other.stance !== keep.stance) {
        fail(`merge ${m.keep}+${id}: speaker, claim or stance differ`);
      }
      mergedInto.set(id, m.keep);
    }
  }
  for (const [what, choices] of Object.entries({ omit, dateOverrides, remarks, alsoOn })) {
    for (const id of Object.keys(choices)) {
      if (!rawById.has(id)) fail(`curated summaries refer to unknown statement ${id}`);
      if (what === 'omit') continue;
      // A choice about a statement that is left out, or merged into another, would be lost without a word.
      if (omit[id]) fail(`${what} names ${id}, which is omitted`);
      const target = mergedInto.get(id);
      if (target) fail(`${what} names ${id}, which is merged into ${target}: give it to ${target}`);
    }
  }

  const out: Statement[] = [];
  const byId = new Map<string, Statement>();
  for (const s of raw.statements) {
    if (omit[s.id]) continue;
    const target = mergedInto.get(s.id);
    if (target) {
      // Merged: the statement kept is earlier in the file, so it exists already.
      const kept = byId.get(target) ?? fail(`merge target ${target} must come before ${s.id}`);
      kept.sources.push(sourceOf(s));
      continue;
    }
    const actorId = bySpeaker.get(s.speaker) ?? fail(`no actor for speaker "${s.speaker}" (${s.id})`);
    let date: string;
    let dateNote: string | undefined = s.date_note ?? undefined;
    const override = dateOverrides[s.id];
    if (override) {
      ({ date, dateNote } = override);
    } else if (s.date) {
      date = s.date;
    } else {
      const derived = dateFromNote(s.date_note);
      if (derived === null) fail(`${s.id}: no date and the note gives no year; omit it or override`);
      if (derived === 'ambiguous') fail(`${s.id}: the note names several years; add a date override`);
      date = derived as string;
    }
    if (!/^https?:\/\//.test(s.url)) fail(`${s.id}: url is not http(s)`);
    const st: Statement = {
      id: s.id,
      actorId,
      summary: s.summary,
      date,
      ...(dateNote ? { dateNote } : {}),
      speakerRole: s.speaker_role,
      sources: [sourceOf(s)],
      ...(remarks[s.id] ? { remark: remarks[s.id] } : {}),
      stances: [
        { claimId: s.claim_id, stance: s.stance },
        ...(alsoOn[s.id] ?? []).map(({ claimId, stance }) => {
          if (claimId === s.claim_id) fail(`${s.id}: alsoOn repeats the claim statements.json gives`);
          return { claimId, stance } as Statement['stances'][number];
        }),
      ],
      keywords: s.keywords,
    };
    byId.set(s.id, st);
    out.push(st);
  }
  return out;
}

/** References that the schema cannot check: ids unique, every actor and claim reference resolves. */
function checkReferences(pack: PackData): void {
  const unique = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) fail(`duplicate ${kind} id ${id}`);
      seen.add(id);
    }
    return seen;
  };
  const actors = unique(
    'actor',
    pack.actors.map((a) => a.id),
  );
  const claims = unique(
    'claim',
    pack.claims.map((c) => c.id),
  );
  unique(
    'statement',
    pack.statements.map((s) => s.id),
  );
  for (const c of pack.claims)
    for (const l of c.links ?? []) if (!claims.has(l.claimId)) fail(`claim ${c.id} links unknown ${l.claimId}`);
  for (const s of pack.statements) {
    if (!actors.has(s.actorId)) fail(`statement ${s.id}: unknown actor ${s.actorId}`);
    for (const st of s.stances) if (!claims.has(st.claimId)) fail(`statement ${s.id}: unknown claim ${st.claimId}`);
  }
}

/**
 * statements.json with the researched reports after it: the two are summarised the same way, and a researched report's
 * own `alsoOn` joins the curated ones. A researched id is `rs-NNN`, so it can never take a statements.json id.
 */
function withResearched(curated: Curated, raw: RawFile, researched: ResearchedFile): [Curated, RawFile] {
  const alsoOn = { ...curated.summaries.alsoOn };
  const statements: RawStatement[] = [...raw.statements];
  for (const { alsoOn: more, ...s } of researched.statements) {
    if (!/^rs-\d{3,}$/.test(s.id)) fail(`researched statement ${s.id}: ids are rs-NNN`);
    if (more?.length) {
      if (alsoOn[s.id]) fail(`${s.id}: give its further stances in researched.json only`);
      for (const m of more) if (m.reason.length < 10) fail(`${s.id}: alsoOn ${m.claimId} gives no reason`);
      alsoOn[s.id] = more;
    }
    statements.push(s);
  }
  return [
    { ...curated, summaries: { ...curated.summaries, alsoOn } },
    { ...raw, statements },
  ];
}

/** The pack from the curated choices, statements.json and the researched reports (each read from its file unless given). */
export function makePack(
  curated: Curated = readJson<Curated>(CURATED),
  raw: RawFile = readJson<RawFile>(STATEMENTS),
  researched: ResearchedFile = readJson<ResearchedFile>(RESEARCHED),
): PackData {
  const seeds = loadSeeds();
  const { actors, bySpeaker } = buildActors(curated);
  const claims = buildClaims(curated, raw);
  const [chosen, summarised] = withResearched(curated, raw, researched);
  const statements = [...buildQuoteStatements(curated, seeds), ...buildSummaryStatements(chosen, summarised, bySpeaker)];
  const pack: PackData = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    ...curated.pack,
    topic: curated.topic,
    actors,
    claims,
    statements,
  };
  if (!Value.Check(Pack, pack)) {
    const errors = [...Value.Errors(Pack, pack)].slice(0, 20).map((e) => `${e.path}: ${e.message}`);
    fail(`pack does not validate:\n  ${errors.join('\n  ')}`);
  }
  checkReferences(pack);
  return pack;
}

/**
 * The pack as committed: pretty-printed by Prettier with the repository's configuration, so that
 * `npm run format` leaves the generated file unchanged.
 */
export async function renderPack(pack: PackData): Promise<string> {
  const { format, resolveConfig } = await import('prettier');
  const options = (await resolveConfig(OUT)) ?? {};
  return format(JSON.stringify(pack, null, 2), { ...options, filepath: OUT, parser: 'json' });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const pack = makePack();
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, await renderPack(pack), 'utf8');
  const quotes = pack.statements.filter((s) => s.quote).length;
  const claimsUsed = new Set(pack.statements.flatMap((s) => s.stances.map((x) => x.claimId))).size;
  console.log(
    `wrote ${OUT}: ${pack.actors.length} actors, ${pack.claims.length} claims (${claimsUsed} with statements), ` +
      `${pack.statements.length} statements (${quotes} quotes, ${pack.statements.length - quotes} summaries)`,
  );
}
