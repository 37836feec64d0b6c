/**
 * The background's text check before any content script: what it reads of the page
 * (`readPage`, the same text as the first stage's `checkText`), how it waits for an article that
 * arrives late (`awaitQuietChange`), and when it reads again, passes, or gives up
 * (`textMayBeOnTopic`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileQuickChecks, quickCheckData } from '../../src/core/topic';
import { checkText } from '../../src/shared/check-text';
import {
  ARTICLE_PROSE,
  awaitQuietChange,
  CHECK_LIMITS,
  isPageRead,
  READ_ARGS,
  readPage,
  textMayBeOnTopic,
  type PageRead,
  type PageReader,
} from '../../src/background/page-check';
import type { Pack } from '../../src/core/pack-schema';

const ROOT = resolve(import.meta.dirname, '../..');
const pack = JSON.parse(readFileSync(join(ROOT, 'public/packs/pak-afghan-security.json'), 'utf8')) as Pack;
const passes = compileQuickChecks([quickCheckData(pack.topic)]);
const scope = globalThis as { document?: unknown; MutationObserver?: unknown };

afterEach(() => {
  delete scope.document;
  delete scope.MutationObserver;
  vi.useRealTimers();
});

/** Puts a page's document where the in-page functions look for it. */
function open(html: string) {
  const window = parseHTML(html);
  scope.document = window.document;
  scope.MutationObserver = window.MutationObserver;
  return window.document;
}

/** A read of a page still waiting for its article, or of one whose article is there. */
const waiting = (text: string): PageRead => ({ text, paragraphs: 1, prose: 0 });
const withArticle = (text: string): PageRead => ({ text, paragraphs: 12, prose: 4000 });

/** A page as the background sees it: reads in turn, and changes that settle or not. */
function fakePage(reads: (PageRead | undefined)[], changes: boolean[] = [], at = { elapsed: 0, current: true }) {
  const calls = { reads: 0, waits: [] as number[] };
  const page: PageReader = {
    read: () => Promise.resolve(reads[calls.reads++]),
    changed: (paragraphs) => {
      calls.waits.push(paragraphs);
      return Promise.resolve(changes[calls.waits.length - 1] ?? false);
    },
    current: () => at.current,
    elapsed: () => at.elapsed,
  };
  return { page, calls, at };
}

