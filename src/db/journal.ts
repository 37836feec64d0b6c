/**
 * Which statements changed since a stamp: the derived indexes (the matching snapshot, the options
 * page's search index) are stored under the statements' fingerprint, and one edit made them all
 * stale, so the claim page fell back to reading the claim's rows (10,000 of them at 100,000
 * statements, about 600 ms). Every write to `statements` now also records, in `meta` and in the
 * same transaction as its stamp (`stamp.ts`), the ids it wrote: an index taken a few edits ago is
 * brought up to date by reading those few rows again, not every row.
 *
 * The journal keeps the latest writes up to `JOURNAL_MAX_IDS` ids in all. A bigger write (an
 * import, a reset, a range delete) leaves a journal that starts at it, so an index taken before
 * it is rebuilt as before; so does a write that renews the stamp outside Dexie (the benchmark's
 * bulk fill), since the journal's last stamp is then not the current one.
 */

/** Key of the journal in `meta`. */
export const JOURNAL_KEY = 'statements-journal';
/** Ids kept in all: reading this many rows again costs tens of milliseconds, not hundreds. */
export const JOURNAL_MAX_IDS = 1_000;

/** One write to `statements`: the stamp it left, and the ids it added, changed or deleted. */
export interface JournalEntry {
  stamp: string;
  ids: string[];
}

/** The latest writes, oldest first; the last one's stamp is the current stamp when the journal is whole. */
export interface Journal {
  entries: JournalEntry[];
}

/** Whether a value read from `meta` is a journal. */
export function isJournal(value: unknown): value is Journal {
  const entries = (value as Partial<Journal> | undefined)?.entries;
  return Array.isArray(entries) && entries.every((e) => typeof e?.stamp === 'string' && Array.isArray(e.ids));
}

/**
 * The journal after a write that left `stamp`: `ids` appended (undefined, for a write whose keys
 * are not known, such as a range delete, starts the journal afresh), the oldest entries dropped
 * past `JOURNAL_MAX_IDS`.
 */
export function journalAfter(before: unknown, stamp: string, ids: readonly string[] | undefined): Journal {
  if (ids === undefined || ids.length > JOURNAL_MAX_IDS) return { entries: [{ stamp, ids: [] }] };
  const entries = [...(isJournal(before) ? before.entries : []), { stamp, ids: [...ids] }];
  let total = entries.reduce((n, e) => n + e.ids.length, 0);
  while (total > JOURNAL_MAX_IDS) total -= entries.shift()!.ids.length;
  return { entries };
}

/**
 * The ids of the statements written since the state `fingerprint` names, up to the state `now`
 * names (both `corpusFingerprint` values: `v<db version>|<stamp>`): empty when they are the same,
 * undefined when the journal cannot tell (another database version, a stamp it no longer holds,
 * or a stamp renewed outside it).
 */
export function changedSince(journal: unknown, fingerprint: string, now: string): string[] | undefined {
  if (fingerprint === now) return [];
  const [version, stamp] = splitFingerprint(fingerprint);
  const [nowVersion, nowStamp] = splitFingerprint(now);
  if (version !== nowVersion || !isJournal(journal)) return undefined;
  const { entries } = journal;
  if (entries.at(-1)?.stamp !== nowStamp) return undefined;
  const from = entries.findIndex((e) => e.stamp === stamp);
  if (from < 0) return undefined;
  return [...new Set(entries.slice(from + 1).flatMap((e) => e.ids))];
}

/** `v7|stamp` → `['v7', 'stamp']`. */
function splitFingerprint(fingerprint: string): [string, string] {
  const bar = fingerprint.indexOf('|');
  return [fingerprint.slice(0, bar), fingerprint.slice(bar + 1)];
}
