/**
 * The background's text check before any content script: what it reads of the page
 * (`checkText`, shared with the first stage), whether that text holds an article yet
 * (`hasArticle`), how it waits for an article that arrives late (`awaitQuietChange`), and when it
 * reads again, passes, or gives up (`textMayBeOnTopic`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileQuickChecks, quickCheckData } from '../../src/core/topic';
import { checkText } from '../../src/shared/check-text';
import { awaitQuietChange, CHECK_LIMITS, hasArticle, textMayBeOnTopic, type PageReader } from '../../src/background/page-check';
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

const sentence = 'The spokesman said the talks would resume in Istanbul next week after a pause.';
/** Texts of a page still waiting for its article, and of one whose article is there. */
const waiting = (title: string) => `${title}\nHome News Sport\nLoading the story…\nWe use cookies.`;
const withArticle = (title: string, line: string) => `${title}\n${line}\n${Array(10).fill(sentence).join(' ')}`;

/** A page as the background sees it: reads of its text in turn, and changes that settle or not. */
function fakePage(reads: (string | undefined)[], changes: boolean[] = [], at = { elapsed: 0, current: true }) {
  const calls = { reads: 0, waits: [] as number[] };
  const page: PageReader = {
    read: () => Promise.resolve(reads[calls.reads++]),
    changed: (lengthRead) => {
      calls.waits.push(lengthRead);
      return Promise.resolve(changes[calls.waits.length - 1] ?? false);
    },
    current: () => at.current,
    elapsed: () => at.elapsed,
  };
  return { page, calls, at };
}

describe('what the check reads', () => {
  it('gives every labelled page its text, the on-topic ones pass, and every one has its article at load', () => {
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
      // A near miss is done after one read: its article is there and fails.
      expect(hasArticle(text), slug.name).toBe(true);
    }
    expect(passed).toBeGreaterThanOrEqual(12);
  });

  it('reads the title even where the page has no body', () => {
    const document = open('<html><head><title>Kabul</title></head></html>');
    Object.defineProperty(document, 'body', { get: () => null });
    expect(checkText()).toBe('Kabul\n');
  });
});

describe('whether the text holds an article yet', () => {
  it('counts sentences of prose, not menus, buttons or a loading notice', () => {
    expect(hasArticle(waiting('Pakistan: live updates'))).toBe(false);
    expect(hasArticle(withArticle('Pakistan', 'Cricket'))).toBe(true);
    expect(hasArticle(Array(7).fill(sentence).join(' '))).toBe(false);
    expect(hasArticle(Array(8).fill(sentence).join(' '))).toBe(true);
    // Sentences cut by line breaks, or too short, are not prose.
    expect(hasArticle(Array(20).fill('Short line here.').join(' '))).toBe(false);
    expect(hasArticle(Array(20).fill(sentence.replace('week', 'week\n')).join(' '))).toBe(false);
  });

  it('makes one pass over a huge text with no full stop in it', () => {
    expect(hasArticle('word '.repeat(1_000_000))).toBe(false);
  });
});

describe('waiting for a page to change', () => {
  it('answers true once the page has changed and then been quiet', async () => {
    vi.useFakeTimers();
    const document = open('<html><head><title>Kabul</title></head><body><p>Loading…</p></body></html>');
    const answer = awaitQuietChange(1000, 30_000, 10, checkText().length);
    let settled: boolean | undefined;
    void answer.then((v) => (settled = v));
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('counts a change made between the read and the watch: the text is no longer as long', async () => {
    vi.useFakeTimers();
    open('<html><head><title>Kabul</title></head><body><p>Loading…</p><p>The story.</p></body></html>');
    const answer = awaitQuietChange(1000, 30_000, 10, 'Kabul\nLoading…'.length);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await answer).toBe(true);
  });

  it('answers false when nothing changes before the deadline', async () => {
    vi.useFakeTimers();
    open('<html><head><title>Kabul</title></head><body><p>Static.</p></body></html>');
    const answer = awaitQuietChange(1000, 5000, 10, checkText().length);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await answer).toBe(false);
  });

  it('answers false on a page that changes without end', async () => {
    vi.useFakeTimers();
    const document = open('<html><head><title>Kabul</title></head><body></body></html>');
    const answer = awaitQuietChange(1000, 30_000, 3, checkText().length);
    for (let i = 0; i < 4; i++) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(await answer).toBe(false);
  });
});

describe('when the background reads again', () => {
  const offTopic = withArticle('Pakistan', 'Cricket: the squad for the Karachi series.');
  const onTopic = withArticle('Pakistan', 'The Taliban denied that TTP militants attack from Afghan soil.');
  const loading = waiting('Pakistan: live updates');

  it('passes a page whose text passes at once, reading it once and watching nothing', async () => {
    const { page, calls } = fakePage([onTopic]);
    expect(await textMayBeOnTopic(page, passes)).toBe(true);
    expect(calls).toEqual({ reads: 1, waits: [] });
  });

  it('stops at a page whose article is there and fails: one read, no watch', async () => {
    const { page, calls } = fakePage([offTopic], [true]);
    expect(await textMayBeOnTopic(page, passes)).toBe(false);
    expect(calls).toEqual({ reads: 1, waits: [] });
  });

  it('watches a page still waiting for its article, from the length it read, and stops if it never changes', async () => {
    const { page, calls } = fakePage([loading], [false]);
    expect(await textMayBeOnTopic(page, passes)).toBe(false);
    expect(calls).toEqual({ reads: 1, waits: [loading.length] });
  });

  it('reads again once a page has changed, and passes the article that arrived', async () => {
    const { page, calls } = fakePage([loading, loading, onTopic], [true, true]);
    expect(await textMayBeOnTopic(page, passes)).toBe(true);
    expect(calls.reads).toBe(3);
  });

  it('stops once the article that arrived fails too', async () => {
    const { page, calls } = fakePage([loading, offTopic, onTopic], [true, true]);
    expect(await textMayBeOnTopic(page, passes)).toBe(false);
    expect(calls.reads).toBe(2);
  });

  it('reads a changing page at most maxChecks more times, and only within the deadline', async () => {
    const limits = { ...CHECK_LIMITS, maxChecks: 2 };
    const busy = fakePage(Array<string>(10).fill(loading), Array<boolean>(10).fill(true));
    expect(await textMayBeOnTopic(busy.page, passes, limits)).toBe(false);
    expect(busy.calls.reads).toBe(3);

    const late = fakePage([loading, onTopic], [true], { elapsed: CHECK_LIMITS.maxWaitMs, current: true });
    expect(await textMayBeOnTopic(late.page, passes)).toBe(false);
    expect(late.calls.waits).toEqual([]);
  });

  it('passes a page it could not read: the content script then decides', async () => {
    const { page } = fakePage([undefined]);
    expect(await textMayBeOnTopic(page, passes)).toBe(true);
  });

  it('gives up when the tab has moved on, whatever the text says', async () => {
    const gone = fakePage([onTopic], [], { elapsed: 0, current: false });
    expect(await textMayBeOnTopic(gone.page, passes)).toBe(false);

    const moved = fakePage([loading, onTopic], [true]);
    const changed = moved.page.changed.bind(moved.page);
    moved.page.changed = async (lengthRead) => {
      const result = await changed(lengthRead);
      moved.at.current = false;
      return result;
    };
    expect(await textMayBeOnTopic(moved.page, passes)).toBe(false);
    expect(moved.calls.reads).toBe(1);
  });
});
