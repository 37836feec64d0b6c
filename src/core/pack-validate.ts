/**
 * Pack validation: turns a pack file (text) or an already-parsed value into either a typed
 * `Pack` or a list of human messages that name the record, the field and, for text, the line.
 *
 * Four passes, each stopping the next when it fails: size, JSON syntax, format marker/version,
 * then schema (TypeBox `Value.Errors`, no `eval`) together with integrity (ids, references, and
 * the quote-or-summary rule the schema cannot express).
 */
import { Value } from '@sinclair/typebox/value';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { Pack, PACK_FORMAT, PACK_FORMAT_VERSION } from './pack-schema.js';

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

/** Result of `parsePack`. */
export type ParsePackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Largest pack text accepted: about 60 MB (counted in UTF-16 code units, i.e. characters). */
export const MAX_PACK_CHARS = 60 * 1024 * 1024;
/** At most this many errors are listed; the rest are summarised as "and N more". */
export const MAX_ERRORS = 50;

const RECORD_TABLES = ['actors', 'claims', 'statements'] as const;

/** Human wording for jsonc-parser's error codes (by name: its enum is `const` and ambient). */
const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this number is not valid JSON',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing brace }',
  CloseBracketExpected: 'expected a closing bracket ]',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in a pack',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string (control characters must be escaped)',
};

/** Field-specific wording for pattern failures: the schema's regexes mean nothing to a reader. */
const PATTERN_MESSAGES: Record<string, string> = {
  date: 'must look like YYYY, YYYY-MM or YYYY-MM-DD',
  updated: 'must be a date like 2025-03-31 (YYYY-MM-DD)',
  version: 'must be a version like 1.2.0',
  language: 'must be a language tag such as "en" or "ur-PK"',
  url: 'must be a web address starting with http:// or https://',
};
const ID_MESSAGE =
  'must be an identifier: lower-case letters, digits, dot, dash or underscore, starting with a letter or digit';

/** Parses and validates pack text. Never throws. */
export function parsePack(text: string, fileName?: string): ParsePackResult {
  const name = fileName ? `"${fileName}"` : 'This file';
  if (text.length > MAX_PACK_CHARS) {
    const mb = Math.round(text.length / (1024 * 1024));
    return fail([{ message: `${name} is too large to be a pack (${mb} MB; the limit is 60 MB).` }]);
  }
  // A byte-order mark is legal in a file but not in JSON.parse.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = lineStarts(body);
  const syntax: ParseError[] = [];
  const tree = parseTree(body, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (syntax.length > 0 || !tree) {
    const errors = syntax.map((e) => at(lines, e.offset, SYNTAX_MESSAGES[printParseErrorCode(e.error)] ?? 'invalid JSON'));
    return fail(errors.length ? errors : [{ message: `${name} is empty.` }]);
  }
  let value: unknown;
  try {
    // JSON.parse (not jsonc's getNodeValue) so that "__proto__" keys stay plain own properties.
    value = JSON.parse(body);
  } catch (e) {
    return fail([{ message: `${name} is not valid JSON: ${(e as Error).message}` }]);
  }
  const locate = (path: string): { line: number; column: number } | undefined => {
    const node = nodeFor(tree, pointerSegments(path));
    return node ? position(lines, node.offset) : undefined;
  };
  const errors = check(value, locate);
  return errors.length === 0 ? { ok: true, pack: value as Pack } : fail(errors);
}

/** Validates an already-parsed value with the same checks as `parsePack` (no line numbers). */
export function validatePack(value: unknown): PackError[] {
  return cap(check(value, () => undefined));
}

type Locate = (path: string) => { line: number; column: number } | undefined;

function fail(errors: PackError[]): ParsePackResult {
  return { ok: false, errors: cap(errors) };
}

/** All errors, uncapped: the callers cap once, so that "and N more" counts them all. */
function check(value: unknown, locate: Locate): PackError[] {
  const header = checkFormat(value);
  if (header) return [header];
  return [...schemaErrors(value, locate), ...integrityErrors(value as Record<string, unknown>, locate)];
}

function cap(errors: PackError[]): PackError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), { message: `and ${errors.length - MAX_ERRORS} more` }];
}

