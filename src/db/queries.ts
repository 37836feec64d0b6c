/**
 * Read queries for the engine (the whole live corpus) and for the options page (search, counts).
 */
import type { Table } from 'dexie';
import type { StanceKind, Topic } from '../core/pack-schema';
import { headerKey } from './bundled';
import { splitWords } from './schema';
import type { ActorRow, ClaimRow, CounterpointDB, Origin, PackHeader, StatementRow } from './schema';
import { STATEMENTS_STAMP_KEY } from './stamp';
import { newestKeys, statementKeys } from './index-keys';

/** Every live record, for the matching engine. Rows are pack records plus their bookkeeping. */
export interface Corpus {
  /** Live actors. */
  actors: ActorRow[];
  /** Live claims. */
  claims: ClaimRow[];
  /** Live statements. */
  statements: StatementRow[];
  /** Topics of the installed packs (detection is data: one per pack). */
  topics: Topic[];
  /** `corpusFingerprint` of the statements read: what an index snapshot taken of them is stored under. */
  fingerprint: string;
}

/** Loads the live corpus (tombstones left out) in one read transaction. */
export async function loadCorpus(db: CounterpointDB): Promise<Corpus> {
  return db.transaction('r', db.actors, db.claims, db.statements, db.meta, db.packs, async () => {
    const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
    return {
      actors: live(await db.actors.toArray()),
      claims: live(await db.claims.toArray()),
      statements: live(await db.statements.toArray()),
      topics: await installedTopics(db),
      fingerprint: await corpusFingerprint(db),
    };
  });
}

/**
 * What identifies the state of the statements, in one read whatever their number: the stamp
 * every write to them renews (`stamp.ts`), and the database version. Read inside the caller's
 * transaction when there is one (it must include `meta`).
 */
export async function corpusFingerprint(db: CounterpointDB): Promise<string> {
  const stamp = await db.meta.get(STATEMENTS_STAMP_KEY);
  return `v${db.verno}|${String(stamp?.value ?? 'unwritten')}`;
}

/** The topics of the installed packs, from their stored headers (no record is read). */
export async function installedTopics(db: CounterpointDB): Promise<Topic[]> {
  return db.transaction('r', db.meta, db.packs, async () => {
    const packs = await db.packs.toArray();
    const headers = await db.meta.bulkGet(packs.map((p) => headerKey(p.id)));
    return headers.flatMap((h) => (h ? [(h.value as PackHeader).topic] : []));
  });
}

/** A statement search; every given criterion must hold. */
export interface StatementQuery {
  /**
   * Words that must all appear (accents and case ignored), each in the quote, summary, role or
   * keywords, or in the name or an alias of the statement's actor ("Fitrat" finds his statements).
   */
  text?: string;
  /** Only statements by this actor. */
  actorId?: string;
  /** Only statements taking a stance on this claim. */
  claimId?: string;
  /** Only statements with this stance (on `claimId` when given, else on any claim). */
  stance?: StanceKind;
  /** Earliest date, `YYYY[-MM[-DD]]`; a statement dated only by month or year matches if its period overlaps. */
  from?: string;
  /** Latest date, same form and rule as `from`. */
  to?: string;
  /** Only bundled or only user statements. */
  origin?: Origin;
  /** Results to skip. */
  offset: number;
  /** Results to return at most. */
  limit: number;
}

/** One page of search results, newest first (a date given as a year or month sorts as the start of its period). */
export interface StatementPage {
  /** How many statements match in all. */
  total: number;
  /** The requested page. */
  items: StatementRow[];
}

/**
 * Up to this many candidates with no order of their own, their rows are read to sort them (about
 * 60 µs a row in Chromium); more are put in order by walking the `date` index from the newest
 * (`newestKeys`), which reads keys, not rows, and stops when the page is full.
 */
const SORT_IN_MEMORY = 400;

/**
 * What does not change until the statements do, kept per database under the statements'
 * fingerprint (one read of `meta`): the bundled ids, the tombstones among them, and the number of
 * live statements (IndexedDB counts 100,000 rows in 100–200 ms).
 */
interface LiveKeys {
  fingerprint: string;
  bundled: string[];
  tombstones: Set<string>;
  total?: number;
}
const liveKeysCache = new WeakMap<CounterpointDB, LiveKeys>();

