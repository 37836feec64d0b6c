/** The reading use, end to end: highlights, the sidebar, clicking a quote, off-topic pages. */
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';

const US_ARMS = 'seed-003-us-arms';

test('the content script highlights quotes with context on a seed article and badges the tab', async ({ context, worker, server }) => {
  const article = await ArticlePage.open(context, worker, server.url(US_ARMS));
  const texts = await article.waitForHighlights(2);
  expect(texts.some((t) => t.includes('sufficient proof'))).toBe(true);
  await expect.poll(() => article.badge()).toMatch(/^[1-9]\d*$/);
  expect(await article.hasSidebarHost()).toBe(false);
});

test("clicking the Foreign Office quote on US weapons opens the sidebar with the Taliban's denial", async ({ context, worker, server }) => {
  const article = await ArticlePage.open(context, worker, server.url(US_ARMS));
  await article.waitForHighlights(2);
  await article.clickHighlight('sufficient proof');
  const sidebar = await article.sidebar();
  const focused = sidebar.locator('.quote-card.focused');
  await expect(focused).toHaveCount(1);
  await expect(focused.locator('.quote-text')).toContainText('sufficient proof');
  const counter = focused.locator('.group-counter .statement');
  await expect(counter.first()).toBeVisible();
  await expect(focused.locator('.group-counter')).toContainText(/Fitrat|Mujahid/);
  await expect(focused.locator('.group-counter .stance-denies').first()).toBeVisible();
});

test('an off-topic page shows nothing and gets no badge', async ({ context, worker, server }) => {
  server.extra.set(
    '/cricket/',
    `<!doctype html><title>Rawalpindi T20</title><article><h1>Pakistan win the T20 in Rawalpindi</h1>${'<p>Pakistan beat New Zealand by six wickets in Rawalpindi on Sunday, with the captain scoring an unbeaten fifty as the spinners choked the middle overs.</p>'.repeat(8)}</article>`,
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/cricket/`);
  // The page names Pakistan, so it passes the cheap check; the full score must turn it down.
  await expect.poll(() => article.tabStatus()).toBe('off-topic');
  expect(await article.highlightTexts()).toEqual([]);
  expect(await article.hasSidebarHost()).toBe(false);
  expect(await article.badge()).toBe('');
});

test('with "open by itself" on, the sidebar opens on an article with context', async ({ context, worker, server }) => {
  await worker.evaluate(() => chrome.storage.local.set({ settings: { autoOpen: true, disabledSites: [], sidebarWidth: 420 } }));
  const article = await ArticlePage.open(context, worker, server.url(US_ARMS));
  const sidebar = await article.sidebar();
  await expect(sidebar.locator('.quote-card').first()).toBeVisible();
  await expect.poll(() => article.sidebarVisible()).toBe(true);
});

test('the sidebar stays open in its tab across a reload', async ({ context, worker, server }) => {
  const article = await ArticlePage.open(context, worker, server.url(US_ARMS));
  await article.waitForHighlights(2);
  await article.clickHighlight('sufficient proof');
  await article.sidebar();
  await article.page.reload();
  await article.waitForHighlights(2);
  await expect.poll(() => article.sidebarVisible()).toBe(true);
});
