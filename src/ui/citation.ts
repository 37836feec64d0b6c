/**
 * "Copy as citation": a statement's source as a journalist pastes it, in plain text and in
 * Markdown. Speaker, role, date (at the precision the source gives), outlet, title and address;
 * never the quote itself, which the reader copies on purpose if they want it.
 */
import { formatDate } from './format';

/** What a citation names. */
export interface CitationParts {
  speaker: string;
  /** The speaker's role when they spoke. */
  role?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  outlet?: string;
  title?: string;
  url?: string;
}

/** The date at its own precision with the month written out: "9 August 2021", "March 2024", "2022". */
export function citationDate(date: string, locale?: string): string {
  return formatDate(date, locale, 'long');
}

/** Who and when: "Zabihullah Mujahid, Taliban spokesman, 9 August 2021". */
function byline(c: CitationParts, locale?: string, escape = (s: string) => s): string {
  return [c.speaker, c.role, citationDate(c.date, locale)]
    .filter((part): part is string => !!part?.trim())
    .map((part) => escape(part.trim()))
    .join(', ');
}

/**
 * Plain text: `Speaker, role, date. Outlet, “Title”. https://…` — parts the source lacks are
 * left out, with their punctuation.
 */
export function citationText(c: CitationParts, locale?: string): string {
  const where = [c.outlet?.trim(), c.title?.trim() && `“${c.title.trim()}”`].filter(Boolean).join(', ');
  return [byline(c, locale), where, c.url?.trim()].filter(Boolean).join('. ') + (c.url ? '' : '.');
}

/**
 * Markdown: `Speaker, role, date. Outlet, [“Title”](https://…).` — the title (or, without one,
 * the outlet) is the link; text that Markdown would read as markup is escaped.
 */
export function citationMarkdown(c: CitationParts, locale?: string): string {
  const outlet = c.outlet?.trim() ? escapeMarkdown(c.outlet.trim()) : '';
  const title = c.title?.trim() ? `“${escapeMarkdown(c.title.trim())}”` : '';
  const url = c.url?.trim() ? markdownUrl(c.url.trim()) : '';
  let where: string;
  if (url && title) where = [outlet, `[${title}](${url})`].filter(Boolean).join(', ');
  else if (url && outlet) where = `[${outlet}](${url})`;
  else if (url) where = `<${url}>`;
  else where = [outlet, title].filter(Boolean).join(', ');
  return [byline(c, locale, escapeMarkdown), where].filter(Boolean).join('. ') + '.';
}

/** Backslash-escapes the characters Markdown gives meaning to inline. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#|!~]/g, (ch) => `\\${ch}`);
}

/** An address safe inside `(…)`: spaces and parentheses percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
