import { describe, expect, it } from 'vitest';
import { citationDate, citationMarkdown, citationText, escapeMarkdown } from '../../src/ui/citation';

const full = {
  speaker: 'Zabihullah Mujahid',
  role: 'Spokesman of the Taliban government',
  date: '2023-02-10',
  outlet: 'TOLOnews',
  title: 'Islamic Emirate: Afghan soil will not be used against others',
  url: 'https://tolonews.com/afghanistan-181234',
};

describe('copy as citation', () => {
  it('gives the date at the precision the source has, month written out', () => {
    expect(citationDate('2021-08-09', 'en-GB')).toBe('9 August 2021');
    expect(citationDate('2024-03', 'en-GB')).toBe('March 2024');
    expect(citationDate('2022', 'en-GB')).toBe('2022');
  });

  it('formats plain text: speaker, role, date, outlet, title, address', () => {
    expect(citationText(full, 'en-GB')).toBe(
      'Zabihullah Mujahid, Spokesman of the Taliban government, 10 February 2023. TOLOnews, “Islamic Emirate: Afghan soil will not be used against others”. https://tolonews.com/afghanistan-181234',
    );
  });

  it('formats Markdown with the title as the link', () => {
    expect(citationMarkdown(full, 'en-GB')).toBe(
      'Zabihullah Mujahid, Spokesman of the Taliban government, 10 February 2023. TOLOnews, [“Islamic Emirate: Afghan soil will not be used against others”](https://tolonews.com/afghanistan-181234).',
    );
  });

  it('leaves out what the source lacks, with its punctuation', () => {
    const seed = { speaker: 'Foreign Office', date: '2023', outlet: 'Dawn', title: 'FO rejects claims' };
    expect(citationText(seed, 'en-GB')).toBe('Foreign Office, 2023. Dawn, “FO rejects claims”.');
    expect(citationMarkdown(seed, 'en-GB')).toBe('Foreign Office, 2023. Dawn, “FO rejects claims”.');
    const untitled = { speaker: 'ISPR', date: '2024-03', outlet: 'Geo News', url: 'https://geo.tv/x' };
    expect(citationText(untitled, 'en-GB')).toBe('ISPR, March 2024. Geo News. https://geo.tv/x');
    expect(citationMarkdown(untitled, 'en-GB')).toBe('ISPR, March 2024. [Geo News](https://geo.tv/x).');
  });

  it('escapes Markdown in names and titles, and parentheses in addresses', () => {
    expect(escapeMarkdown('[TTP] *urgent* (update)')).toBe('\\[TTP\\] \\*urgent\\* \\(update\\)');
    const md = citationMarkdown(
      { speaker: 'A_B', date: '2020', outlet: 'X', title: 'Why [not]', url: 'https://x.org/a_(b)' },
      'en-GB',
    );
    expect(md).toBe('A\\_B, 2020. X, [“Why \\[not\\]”](https://x.org/a_%28b%29).');
  });
});
