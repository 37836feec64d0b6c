/**
 * The options page's search index: every live statement's date, speaker, origin, stances and
 * words, newest first, in columns of typed arrays, so that any search among 100,000 statements
 * (words, speaker, claim, stance, dates, origin, and any mix of them) is one pass over memory
 * with an exact total, and only the rows of the page shown are read.
 *
 * IndexedDB alone cannot do that fast enough: Chromium reads an index at 12–40 µs an entry
 * (`getAllKeys`, `count`), so a claim with 10,000 statements, or a common word, costs 150–1,000 ms
 * before a row is read (docs/performance.md). The index is derived data, stored in the
 * `snapshots` table under the statements' fingerprint like the matching index's snapshot, and
 * built again, from the rows, in slices, whenever that no longer matches.
 */
import type { StanceKind } from '../core/pack-schema';
import { corpusFingerprint, periodEnd, periodStart, type StatementQuery } from './queries';
import type { CounterpointDB, StatementRow } from './schema';

/** Key of the search index in `snapshots`. */
export const SEARCH_INDEX_KEY = 'options-search';
/** Layout version: an index of another version is rebuilt, never read. */
const FORMAT = 1;
/** Rows read per step of a build: about 100 ms of reading, so the page stays responsive. */
const BUILD_CHUNK = 2_000;
/** Stances by their position in the `kind` column. */
export const STANCES: readonly StanceKind[] = ['asserts', 'denies', 'disputes', 'qualifies'];

/** Strings stored once each, and which one each row has. */
interface Coded {
  values: string[];
  of: Uint32Array;
}

/** The live statements, newest first (date descending, then id descending), in columns. */
export interface SearchIndex {
  format: typeof FORMAT;
  ids: string[];
  dates: Coded;
  actors: Coded;
  /** 1 where the row is the user's, 0 where it is bundled. */
  user: Uint8Array;
  /** Each row's stances: `claims` positions and `STANCES` positions, grouped by row (`start`). */
  stances: { start: Uint32Array; claim: Uint32Array; kind: Uint8Array };
  claims: string[];
  /** Distinct words, sorted (a prefix is a range of them). */
  vocabulary: string[];
  /** The rows holding each word (postings), ascending, grouped by word: those of word `w` are `rows[start[w]] … rows[start[w + 1]]`. */
  postings: { start: Uint32Array; rows: Uint32Array };
}

/** What a build reads of a row. */
export type Slim = Pick<StatementRow, 'id' | 'date' | 'actorId' | 'origin' | 'stances' | 'words'>;