/** The bundled ids and tombstones, read again only after the statements changed. */
async function liveKeys(db: CounterpointDB): Promise<LiveKeys> {
  const fingerprint = await corpusFingerprint(db);
  const cached = liveKeysCache.get(db);
  if (cached?.fingerprint === fingerprint) return cached;
  const bundled = await statementKeys(db, 'origin', IDBKeyRange.only('bundled'));
  const tombstones = new Set((await db.statements.bulkGet(bundled)).flatMap((row) => (row?.deleted ? [row.id] : [])));
  const fresh: LiveKeys = { fingerprint, bundled, tombstones };
  liveKeysCache.set(db, fresh);
  return fresh;
}

/**
 * Searches live statements, newest first (ties by id, descending).
 *
 * Built to stay fast on 100,000 statements: every criterion is one native index read that
 * returns primary keys only. Speaker (`[actorId+date]`), claim (`claimDates`), stance
 * (`stanceKeys`) and date range (`date`) come back already in date order, so the shortest of them
 * gives the order and the others, with words (`words`, by prefix; a word may also name the
 * speaker) and origin, only filter it. Rows are read for the page shown. With no criterion, the
 * page is read straight off the `date` index. Tombstones only ever exist on bundled rows, which
 * the `origin` index finds cheaply. Call it outside any Dexie transaction: its native reads would
 * let that transaction commit.
 */
export async function searchStatements(db: CounterpointDB, q: StatementQuery): Promise<StatementPage> {
  const words = q.text ? [...new Set(splitWords(q.text))] : [];
  const from = q.from ? periodStart(q.from) : undefined;
  const to = q.to ? periodEnd(q.to) : undefined;
  // No single Dexie transaction: the native key reads below would let it commit between awaits.
  // Each read is consistent on its own, which is all a search list needs.
  const live = await liveKeys(db);
  const { bundled: bundledKeys, tombstones } = live;
  /** Key lists in date order, oldest first. */
  const ordered: string[][] = [];
  /** Key sets with no order. */
  const sets: Set<string>[] = [];
  const prefixed = (index: string, prefix: string) => statementKeys(db, index, IDBKeyRange.bound(prefix, prefix + '\uffff'));

  if (q.actorId !== undefined)
    ordered.push(await statementKeys(db, '[actorId+date]', IDBKeyRange.bound([q.actorId, ''], [q.actorId, '\uffff'])));
  if (q.stance !== undefined)
    ordered.push(await prefixed('stanceKeys', q.claimId !== undefined ? `${q.stance}:${q.claimId}|` : `${q.stance}|`));
  else if (q.claimId !== undefined) ordered.push(await prefixed('claimDates', `${q.claimId}|`));
  if (from !== undefined || to !== undefined) {
    // Every date string between the bounds overlaps the range. A date given only to the year or
    // month sorts before its period's first day, so one just below the lower bound may overlap it
    // too: only the lower bound's own year and month can, and those two keys are read exactly.
    // They also sort first, as their periods start earliest.
    const below: string[] = [];
    if (from !== undefined)
      for (const date of [...new Set([from.slice(0, 4), from.slice(0, 7)])])
        if (date < from && (to === undefined || periodStart(date) <= to)) below.push(...(await statementKeys(db, 'date', IDBKeyRange.only(date))));
    ordered.push([...below, ...(await statementKeys(db, 'date', IDBKeyRange.bound(from ?? '', to ?? '9999-12-31')))]);
  }
  for (const word of words) {
    // A word matches the statement's own words (by prefix) or its speaker's name and aliases.
    const own = new Set(await prefixed('words', word));
    for (const speaker of await speakersNamed(db, word))
      for (const id of await statementKeys(db, 'actorId', IDBKeyRange.only(speaker))) own.add(id);
    sets.push(own);
  }
  if (q.origin === 'bundled') sets.push(new Set(bundledKeys));
  else if (q.origin === 'user') {
    const bundled = new Set(bundledKeys);
    sets.push(new Set((await statementKeys(db, 'origin', IDBKeyRange.only('user'))).filter((id) => !bundled.has(id))));
  }

  if (!ordered.length && !sets.length) {
    // No criterion: the newest statements, straight off the `date` index; the count is kept until the statements change.
    live.total ??= (await db.statements.count()) - tombstones.size;
    return { total: live.total, items: await rowsOf(db, await newestKeys(db, (id) => !tombstones.has(id), q.offset, q.limit)) };
  }
  const keep = (id: string) => !tombstones.has(id) && sets.every((set) => set.has(id));
  let ids: string[];
  if (ordered.length) {
    const base = ordered.reduce((a, b) => (b.length < a.length ? b : a));
    const others = ordered.filter((list) => list !== base).map((list) => new Set(list));
    ids = base.filter((id) => keep(id) && others.every((set) => set.has(id))).reverse();
  } else {
    const unordered = intersect(sets).filter((id) => !tombstones.has(id));
    if (unordered.length <= SORT_IN_MEMORY) {
      const rows = (await db.statements.bulkGet(unordered)).filter((row): row is StatementRow => row !== undefined);
      rows.sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
      return { total: rows.length, items: rows.slice(q.offset, q.offset + q.limit) };
    }
    // Many matches and no order of their own (a common word alone): the `date` index's order, walked from the newest until the page is full.
    const wanted = new Set(unordered);
    return { total: wanted.size, items: await rowsOf(db, await newestKeys(db, (id) => wanted.has(id), q.offset, q.limit)) };
  }
  return { total: ids.length, items: await rowsOf(db, ids.slice(q.offset, q.offset + q.limit)) };
}

