/**
 * The gate before the content script: the background reads every web page's text in the page's
 * own world and injects the content script only where it may be on topic, whatever the title
 * says; a page whose title names the topic is also watched for an article that arrives late. The
 * toolbar button reaches any page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import type { FixtureServer } from '../scripts/fixture-server';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { TAJIK_BORDER } from '../test/helpers/near-misses';

const source = (slug: string) => readFileSync(resolve(import.meta.dirname, `../fixtures/pages/${slug}/source.html`), 'utf8');

/** Whether the first stage runs in the tab at `url`, asked in the content scripts' own world. */
async function firstStageRuns(worker: Worker, url: string): Promise<boolean> {
  return worker.evaluate(async (address) => {
    const [tab] = await chrome.tabs.query({ url: address });
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: tab!.id! },
      func: () => (globalThis as { counterpointFirstStage?: { alive(): boolean } }).counterpointFirstStage?.alive() === true,
    });
    return result!.result as boolean;
  }, url);
}

/**
 * Opens `slug`, then an on-topic article: once the article's highlights show, the background has
 * long handled the first page's load.
 */
async function openBeforeAnArticle(
  { context, worker, server }: { context: BrowserContext; worker: Worker; server: FixtureServer },
  /** A fixture page's slug, or a path the server serves (`/…`). */
  slug: string,
) {
  const first = await ArticlePage.open(context, worker, slug.startsWith('/') ? `${server.origin}${slug}` : server.url(slug));
  await first.page.waitForLoadState('load');
  const article = await ArticlePage.open(context, worker, server.url('seed-003-us-arms'));
  await article.waitForHighlights(2);
  expect(await firstStageRuns(worker, article.page.url())).toBe(true);
  return first;
}

/**
 * A page titled `title` whose body says nothing of the topic at load, with seed-003's article in
 * a template for `insertArticle`. It counts reads of its title, so a test knows when the
 * background has read it.
 */
function latePage(title: string): string {
  const article = source('seed-003-us-arms').match(/<article[\s\S]*<\/article>/)![0];
  return `<!doctype html><meta charset="utf-8"><title>${title}</title>
     <script>
       window.titleReads = 0;
       const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
       Object.defineProperty(Document.prototype, 'title', { configurable: true, get() { window.titleReads++; return title.get.call(this); } });
     </script>
     <main id="story"><p>Loading the story…</p></main>
     <template id="late">${article}</template>`;
}

/** Waits until the background has read the page's title. */
async function waitForRead(page: ArticlePage): Promise<void> {
  await expect.poll(() => page.page.evaluate(() => (window as unknown as { titleReads: number }).titleReads)).toBeGreaterThan(0);
}

/** Puts the article in. */
async function insertArticle(page: ArticlePage): Promise<void> {
  await page.page.evaluate(() => {
    const late = document.getElementById('late') as HTMLTemplateElement;
    document.getElementById('story')!.replaceChildren(late.content.cloneNode(true));
  });
}

test('an off-topic page has its text read and gets no content script; an on-topic article does', async ({
  context,
  worker,
  server,
}) => {
  const recipe = await openBeforeAnArticle({ context, worker, server }, 'offtopic-recipe-chicken-karahi');
  expect(await firstStageRuns(worker, recipe.page.url())).toBe(false);
  expect(await recipe.highlightTexts()).toEqual([]);
});

test('a near miss whose title names the topic has its text read and gets no content script', async ({
  context,
  worker,
  server,
}) => {
  // "Pakistan" in the title passes the gate; the text names no Afghan side and no attack.
  const cricket = await openBeforeAnArticle({ context, worker, server }, 'nearmiss-cricket-women-karachi-series');
  expect(await cricket.page.title()).toMatch(/Pakistan/);
  expect(await firstStageRuns(worker, cricket.page.url())).toBe(false);
});

test('a clash on the Tajik border that never names Pakistan gets no content script, whatever its Taliban remarks say', async ({
  context,
  worker,
  server,
}) => {
  const { title, paragraphs } = TAJIK_BORDER;
  server.extra.set(
    '/tajik/',
    `<!doctype html><meta charset="utf-8"><title>${title}</title><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`,
  );
  const tajik = await openBeforeAnArticle({ context, worker, server }, '/tajik/');
  expect(await firstStageRuns(worker, tajik.page.url())).toBe(false);
  expect(await tajik.highlightTexts()).toEqual([]);
});

