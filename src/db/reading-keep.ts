/**
 * The reading memory's writes: what a page read adds (one row per remark, several pages per
 * row), and the limit that drops the oldest remarks first.
 *
 * A remark is one speaker's words said once: two pages quoting the same speaker with the same
 * words (case, accents, quote marks, punctuation, spacing, abbreviation dots and digit-group
 * separators aside) and dated within `REMARK_DAYS` of each other are one remark with two sources.
 * Each page's words are kept verbatim: the row's `quote` is the first read, and a source whose
 * page printed them otherwise keeps its own (`ReadingSource.quote`). The same words said again
 * weeks later (a spokesman's stock phrase) are another remark, another row.
 */
import type { StanceKind } from '../core/pack-schema';
import { hashText } from './rows';
import { splitWords, type CounterpointDB, type ReadingClaim, type ReadingRow, type ReadingSource } from './schema';

/** Most remarks kept: past it, the least recently read go first. */
export const READING_LIMIT = 50_000;

/** `meta` key of the last time the limit dropped remarks: `{ count, at }`. */
export const READING_DROPPED_KEY = 'reading-dropped';

/**
 * `meta` key of how many remarks are kept, so that a keep need not count the table (0.25–1.8 s at
 * 50,000 remarks in Chromium). Every writer of the `reading` table keeps it right
 * (`readingRemoved`); where it is missing (a memory kept before it), the next keep counts once.
 */
export const READING_COUNT_KEY = 'reading-count';

/** Takes `removed` remarks (or all of them) off the stored count; call it in the write's transaction. */
export async function readingRemoved(db: CounterpointDB, removed: number | 'all'): Promise<void> {
  const stored = (await db.meta.get(READING_COUNT_KEY))?.value;
  if (removed === 'all') await db.meta.put({ key: READING_COUNT_KEY, value: 0 });
  else if (typeof stored === 'number' && removed > 0) await db.meta.put({ key: READING_COUNT_KEY, value: Math.max(0, stored - removed) });
}

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

/** Most days apart two pages' dates may be and still report one remark: outlets print a remark within days of it. */
export const REMARK_DAYS = 7;

const DAY_MS = 86_400_000;