/** Reads every live statement in slices of `BUILD_CHUNK` rows, awaiting `pause()` between them, and makes the index. */
export async function buildSearchIndex(
  db: CounterpointDB,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<SearchIndex> {
  const rows: Slim[] = [];
  let last: string | undefined;
  for (;;) {
    const chunk = await (last === undefined ? db.statements.toCollection() : db.statements.where(':id').above(last))
      .limit(BUILD_CHUNK)
      .toArray();
    for (const r of chunk)
      if (!r.deleted)
        rows.push({ id: r.id, date: r.date, actorId: r.actorId, origin: r.origin, stances: r.stances, words: r.words ?? [] });
    if (chunk.length < BUILD_CHUNK) break;
    last = chunk[chunk.length - 1]!.id;
    await pause();
  }
  return indexOf(rows, pause);
}

/** Rows worked through between pauses while the index is made (about 10–30 ms of work). */
const SLICE_ROWS = 10_000;

/**
 * The index of some live rows, awaiting `pause()` between slices of `SLICE_ROWS` rows: at
 * 100,000 statements making it is about a second of work, which must not be one long task.
 */
export async function indexOf(rows: Slim[], pause: () => Promise<void> = () => Promise.resolve()): Promise<SearchIndex> {
  /** Runs `step` for every row, pausing between slices. */
  const eachRow = async (step: (r: Slim, i: number) => void) => {
    for (let i = 0; i < rows.length; i++) {
      step(rows[i]!, i);
      if ((i + 1) % SLICE_ROWS === 0) await pause();
    }
  };
  rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  await pause();
  const n = rows.length;
  const dates = coder();
  const actors = coder();
  const claims = coder();
  const words = new Set<string>();
  await eachRow((r) => {
    for (const w of r.words) words.add(w);
  });
  const vocabulary = [...words].sort();
  const wordId = new Map(vocabulary.map((w, i) => [w, i]));
  await pause();
  const user = new Uint8Array(n);
  const dateOf = new Uint32Array(n);
  const actorOf = new Uint32Array(n);
  const stances = { start: new Uint32Array(n + 1), claim: [] as number[], kind: [] as number[] };
  // Postings in two passes: how many rows hold each word, then the rows, in row order.
  const postingStart = new Uint32Array(vocabulary.length + 1);
  await eachRow((r) => {
    for (const w of r.words) postingStart[wordId.get(w)! + 1]!++;
  });
  for (let w = 0; w < vocabulary.length; w++) postingStart[w + 1]! += postingStart[w]!;
  const postingRows = new Uint32Array(postingStart[vocabulary.length]!);
  const fill = postingStart.slice(0, vocabulary.length);
  await eachRow((r, i) => {
    dateOf[i] = dates.id(r.date);
    actorOf[i] = actors.id(r.actorId);
    user[i] = r.origin === 'user' ? 1 : 0;
    for (const s of r.stances) {
      stances.claim.push(claims.id(s.claimId));
      stances.kind.push(STANCES.indexOf(s.stance));
    }
    stances.start[i + 1] = stances.claim.length;
    for (const w of r.words) postingRows[fill[wordId.get(w)!]!++] = i;
  });
  return {
    format: FORMAT,
    ids: rows.map((r) => r.id),
    dates: { values: dates.list, of: dateOf },
    actors: { values: actors.list, of: actorOf },
    user,
    stances: { start: stances.start, claim: Uint32Array.from(stances.claim), kind: Uint8Array.from(stances.kind) },
    claims: claims.list,
    vocabulary,
    postings: { start: postingStart, rows: postingRows },
  };
}

/** Numbers strings in the order first seen. */
function coder() {
  const ids = new Map<string, number>();
  const list: string[] = [];
  return {
    list,
    id(value: string): number {
      let id = ids.get(value);
      if (id === undefined) ids.set(value, (id = list.push(value) - 1));
      return id;
    },
  };
}

/** Whether a value read back from storage is a whole index of this layout. */
export function isSearchIndex(value: unknown): value is SearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<SearchIndex>;
  const n = Array.isArray(s.ids) ? s.ids.length : -1;
  return (
    s.format === FORMAT &&
    n >= 0 &&
    s.dates?.of instanceof Uint32Array &&
    s.dates.of.length === n &&
    s.actors?.of instanceof Uint32Array &&
    s.actors.of.length === n &&
    s.user instanceof Uint8Array &&
    s.user.length === n &&
    s.stances?.start instanceof Uint32Array &&
    s.stances.start.length === n + 1 &&
    Array.isArray(s.vocabulary) &&
    s.postings?.start instanceof Uint32Array &&
    s.postings.start.length === s.vocabulary.length + 1 &&
    s.postings.rows instanceof Uint32Array &&
    Array.isArray(s.claims)
  );
}

/** The stored index, when it was taken of the statements as they are now. */
export async function loadSearchIndex(db: CounterpointDB): Promise<{ index: SearchIndex; fingerprint: string } | undefined> {
  return db.transaction('r', db.meta, db.snapshots, async () => {
    const row = await db.snapshots.get(SEARCH_INDEX_KEY);
    const fingerprint = await corpusFingerprint(db);
    if (!row || row.fingerprint !== fingerprint || !isSearchIndex(row.value)) return undefined;
    return { index: row.value, fingerprint };
  });
}

/** Stores an index taken of the statements at `fingerprint`, unless they have changed since. */
export async function saveSearchIndex(db: CounterpointDB, index: SearchIndex, fingerprint: string): Promise<boolean> {
  return db.transaction('rw', db.meta, db.snapshots, async () => {
    if ((await corpusFingerprint(db)) !== fingerprint) return false;
    await db.snapshots.put({ key: SEARCH_INDEX_KEY, fingerprint, value: index, takenAt: Date.now() });
    return true;
  });
}

