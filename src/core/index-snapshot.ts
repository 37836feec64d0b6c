/**
 * The matching index as a snapshot: what `ClaimIndex` reads of the statements, in columns of
 * strings and typed arrays that IndexedDB stores and structured-clones quickly. A service worker
 * started fresh restores its index from one snapshot record instead of reading and tokenising
 * every statement, makes no object per statement, and reads the text of only the statements it
 * shows.
 *
 * Rows are the statements newest first, as `StatementSource` numbers them, so a restored index
 * makes exactly the choices of the index built from the statements (`test/core/index-snapshot.test.ts`).
 */
import type { Stance, StanceKind } from './pack-schema';
import { addToTally, openingOf, type StatementRef, type StatementSource, type Tally } from './claim-index';
import { push } from './phrase-matcher';

/** Version of the snapshot layout: a snapshot of another version is rebuilt, never read. */
const SNAPSHOT_FORMAT = 2;

const STANCES: readonly StanceKind[] = ['asserts', 'denies', 'disputes', 'qualifies'];

/** A list of strings stored once each, and which one each row has. */
interface Coded {
  values: string[];
  of: Uint32Array;
}

/** Rows with a value, and the value of each: for columns most rows leave empty. */
interface Sparse {
  rows: Uint32Array;
  values: string[];
}

/** Rows grouped by a key, in row order: the rows of key `k` are `rows[start[k] … start[k + 1]]`. */
interface Grouped {
  start: Uint32Array;
  rows: Uint32Array;
  /** Per grouped row, the position of a `StanceKind` (`STANCES`), where the group says one. */
  kinds: Uint8Array;
}

/** The statements as the index needs them, in columns; row `i` is the i-th newest statement. */
export interface IndexSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  ids: string[];
  dates: Coded;
  actors: Coded;
  /** Rows whose remark key is not their own id. */
  remarks: Sparse;
  /** Rows holding a quote, with the quote normalised (`normalised`). */
  quotes: Sparse;
  /** Distinct claim ids. */
  claims: string[];
  /** Each row's stances: claims (positions in `claims`) grouped by row. */
  stances: Grouped;
  /** Each claim's stances: rows grouped by claim (position in `claims`), newest first. */
  claimRows: Grouped;
  /** Distinct words; the words of each row, grouped by row. */
  vocabulary: string[];
  words: { start: Uint32Array; ids: Uint16Array | Uint32Array };
  /** Stance tallies: parallel columns, one entry per actor, claim and stance. */
  tallies: { actor: Uint32Array; claim: Uint32Array; kind: Uint8Array; count: Uint32Array; first: Uint32Array };
  /** Each keyword, first seen first, with the claims of the statements that carry it. */
  keywordClaims: [string, string[]][];
}

/** Rows a snapshot works through between pauses (`takeSnapshotInSlices`): about 20 ms of work. */
export const SNAPSHOT_SLICE_ROWS = 2_000;

