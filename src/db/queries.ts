/**
 * Read queries for the engine (the whole live corpus) and for the options page (search, counts).
 */
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

/** Searches live statements, narrowing by the most selective index given, newest first. */
export async function searchStatements(db: CounterpointDB, q: StatementQuery): Promise<StatementPage> {
  const words = q.text ? foldKey(q.text).split(' ').filter(Boolean) : [];
  const from = q.from ? periodStart(q.from) : undefined;
  const to = q.to ? periodEnd(q.to) : undefined;
  const speakers = words.length > 0 ? await speakerKeys(db, words) : new Map<string, string>();
  const collection =
    q.actorId !== undefined
      ? db.statements.where('actorId').equals(q.actorId)
      : q.claimId !== undefined
        ? db.statements.where('claimIds').equals(q.claimId)
        : from !== undefined || to !== undefined
          ? // `date` strings sort like their period starts; the exact overlap test follows.
            db.statements.where('date').between(from?.slice(0, 4) ?? '', (to ?? '9999') + '\uffff', true, true)
          : q.origin !== undefined
            ? db.statements.where('origin').equals(q.origin)
            : db.statements.toCollection();
  const matches = await collection
    .filter((st) => {
      if (st.deleted) return false;
      if (q.actorId !== undefined && st.actorId !== q.actorId) return false;
      if (q.claimId !== undefined && !st.claimIds.includes(q.claimId)) return false;
      if (q.stance !== undefined && !st.stances.some((s) => s.stance === q.stance && (q.claimId === undefined || s.claimId === q.claimId))) {
        return false;
      }
      if (q.origin !== undefined && st.origin !== q.origin) return false;
      if (from !== undefined && periodEnd(st.date) < from) return false;
      if (to !== undefined && periodStart(st.date) > to) return false;
      if (words.length > 0) {
        const hay = foldKey([st.quote, st.summary, st.speakerRole, ...(st.keywords ?? [])].filter(Boolean).join(' '));
        const names = speakers.get(st.actorId) ?? '';
        if (!words.every((w) => hay.includes(w) || names.includes(w))) return false;
      }
      return true;
    })
    .toArray();
  matches.sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
  return { total: matches.length, items: matches.slice(q.offset, q.offset + q.limit) };
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

/** Counts live, user, edited and deleted records across the three tables. */
export async function counts(db: CounterpointDB): Promise<Counts> {
  return db.transaction('r', db.actors, db.claims, db.statements, async () => {
    const out: Counts = { actors: 0, claims: 0, statements: 0, user: 0, edited: 0, deleted: 0 };
    for (const table of ['actors', 'claims', 'statements'] as const) {
      await db[table].each((row: { deleted: boolean; edited: boolean; origin: Origin }) => {
        if (row.deleted) {
          out.deleted++;
          return;
        }
        out[table]++;
        if (row.origin === 'user') out.user++;
        else if (row.edited) out.edited++;
      });
    }
    return out;
  });
}
