/**
 * The background's text check before any content script: what it reads of the page
 * (`checkText`, shared with the first stage), how it waits for an article that arrives late
 * (`awaitQuietChange`), and when it reads again, passes, or gives up (`textMayBeOnTopic`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileQuickChecks, quickCheckData } from '../../src/core/topic';
import { checkText } from '../../src/shared/check-text';
import { awaitQuietChange, CHECK_LIMITS, textMayBeOnTopic, type PageReader } from '../../src/background/page-check';
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

/** A page as the background sees it: reads of its text, in turn, and changes that settle or not. */
function fakePage(reads: (string | undefined)[], changes: boolean[] = [], at = { elapsed: 0, current: true }) {
  const calls = { reads: 0, waits: 0, order: [] as string[] };
  const page: PageReader = {
    read: () => {
      calls.order.push('read');
      return Promise.resolve(reads[calls.reads++]);
    },
    changed: () => {
      calls.order.push('watch');
      return Promise.resolve(changes[calls.waits++] ?? false);
    },
    current: () => at.current,
    elapsed: () => at.elapsed,
  };
  return { page, calls, at };
}

describe('what the check reads', () => {
  it('gives the labelled pages the same answer as their expected topic verdict allows', () => {
    let passed = 0;
    for (const slug of readdirSync(join(ROOT, 'fixtures/pages'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      open(readFileSync(join(ROOT, 'fixtures/pages', slug.name, 'source.html'), 'utf8'));
      const expected = JSON.parse(readFileSync(join(ROOT, 'fixtures/pages', slug.name, 'expected.json'), 'utf8')) as {
        onTopic?: boolean;
      };
      const text = checkText();
      expect(text.startsWith(`${(scope.document as Document).title}\n`), slug.name).toBe(true);
      // The cheap check never turns away a page that is on topic.
      if (expected.onTopic) expect(passes(text), slug.name).toBe(true);
      if (passes(text)) passed++;
    }
    expect(passed).toBeGreaterThanOrEqual(12);
  });

  it('reads the title even where the page has no body', () => {
    const document = open('<html><head><title>Kabul</title></head></html>');
    Object.defineProperty(document, 'body', { get: () => null });
    expect(checkText()).toBe('Kabul\n');
  });
});

describe('waiting for a page to change', () => {
  it('answers true once the page has changed and then been quiet', async () => {
    vi.useFakeTimers();
    const document = open('<html><body><p>Loading…</p></body></html>');
    const answer = awaitQuietChange(1000, 30_000, 10);
    let settled: boolean | undefined;
    void answer.then((v) => (settled = v));
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('answers false when nothing changes before the deadline', async () => {
    vi.useFakeTimers();
    open('<html><body><p>Static.</p></body></html>');
    const answer = awaitQuietChange(1000, 5000, 10);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await answer).toBe(false);
  });

  it('answers false on a page that changes without end', async () => {
    vi.useFakeTimers();
    const document = open('<html><body></body></html>');
    const answer = awaitQuietChange(1000, 30_000, 3);
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

  it('passes a page whose text passes at once, reading it once', async () => {
    const { page, calls } = fakePage([onTopic]);
    expect(await textMayBeOnTopic(page, passes)).toBe(true);
    expect(calls.reads).toBe(1);
  });

  it('starts each watch before its read, so that a change just after a read is seen', async () => {
    const { page, calls } = fakePage([offTopic, onTopic], [true]);
    expect(await textMayBeOnTopic(page, passes)).toBe(true);
    expect(calls.order).toEqual(['watch', 'read', 'watch', 'read']);
  });

  it('stops at a page that fails and does not change', async () => {
    const { page, calls } = fakePage([offTopic], [false]);
    expect(await textMayBeOnTopic(page, passes)).toBe(false);
    expect(calls.order).toEqual(['watch', 'read']);
  });

  it('reads again once a page has changed, and passes the article that arrived', async () => {
    const { page, calls } = fakePage([offTopic, offTopic, onTopic], [true, true]);
    expect(await textMayBeOnTopic(page, passes)).toBe(true);
    expect(calls.reads).toBe(3);
  });

  it('reads a changing page at most maxChecks more times, and only within the deadline', async () => {
    const limits = { ...CHECK_LIMITS, maxChecks: 2 };
    const busy = fakePage(Array(10).fill(offTopic), Array(10).fill(true));
    expect(await textMayBeOnTopic(busy.page, passes, limits)).toBe(false);
    expect(busy.calls.reads).toBe(3);

    const late = fakePage([offTopic, onTopic], [true], { elapsed: CHECK_LIMITS.maxWaitMs, current: true });
    expect(await textMayBeOnTopic(late.page, passes)).toBe(false);
    expect(late.calls.reads).toBe(1);
  });

  it('passes a page it could not read: the content script then decides', async () => {
    const { page } = fakePage([undefined]);
    expect(await textMayBeOnTopic(page, passes)).toBe(true);
  });

  it('gives up when the tab has moved on, whatever the text says', async () => {
    const gone = fakePage([onTopic], [], { elapsed: 0, current: false });
    expect(await textMayBeOnTopic(gone.page, passes)).toBe(false);

    const moved = fakePage([offTopic, onTopic], [true]);
    const changed = moved.page.changed.bind(moved.page);
    moved.page.changed = async () => {
      const result = await changed();
      moved.at.current = false;
      return result;
    };
    expect(await textMayBeOnTopic(moved.page, passes)).toBe(false);
    expect(moved.calls.reads).toBe(1);
  });
});
