import { describe, expect, it } from 'vitest';
import { fitToWidth, truncate } from '../../src/explorer/label-fit';

/** Seven pixels a character, nine for a capital: enough of a font to tell a fit from an overflow. */
const measure = (s: string) => [...s].reduce((w, c) => w + (/[A-Z]/.test(c) ? 9 : 7), 0);

describe('row labels cut to their column', () => {
  it('keeps a label that fits, whole', () => {
    expect(fitToWidth('Imran Khan', 200, measure)).toBe('Imran Khan');
  });

  it('cuts a long label to the longest beginning that fits with its ellipsis', () => {
    const label = 'National Security Committee of Pakistan';
    const cut = fitToWidth(label, 200, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(label.startsWith(cut.slice(0, -1))).toBe(true);
    expect(measure(cut)).toBeLessThanOrEqual(200);
    // One character more would not fit.
    const longer = label.slice(0, cut.length).trimEnd() + '…';
    expect(measure(longer)).toBeGreaterThan(200);
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