test("a page that hides its text from the background's read still gets Counterpoint", async ({ context, worker, server }) => {
  // The page breaks `textContent` in its own world, where the background reads: what comes back
  // is no text, which counts as a pass; the content script reads in its own world.
  const hide = `<script>Object.defineProperty(Node.prototype, 'textContent', { configurable: true, get() { throw new Error('hidden'); } });</script>`;
  server.extra.set('/hidden/', source('seed-003-us-arms').replace('</head>', `${hide}</head>`));
  const page = await ArticlePage.open(context, worker, `${server.origin}/hidden/`);
  const texts = await page.waitForHighlights(2);
  expect(texts.some((t) => t.includes('sufficient proof'))).toBe(true);
  expect(
    await page.page.evaluate(() => {
      try {
        return document.body.textContent;
      } catch {
        return 'thrown';
      }
    }),
  ).toBe('thrown');
});

test('a page whose article arrives after its text was read gets Counterpoint once it settles', async ({
  context,
  worker,
  server,
}) => {
  // "Pakistan" in the title: the page is watched for an article that arrives after the read.
  server.extra.set('/live/', latePage('Pakistan: live updates'));
  const page = await ArticlePage.open(context, worker, `${server.origin}/live/`);
  await waitForRead(page);
  expect(await firstStageRuns(worker, page.page.url())).toBe(false);
  await insertArticle(page);
  const texts = await page.waitForHighlights(2);
  expect(texts.some((t) => t.includes('sufficient proof'))).toBe(true);
});

test("a page's title changing alone reads nothing; its address changing reads it again", async ({ context, worker, server }) => {
  // A web mail's unread count in its title, then a move to another folder through the history API.
  server.extra.set(
    '/mail/',
    `<!doctype html><meta charset="utf-8"><title>Inbox (3) - Mail</title>
     <script>
       window.titleReads = 0;
       const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
       Object.defineProperty(Document.prototype, 'title', {
         configurable: true,
         get() { window.titleReads++; return title.get.call(this); },
         set(value) { title.set.call(this, value); },
       });
     </script>
     <main><h1>Inbox</h1><p>Lunch on Friday? Let me know which day suits you, and I will book a table for four.</p></main>`,
  );
  const mail = await ArticlePage.open(context, worker, `${server.origin}/mail/`);
  const reads = () => mail.page.evaluate(() => (window as unknown as { titleReads: number }).titleReads);
  await expect.poll(reads).toBe(1);
  for (const unread of [4, 5, 6]) await mail.page.evaluate((n) => (document.title = `Inbox (${n}) - Mail`), unread);
  await mail.page.evaluate(() => history.pushState({}, '', '/mail/sent'));
  await expect.poll(reads).toBeGreaterThanOrEqual(2);
  // Once an article opened after it shows its highlights, the mail page's events are long handled.
  const article = await ArticlePage.open(context, worker, server.url('seed-003-us-arms'));
  await article.waitForHighlights(2);
  expect(await reads()).toBe(2);
  expect(await firstStageRuns(worker, mail.page.url())).toBe(false);
});

test('an on-topic article whose title and address name nothing of the topic gets Counterpoint on its own', async ({
  context,
  worker,
  server,
}) => {
  server.extra.set(
    '/2025/10/31/118204/',
    source('seed-003-us-arms').replace(/<title>[\s\S]*?<\/title>/i, '<title>Front page</title>'),
  );
  const page = await ArticlePage.open(context, worker, `${server.origin}/2025/10/31/118204/`);
  const texts = await page.waitForHighlights(2);
  expect(texts.some((t) => t.includes('sufficient proof'))).toBe(true);
  expect(await firstStageRuns(worker, page.page.url())).toBe(true);
});

test('the toolbar button brings Counterpoint to an article that arrived after a plainly titled page was read', async ({
  context,
  worker,
  server,
}) => {
  // A page whose title names nothing of the topic is read once, at load, and not watched: its
  // article, inserted later, is reached through the toolbar button.
  server.extra.set('/front/', latePage('Front page'));
  const page = await ArticlePage.open(context, worker, `${server.origin}/front/`);
  await waitForRead(page);
  await insertArticle(page);
  const url = page.page.url();
  expect(await firstStageRuns(worker, url)).toBe(false);
  await page.clickToolbarButton();
  const sidebar = await page.sidebar();
  await expect(sidebar.locator('.quote-card').first()).toBeVisible();
  await page.waitForHighlights(2);
  expect(await firstStageRuns(worker, url)).toBe(true);
});
