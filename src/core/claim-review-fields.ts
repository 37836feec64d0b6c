/**
 * One schema.org `ClaimReview` read field by field, the way real pages write them: a field may be
 * text, an object, or a list of either (`author` as "Fact Desk", `{ "name": … }` or `[{…}, {…}]`),
 * dates may carry a time, numbers may be text. What is needed and missing, or present and
 * unreadable, is an error naming the review, the field and the line.
 */
import type { ActorKind, Source } from './pack-schema.js';
import type { PackError } from './pack-errors.js';
import { isObject } from './pack-errors.js';
import { isType, type FoundReview } from './claim-review-read.js';
import { verdictOf, type RatingFields, type Verdict } from './claim-review-rating.js';

/** Someone a review names: the fact-checker or the person or body that made the claim. */
export interface ReviewParty {
  name: string;
  kind: ActorKind;
}

/** A review as Counterpoint reads it, before it meets the corpus. */
export interface ReadReview {
  /** Position of the review in the file (0-based). */
  index: number;
  /** Line of the review in the file. */
  line?: number;
  /** `claimReviewed`: the claim's words as the fact-checker gives them. */
  claimText: string;
  /** The fact-checking organisation (`author`, else `publisher`). */
  reviewer: ReviewParty;
  /** `itemReviewed.author`: who made the claim. */
  claimant?: ReviewParty;
  verdict: Verdict;
  /** `datePublished` (else `dateCreated`, `dateModified`), YYYY-MM-DD at most. */
  date: string;
  /** The fact-check itself: its outlet, address and headline. */
  source: Source;
  /** `reviewBody` (else `description`) as the file gives it. */
  text?: string;
  /** When the claim was made (`itemReviewed.datePublished`, else its first appearance's). */
  claimDate?: string;
  /** Where the claim appeared (`itemReviewed.firstAppearance`, then `appearance`). */
  appearances: Source[];
}

/** Longest claim wording a claim holds (the pack's limit). */
export const MAX_CLAIM_TEXT = 300;

/** Text of a value: a string, a number, `{ "@value": … }`, or the first such in a list. */
export function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return v.map(textOf).find((t) => t !== undefined);
  if (isObject(v)) return textOf(v['@value']);
  return undefined;
}

/** The name of a party: a string, or an object's `name` (else `alternateName`, `legalName`). */
function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return textOf(v);
  if (!isObject(v)) return undefined;
  return textOf(v.name) ?? textOf(v.alternateName) ?? textOf(v.legalName);
}

/** The items of a field given as one value or a list. */
function items(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function kindOf(v: unknown, otherwise: ActorKind): ActorKind {
  if (!isObject(v)) return otherwise;
  const t = v['@type'];
  if (isType(t, 'Person')) return 'person';
  if (isType(t, 'GovernmentOrganization')) return 'government-body';
  if (isType(t, 'NewsMediaOrganization')) return 'media';
  if (isType(t, 'Organization') || isType(t, 'Corporation') || isType(t, 'NGO')) return 'organisation';
  return otherwise;
}

function party(v: unknown, otherwise: ActorKind): ReviewParty | undefined {
  const name = nameOf(v);
  return name ? { name: cut(name, 160), kind: kindOf(v, otherwise) } : undefined;
}

/** An http(s) address: a string, `{ "@id" }`, `{ "url" }`, or the first in a list. */
function urlOf(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const u = v.trim();
    return /^https?:\/\/\S+$/i.test(u) && u.length <= 2000 ? u : undefined;
  }
  if (Array.isArray(v)) return v.map(urlOf).find((u) => u !== undefined);
  if (isObject(v)) return urlOf(v.url) ?? urlOf(v['@id']);
  return undefined;
}

/** `2024-03-05T09:00:00+05:00` → `2024-03-05`; `2024-03` and `2024` stay as they are. */
export function dateOf(v: unknown): string | undefined {
  const t = textOf(v);
  const m = t && /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/.exec(t);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return undefined;
  if (d !== undefined && (Number(d) < 1 || Number(d) > 31)) return undefined;
  return [y, mo, d].filter((p) => p !== undefined).join('-');
}