/**
 * The rows (positions, newest first) matching a search, as `searchStatements` finds them:
 * every word by prefix in the row's words or naming its speaker (`speakersByWord`: the live
 * actors each word names), speaker, claim, stance (on the claim when given), dates by overlap
 * of periods, origin.
 */
export function searchIndex(
  index: SearchIndex,
  q: Omit<StatementQuery, 'offset' | 'limit' | 'text'>,
  wordsAndSpeakers: [string, string[]][],
): number[] {
  const n = index.ids.length;
  const actorCode = (id: string) => index.actors.values.indexOf(id);
  const wantActor = q.actorId === undefined ? -1 : actorCode(q.actorId);
  if (q.actorId !== undefined && wantActor < 0) return [];
  const wantClaim = q.claimId === undefined ? -1 : index.claims.indexOf(q.claimId);
  if (q.claimId !== undefined && wantClaim < 0) return [];
  const wantKind = q.stance === undefined ? -1 : STANCES.indexOf(q.stance);
  const from = q.from ? periodStart(q.from) : undefined;
  const to = q.to ? periodEnd(q.to) : undefined;
  // Per date code, whether the date's period overlaps the range (a few hundred dates, not 100,000).
  const dateOk = index.dates.values.map(
    (d) => (from === undefined || periodEnd(d) >= from) && (to === undefined || periodStart(d) <= to),
  );
  // Per word: the rows holding a word it is a prefix of (from the postings), and the speakers it names.
  const { start: pStart, rows: pRows } = index.postings;
  const wordTests = wordsAndSpeakers.map(([word, speakers]) => {
    const hit = new Uint8Array(n);
    for (let w = lowerBound(index.vocabulary, word); w < index.vocabulary.length && index.vocabulary[w]!.startsWith(word); w++)
      for (let j = pStart[w]!; j < pStart[w + 1]!; j++) hit[pRows[j]!] = 1;
    const speakerHit = new Uint8Array(index.actors.values.length);
    for (const s of speakers) {
      const code = actorCode(s);
      if (code >= 0) speakerHit[code] = 1;
    }
    return { hit, speakerHit };
  });
  const out: number[] = [];
  const { of: dateOf } = index.dates;
  const { of: actorOf } = index.actors;
  const { start: sStart, claim: sClaim, kind: sKind } = index.stances;
  rows: for (let row = 0; row < n; row++) {
    if (wantActor >= 0 && actorOf[row] !== wantActor) continue;
    if (q.origin !== undefined && index.user[row] !== (q.origin === 'user' ? 1 : 0)) continue;
    if (!dateOk[dateOf[row]!]) continue;
    if (wantClaim >= 0 || wantKind >= 0) {
      let found = false;
      for (let j = sStart[row]!; j < sStart[row + 1]! && !found; j++)
        found = (wantClaim < 0 || sClaim[j] === wantClaim) && (wantKind < 0 || sKind[j] === wantKind);
      if (!found) continue;
    }
    for (const { hit, speakerHit } of wordTests) if (!hit[row] && !speakerHit[actorOf[row]!]) continue rows;
    out.push(row);
  }
  return out;
}

/** First position in a sorted list whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every row's stances that `keep` accepts (by row and claim), newest first: a timeline's marks (`timeline.ts`). */
export function stancesOf(
  index: SearchIndex,
  keep: (actorId: string, claimId: string) => boolean,
): { id: string; date: string; actorId: string; claimId: string; stance: StanceKind }[] {
  const out: { id: string; date: string; actorId: string; claimId: string; stance: StanceKind }[] = [];
  const { start, claim, kind } = index.stances;
  for (let row = 0; row < index.ids.length; row++) {
    const actorId = index.actors.values[index.actors.of[row]!]!;
    for (let j = start[row]!; j < start[row + 1]!; j++) {
      const claimId = index.claims[claim[j]!]!;
      if (keep(actorId, claimId))
        out.push({
          id: index.ids[row]!,
          date: index.dates.values[index.dates.of[row]!]!,
          actorId,
          claimId,
          stance: STANCES[kind[j]!]!,
        });
    }
  }
  return out;
}
