/**
 * Pack validation: turns a pack file (text) or an already-parsed value into either a typed
 * `Pack` or a list of human messages that name the record, the field and, for text, the line.
 *
 * Four passes, each stopping the next when it fails: size, JSON syntax, format marker/version,
 * then schema (TypeBox `Value.Errors`, no `eval`) together with integrity (ids, references, and
 * the quote-or-summary rule the schema cannot express).
 *
 * This module holds the entry points and the first three passes; the schema pass is in
 * pack-schema-errors.ts, the integrity pass in pack-integrity.ts, and the wording and placing of
 * each error in pack-errors.ts.
 */
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { at, isObject, lineStarts, nodeFor, pointerSegments, position, type Locate, type PackError } from './pack-errors.js';
import { integrityErrors } from './pack-integrity.js';
import { liftRemarks } from './pack-remark.js';
import { Pack, PACK_FORMAT, PACK_FORMAT_VERSION } from './pack-schema.js';
import { schemaErrors } from './pack-schema-errors.js';

export type { PackError } from './pack-errors.js';

/** Result of `parsePack`. */
export type ParsePackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Largest pack text accepted: about 60 MB (counted in UTF-16 code units, i.e. characters). */
export const MAX_PACK_CHARS = 60 * 1024 * 1024;
/** At most this many errors are listed; the rest are summarised as "and N more". */
export const MAX_ERRORS = 50;

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

/**
 * Parses and validates pack text. Never throws. The pack returned is in this build's format:
 * format 1 `same-remark:` keywords are lifted into `remark` (`pack-remark.ts`).
 */
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
  return errors.length === 0 ? { ok: true, pack: liftRemarks(value as Pack) } : fail(errors);
}

/** Validates an already-parsed value with the same checks as `parsePack` (no line numbers). */
export function validatePack(value: unknown): PackError[] {
  return cap(check(value, () => undefined));
}

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
      message: `This pack was written by a newer Counterpoint (format ${v}); this version reads formats up to ${PACK_FORMAT_VERSION}.`,
      path: '/formatVersion',
    };
  }
  return undefined;
}
