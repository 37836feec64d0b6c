/**
 * Finding schema.org `ClaimReview` objects in a file, as data: JSON-LD text (one object, a list,
 * an `@graph`) or a saved HTML page whose `<script type="application/ld+json">` blocks hold it.
 * Nothing is ever run: script contents are cut out of the text and read with a JSON parser, and
 * each review found keeps where it sits in the file, so a later error can name its line.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { isObject, lineStarts, nodeFor, pointerSegments, position, type PackError } from './pack-errors.js';

/** A `ClaimReview` object found in the file. */
export interface FoundReview {
  /** The object as parsed (untrusted: every field is checked when it is mapped). */
  value: Record<string, unknown>;
  /** Line and column of a field of the review (or of the review itself for `''`), in the whole file. */
  locate: (field: string) => { line: number; column: number } | undefined;
}

/** What `findClaimReviews` answers. */
export type FindResult = { ok: true; reviews: FoundReview[] } | { ok: false; errors: PackError[] };

/** Largest file read: a saved fact-check page with its scripts is well under this. */
export const MAX_REVIEW_FILE_CHARS = 20 * 1024 * 1024;
/** Deepest nesting searched for reviews: enough for `@graph` inside a page's `mainEntity`. */
const MAX_DEPTH = 12;
/** Most reviews read from one file: a fact-checker's export of a year is a few thousand. */
export const MAX_REVIEWS = 5000;

/** `ld+json` script blocks of an HTML page: the attribute may be quoted either way, or not at all. */
const LD_SCRIPT = /<script\b[^>]*?\btype\s*=\s*(["']?)application\/ld\+json\1[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** Whether a `@type` value names `ClaimReview`, with or without the schema.org prefix (http or https). */
export function isType(value: unknown, name: string): boolean {
  const types = Array.isArray(value) ? value : [value];
  return types.some((t) => typeof t === 'string' && typeName(t) === name);
}

/** `https://schema.org/ClaimReview`, `http://schema.org/ClaimReview`, `schema:ClaimReview` → `ClaimReview`. */
export function typeName(t: string): string {
  return t.trim().replace(/^(https?:\/\/(www\.)?schema\.org\/|schema:)/i, '');
}

/**
 * The `ClaimReview` objects of a file's text. JSON text is read whole (a syntax error is an error
 * with its line); an HTML page is read block by block (a broken block that holds no ClaimReview
 * is another script's business and is passed over). A file with no review says so.
 */
export function findClaimReviews(text: string, fileName?: string): FindResult {
  const name = fileName ? `"${fileName}"` : 'This file';
  if (text.length > MAX_REVIEW_FILE_CHARS) {
    return {
      ok: false,
      errors: [{ message: `${name} is too large to read (${Math.round(text.length / 1048576)} MB; the limit is 20 MB).` }],
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const starts = lineStarts(body);
  const blocks = looksLikeHtml(body) ? scriptBlocks(body) : [{ text: body, offset: 0, strict: true }];
  const reviews: FoundReview[] = [];
  const errors: PackError[] = [];
  for (const block of blocks) {
    const syntax: ParseError[] = [];
    const tree = parseTree(block.text, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (syntax.length > 0 || !tree) {
      if (block.strict || /ClaimReview/.test(block.text)) {
        const first = syntax[0];
        const where = position(starts, block.offset + (first?.offset ?? 0));
        const why = first ? syntaxMessage(first) : 'the block is empty';
        errors.push({ message: `line ${where.line}, column ${where.column}: ${why}`, ...where });
      }
      continue;
    }
    let value: unknown;
    try {
      // JSON.parse, not jsonc's getNodeValue: a "__proto__" key stays a plain own property.
      value = JSON.parse(block.text);
    } catch (e) {
      errors.push({ message: `${name} is not valid JSON: ${(e as Error).message}` });
      continue;
    }
    collect(value, '', 0, (found, pointer) => {
      if (reviews.length < MAX_REVIEWS) reviews.push({ value: found, locate: locator(tree, block.offset, starts, pointer) });
    });
  }
  if (errors.length) return { ok: false, errors };
  if (!reviews.length) {
    const where = blocks.length ? '' : ' (no <script type="application/ld+json"> block in the page)';
    return { ok: false, errors: [{ message: `${name} holds no schema.org ClaimReview${where}.` }] };
  }
  return { ok: true, reviews };
}

/** A file whose first character is `<` is a page; JSON starts with `{` or `[`. */
function looksLikeHtml(text: string): boolean {
  return text.trimStart().startsWith('<');
}

interface Block {
  text: string;
  /** Offset of the block's text in the file. */
  offset: number;
  /** A syntax error is the file's fault (the whole file is JSON). */
  strict: boolean;
}

function scriptBlocks(html: string): Block[] {
  const out: Block[] = [];
  for (const m of html.matchAll(LD_SCRIPT)) {
    const inner = m[2] ?? '';
    // The contents end where the closing tag starts.
    const closing = m[0].length - m[0].lastIndexOf('<');
    const offset = (m.index ?? 0) + m[0].length - closing - inner.length;
    out.push(unwrap(inner, offset));
  }
  return out;
}

/**
 * Some pages wrap the JSON in `<!-- … -->` or a CDATA comment for old browsers; the wrapper is
 * blanked out (same length, so offsets still point at the right line).
 */
function unwrap(text: string, offset: number): Block {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const cleaned = text
    .replace(/^(\s*)(<!--|\/\*\s*<!\[CDATA\[\s*\*\/|\/\/\s*<!\[CDATA\[)/, (_m, lead: string, wrap: string) => lead + blank(wrap))
    .replace(/(-->|\/\*\s*\]\]>\s*\*\/|\/\/\s*\]\]>)(\s*)$/, (_m, wrap: string, trail: string) => blank(wrap) + trail);
  return { text: cleaned, offset, strict: false };
}

/** Walks a JSON-LD value for ClaimReview objects: arrays, `@graph`, and any nested object. */
function collect(
  value: unknown,
  pointer: string,
  depth: number,
  found: (v: Record<string, unknown>, pointer: string) => void,
): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, `${pointer}/${i}`, depth + 1, found));
    return;
  }
  if (!isObject(value)) return;
  if (isType(value['@type'], 'ClaimReview')) {
    found(value, pointer);
    return;
  }
  if (typeof value.text === 'string' && Array.isArray(value.claimReview)) {
    // A claim as fact-check search tools export it (Google's Fact Check Tools: `claims[]`, each with its `claimReview[]`).
    value.claimReview.forEach(
      (review, i) => isObject(review) && found(fromSearchExport(value, review), `${pointer}/claimReview/${i}`),
    );
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'object' && v !== null)
      collect(v, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1, found);
  }
}

