/**
 * The Counterpoint database: the one typed Dexie schema.
 *
 * Versions are only ever appended. A version that changes data carries an `upgrade()`, and
 * `test/db/upgrade.test.ts` opens a database written by the previous version with data in it.
 *
 * - **Version 1**: `actors`, `claims`, `statements`, `meta`, `packs`. Statements indexed by
 *   `actorId`, `date`, `origin`, `packId`; actors by `name` and the folded `*aliasKeys`; claims by
 *   `*tags`.
 * - **Version 2**: statements gain the derived field `claimIds` (the distinct claim ids of their
 *   stances) and a multiEntry index on it, so "every statement on claim X" is an index lookup
 *   instead of a scan. The upgrade computes `claimIds` for every stored statement.
 *
 * - **Version 3**: the options page's search keys, so that it finds statements among 100,000
 *   through indexes, already in date order, instead of reading rows: `words` (folded words of the
 *   quote or summary, role and keywords; multiEntry), `claimDates` (`<claimId>|<date>`) and
 *   `stanceKeys` (`<stance>|<date>`, `<stance>:<claimId>|<date>`), both multiEntry, and a
 *   compound `[actorId+date]` index. The upgrade computes them for every stored statement.
 *
 * - **Version 4**: a new table `snapshots` for the matching index's snapshot (`snapshot.ts`), and
 *   statements indexed by `changedAt`, then how the snapshot's currency was told.
 *
 * - **Version 5**: the `changedAt` index goes again. Whether the snapshot still matches the
 *   statements is now told by a stamp in `meta` that every write to `statements` renews
 *   (`stamp.ts`), and by the database version: an upgrade that rewrites statements outdates it.
 *   No data changes.
 *
 * - **Version 6**: statements carry the pack field `remark` (format 2), indexed, so that the
 *   reports of one remark are one lookup. The upgrade moves each statement's format 1
 *   `same-remark:<id>` keyword into `remark`, user edits and tombstones included, nothing else
 *   about them changing, and recomputes `words` (which hold the remark's words either way).
 *
 * - **Version 7**: a new table `reading` for the reader's reading memory (`reading-keep.ts`): the
 *   direct quotes of the on-topic articles read, one row per remark, with every page it was read
 *   on. Kept apart from the corpus tables, so the engine, the snapshot's stamp and pack exports
 *   never see it. No existing data changes.
 *
 * Booleans (`edited`, `deleted`) cannot be IndexedDB keys, so they are filtered in code, never
 * indexed.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Actor, Claim, Pack, Stance, Statement } from '../core/pack-schema';
import { liftRemark } from '../core/pack-remark';
import { CLAIM_MARKS_AT_KEY, rebuildClaimMarks } from './claim-marks';
import { stampStatementWrites } from './stamp';

/** Where a record came from: the pack shipped with the extension, or the user (edits, imports). */
export type Origin = 'bundled' | 'user';

/** Bookkeeping every stored actor, claim and statement carries beside its pack fields. */
export interface RecordState {
  /** Where the record came from. */
  origin: Origin;
  /** Pack the record belongs to (`USER_PACK_ID` for records the user created by hand). */
  packId: string;
  /** Bundled record the user changed: bundled updates leave it alone. Always false for user records. */
  edited: boolean;
  /** Tombstone of a bundled record the user deleted: kept so that an update never resurrects it. */
  deleted: boolean;
  /** When the record was last written (ms since the epoch). */
  changedAt: number;
}

/** A stored actor. */
export type ActorRow = Actor &
  RecordState & {
    /** Name and aliases folded (`foldKey`): the index that alias lookup uses. */
    aliasKeys: string[];
  };

/** A stored claim. */
export type ClaimRow = Claim & RecordState;

/** A stored statement. */
export type StatementRow = Statement &
  RecordState & {
    /** Distinct `stances[].claimId` (version 2): multiEntry index for per-claim lookups. */
    claimIds: string[];
    /** Distinct folded words of the quote or summary, role, remark and keywords (version 3): word search. */
    words: string[];
    /** `<claimId>|<date>` of every claim (version 3): a claim's statements in date order. */
    claimDates: string[];
    /** `<stance>|<date>` and `<stance>:<claimId>|<date>` (version 3): stance filters in date order. */
    stanceKeys: string[];
  };

/** A key/value setting or bookkeeping entry (bundled pack hash, pack headers). */
export interface MetaRow {
  /** Key, e.g. `bundled-hash:pak-afghan-security` or `pack-header:pak-afghan-security`. */
  key: string;
  /** Any structured-clonable value. */
  value: unknown;
}

/** A pack the database holds records of. */
export interface PackRow {
  /** Pack id. */
  id: string;
  /** Version of the pack as last installed or imported. */
  version: string;
  /** Human title. */
  title: string;
  /** How it arrived: shipped with the extension, or imported by the user. */
  source: 'bundled' | 'import';
  /** Records the pack file held when installed. */
  counts: { actors: number; claims: number; statements: number };
  /** When it was installed or last updated (ms since the epoch). */
  installedAt: number;
}