/** The rows of some ids, in that order; ids no longer there are left out. */
async function rowsOf(db: CounterpointDB, ids: string[]): Promise<StatementRow[]> {
  return (await db.statements.bulkGet(ids)).filter((row): row is StatementRow => row !== undefined);
}

/** The smallest of some sets. */
function smallest(sets: readonly Set<string>[]): Set<string> {
  return sets.reduce((a, b) => (b.size < a.size ? b : a));
}

/** The ids in every set, walking the smallest. */
function intersect(sets: readonly Set<string>[]): string[] {
  const first = smallest(sets);
  return [...first].filter((id) => sets.every((set) => set === first || set.has(id)));
}

/**
 * Live actors with a name or alias containing the (folded) word. One read of every actor (a few
 * hundred rows at most): quicker than walking the `aliasKeys` index with a cursor.
 */
export async function speakersNamed(db: CounterpointDB, word: string): Promise<string[]> {
  const actors = await db.actors.toArray();
  return actors.filter((a) => !a.deleted && a.aliasKeys.some((k) => k.includes(word))).map((a) => a.id);
}

/** First day of a `YYYY[-MM[-DD]]` period, as `YYYY-MM-DD`. */
export function periodStart(date: string): string {
  return (date + '-01-01').slice(0, 10);
}

/** Last day (or a day no real date exceeds) of a `YYYY[-MM[-DD]]` period, as `YYYY-MM-DD`. */
export function periodEnd(date: string): string {
  return (date + '-12-31').slice(0, 10);
}

/** Record counts for the options page. */
export interface Counts {
  /** Live actors. */
  actors: number;
  /** Live claims. */
  claims: number;
  /** Live statements. */
  statements: number;
  /** Live records the user created or imported. */
  user: number;
  /** Bundled records the user changed. */
  edited: number;
  /** Bundled records the user deleted (tombstones). */
  deleted: number;
}

/**
 * Counts live, user, edited and deleted records across the three tables, from index counts: only
 * bundled rows can be edits or tombstones, so only those rows are read.
 */
export async function counts(db: CounterpointDB): Promise<Counts> {
  return db.transaction('r', db.actors, db.claims, db.statements, async () => {
    const out: Counts = { actors: 0, claims: 0, statements: 0, user: 0, edited: 0, deleted: 0 };
    for (const table of ['actors', 'claims', 'statements'] as const) {
      const store = db[table] as unknown as Table<{ deleted: boolean; edited: boolean }, string>;
      const all = await store.count();
      const user = await store.where('origin').equals('user').count();
      let tombstones = 0;
      await store
        .where('origin')
        .equals('bundled')
        .each((row) => {
          if (row.deleted) tombstones++;
          else if (row.edited) out.edited++;
        });
      out[table] += all - tombstones;
      out.user += user;
      out.deleted += tombstones;
    }
    return out;
  });
}
