/**
 * The reading memory's decisions: when a page read is remembered (never in a private window,
 * never on an excluded site or one where Counterpoint is off, never with memory off), which of
 * its quotes are kept, and what the sidebar is given.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis, PageQuote } from '../../src/core/analysis';
import { memoryDecision, onSite, pageKeys, quotesToKeep, toReadingItem } from '../../src/background/reading-policy';
import { newRead, remarkKey } from '../../src/db/reading-keep';
import { DEFAULT_SETTINGS } from '../../src/shared/protocol';

const on = { ...DEFAULT_SETTINGS, rememberReading: true };
const article = { url: 'https://www.dawn.example/news/1', incognito: false, onTopic: true };

describe('whether a page read is remembered', () => {
  it('only with memory on, the reader having said yes', () => {
    expect(memoryDecision(DEFAULT_SETTINGS, article)).toBe('off');
    expect(memoryDecision(on, article)).toBe('keep');
  });
  it('never in a private (incognito) window', () => {
    expect(memoryDecision(on, { ...article, incognito: true })).toBe('private');
  });
  it('never on a site the reader excluded (its subdomains too) or turned Counterpoint off on', () => {
    expect(memoryDecision({ ...on, readingExcludedSites: ['dawn.example'] }, article)).toBe('excluded');
    expect(memoryDecision({ ...on, readingExcludedSites: ['awn.example'] }, article)).toBe('keep');
    expect(memoryDecision({ ...on, disabledSites: ['www.dawn.example'] }, article)).toBe('site-off');
    expect(onSite('news.geo.example', ' GEO.example ')).toBe(true);
    expect(onSite('geo.example', '')).toBe(false);
  });
  it('only web pages, and only on-topic articles', () => {
    expect(memoryDecision(on, { ...article, url: 'file:///home/me/page.html' })).toBe('not-web');
    expect(memoryDecision(on, { ...article, onTopic: false })).toBe('off-topic');
  });
});

const quote = (over: Partial<PageQuote>): PageQuote => ({
  index: 0,
  kind: 'direct',
  text: 'They plan every attack from over there',
  parts: [{ start: 0, end: 10 }],
  speaker: { actorId: 'khawaja-asif', name: 'Khawaja Asif' },
  claims: [{ claimId: 'afghan-soil', text: 'Afghan soil is used', stance: 'asserts', stanceFrom: 'words', score: 0.7 }],
  related: [],
  ...over,
});
const analysis = (quotes: PageQuote[]): Analysis => ({ topic: { onTopic: true, score: 20, reasons: [] }, actors: [], quotes, elapsedMs: 1 });

describe('which quotes are kept', () => {
  it('direct quotes with a recognised speaker and a claim, verbatim, with the claims the engine gave them', () => {
    const kept = quotesToKeep(
      analysis([
        quote({ index: 0 }),
        quote({ index: 1, kind: 'reported' }),
        quote({ index: 2, kind: 'fragment' }),
        quote({ index: 3, speaker: undefined }),
        quote({ index: 4, speaker: { actorId: 'unlisted:rahim-gul', name: 'Rahim Gul' } }),
        quote({ index: 5, claims: [] }),
      ]),
    );
    expect(kept).toEqual([
      {
        index: 0,
        parts: [{ start: 0, end: 10 }],
        actorId: 'khawaja-asif',
        speaker: 'Khawaja Asif',
        text: 'They plan every attack from over there',
        claims: [{ claimId: 'afghan-soil', stance: 'asserts', stanceFrom: 'words' }],
      },
      // A person the article names whom the corpus does not hold: kept by the name written.
      expect.objectContaining({ index: 4, actorId: 'unlisted:rahim-gul', speaker: 'Rahim Gul' }),
    ]);
  });
  it('not a remark the curated corpus already holds', () => {
    const fromRemark = quote({ claims: [{ claimId: 'afghan-soil', text: '', stance: 'asserts', stanceFrom: 'remark', score: 1 }] });
    const sameWords = quote({
      related: [
        {
          statementId: 's1',
          actorId: 'khawaja-asif',
          speaker: 'Khawaja Asif',
          quote: '“They plan every attack from over there.”',
          date: '2024',
          claimId: 'afghan-soil',
          stance: 'asserts',
          relation: 'supports',
          sources: [],
          score: 1,
          reason: '',
          via: 'same-claim',
        },
      ],
    });
    expect(quotesToKeep(analysis([fromRemark, sameWords]))).toEqual([]);
  });
  it('the page’s own remark keys, so that the sidebar never shows a page its own remark', () => {
    expect(pageKeys(analysis([quote({})]))).toEqual(new Set([remarkKey('khawaja-asif', 'they plan every attack from over there')]));
  });
});

describe('what the sidebar is given', () => {
  it('the remark under the claim it is shown for, its pages most recent first, links only to web pages', () => {
    const row = newRead(
      { actorId: 'a', speaker: 'A', text: 'Words', claims: [{ claimId: 'c1', stance: 'asserts' }, { claimId: 'c2', stance: 'denies', sideUnsure: true }] },
      { url: 'https://one.example/', title: 'One', readAt: 1 },
    );
    row.sources.push({ url: 'https://two.example/', title: 'Two', outlet: 'Two News', readAt: 5 }, { url: 'javascript:alert(1)', title: 'x', readAt: 9 });
    expect(toReadingItem(row, 'c2')).toEqual({
      id: row.id,
      speaker: 'A',
      quote: 'Words',
      claimId: 'c2',
      stance: 'denies',
      sideUnsure: true,
      sources: [
        { url: 'https://two.example/', title: 'Two', outlet: 'Two News' },
        { url: 'https://one.example/', title: 'One' },
      ],
      readAt: 1,
    });
  });
  it('a speaker the article named but the corpus does not hold, marked so', () => {
    const row = newRead({ actorId: 'unlisted:rahim-gul', speaker: 'Rahim Gul', text: 'Words', claims: [{ claimId: 'c1', stance: 'asserts' }] }, { url: 'https://one.example/', title: 'One', readAt: 1 });
    expect(toReadingItem(row, 'c1')).toMatchObject({ speaker: 'Rahim Gul', unlisted: true });
    expect(toReadingItem({ ...row, actorId: 'khawaja-asif' }, 'c1')).not.toHaveProperty('unlisted');
  });
});