/**
 * A review in a fact-check search tool's export, as the ClaimReview it describes: the claim's
 * `text`, `claimant` and `claimDate`; the review's `publisher`, `url`, `title`, `reviewDate` and
 * `textualRating`.
 */
function fromSearchExport(claim: Record<string, unknown>, review: Record<string, unknown>): Record<string, unknown> {
  return {
    '@type': 'ClaimReview',
    claimReviewed: claim.text,
    itemReviewed: { '@type': 'Claim', author: claim.claimant, datePublished: claim.claimDate },
    author: review.publisher,
    url: review.url,
    headline: review.title,
    datePublished: review.reviewDate,
    reviewRating: { '@type': 'Rating', alternateName: review.textualRating },
  };
}

function locator(tree: Node, blockOffset: number, starts: number[], reviewPointer: string): FoundReview['locate'] {
  return (field) => {
    const node = nodeFor(tree, pointerSegments(field ? `${reviewPointer}/${field}` : reviewPointer));
    return node ? position(starts, blockOffset + node.offset) : undefined;
  };
}

/** Human wording for the JSON syntax errors a fact-check file may have. */
function syntaxMessage(e: ParseError): string {
  const code = printParseErrorCode(e.error);
  const words: Record<string, string> = {
    CommaExpected: 'expected a comma',
    CloseBraceExpected: 'expected a closing brace }',
    CloseBracketExpected: 'expected a closing bracket ]',
    ColonExpected: 'expected a colon',
    ValueExpected: 'expected a value',
    PropertyNameExpected: 'expected a property name in double quotes',
    UnexpectedEndOfString: 'unterminated string',
    InvalidCommentToken: 'comments are not allowed in JSON',
    EndOfFileExpected: 'expected the end of the JSON',
    InvalidSymbol: 'unexpected character',
  };
  return `${words[code] ?? 'invalid JSON'} (JSON-LD)`;
}
