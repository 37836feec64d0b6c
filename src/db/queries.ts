/**
 * Read queries for the engine (the whole live corpus) and for the options page (search, counts).
 */
import type { Table } from 'dexie';
import type { StanceKind, Topic } from '../core/pack-schema';
import { headerKey } from './bundled';
import { foldKey } from './rows';
import type { ActorRow, ClaimRow, CounterpointDB, Origin, PackHeader, StatementRow } from './schema';

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
}

/** Loads the live corpus (tombstones left out) in one read transaction. */
export async function loadCorpus(db: CounterpointDB): Promise<Corpus> {
  return db.transaction('r', db.actors, db.claims, db.statements, db.meta, db.packs, async () => {
    const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
    const packs = await db.packs.toArray();
    const headers = await db.meta.bulkGet(packs.map((p) => headerKey(p.id)));
    return {
      actors: live(await db.actors.toArray()),
      claims: live(await db.claims.toArray()),
      statements: live(await db.statements.toArray()),
      topics: headers.flatMap((h) => (h ? [(h.value as PackHeader).topic] : [])),
    };
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
 * Searches live statements, newest first (ties by id, descending).
 *
 * Built to stay fast on 100,000 statements: the order comes from the primary keys of the `date`
 * index (keys only, no rows), the speaker, claim, date and origin criteria narrow that list through
 * their indexes (again keys only), and rows are read only for the requested page. Only a text or
 * stance criterion needs the rows' contents: those are read for the statements the indexes left.
 * Tombstones and edits only ever exist on bundled rows, which the `origin` index reads cheaply.
 */
export async function searchStatements(db: CounterpointDB, q: StatementQuery): Promise<StatementPage> {
  const words = q.text ? foldKey(q.text).split(' ').filter(Boolean) : [];
  const from = q.from ? periodStart(q.from) : undefined;
  const to = q.to ? periodEnd(q.to) : undefined;
  return db.transaction('r', db.statements, db.actors, async () => {
    const speakers = words.length > 0 ? await speakerKeys(db, words) : new Map<string, string>();
    const bundledKeys = (await db.statements.where('origin').equals('bundled').primaryKeys()) as string[];
    const bundled = new Set(bundledKeys);
    const tombstones = new Set(
      (await db.statements.bulkGet(bundledKeys)).flatMap((row) => (row?.deleted ? [row.id] : [])),
    );
    // Every statement, newest first (the `date` index, read backwards: keys only).
    const ordered = ((await db.statements.orderBy('date').primaryKeys()) as string[]).reverse();
    const sets: Set<string>[] = [];
    if (q.actorId !== undefined) sets.push(new Set((await db.statements.where('actorId').equals(q.actorId).primaryKeys()) as string[]));
    if (q.claimId !== undefined) sets.push(new Set((await db.statements.where('claimIds').equals(q.claimId).primaryKeys()) as string[]));
    if (from !== undefined || to !== undefined) {
      // `date` strings sort like their period starts; the exact overlap test reads only index keys.
      const inRange = new Set<string>();
      await db.statements
        .where('date')
        .between(from?.slice(0, 4) ?? '', (to ?? '9999') + '\uffff', true, true)
        .eachKey((key, cursor) => {
          const date = key as string;
          if (from !== undefined && periodEnd(date) < from) return;
          if (to !== undefined && periodStart(date) > to) return;
          inRange.add(cursor.primaryKey as string);
        });
      sets.push(inRange);
    }
    sets.sort((a, b) => a.size - b.size);
    const ids = ordered.filter(
      (id) =>
        !tombstones.has(id) &&
        (q.origin === undefined || (q.origin === 'bundled') === bundled.has(id)) &&
        sets.every((set) => set.has(id)),
    );
    if (words.length === 0 && q.stance === undefined) {
      const items = await db.statements.bulkGet(ids.slice(q.offset, q.offset + q.limit));
      return { total: ids.length, items: items.filter((row): row is StatementRow => row !== undefined) };
    }
    // Text or stance: read the remaining rows (all at once when nothing narrowed them), then test.
    const rows =
      ids.length === ordered.length - tombstones.size
        ? new Map((await db.statements.toArray()).map((row) => [row.id, row]))
        : new Map((await db.statements.bulkGet(ids)).flatMap((row) => (row ? [[row.id, row] as const] : [])));
    const matches: StatementRow[] = [];
    for (const id of ids) {
      const st = rows.get(id);
      if (!st) continue;
      if (q.stance !== undefined && !st.stances.some((s) => s.stance === q.stance && (q.claimId === undefined || s.claimId === q.claimId))) continue;
      if (words.length > 0) {
        const hay = foldKey([st.quote, st.summary, st.speakerRole, ...(st.keywords ?? [])].filter(Boolean).join(' '));
        const names = speakers.get(st.actorId) ?? '';
        if (!words.every((w) => hay.includes(w) || names.includes(w))) continue;
      }
      matches.push(st);
    }
    return { total: matches.length, items: matches.slice(q.offset, q.offset + q.limit) };
  });
}

/**
 * Live actors whose name or an alias contains one of the words, mapped to their folded names and
 * aliases joined: a word of the search may then be found in a statement's speaker. Reads only the
 * keys of the `aliasKeys` index to find the matching names, then the actors that carry them.
 */
async function speakerKeys(db: CounterpointDB, words: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const keys = (await db.actors.orderBy('aliasKeys').uniqueKeys()) as string[];
  const hits = keys.filter((k) => words.some((w) => k.includes(w)));
  if (hits.length === 0) return out;
  const actors = await db.actors.where('aliasKeys').anyOf(hits).distinct().toArray();
  for (const actor of actors) if (!actor.deleted) out.set(actor.id, actor.aliasKeys.join(' | '));
  return out;
}

/** First day of a `YYYY[-MM[-DD]]` period, as `YYYY-MM-DD`. */
function periodStart(date: string): string {
  return (date + '-01-01').slice(0, 10);
}

/** Last day (or a day no real date exceeds) of a `YYYY[-MM[-DD]]` period, as `YYYY-MM-DD`. */
function periodEnd(date: string): string {
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
