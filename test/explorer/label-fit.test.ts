import { describe, expect, it } from 'vitest';
import { fitToWidth, truncate } from '../../src/explorer/label-fit';

/** Seven pixels a character, nine for a capital: enough of a font to tell a fit from an overflow. */
const measure = (s: string) => [...s].reduce((w, c) => w + (/[A-Z]/.test(c) ? 9 : 7), 0);

describe('row labels cut to their column', () => {
  it('keeps a label that fits, whole', () => {
    expect(fitToWidth('Imran Khan', 200, measure)).toBe('Imran Khan');
  });

  /** The longest beginning (in characters) that fits with its ellipsis, tried one length after another. */
  const longestFit = (label: string, width: number) => {
    const chars = Array.from(label);
    let best = '…';
    for (let n = 1; n < chars.length; n++) {
      const cut = chars.slice(0, n).join('').trimEnd() + '…';
      if (measure(cut) <= width && cut.length >= best.length) best = cut;
    }
    return best;
  };

  it.each([
    ['National Security Committee of Pakistan', 200],
    ['Afghan soil is used by the TTP and allied militants to plan and launch attacks inside Pakistan', 220],
    ['Ministry of Foreign Affairs of Pakistan', 150],
    ['a b c d e f g h i j k l m n o p', 60],
  ] as const)('cuts %j to the longest beginning that fits %i px with its ellipsis', (label, width) => {
    const cut = fitToWidth(label, width, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut)).toBeLessThanOrEqual(width);
    expect(cut).toBe(longestFit(label, width));
  });

  it('gives only the ellipsis where not a character fits, and nothing for nothing', () => {
    expect(fitToWidth('Zabihullah Mujahid', 10, measure)).toBe('…');
    expect(fitToWidth('', 10, measure)).toBe('');
  });

  it('never cuts inside a character', () => {
    // A flag is two characters of two code units each; a font draws each wide, and half of one as a narrow box.
    const wide = (s: string) => [...s].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) > 0xffff ? 20 : 7), 0);
    const cut = fitToWidth('🇦🇫🇦🇫 Kabul', 34, wide);
    expect(cut).toBe('🇦…');
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('measures, not counts: a label in capitals is cut sooner than one in lower case', () => {
    expect(fitToWidth('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 120, measure).length).toBeLessThan(
      fitToWidth('abcdefghijklmnopqrstuvwxyz', 120, measure).length,
    );
  });

  it('leaves no space before the ellipsis', () => {
    expect(fitToWidth('Afghan soil is used by the TTP', 110, measure)).not.toMatch(/\s…$/);
  });

  it('counts characters where nothing measures: at most so many, the ellipsis among them', () => {
    const cut = truncate('Afghan soil is used by the TTP and allied militants', 28);
    expect(cut.length).toBeLessThanOrEqual(28);
    expect(cut).toBe('Afghan soil is used by the…');
    expect(truncate('Imran Khan', 28)).toBe('Imran Khan');
  });
});
