/** The timeline chart's words: a bar's period and counts as people say them. */
import { utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';
import { t } from '../shared/browser-api';
import type { Bin } from './timeline-model';

/** A bin's period as people say it: a year, or a month and year, or a day. */
export function periodLabel(bin: Bin, interval: CountableTimeInterval): string {
  const d = new Date(bin.start);
  const opts: Intl.DateTimeFormatOptions =
    interval === utcYear
      ? { year: 'numeric' }
      : interval === utcMonth
        ? { month: 'long', year: 'numeric' }
        : { day: 'numeric', month: 'short', year: 'numeric' };
  const start = new Intl.DateTimeFormat(undefined, { ...opts, timeZone: 'UTC' }).format(d);
  return interval === utcWeek ? t('explorerWeekOf', start) : start;
}

/** "12 denied, 3 asserted". */
export function summarise(counts: Bin['counts']): string {
  return (['denies', 'disputes', 'qualifies', 'asserts'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => t(`explorerCount_${k}`, String(counts[k])))
    .join(', ');
}
