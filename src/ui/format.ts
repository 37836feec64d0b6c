/** Formatting shared by the sidebar and the options page. */

/**
 * A pack date (YYYY, YYYY-MM or YYYY-MM-DD) at the precision it has, in the reader's language:
 * "9 Aug 2021", "Mar 2024", "2022" in English (`month: 'long'`: "9 August 2021"). Never adds a day
 * or month the source did not give.
 */
export function formatDate(date: string, locale?: string, month: 'short' | 'long' = 'short'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  const precision = d ? 'day' : m ? 'month' : 'year';
  try {
    return formatter(locale, precision, month).format(Date.UTC(y, (m || 1) - 1, d || 1));
  } catch {
    return date;
  }
}

/**
 * One formatter per language, precision and month style: making one costs 0.1–0.2 ms, and a page of the options
 * page's statements, a claim's page or a sidebar formats a date for every statement it shows.
 */
function formatter(
  locale: string | undefined,
  precision: 'day' | 'month' | 'year',
  month: 'short' | 'long',
): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${precision}|${month}`;
  let made = FORMATTERS.get(key);
  if (!made) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { day: 'numeric', month, year: 'numeric' }
        : precision === 'month'
          ? { month, year: 'numeric' }
          : { year: 'numeric' };
    made = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    FORMATTERS.set(key, made);
  }
  return made;
}
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/** The address if it is safe to link (http or https), else undefined: never a javascript: link. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