/** Takes a snapshot of a statement source: every row's words are worked out now. */
export function takeSnapshot(source: StatementSource): IndexSnapshot {
  const steps = snapshotSteps(source, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Takes the same snapshot as `takeSnapshot`, awaiting `pause()` after every `sliceRows` rows, so
 * that a worker taking one at 100,000 statements (about a second of work) keeps answering pages
 * in between. The source must not change meanwhile (an engine's does not).
 */
export async function takeSnapshotInSlices(
  source: StatementSource,
  pause: () => Promise<void>,
  sliceRows = SNAPSHOT_SLICE_ROWS,
): Promise<IndexSnapshot> {
  const steps = snapshotSteps(source, sliceRows);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The work of a snapshot, yielding after every `sliceRows` rows. */
function* snapshotSteps(source: StatementSource, sliceRows: number): Generator<void, IndexSnapshot> {
  const n = source.size;
  const dates = new Dictionary();
  const actors = new Dictionary();
  const claims = new Dictionary();
  const vocabulary = new Dictionary();
  const dateOf = new Uint32Array(n);
  const actorOf = new Uint32Array(n);
  const ids: string[] = [];
  const remarks = { rows: [] as number[], values: [] as string[] };
  const stances = { start: new Uint32Array(n + 1), rows: [] as number[], kinds: [] as number[] };
  const words = { start: new Uint32Array(n + 1), ids: [] as number[] };
  const quotes = { rows: [] as number[], values: [] as string[] };
  for (let row = 0; row < n; row++) {
    const ref = source.ref(row);
    ids.push(ref.id);
    dateOf[row] = dates.id(ref.date);
    actorOf[row] = actors.id(ref.actorId);
    const remark = source.remark(row);
    if (remark !== ref.id) {
      remarks.rows.push(row);
      remarks.values.push(remark);
    }
    const quote = source.quote(row);
    if (quote !== undefined) {
      quotes.rows.push(row);
      quotes.values.push(quote);
    }
    for (const st of source.stances(row)) {
      stances.rows.push(claims.id(st.claimId));
      stances.kinds.push(STANCES.indexOf(st.stance));
    }
    stances.start[row + 1] = stances.rows.length;
    for (const w of source.words(row)) words.ids.push(vocabulary.id(w));
    words.start[row + 1] = words.ids.length;
    if ((row + 1) % sliceRows === 0) yield;
  }
  const claimRows = { start: new Uint32Array(claims.list.length + 1), rows: [] as number[], kinds: [] as number[] };
  claims.list.forEach((claimId, c) => {
    for (const { row, stance } of source.claimStances(claimId)) {
      claimRows.rows.push(row);
      claimRows.kinds.push(STANCES.indexOf(stance));
    }
    claimRows.start[c + 1] = claimRows.rows.length;
  });
  const tallies = {
    actor: [] as number[],
    claim: [] as number[],
    kind: [] as number[],
    count: [] as number[],
    first: [] as number[],
  };
  for (const [actorId, perClaim] of source.tallies)
    for (const [claimId, tally] of perClaim)
      for (const t of tally) {
        tallies.actor.push(actors.id(actorId));
        tallies.claim.push(claims.id(claimId));
        tallies.kind.push(STANCES.indexOf(t.stance));
        tallies.count.push(t.count);
        tallies.first.push(t.first);
      }
  return {
    format: SNAPSHOT_FORMAT,
    ids,
    dates: { values: dates.list, of: dateOf },
    actors: { values: actors.list, of: actorOf },
    remarks: { rows: Uint32Array.from(remarks.rows), values: remarks.values },
    quotes: { rows: Uint32Array.from(quotes.rows), values: quotes.values },
    claims: claims.list,
    stances: { start: stances.start, rows: Uint32Array.from(stances.rows), kinds: Uint8Array.from(stances.kinds) },
    claimRows: { start: claimRows.start, rows: Uint32Array.from(claimRows.rows), kinds: Uint8Array.from(claimRows.kinds) },
    vocabulary: vocabulary.list,
    words: {
      start: words.start,
      ids: vocabulary.list.length <= 0x10000 ? Uint16Array.from(words.ids) : Uint32Array.from(words.ids),
    },
    tallies: {
      actor: Uint32Array.from(tallies.actor),
      claim: Uint32Array.from(tallies.claim),
      kind: Uint8Array.from(tallies.kind),
      count: Uint32Array.from(tallies.count),
      first: Uint32Array.from(tallies.first),
    },
    keywordClaims: [...source.keywordClaims].map(([k, set]) => [k, [...set]]),
  };
}

/** The statement source a snapshot describes. Throws when the snapshot is not one (`isSnapshot`). */
export function restoreSource(snap: IndexSnapshot): StatementSource {
  if (!isSnapshot(snap)) throw new Error('Not an index snapshot of this version.');
  const refs: StatementRef[] = [];
  const claimIndex = new Map(snap.claims.map((c, i) => [c, i]));
  const remarks = new Map<number, string>();
  snap.remarks.rows.forEach((row, i) => remarks.set(row, snap.remarks.values[i]!));
  const byOpening = new Map<string, { row: number; quote: string }[]>();
  snap.quotes.rows.forEach((row, i) =>
    push(byOpening, openingOf(snap.quotes.values[i]!), { row, quote: snap.quotes.values[i]! }),
  );
  const quoteOf = new Map<number, string>();
  snap.quotes.rows.forEach((row, i) => quoteOf.set(row, snap.quotes.values[i]!));
  const n = snap.ids.length;
  const tallies = new Map<string, Map<string, Tally>>();
  const t = snap.tallies;
  for (let i = 0; i < t.actor.length; i++) {
    const actorId = snap.actors.values[t.actor[i]!]!;
    const claimId = snap.claims[t.claim[i]!]!;
    const perClaim = tallies.get(actorId) ?? new Map<string, Tally>();
    tallies.set(actorId, perClaim);
    const tally = perClaim.get(claimId) ?? [];
    perClaim.set(claimId, tally);
    addToTally(tally, STANCES[t.kind[i]!]!, t.first[i]!, t.count[i]!);
  }
  const ref = (row: number): StatementRef =>
    (refs[row] ??= {
      id: snap.ids[row]!,
      date: snap.dates.values[snap.dates.of[row]!]!,
      actorId: snap.actors.values[snap.actors.of[row]!]!,
    });
  return {
    size: n,
    ref,
    remark: (row) => remarks.get(row) ?? snap.ids[row]!,
    stances: (row) => {
      const out: Stance[] = [];
      for (let j = snap.stances.start[row]!; j < snap.stances.start[row + 1]!; j++)
        out.push({ claimId: snap.claims[snap.stances.rows[j]!]!, stance: STANCES[snap.stances.kinds[j]!]! });
      return out;
    },
    words: (row) => {
      const out = new Set<string>();
      for (let j = snap.words.start[row]!; j < snap.words.start[row + 1]!; j++) {
        const word = snap.vocabulary[snap.words.ids[j]!];
        if (word !== undefined) out.add(word);
      }
      return out;
    },
    claimStances: (claimId) => {
      const c = claimIndex.get(claimId);
      if (c === undefined) return [];
      const out: { row: number; stance: StanceKind }[] = [];
      for (let j = snap.claimRows.start[c]!; j < snap.claimRows.start[c + 1]!; j++)
        out.push({ row: snap.claimRows.rows[j]!, stance: STANCES[snap.claimRows.kinds[j]!]! });
      return out;
    },
    quotesOpening: (opening) => byOpening.get(opening) ?? [],
    quote: (row) => quoteOf.get(row),
    tallies,
    keywordClaims: new Map(snap.keywordClaims.map(([k, claimIds]) => [k, new Set(claimIds)])),
  };
}

/**
 * Whether a value read back from storage is a whole snapshot of this version: every column
 * present, of the right length and type, every offset in range. A damaged record is rebuilt,
 * not trusted. (Word ids are checked where they are read: a stray one is skipped.)
 */
export function isSnapshot(value: unknown): value is IndexSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<IndexSnapshot>;
  if (s.format !== SNAPSHOT_FORMAT || !strings(s.ids) || !strings(s.claims) || !strings(s.vocabulary)) return false;
  const n = s.ids.length;
  const coded = (c: Coded | undefined) =>
    !!c && strings(c.values) && c.of instanceof Uint32Array && c.of.length === n && below(c.of, c.values.length);
  const sparse = (c: Sparse | undefined) =>
    !!c && strings(c.values) && c.rows instanceof Uint32Array && c.rows.length === c.values.length && below(c.rows, n);
  const grouped = (g: Grouped | undefined, groups: number, limit: number) =>
    !!g &&
    offsets(g.start, groups, g.rows) &&
    below(g.rows, limit) &&
    g.kinds instanceof Uint8Array &&
    g.kinds.length === g.rows.length &&
    below(g.kinds, STANCES.length);
  if (!coded(s.dates) || !coded(s.actors) || !sparse(s.remarks) || !sparse(s.quotes)) return false;
  if (!grouped(s.stances, n, s.claims.length) || !grouped(s.claimRows, s.claims.length, n)) return false;
  if (
    !s.words ||
    !offsets(s.words.start, n, s.words.ids) ||
    !(s.words.ids instanceof Uint16Array || s.words.ids instanceof Uint32Array)
  )
    return false;
  const t = s.tallies;
  if (!t || ![t.actor, t.claim, t.count, t.first].every((a) => a instanceof Uint32Array && a.length === t.actor.length))
    return false;
  if (!(t.kind instanceof Uint8Array) || t.kind.length !== t.actor.length) return false;
  if (
    !below(t.actor, s.actors!.values.length) ||
    !below(t.claim, s.claims.length) ||
    !below(t.kind, STANCES.length) ||
    !below(t.first, n)
  )
    return false;
  return (
    Array.isArray(s.keywordClaims) && s.keywordClaims.every((e) => Array.isArray(e) && typeof e[0] === 'string' && strings(e[1]))
  );
}

function strings(a: unknown): a is string[] {
  if (!Array.isArray(a)) return false;
  for (const x of a) if (typeof x !== 'string') return false;
  return true;
}

/** Whether every value of a typed array is below `limit`. */
function below(a: ArrayLike<number>, limit: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i]! >= limit) return false;
  return true;
}

/** Whether `start` is a valid offset column over `rows` for `groups` groups: from 0, never falling, ending at its length. */
function offsets(start: unknown, groups: number, rows: unknown): boolean {
  if (!(start instanceof Uint32Array) || start.length !== groups + 1 || start[0] !== 0) return false;
  if (!ArrayBuffer.isView(rows) || start[groups] !== (rows as Uint32Array).length) return false;
  for (let i = 1; i < start.length; i++) if (start[i]! < start[i - 1]!) return false;
  return true;
}

/** Distinct strings in first-seen order, each with its position. */
class Dictionary {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}
