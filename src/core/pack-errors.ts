/**
 * Pack errors: the `PackError` record, and how each one is worded and placed: which record and
 * field it is about (`statements[12] (id "st-013"), field "date"`), and for text input the line and
 * column, found from a JSON pointer through jsonc-parser's syntax tree.
 */
import { findNodeAtLocation, type Node } from 'jsonc-parser';

/** One problem found in a pack. */
export interface PackError {
  /** Human sentence, ready to show; for text input it starts with "line L, column C:" when known. */
  message: string;
  /** 1-based line in the file, when the input was text and the place is known. */
  line?: number;
  /** 1-based column in the file, when the input was text and the place is known. */
  column?: number;
  /** JSON pointer of the offending value (`/statements/12/date`). */
  path?: string;
  /** `id` of the top-level record (actor, claim, statement) the problem is in. */
  recordId?: string;
}

/** Finds the line and column of the value at a JSON pointer; undefined without text or when unknown. */
export type Locate = (path: string) => { line: number; column: number } | undefined;

/** The top-level tables whose entries are records with an `id`. */
export const RECORD_TABLES = ['actors', 'claims', 'statements'] as const;

/** Builds the error: `statements[12] (id "st-013"), field "date": must …` plus line/column. */
export function located(root: unknown, path: string, text: string, locate: Locate): PackError {
  const segs = pointerSegments(path);
  let subject: string;
  let recordId: string | undefined;
  const [head, index, ...rest] = segs;
  if (typeof head === 'string' && (RECORD_TABLES as readonly string[]).includes(head) && typeof index === 'number') {
    const record = isObject(root) ? list(root[head])[index] : undefined;
    recordId = isObject(record) && typeof record.id === 'string' ? record.id : undefined;
    subject = `${head}[${index}]${recordId !== undefined ? ` (id ${JSON.stringify(recordId)})` : ''}`;
    if (rest.length > 0) subject += `, field "${dotted(rest)}"`;
  } else {
    subject = segs.length > 0 ? `field "${dotted(segs)}"` : 'the pack';
  }
  const where = locate(path) ?? locate(parentPointer(path)) ?? undefined;
  const error: PackError = { message: `${subject}: ${text}`, path };
  if (recordId !== undefined) error.recordId = recordId;
  if (where) {
    error.line = where.line;
    error.column = where.column;
    error.message = `line ${where.line}, column ${where.column}: ${error.message}`;
  }
  return error;
}

/** `["sources", 0, "url"]` → `sources[0].url`. */
function dotted(segs: (string | number)[]): string {
  return segs.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** `"/statements/12/date"` → `["statements", 12, "date"]`, with `~1` and `~0` unescaped. */
export function pointerSegments(path: string): (string | number)[] {
  if (path === '') return [];
  return path
    .split('/')
    .slice(1)
    .map((raw) => {
      const s = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s;
    });
}

/** The pointer of the parent value (`""` for the root). */
function parentPointer(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

/** The last segment of a pointer, as written: the field name of the value. */
export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The node at a path, or the nearest ancestor that exists (for a missing field: its record). */
export function nodeFor(tree: Node, segs: (string | number)[]): Node | undefined {
  for (let n = segs.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segs.slice(0, n));
    if (node) {
      // For a property value, point at its key: that is where a reader looks.
      return node.parent?.type === 'property' ? node.parent : node;
    }
  }
  return undefined;
}

/** Offsets where each line of the text starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, given the line starts. */
export function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/** An error placed at an offset of the text: "line L, column C: …". */
export function at(starts: number[], offset: number, text: string): PackError {
  const { line, column } = position(starts, offset);
  return { message: `line ${line}, column ${column}: ${text}`, line, column };
}

/** True for a plain object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value if it is an array, else an empty list: tables and lists that fail the schema are skipped. */
export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