/** A pack without its records: stored in `meta` so that an export can reproduce the header and topic. */
export type PackHeader = Omit<Pack, 'actors' | 'claims' | 'statements'>;

/** The tables that hold corpus records. */
export type RecordTable = 'actors' | 'claims' | 'statements';
/** The corpus tables, in dependency order (statements refer to actors and claims). */
export const RECORD_TABLES: readonly RecordTable[] = ['actors', 'claims', 'statements'];

/** `packId` of records the user created by hand. */
export const USER_PACK_ID = 'user';
/** Name of the database the extension uses. */
export const DEFAULT_DB_NAME = 'counterpoint';

/** Version 1 stores. Frozen: a change goes into a new version below, never here. */
export const STORES_V1 = {
  actors: 'id, name, *aliasKeys, origin, packId',
  claims: 'id, *tags, origin, packId',
  statements: 'id, actorId, date, origin, packId',
  meta: 'key',
  packs: 'id',
} as const;

/** Version 2: statements indexed by the claims their stances name. */
export const STORES_V2 = {
  statements: 'id, actorId, date, origin, packId, *claimIds',
} as const;

/** Version 3: statements indexed by their words and their stances. */
export const STORES_V3 = {
  statements: 'id, actorId, date, origin, packId, *claimIds, *words, *claimDates, *stanceKeys, [actorId+date]',
} as const;

/** Version 4: statements by when they were last written; the matching index's snapshot. */
export const STORES_V4 = {
  statements: 'id, actorId, date, origin, packId, *claimIds, *words, *claimDates, *stanceKeys, [actorId+date], changedAt',
  snapshots: 'key',
} as const;

/** Version 5: no index on `changedAt`, which nothing reads any more (the snapshot goes by `stamp.ts`). */
export const STORES_V5 = {
  statements: STORES_V3.statements,
} as const;

/** Version 6: statements indexed by the remark they report. */
export const STORES_V6 = {
  statements: `${STORES_V3.statements}, remark`,
} as const;

/**
 * Version 7: the reading memory, keyed by remark id; indexed by the remark's key (speaker and
 * folded words, and the occasion for the same words said again; unique), when it was last read,
 * `<claimId>|<readAt>` (a claim's remarks, newest last), the sites it was read on, and its
 * folded words (search).
 */
export const STORES_V7 = {
  reading: 'id, &key, readAt, *claimKeys, *sites, *words',
} as const;

/** One page a remembered remark was read on. */
export interface ReadingSource {
  /** The page's address, without its fragment. */
  url: string;
  /** The page's title when it was read. */
  title: string;
  /** The outlet the page names in its metadata (`og:site_name`), if any. */
  outlet?: string;
  /** The page's own date (YYYY-MM-DD) from its metadata, if any. */
  date?: string;
  /** When the reader read it (ms since the epoch). */
  readAt: number;
  /** This page's words, verbatim, where they differ from the row's `quote` (punctuation, case, quote marks). */
  quote?: string;
}

/** A claim and stance on a remembered remark: the engine's (machine-assigned) or the reader's. */
export interface ReadingClaim {
  claimId: string;
  stance: Stance['stance'];
  /** The engine was unsure of the side. */
  sideUnsure?: true;
  /** What the engine read the stance from (see `StanceSource`). */
  stanceFrom?: string;
  /** The reader confirmed or corrected it: no longer machine-assigned. */
  byReader?: true;
}

/** A remark the reader read: one speaker's words, verbatim, with every page it was read on. */
export interface ReadingRow {
  /** `r-` and a hash of `key`. */
  id: string;
  /**
   * Speaker id and the remark's folded words (`remarkKey`): the same remark on several sites is one
   * row. The same words said on another occasion are another row, keyed `<remarkKey>#<occasion>`.
   */
  key: string;
  /** The speaker's pack actor id. */
  actorId: string;
  /** The speaker's name as the engine gave it. */
  speaker: string;
  /** The words, verbatim as the first page read gave them. */
  quote: string;
  /** The claims and stances, machine-assigned unless `byReader`. */
  claims: ReadingClaim[];
  /** Pages it was read on, oldest first. */
  sources: ReadingSource[];
  /** First and last time it was read (ms since the epoch). */
  firstReadAt: number;
  readAt: number;
  /** Set once the reader confirmed it: the id of the user statement made of it. */
  statementId?: string;
  /** Derived: `<claimId>|<readAt, 13 digits>` per claim, so a claim's remarks come newest first from the index. */
  claimKeys: string[];
  /** Derived: the hostnames of `sources`. */
  sites: string[];
  /** Derived: folded words of the quote and the speaker's name, for search. */
  words: string[];
}

/** A stored snapshot of the matching index, and the corpus it was taken of. */
export interface SnapshotRow {
  /** Which snapshot (`INDEX_SNAPSHOT_KEY`). */
  key: string;
  /** `corpusFingerprint` of the statements when it was taken. */
  fingerprint: string;
  /** The snapshot (`IndexSnapshot`), checked with `isSnapshot` before use. */
  value: unknown;
  /** When it was taken (ms since the epoch). */
  takenAt: number;
}

