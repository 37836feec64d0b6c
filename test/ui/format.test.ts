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
});
