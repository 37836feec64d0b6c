/** Formatting shared by the sidebar and the options page. */

/**
 * A pack date (YYYY, YYYY-MM or YYYY-MM-DD) at the precision it has, in the reader's language:
 * "9 Aug 2021", "Mar 2024", "2022" in English (`month: 'long'`: "9 August 2021"). Never adds a day
 * or month the source did not give.
 */
export function formatDate(date: string, locale?: string, month: 'short' | 'long' = 'short'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month, year: 'numeric' }
    : m
      ? { month, year: 'numeric' }
      : { year: 'numeric' };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(y, (m || 1) - 1, d || 1));
  } catch {
    return date;
  }
}

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