/** The Counterpoint IndexedDB database. */
export class CounterpointDB extends Dexie {
  /** Actors, keyed by id. */
  actors!: EntityTable<ActorRow, 'id'>;
  /** Claims, keyed by id. */
  claims!: EntityTable<ClaimRow, 'id'>;
  /** Statements, keyed by id. */
  statements!: EntityTable<StatementRow, 'id'>;
  /** Key/value bookkeeping. */
  meta!: EntityTable<MetaRow, 'key'>;
  /** Installed and imported packs. */
  packs!: EntityTable<PackRow, 'id'>;
  /** The matching index's snapshot: derived data, rebuilt whenever it is missing or stale. */
  snapshots!: EntityTable<SnapshotRow, 'key'>;
  /** The reader's reading memory (version 7): remarks read, apart from the corpus. */
  reading!: EntityTable<ReadingRow, 'id'>;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(addClaimIds);
    this.version(3).stores(STORES_V3).upgrade(addSearchKeys);
    this.version(4).stores(STORES_V4);
    this.version(5).stores(STORES_V5);
    this.version(6).stores(STORES_V6).upgrade(liftRemarkKeywords);
    this.version(7).stores(STORES_V7);
    this.version(8).stores({}).upgrade(addClaimMarks);
    // A new database has no statements and no stamp yet: its claims' marks are current, and empty.
    this.on('populate', (tx) => tx.table<MetaRow, string>('meta').put({ key: CLAIM_MARKS_AT_KEY, value: null }));
    this.use(stampStatementWrites);
  }
}

/** Version 2 upgrade: derive `claimIds` from the stances of every statement. */
async function addClaimIds(tx: Transaction): Promise<void> {
  await tx
    .table<StatementRow, string>('statements')
    .toCollection()
    .modify((row) => {
      row.claimIds = claimIdsOf(row.stances ?? []);
    });
}

/** Version 3 upgrade: derive `words` and `stanceKeys` of every statement. */
async function addSearchKeys(tx: Transaction): Promise<void> {
  await tx
    .table<StatementRow, string>('statements')
    .toCollection()
    .modify((row) => {
      row.words = wordsOf(row);
      row.claimDates = claimDatesOf(row.stances ?? [], row.date);
      row.stanceKeys = stanceKeysOf(row.stances ?? [], row.date);
    });
}

/** Version 8 upgrade: every claim's marks kept in `meta` (`claim-marks.ts`), made from the rows. */
async function addClaimMarks(tx: Transaction): Promise<void> {
  await rebuildClaimMarks(tx);
}

/** Version 6 upgrade: a format 1 `same-remark:` keyword becomes the statement's `remark`. */
async function liftRemarkKeywords(tx: Transaction): Promise<void> {
  await tx
    .table<StatementRow, string>('statements')
    .filter((row) => liftRemark(row) !== row)
    .modify((row) => {
      const lifted = liftRemark(row);
      row.remark = lifted.remark;
      if (lifted.keywords) row.keywords = lifted.keywords;
      else delete row.keywords;
      row.words = wordsOf(row);
    });
}

/** Shortest word worth indexing: one-letter words find everything. */
const MIN_WORD = 2;

/** Distinct folded words of a statement's text, role, remark and keywords, for the `words` index. */
export function wordsOf(s: Pick<Statement, 'quote' | 'summary' | 'speakerRole' | 'remark' | 'keywords'>): string[] {
  const text = [s.quote, s.summary, s.speakerRole, s.remark, ...(s.keywords ?? [])].filter(Boolean).join(' ');
  return [...new Set(splitWords(text))];
}

/** Folded words of a text: accents off, lower case, split on anything that is not a letter or digit. */
export function splitWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= MIN_WORD);
}

/** `<claimId>|<date>` of every claim of a statement, for the `claimDates` index. */
export function claimDatesOf(stances: readonly Stance[], date: string): string[] {
  return claimIdsOf(stances).map((id) => `${id}|${date}`);
}

/** `<stance>|<date>` and `<stance>:<claimId>|<date>` of every stance, for the `stanceKeys` index. */
export function stanceKeysOf(stances: readonly Stance[], date: string): string[] {
  return [...new Set(stances.flatMap((s) => [`${s.stance}|${date}`, `${s.stance}:${s.claimId}|${date}`]))];
}

/** Distinct claim ids of a statement's stances, in order. */
export function claimIdsOf(stances: readonly Stance[]): string[] {
  return [...new Set(stances.map((s) => s.claimId))];
}

/** Opens (creating or upgrading as needed) the database. Tests pass a fresh name each. */
export async function openDb(name: string = DEFAULT_DB_NAME): Promise<CounterpointDB> {
  const db = new CounterpointDB(name);
  await db.open();
  return db;
}
