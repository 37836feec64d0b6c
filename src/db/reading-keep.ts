/**
 * The reading memory's writes: what a page read adds (one row per remark, several pages per
 * row), and the limit that drops the oldest remarks first.
 *
 * A remark is one speaker's words: two pages quoting the same speaker with the same words (case,
 * accents, quote marks, punctuation and spacing aside) are one remark with two sources, and the
 * text kept is the one first read, verbatim.
 */
import type { StanceKind } from '../core/pack-schema';
import { hashText } from './rows';
import { splitWords, type CounterpointDB, type ReadingClaim, type ReadingRow, type ReadingSource } from './schema';

/** Most remarks kept: past it, the least recently read go first. */
export const READING_LIMIT = 50_000;

/** `meta` key of the last time the limit dropped remarks: `{ count, at }`. */
export const READING_DROPPED_KEY = 'reading-dropped';

/** What the limit dropped, as stored under `READING_DROPPED_KEY`. */
export interface ReadingDropped {
  /** Remarks dropped since the reader last saw the notice. */
  count: number;
  /** When remarks were last dropped (ms since the epoch). */
  at: number;
}

/** One quote of a page read, as the background hands it over to be remembered. */
export interface ReadQuote {
  /** Speaker's pack actor id. */
  actorId: string;
  speaker: string;
  /** The quoted words, verbatim from the analysed text. */
  text: string;
  claims: { claimId: string; stance: StanceKind; sideUnsure?: true; stanceFrom?: string }[];
}

/** The page the quotes were read on. */
export type ReadPage = Omit<ReadingSource, 'readAt'>;

/** The folded words of a remark, for its key: case, accents, quote marks and punctuation do not count. */
export function foldRemark(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** The key of a remark: its speaker and its folded words. */
export function remarkKey(actorId: string, text: string): string {
  return `${actorId}|${foldRemark(text)}`;
}

/** The id of the row of a remark key: 64 bits of hash, so that 50,000 remarks do not collide. */
export function readingId(key: string): string {
  return `r-${hashText(key)}${hashText(`${key}\u0001`)}`;
}

/** A page's address as the memory keeps it: without its fragment. */
export function pageAddress(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** The hostname of an address, or '' when it is not one. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** `<claimId>|<readAt>` with the time at a fixed width, so that the index sorts by time. */
export function claimKey(claimId: string, readAt: number): string {
  return `${claimId}|${String(Math.max(0, Math.floor(readAt))).padStart(13, '0')}`;
}

/** A row with its derived index fields computed from the rest. */
export function withDerived(row: Omit<ReadingRow, 'claimKeys' | 'sites' | 'words'>): ReadingRow {
  return {
    ...row,
    claimKeys: [...new Set(row.claims.map((c) => claimKey(c.claimId, row.readAt)))],
    sites: [...new Set(row.sources.map((s) => siteOf(s.url)).filter(Boolean))],
    words: [...new Set(splitWords(`${row.quote} ${row.speaker}`))],
  };
}

/**
 * One remark read again: the page joins its sources (once per address), the machine's claims
 * are refreshed unless the reader already confirmed or corrected them, and it counts as read now.
 */
export function mergeRead(row: ReadingRow, quote: ReadQuote, source: ReadingSource): ReadingRow {
  const others = row.sources.filter((s) => s.url !== source.url);
  const byReader = row.claims.some((c) => c.byReader);
  const claims: ReadingClaim[] = byReader ? row.claims : mergeClaims(row.claims, quote.claims);
  return withDerived({ ...row, claims, sources: [...others, source], readAt: Math.max(row.readAt, source.readAt) });
}

/** The machine's claims of a remark: those already kept, then the new ones it was given. */
function mergeClaims(kept: ReadingClaim[], read: ReadQuote['claims']): ReadingClaim[] {
  const out = [...kept];
  for (const c of read) if (!out.some((k) => k.claimId === c.claimId)) out.push(machineClaim(c));
  return out;
}

function machineClaim(c: ReadQuote['claims'][number]): ReadingClaim {
  return {
    claimId: c.claimId,
    stance: c.stance,
    ...(c.sideUnsure ? { sideUnsure: true as const } : {}),
    ...(c.stanceFrom ? { stanceFrom: c.stanceFrom } : {}),
  };
}

/** A new row for a remark read for the first time. */
export function newRead(quote: ReadQuote, source: ReadingSource): ReadingRow {
  const key = remarkKey(quote.actorId, quote.text);
  return withDerived({
    id: readingId(key),
    key,
    actorId: quote.actorId,
    speaker: quote.speaker,
    quote: quote.text,
    claims: quote.claims.map(machineClaim),
    sources: [source],
    firstReadAt: source.readAt,
    readAt: source.readAt,
  });
}

/** What `keepRead` did. */
export interface KeepResult {
  /** Remarks new to the memory. */
  added: number;
  /** Remarks already kept that gained this page (or were read on it again). */
  merged: number;
  /** Oldest remarks dropped to stay within the limit. */
  dropped: number;
}

/**
 * Remembers the quotes of one page read, in one transaction: a remark already kept gains the
 * page as a source, a new one is added; then, past `limit`, the least recently read remarks
 * are dropped and the drop is noted in `meta` for the options page.
 */
export async function keepRead(
  db: CounterpointDB,
  page: ReadPage,
  quotes: readonly ReadQuote[],
  readAt: number = Date.now(),
  limit: number = READING_LIMIT,
): Promise<KeepResult> {
  const source: ReadingSource = { ...page, url: pageAddress(page.url), readAt };
  const result: KeepResult = { added: 0, merged: 0, dropped: 0 };
  if (!quotes.length) return result;
  await db.transaction('rw', db.reading, db.meta, async () => {
    // One quote per remark: a page that repeats a remark is one source of it.
    const byKey = new Map(quotes.map((q) => [remarkKey(q.actorId, q.text), q]));
    const keys = [...byKey.keys()];
    const existing = await db.reading.where('key').anyOf(keys).toArray();
    const kept = new Map(existing.map((r) => [r.key, r]));
    const rows = keys.map((key) => {
      const quote = byKey.get(key)!;
      const row = kept.get(key);
      if (row) result.merged++;
      else result.added++;
      return row ? mergeRead(row, quote, source) : newRead(quote, source);
    });
    await db.reading.bulkPut(rows);
    const over = (await db.reading.count()) - limit;
    if (over > 0) {
      const oldest = await db.reading.orderBy('readAt').limit(over).primaryKeys();
      await db.reading.bulkDelete(oldest);
      result.dropped = oldest.length;
      const before = (await db.meta.get(READING_DROPPED_KEY))?.value as ReadingDropped | undefined;
      const note: ReadingDropped = { count: (before?.count ?? 0) + oldest.length, at: readAt };
      await db.meta.put({ key: READING_DROPPED_KEY, value: note });
    }
  });
  return result;
}