describe('what the check reads', () => {
  it('reads the same text as the first stage on every labelled page, and the on-topic ones pass', () => {
    let passed = 0;
    for (const slug of readdirSync(join(ROOT, 'fixtures/pages'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      open(readFileSync(join(ROOT, 'fixtures/pages', slug.name, 'source.html'), 'utf8'));
      const expected = JSON.parse(readFileSync(join(ROOT, 'fixtures/pages', slug.name, 'expected.json'), 'utf8')) as {
        onTopic?: boolean;
      };
      const read = readPage(...READ_ARGS);
      expect(isPageRead(read), slug.name).toBe(true);
      expect(read.text, slug.name).toBe(checkText());
      expect(read.text.startsWith(`${(scope.document as Document).title}\n`), slug.name).toBe(true);
      // The cheap check never turns away a page that is on topic.
      if (expected.onTopic) expect(passes(read.text), slug.name).toBe(true);
      if (passes(read.text)) passed++;
    }
    expect(passed).toBeGreaterThanOrEqual(12);
  });

  it('counts paragraph prose: an article is there on the near miss, not on a page still loading its story', () => {
    open(readFileSync(join(ROOT, 'fixtures/pages/nearmiss-cricket-women-karachi-series/source.html'), 'utf8'));
    expect(readPage(...READ_ARGS).prose).toBeGreaterThanOrEqual(ARTICLE_PROSE);
    open('<title>Pakistan: live</title><p>Loading the story…</p><p>Short.</p>');
    expect(readPage(...READ_ARGS)).toMatchObject({ paragraphs: 2, prose: 0 });
  });

  it('reads the title even where the page has no body', () => {
    const document = open('<html><head><title>Kabul</title></head></html>');
    Object.defineProperty(document, 'body', { get: () => null });
    expect(checkText()).toBe('Kabul\n');
    expect(readPage(...READ_ARGS).text).toBe('Kabul\n');
  });

  it('takes nothing of the wrong shape for a read', () => {
    expect(isPageRead({ text: 'x', paragraphs: 1, prose: 0 })).toBe(true);
    for (const bad of [
      null,
      'text',
      { text: 1, paragraphs: 1, prose: 0 },
      { text: 'x', paragraphs: NaN, prose: 0 },
      { text: 'x', prose: 0 },
    ])
      expect(isPageRead(bad)).toBe(false);
  });
});

describe('waiting for a page to change', () => {
  it('answers true once the page has changed and then been quiet', async () => {
    vi.useFakeTimers();
    const document = open('<html><body><p>Loading…</p></body></html>');
    const answer = awaitQuietChange(1000, 30_000, 10, 1);
    let settled: boolean | undefined;
    void answer.then((v) => (settled = v));
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('counts a change made between the read and the watch: the paragraphs are no longer those read', async () => {
    vi.useFakeTimers();
    open('<html><body><p>Loading…</p><p>The story.</p></body></html>');
    const answer = awaitQuietChange(1000, 30_000, 10, 1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await answer).toBe(true);
  });

  it('answers false when nothing changes before the deadline', async () => {
    vi.useFakeTimers();
    open('<html><body><p>Static.</p></body></html>');
    const answer = awaitQuietChange(1000, 5000, 10, 1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await answer).toBe(false);
  });

  it('answers false on a page that changes without end', async () => {
    vi.useFakeTimers();
    const document = open('<html><body></body></html>');
    const answer = awaitQuietChange(1000, 30_000, 3, 0);
    for (let i = 0; i < 4; i++) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(await answer).toBe(false);
  });
});

describe('when the background reads again', () => {
  const offTopic = 'Pakistan\nCricket: the squad for the Karachi series.';
  const onTopic = 'Pakistan\nThe Taliban denied that TTP militants attack from Afghan soil.';

  it('passes a page whose text passes at once, reading it once and watching nothing', async () => {
    const { page, calls } = fakePage([withArticle(onTopic)]);
    expect(await textMayBeOnTopic(page, passes)).toBe(true);
    expect(calls).toEqual({ reads: 1, waits: [] });
  });

  it('stops at a page whose article is there and fails: one read, no watch', async () => {
    const { page, calls } = fakePage([withArticle(offTopic)], [true]);
    expect(await textMayBeOnTopic(page, passes)).toBe(false);
    expect(calls).toEqual({ reads: 1, waits: [] });
  });

  it('watches a page still waiting for its article, from the paragraphs it read, and stops if it never changes', async () => {
    const { page, calls } = fakePage([waiting(offTopic)], [false]);
    expect(await textMayBeOnTopic(page, passes)).toBe(false);
    expect(calls).toEqual({ reads: 1, waits: [1] });
  });

  it('reads again once a page has changed, and passes the article that arrived', async () => {
    const { page, calls } = fakePage([waiting(offTopic), waiting(offTopic), withArticle(onTopic)], [true, true]);
    expect(await textMayBeOnTopic(page, passes)).toBe(true);
    expect(calls.reads).toBe(3);
  });

  it('stops once the article that arrived fails too', async () => {
    const { page, calls } = fakePage([waiting(offTopic), withArticle(offTopic), withArticle(onTopic)], [true, true]);
    expect(await textMayBeOnTopic(page, passes)).toBe(false);
    expect(calls.reads).toBe(2);
  });

  it('reads a changing page at most maxChecks more times, and only within the deadline', async () => {
    const limits = { ...CHECK_LIMITS, maxChecks: 2 };
    const busy = fakePage(Array<PageRead>(10).fill(waiting(offTopic)), Array<boolean>(10).fill(true));
    expect(await textMayBeOnTopic(busy.page, passes, limits)).toBe(false);
    expect(busy.calls.reads).toBe(3);

    const late = fakePage([waiting(offTopic), waiting(onTopic)], [true], { elapsed: CHECK_LIMITS.maxWaitMs, current: true });
    expect(await textMayBeOnTopic(late.page, passes)).toBe(false);
    expect(late.calls.waits).toEqual([]);
  });

  it('passes a page it could not read: the content script then decides', async () => {
    const { page } = fakePage([undefined]);
    expect(await textMayBeOnTopic(page, passes)).toBe(true);
  });

  it('gives up when the tab has moved on, whatever the text says', async () => {
    const gone = fakePage([withArticle(onTopic)], [], { elapsed: 0, current: false });
    expect(await textMayBeOnTopic(gone.page, passes)).toBe(false);

    const moved = fakePage([waiting(offTopic), withArticle(onTopic)], [true]);
    const changed = moved.page.changed.bind(moved.page);
    moved.page.changed = async (paragraphs) => {
      const result = await changed(paragraphs);
      moved.at.current = false;
      return result;
    };
    expect(await textMayBeOnTopic(moved.page, passes)).toBe(false);
    expect(moved.calls.reads).toBe(1);
  });
});
