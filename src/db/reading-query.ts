/**
 * The reading memory's reads: the remarks on a page's claims (for the sidebar, through the
 * `claimKeys` index, newest first), and the options page's list, search and sites (the export is `reading-export.ts`).
 */
import type { CounterpointDB, ReadingRow } from './schema';
import { splitWords } from './schema';
import { READING_DROPPED_KEY, baseKey, claimKey, pageAddress, type ReadingDropped } from './reading-keep';

/** What a claim lookup leaves out: the page being read and its own remarks. */
export interface ReadingExclude {
  /** The address of the page being read: a remark read on it is not shown on it. */
  url?: string;
  /** Remark keys of the quotes on the page being read. */
  keys?: ReadonlySet<string>;
}

/**
 * The remarks kept on one claim, most recently read first, at most `limit`, leaving out those
 * of the page being read and those the reader made their own statement (the corpus shows them).
 * Reads the index newest first and stops once it has enough.
 */
export async function readingOnClaim(
  db: CounterpointDB,
  claimId: string,
  exclude: ReadingExclude = {},
  limit = 5,
): Promise<ReadingRow[]> {
  const here = exclude.url ? pageAddress(exclude.url) : undefined;
  return db.reading
    .where('claimKeys')
    .between(claimKey(claimId, 0), `${claimId}|\uffff`)
    .reverse()
    .filter((r) => !r.statementId && !exclude.keys?.has(baseKey(r.key)) && !r.sources.some((s) => s.url === here))
    .limit(limit)
    .toArray();
}

/** A page of the options page's list. */
export interface ReadingPage {
  items: ReadingRow[];
  total: number;
}

/** A search of the reading memory: every word must be in the quote or the speaker's name. */
export interface ReadingQuery {
  text?: string;
  offset: number;
  limit: number;
}

/**
 * The remarks kept, most recently read first, a page at a time. A search looks up its rarest
 * word in the `words` index and checks the rest on those rows only.
 */
export async function listReading(db: CounterpointDB, q: ReadingQuery): Promise<ReadingPage> {
  const words = [...new Set(splitWords(q.text ?? ''))];
  if (!words.length) {
    const [total, items] = await Promise.all([
      db.reading.count(),
      db.reading.orderBy('readAt').reverse().offset(q.offset).limit(q.limit).toArray(),
    ]);
    return { items, total };
  }
  // The rarest word leads (an index count each, no row read); the others are checked on its rows.
  const counts = await Promise.all(words.map((w) => db.reading.where('words').startsWith(w).count()));
  const lead = counts.indexOf(Math.min(...counts));
  const first = words[lead]!;
  const rest = words.filter((_, i) => i !== lead);
  const hits = await db.reading
    .where('words')
    .startsWith(first)
    .filter((r) => rest.every((w) => r.words.some((x) => x.startsWith(w))))
    .toArray();
  const unique = [...new Map(hits.map((r) => [r.id, r])).values()].sort((a, b) => b.readAt - a.readAt);
  return { items: unique.slice(q.offset, q.offset + q.limit), total: unique.length };
}

/** The sites remarks were read on, in order. */
export async function readingSites(db: CounterpointDB): Promise<string[]> {
  return (await db.reading.orderBy('sites').uniqueKeys()).map(String);
}

/** What the limit dropped and when, if it ever did since the notice was last cleared. */
export async function readingDropped(db: CounterpointDB): Promise<ReadingDropped | undefined> {
  return (await db.meta.get(READING_DROPPED_KEY))?.value as ReadingDropped | undefined;
}