function checkFormat(value: unknown): PackError | undefined {
  if (!isObject(value)) return { message: 'This is not a Counterpoint pack: the file must hold one JSON object.' };
  if (value.format !== PACK_FORMAT) {
    return { message: `This is not a Counterpoint pack: field "format" must be "${PACK_FORMAT}".`, path: '/format' };
  }
  const v = value.formatVersion;
  if (typeof v === 'number' && v > PACK_FORMAT_VERSION) {
    return {
      message: `This pack was written by a newer Counterpoint (format ${v}); this version reads format ${PACK_FORMAT_VERSION}.`,
      path: '/formatVersion',
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Schema errors

function schemaErrors(value: unknown, locate: Locate): PackError[] {
  const out: PackError[] = [];
  const seen = new Set<string>();
  for (const e of Value.Errors(Pack, value)) {
    // One message per place: a missing field also fails its type check at the same path.
    if (seen.has(e.path)) continue;
    seen.add(e.path);
    out.push(located(value, e.path, describe(e), locate));
  }
  return out;
}

function describe(e: ValueError): string {
  const s = e.schema as Record<string, unknown>;
  const field = lastSegment(e.path);
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return 'is missing';
    case ValueErrorType.ObjectAdditionalProperties:
      return 'is not a pack field (misspelt, or from a newer format?)';
    case ValueErrorType.String:
      return `must be text, not ${kindOf(e.value)}`;
    case ValueErrorType.StringMinLength:
      return s.minLength === 1 ? 'must not be empty' : `must be at least ${String(s.minLength)} characters`;
    case ValueErrorType.StringMaxLength:
      return `must be at most ${String(s.maxLength)} characters (it has ${String((e.value as string).length)})`;
    case ValueErrorType.StringPattern:
      if (PATTERN_MESSAGES[field]) return PATTERN_MESSAGES[field];
      if (/identifier/i.test(String(s.description))) return ID_MESSAGE;
      return `does not have the expected form (${String(s.description ?? s.pattern)})`;
    case ValueErrorType.Number:
      return `must be a number, not ${kindOf(e.value)}`;
    case ValueErrorType.Integer:
      return `must be a whole number, not ${kindOf(e.value)}`;
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.IntegerMinimum:
      return `must be at least ${String(s.minimum)}`;
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.IntegerMaximum:
      return `must be at most ${String(s.maximum)}`;
    case ValueErrorType.Array:
      return `must be a list [ … ], not ${kindOf(e.value)}`;
    case ValueErrorType.ArrayMinItems:
      return `must list at least ${String(s.minItems)} item${s.minItems === 1 ? '' : 's'}`;
    case ValueErrorType.Object:
      return `must be an object { … }, not ${kindOf(e.value)}`;
    case ValueErrorType.Literal:
      return `must be ${JSON.stringify(s.const)}`;
    case ValueErrorType.Union: {
      const options = ((s.anyOf as Record<string, unknown>[] | undefined) ?? []).map((o) => JSON.stringify(o.const));
      return `must be one of ${options.join(', ')}`;
    }
    default:
      return e.message.toLowerCase();
  }
}

// ---------------------------------------------------------------------------------------------
// Integrity errors: what a JSON Schema cannot say

function integrityErrors(pack: Record<string, unknown>, locate: Locate): PackError[] {
  const out: PackError[] = [];
  const report = (path: string, text: string) => out.push(located(pack, path, text, locate));
  const ids: Record<(typeof RECORD_TABLES)[number], Set<string>> = { actors: new Set(), claims: new Set(), statements: new Set() };
  for (const table of RECORD_TABLES) {
    const firstIndex = new Map<string, number>();
    records(pack, table).forEach(([i, r]) => {
      if (typeof r.id !== 'string') return;
      const first = firstIndex.get(r.id);
      if (first === undefined) firstIndex.set(r.id, i);
      else report(`/${table}/${i}/id`, `the id "${r.id}" is already used by ${table}[${first}]`);
      ids[table].add(r.id);
    });
  }
  for (const [i, claim] of records(pack, 'claims')) {
    list(claim.links).forEach((link, j) => {
      if (isObject(link) && typeof link.claimId === 'string' && !ids.claims.has(link.claimId)) {
        report(`/claims/${i}/links/${j}/claimId`, `no claim has the id "${link.claimId}"`);
      }
    });
  }
  for (const [i, st] of records(pack, 'statements')) {
    if (typeof st.actorId === 'string' && !ids.actors.has(st.actorId)) {
      report(`/statements/${i}/actorId`, `no actor has the id "${st.actorId}"`);
    }
    const seenClaims = new Set<string>();
    list(st.stances).forEach((stance, j) => {
      if (!isObject(stance) || typeof stance.claimId !== 'string') return;
      if (!ids.claims.has(stance.claimId)) report(`/statements/${i}/stances/${j}/claimId`, `no claim has the id "${stance.claimId}"`);
      else if (seenClaims.has(stance.claimId)) report(`/statements/${i}/stances/${j}/claimId`, `lists the claim "${stance.claimId}" twice`);
      seenClaims.add(stance.claimId);
    });
    const hasQuote = st.quote !== undefined;
    const hasSummary = st.summary !== undefined;
    if (hasQuote && hasSummary) {
      report(`/statements/${i}/summary`, 'has both a quote and a summary; a statement is one or the other');
    } else if (!hasQuote && !hasSummary) {
      report(`/statements/${i}`, 'has neither a quote nor a summary');
    }
  }
  return out;
}

function records(pack: Record<string, unknown>, table: string): [number, Record<string, unknown>][] {
  const out: [number, Record<string, unknown>][] = [];
  list(pack[table]).forEach((r, i) => {
    if (isObject(r)) out.push([i, r]);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Naming and locating

/** Builds the error: `statements[12] (id "st-013"), field "date": must …` plus line/column. */
function located(root: unknown, path: string, text: string, locate: Locate): PackError {
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

function pointerSegments(path: string): (string | number)[] {
  if (path === '') return [];
  return path
    .split('/')
    .slice(1)
    .map((raw) => {
      const s = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s;
    });
}

function parentPointer(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')));
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The node at a path, or the nearest ancestor that exists (for a missing field: its record). */
function nodeFor(tree: Node, segs: (string | number)[]): Node | undefined {
  for (let n = segs.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segs.slice(0, n));
    if (node) {
      // For a property value, point at its key: that is where a reader looks.
      return node.parent?.type === 'property' ? node.parent : node;
    }
  }
  return undefined;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

function at(starts: number[], offset: number, text: string): PackError {
  const { line, column } = position(starts, offset);
  return { message: `line ${line}, column ${column}: ${text}`, line, column };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return Number.isInteger(v) ? 'a whole number' : 'a number';
  return typeof v === 'boolean' ? 'true/false' : typeof v;
}
