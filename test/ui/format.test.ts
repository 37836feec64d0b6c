/** Dates at the precision the source gives, in the reader's language. */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/ui/format';

describe('formatDate', () => {
  it('keeps the precision of the source', () => {
    expect(formatDate('2021-08-09', 'en-GB')).toBe('9 Aug 2021');
    expect(formatDate('2024-03', 'en-GB')).toBe('Mar 2024');
    expect(formatDate('2022', 'en-GB')).toBe('2022');
  });
  it('speaks the reader’s language', () => {
    expect(formatDate('2024-03', 'fr')).toMatch(/mars 2024/);
  });
  it('shows what it cannot read as it is', () => {
    expect(formatDate('someday')).toBe('someday');
  });
  it('keeps each language and precision apart when it formats many dates', () => {
    const dates = ['2021-08-09', '2024-03', '2022', '2021-08-10'];
    const once = dates.flatMap((d) => [formatDate(d, 'en-GB'), formatDate(d, 'fr'), formatDate(d, 'en-GB', 'long')]);
    expect(once).toEqual(dates.flatMap((d) => [formatDate(d, 'en-GB'), formatDate(d, 'fr'), formatDate(d, 'en-GB', 'long')]));
    expect(once.slice(0, 3)).toEqual(['9 Aug 2021', expect.stringMatching(/9 août 2021/), '9 August 2021']);
    expect(once.slice(3, 6)).toEqual(['Mar 2024', expect.stringMatching(/mars 2024/), 'March 2024']);
    expect(once[6]).toBe('2022');
    expect(once[9]).toBe('10 Aug 2021');
  });
  it('shows a date as it is when the language is not one', () => {
    expect(formatDate('2021-08-09', 'not a language tag!')).toBe('2021-08-09');
  });
});
