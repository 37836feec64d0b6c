/**
 * The matching index as a snapshot: what `ClaimIndex` reads of the statements, in columns of
 * strings and typed arrays that IndexedDB stores and structured-clones quickly. A service worker
 * started fresh restores its index from one snapshot record instead of reading and tokenising
 * every statement; it reads the text of only the statements it shows.
 *
 * Statements are stored newest first, as `StatementSource` hands them out, so a restored index
 * makes exactly the choices the index built from the statements makes (`test/core/index-snapshot.test.ts`).
 */
import type { StanceKind } from './pack-schema';
import type { IndexedStatement, StatementRef, StatementSource } from './claim-index';

/** Version of the snapshot layout: a snapshot of another version is rebuilt, never read. */
export const SNAPSHOT_FORMAT = 1;

const STANCES: readonly StanceKind[] = ['asserts', 'denies', 'disputes', 'qualifies'];

/** The statements as the index needs them, in columns; row `i` is the i-th newest statement. */
export interface IndexSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  ids: string[];
  dates: string[];
  /** Distinct actor ids, and each statement's position in that list. */
  actors: string[];
  actorOf: Uint32Array;
  /** Each statement's remark key, or '' when it is the statement's own id. */
  remarks: string[];
  /** Each statement's normalised quote, or '' when it has none. */
  quotes: string[];
  /** Distinct claim ids; stances of statement `i` are rows `stanceStart[i]` … `stanceStart[i + 1]` of `stanceClaim` and `stanceKind`. */
  claims: string[];
  stanceStart: Uint32Array;
  stanceClaim: Uint32Array;
  stanceKind: Uint8Array;
  /** Distinct words; the words of statement `i` are `vocabulary[wordIds[wordStart[i] … wordStart[i + 1]]]`. */
  vocabulary: string[];
  wordStart: Uint32Array;
  wordIds: Uint32Array;
  /** Each keyword, first seen first, with the claims of the statements that carry it. */
  keywordClaims: [string, string[]][];
}

/** Takes a snapshot of a statement source: every statement's words are worked out now. */
export function takeSnapshot(source: StatementSource): IndexSnapshot {
  const n = source.statements.length;
  const actors = new Dictionary();
  const claims = new Dictionary();
  const vocabulary = new Dictionary();
  const actorOf = new Uint32Array(n);
  const stanceStart = new Uint32Array(n + 1);
  const wordStart = new Uint32Array(n + 1);
  const stanceClaim: number[] = [];
  const stanceKind: number[] = [];
  const wordIds: number[] = [];
  const ids: string[] = [];
  const dates: string[] = [];
  const remarks: string[] = [];
  const quotes: string[] = [];
  source.statements.forEach((s, i) => {
    ids.push(s.ref.id);
    dates.push(s.ref.date);
    actorOf[i] = actors.id(s.ref.actorId);
    remarks.push(s.remark === s.ref.id ? '' : s.remark);
    quotes.push(s.quote ?? '');
    for (const st of s.stances) {
      stanceClaim.push(claims.id(st.claimId));
      stanceKind.push(STANCES.indexOf(st.stance));
    }
    stanceStart[i + 1] = stanceClaim.length;
    for (const w of source.words(s.ref)) wordIds.push(vocabulary.id(w));
    wordStart[i + 1] = wordIds.length;
  });
  return {
    format: SNAPSHOT_FORMAT,
    ids,
    dates,
    actors: actors.list,
    actorOf,
    remarks,
    quotes,
    claims: claims.list,
    stanceStart,
    stanceClaim: Uint32Array.from(stanceClaim),
    stanceKind: Uint8Array.from(stanceKind),
    vocabulary: vocabulary.list,
    wordStart,
    wordIds: Uint32Array.from(wordIds),
    keywordClaims: [...source.keywordClaims].map(([k, set]) => [k, [...set]]),
  };
}

/** A statement restored from a snapshot: its row, for reading its words. */
interface RestoredRef extends StatementRef {
  readonly row: number;
}

/** The statement source a snapshot describes. Throws when the snapshot is not one (`isSnapshot`). */
export function restoreSource(snap: IndexSnapshot): StatementSource {
  if (!isSnapshot(snap)) throw new Error('Not an index snapshot of this version.');
  const statements: IndexedStatement[] = new Array(snap.ids.length);
  for (let i = 0; i < snap.ids.length; i++) {
    const ref: RestoredRef = { id: snap.ids[i]!, date: snap.dates[i]!, actorId: snap.actors[snap.actorOf[i]!]!, row: i };
    const stances = [];
    for (let j = snap.stanceStart[i]!; j < snap.stanceStart[i + 1]!; j++)
      stances.push({ claimId: snap.claims[snap.stanceClaim[j]!]!, stance: STANCES[snap.stanceKind[j]!]! });
    const quote = snap.quotes[i]!;
    statements[i] = { ref, stances, remark: snap.remarks[i] || ref.id, ...(quote ? { quote } : {}) };
  }
  return {
    statements,
    keywordClaims: new Map(snap.keywordClaims.map(([k, claimIds]) => [k, new Set(claimIds)])),
    words: (ref) => {
      const row = (ref as RestoredRef).row;
      const out = new Set<string>();
      for (let j = snap.wordStart[row]!; j < snap.wordStart[row + 1]!; j++) out.add(snap.vocabulary[snap.wordIds[j]!]!);
      return out;
    },
  };
}

/**
 * Whether a value read back from storage is a whole snapshot of this version: every column
 * present and of the right length, every offset in range. A damaged record is rebuilt, not trusted.
 */
export function isSnapshot(value: unknown): value is IndexSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<IndexSnapshot>;
  if (s.format !== SNAPSHOT_FORMAT) return false;
  const strings = (a: unknown): a is string[] => Array.isArray(a) && a.every((x) => typeof x === 'string');
  if (!strings(s.ids) || !strings(s.dates) || !strings(s.actors) || !strings(s.remarks) || !strings(s.quotes)) return false;
  if (!strings(s.claims) || !strings(s.vocabulary) || !Array.isArray(s.keywordClaims)) return false;
  const n = s.ids.length;
  if (s.dates.length !== n || s.remarks.length !== n || s.quotes.length !== n) return false;
  const actorCount = s.actors.length;
  if (!(s.actorOf instanceof Uint32Array) || s.actorOf.length !== n || s.actorOf.some((a) => a >= actorCount)) return false;
  const offsets = (start: unknown, rows: unknown, limit: number) =>
    start instanceof Uint32Array &&
    rows instanceof Uint32Array &&
    start.length === n + 1 &&
    start[0] === 0 &&
    start[n] === rows.length &&
    start.every((v, i) => i === 0 || v >= start[i - 1]!) &&
    rows.every((v) => v < limit);
  if (!offsets(s.stanceStart, s.stanceClaim, s.claims.length) || !offsets(s.wordStart, s.wordIds, s.vocabulary.length))
    return false;
  if (
    !(s.stanceKind instanceof Uint8Array) ||
    s.stanceKind.length !== s.stanceClaim!.length ||
    s.stanceKind.some((k) => k >= STANCES.length)
  )
    return false;
  return s.keywordClaims.every((e) => Array.isArray(e) && typeof e[0] === 'string' && strings(e[1]));
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