/** Text cut at a word boundary to `max` characters, with an ellipsis where it was cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** The host of an address, as the outlet of a source that names none. */
function hostOf(url: string): string {
  return /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1] ?? url;
}

function appearanceOf(v: unknown): { source: Source; date?: string } | undefined {
  const url = urlOf(v);
  if (!url) return undefined;
  const o = isObject(v) ? v : {};
  const outlet = nameOf(o.publisher) ?? nameOf(o.author) ?? hostOf(url);
  const title = textOf(o.headline) ?? textOf(o.name);
  const source: Source = { outlet: cut(outlet, 160), url, ...(title ? { title: cut(title, 400) } : {}) };
  const date = dateOf(o.datePublished);
  return date ? { source, date } : { source };
}

/** Where the review's page is, for reviews read from the page being read (its address and title). */
export interface PageFallback {
  url?: string;
  title?: string;
}

/**
 * Reads one review, or says what is wrong with it. `count` is how many reviews the file holds,
 * for the message (`review 2 of 3`).
 */
export function readReview(found: FoundReview, index: number, count: number, page: PageFallback = {}): ReadReview | PackError {
  const r = found.value;
  const item = isObject(r.itemReviewed) ? r.itemReviewed : (items(r.itemReviewed).find(isObject) ?? {});
  const fail = (field: string, why: string): PackError => {
    const where = found.locate(field) ?? found.locate('');
    const subject = `review ${index + 1}${count > 1 ? ` of ${count}` : ''}, field "${field.replace(/\//g, '.')}"`;
    const prefix = where ? `line ${where.line}, column ${where.column}: ` : '';
    return { message: `${prefix}${subject}: ${why}`, path: `/${field}`, ...(where ?? {}) };
  };
  const claimText = textOf(r.claimReviewed) ?? textOf(item.text) ?? textOf(item.name);
  if (!claimText) return fail('claimReviewed', 'is missing: a review needs the words of the claim it reviewed');
  const authors = items(r.author);
  const org = authors.find((a) => isType(isObject(a) ? a['@type'] : undefined, 'Organization'));
  const reviewer =
    party(org, 'organisation') ??
    party(r.publisher, 'organisation') ??
    authors.map((a) => party(a, 'organisation')).find(Boolean);
  if (!reviewer)
    return fail('author', 'is missing: a review needs the fact-checker that wrote it (author or publisher, with a name)');
  const dateField = ['datePublished', 'dateCreated', 'dateModified'].find((f) => r[f] !== undefined) ?? 'datePublished';
  const date = dateOf(r[dateField]);
  if (!date) {
    return r[dateField] === undefined
      ? fail('datePublished', 'is missing: a verdict needs its date')
      : fail(dateField, `must be a date such as 2024-03-05, not ${JSON.stringify(textOf(r[dateField]) ?? r[dateField])}`);
  }
  const url = urlOf(r.url) ?? urlOf(r['@id']) ?? page.url;
  if (r.url !== undefined && !urlOf(r.url)) return fail('url', 'must be an http:// or https:// address');
  const title = textOf(r.headline) ?? textOf(r.name) ?? page.title;
  const rating = items(r.reviewRating).find(isObject) as RatingFields | undefined;
  const text = textOf(r.reviewBody) ?? textOf(r.description);
  const seen = new Set<string>();
  const appearances = [...items(item.firstAppearance), ...items(item.appearance)]
    .map(appearanceOf)
    .filter((a): a is NonNullable<typeof a> => a !== undefined && !seen.has(a.source.url!) && (seen.add(a.source.url!), true));
  const claimDate = dateOf(item.datePublished) ?? dateOf(item.dateCreated) ?? appearances.find((a) => a.date)?.date;
  const claimant = items(item.author)
    .map((a) => party(a, 'person'))
    .find(Boolean);
  return {
    index,
    ...(found.locate('') ? { line: found.locate('')!.line } : {}),
    claimText,
    reviewer,
    ...(claimant ? { claimant } : {}),
    verdict: verdictOf(rating),
    date,
    source: { outlet: reviewer.name, ...(url ? { url } : {}), ...(title ? { title: cut(title, 400) } : {}) },
    ...(text ? { text } : {}),
    ...(claimDate ? { claimDate } : {}),
    appearances: appearances.map((a) => a.source),
  };
}