/** Accents off: the first step of every fold. */
function unaccented(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

function words(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** Marks an abbreviation's letters as one: a letter no text uses, so "U.S." and "US" never fold to the pronoun "us". */
const ABBREVIATION = '\u01c2';
/** "U.S.", "a.m.": letters each followed by a dot. */
const DOTTED = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}(?![\p{L}\p{N}])/gu;
/**
 * "US", "TTP": an acronym, two or three capitals (in a remark not printed in capitals throughout).
 * Longer words in capitals are emphasis ("they HIDE there") and fold with their case.
 */
const CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}{2,3}(?![\p{L}\p{N}])/gu;
/** "1,000", "1.000", "1 000" (a no-break or thin space): a separator between digit groups. */
const DIGIT_GROUP = /(?<=\p{N})[,.\u00a0\u2009\u202f'’](?=\p{N}{3}(?!\p{N}))/gu;

/**
 * The folded words of a remark, for its key: case, accents, quote marks, punctuation and spacing
 * do not count, nor do the dots of an abbreviation ("U.S." is "US", never "us") or the separators
 * of digit groups ("1,000" is "1000"), which outlets print differently. Every word still counts:
 * two remarks that differ by a word are two remarks.
 */
export function foldRemark(text: string): string {
  // Digit groups first: NFKD reads a no-break space as a plain one, which separates numbers.
  const plain = unaccented(text.replace(DIGIT_GROUP, ''));
  const mark = (m: string) => `${m.replace(/\./g, '')}${ABBREVIATION}`;
  let folded = plain.replace(DOTTED, mark);
  if (/\p{Ll}/u.test(plain)) folded = folded.replace(CAPITALS, mark);
  return words(folded);
}

/** The key of a remark: its speaker and its folded words. */
export function remarkKey(actorId: string, text: string): string {
  return `${actorId}|${foldRemark(text)}`;
}

/** The key a remark had before abbreviation dots and digit groups were folded: rows kept then carry it. */
function earlierKey(actorId: string, text: string): string {
  return `${actorId}|${words(unaccented(text))}`;
}

/**
 * A row's key is the remark's key, or for the same words said again on another occasion the key,
 * `#` and that occasion; `#` never occurs in a key otherwise (ids and folded words have none).
 */
export function baseKey(rowKey: string): string {
  const at = rowKey.indexOf('#');
  return at < 0 ? rowKey : rowKey.slice(0, at);
}

/** A page's own date, as ms since the epoch (UTC midnight), or undefined. */
function dayOf(date: string | undefined): number | undefined {
  const ms = date ? Date.parse(`${date}T00:00:00Z`) : NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Whether two pages can report one remark: both dated within `REMARK_DAYS` of each other; one
 * dated no later than `REMARK_DAYS` after the other was read (a remark is printed before it is read);
 * or neither dated (nothing tells them apart).
 */
export function sameOccasion(a: ReadingSource, b: ReadingSource): boolean {
  const [da, db] = [dayOf(a.date), dayOf(b.date)];
  const window = REMARK_DAYS * DAY_MS;
  if (da !== undefined && db !== undefined) return Math.abs(da - db) <= window;
  if (da !== undefined) return da <= b.readAt + window;
  if (db !== undefined) return db <= a.readAt + window;
  return true;
}

/** Whether a page read can be one more report of a row's remark: it fits the occasion of every other page. */
function fits(row: ReadingRow, source: ReadingSource): boolean {
  return row.sources.every((s) => s.url === source.url || sameOccasion(s, source));
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
 * A row left with `sources` (some forgotten): where no page left printed the row's own words,
 * the words of the first page left become the row's, so its text is always a page's verbatim.
 */
export function withSources(row: ReadingRow, sources: ReadingSource[]): ReadingRow {
  const own = sources.some((s) => s.quote === undefined);
  const quote = own ? row.quote : (sources[0]?.quote ?? row.quote);
  const rebased = own ? sources : sources.map(({ quote: words, ...s }) => (words === quote ? s : { ...s, quote: words }));
  const times = rebased.map((s) => s.readAt);
  return withDerived({ ...row, quote, sources: rebased, readAt: Math.max(...times), firstReadAt: Math.min(...times) });
}

/**
 * One remark read again: the page joins its sources (once per address), the machine's claims
 * are refreshed unless the reader already confirmed or corrected them, and it counts as read now.
 */
export function mergeRead(row: ReadingRow, quote: ReadQuote, source: ReadingSource): ReadingRow {
  const others = row.sources.filter((s) => s.url !== source.url);
  const byReader = row.claims.some((c) => c.byReader);
  const claims: ReadingClaim[] = byReader ? row.claims : mergeClaims(row.claims, quote.claims);
  // This page's words, verbatim, where they are not the row's to the letter.
  const read = quote.text === row.quote ? source : { ...source, quote: quote.text };
  return withDerived({ ...row, claims, sources: [...others, read], readAt: Math.max(row.readAt, source.readAt) });
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

/** A new row for a remark read for the first time (`key`: `remarkKey`, or that and `#<occasion>`). */
export function newRead(quote: ReadQuote, source: ReadingSource, key = remarkKey(quote.actorId, quote.text)): ReadingRow {
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

/** The rows of a remark key: its occasions (`key#…`) and a row kept under the earlier fold's key. */
async function rowsOfKey(db: CounterpointDB, key: string, earlier: string): Promise<ReadingRow[]> {
  const [current, before] = await Promise.all([
    // Keys that start with `key` and a space (a longer remark) sort in this range too, and are filtered out.
    db.reading.where('key').between(key, `${key}#\uffff`, true, true).filter((r) => baseKey(r.key) === key).toArray(),
    earlier === key ? [] : db.reading.where('key').equals(earlier).toArray(),
  ]);
  return [...current, ...before];
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
    const rows: ReadingRow[] = [];
    for (const [key, quote] of byKey) {
      const kept = await rowsOfKey(db, key, earlierKey(quote.actorId, quote.text));
      // The remark's row whose pages fit this one's date, the most recently read first.
      const row = kept.filter((r) => fits(r, source)).sort((a, b) => b.readAt - a.readAt)[0];
      const taken = new Set(kept.map((r) => r.key));
      if (row) {
        result.merged++;
        // A row kept under the earlier fold takes the remark's key now, where no other row holds it.
        const rekeyed = baseKey(row.key) === key || taken.has(key) ? row : { ...row, key };
        rows.push(mergeRead(rekeyed, quote, source));
      } else {
        result.added++;
        // The same words on another occasion: a row of their own, keyed apart.
        let own = key;
        for (let n = 0; taken.has(own); n++) own = `${key}#${source.date ?? 'undated'}${n ? `-${n}` : ''}`;
        rows.push(newRead(quote, source, own));
      }
    }
    await db.reading.bulkPut(rows);
    // Only new remarks can pass the limit; the count is kept in `meta`, counting the table costs
    // about 0.25 s at 50,000 remarks in Chromium.
    if (!result.added) return;
    const stored = (await db.meta.get(READING_COUNT_KEY))?.value;
    let count = typeof stored === 'number' ? stored + result.added : await db.reading.count();
    const over = count - limit;
    if (over > 0) {
      const oldest = await db.reading.orderBy('readAt').limit(over).primaryKeys();
      await db.reading.bulkDelete(oldest);
      count -= oldest.length;
      result.dropped = oldest.length;
      const before = (await db.meta.get(READING_DROPPED_KEY))?.value as ReadingDropped | undefined;
      const note: ReadingDropped = { count: (before?.count ?? 0) + oldest.length, at: readAt };
      await db.meta.put({ key: READING_DROPPED_KEY, value: note });
    }
    await db.meta.put({ key: READING_COUNT_KEY, value: count });
  });
  return result;
}
