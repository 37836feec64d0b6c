/** The options page's strings: every user-visible text comes from `_locales` (keys `options…`). */
import { t } from '../shared/browser-api';

/** The localised string `key`, with `$1`, `$2`… filled from `subs`. */
export function msg(key: string, ...subs: (string | number)[]): string {
  return subs.length > 0 ? t(key, subs.map(String)) : t(key);
}

/** "1 statement" or "12 statements": `key` + `One` / `Many`, the count as `$1`. */
export function plural(key: string, n: number): string {
  return msg(n === 1 ? `${key}One` : `${key}Many`, n);
}

/** A byte count for people: "812 KB", "3.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return msg('optionsBytes', bytes);
  if (bytes < 1024 * 1024) return msg('optionsKilobytes', Math.round(bytes / 1024));
  if (bytes < 1024 ** 3) return msg('optionsMegabytes', (bytes / 1024 ** 2).toFixed(1));
  return msg('optionsGigabytes', (bytes / 1024 ** 3).toFixed(1));
}
