/**
 * Schema errors of a pack: TypeBox's `Value.Errors` against the pack schema (no `eval`), one per
 * place, each reworded as a sentence a pack author understands ("must be a date like 2025-03-31").
 */
import { Value } from '@sinclair/typebox/value';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { lastSegment, located, type Locate, type PackError } from './pack-errors.js';
import { Pack } from './pack-schema.js';

/** Field-specific wording for pattern failures: the schema's regexes mean nothing to a reader. */
const PATTERN_MESSAGES: Record<string, string> = {
  date: 'must look like YYYY, YYYY-MM or YYYY-MM-DD',
  updated: 'must be a date like 2025-03-31 (YYYY-MM-DD)',
  version: 'must be a version like 1.2.0',
  language: 'must be a language tag such as "en" or "ur-PK"',
  url: 'must be a web address starting with http:// or https://',
};
/** Wording for any identifier pattern failure (recognised by its schema description). */
const ID_MESSAGE = 'must be an identifier: lower-case letters, digits, dot, dash or underscore, starting with a letter or digit';

/** Every place where the value fails the pack schema, one error per place. */
export function schemaErrors(value: unknown, locate: Locate): PackError[] {
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

/** The failure as the end of a sentence about the field ("must be text, not a number"). */
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

/** The kind of a value, in words ("a list", "a whole number"). */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return Number.isInteger(v) ? 'a whole number' : 'a number';
  return typeof v === 'boolean' ? 'true/false' : typeof v;
}
