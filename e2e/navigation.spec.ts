/** Pages that change under the reader, and turning Counterpoint off for a site. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';

const seed = (slug: string) => readFileSync(resolve(import.meta.dirname, `../fixtures/pages/${slug}/source.html`), 'utf8');

test('a page that swaps its article through the history API is checked again', async ({ context, worker, server }) => {
  const article = seed('seed-003-us-arms').match(/<article[\s\S]*<\/article>/)![0];
  server.extra.set(
    '/spa/',
    `<!doctype html><meta charset="utf-8"><title>Front page</title>
     <main id="app"><h1>Weather</h1><p>Sunny spells across the region today, with light winds and a gentle breeze by the afternoon; cooler tomorrow.</p></main>
     <template id="next">${article}</template>
     <script>
       addEventListener('swap', () => {
         document.getElementById('app').replaceChildren(document.getElementById('next').content.cloneNode(true));
         history.pushState({}, '', '/spa/us-arms');
         document.title = 'Pakistan says Afghan-based terrorists use US arms';
       });
     </script>`,
  );
  const page = await ArticlePage.open(context, worker, `${server.origin}/spa/`);
  expect(await page.highlightTexts()).toEqual([]);
  await page.page.evaluate(() => dispatchEvent(new Event('swap')));
  const texts = await page.waitForHighlights(2);
  expect(texts.some((t) => t.includes('sufficient proof'))).toBe(true);
});

test('turning Counterpoint off for a site removes the highlights and the sidebar', async ({ context, worker, server }) => {
  const page = await ArticlePage.open(context, worker, server.url('seed-003-us-arms'));
  await page.waitForHighlights(2);
  await page.clickHighlight('sufficient proof');
  const sidebar = await page.sidebar();
  await sidebar.getByRole('button', { name: 'Turn off on this site' }).click();
  await expect.poll(() => page.highlightTexts()).toEqual([]);
  await expect.poll(() => page.hasSidebarHost()).toBe(false);
  await expect.poll(() => page.badge()).toBe('');
  // Off is remembered for the site, and the content script then stops before reading the page.
  const disabled = await worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { disabledSites: string[] }).disabledSites);
  expect(disabled).toEqual(['127.0.0.1']);
  const again = await ArticlePage.open(context, worker, server.url('seed-003-us-arms'));
  await again.page.waitForLoadState('load');
  expect(await again.highlightTexts()).toEqual([]);
});

test('the sidebar lists the actors and closes from its own button', async ({ context, worker, server }) => {
  const page = await ArticlePage.open(context, worker, server.url('seed-004-white-house-dialogue'));
  await page.waitForHighlights(1);
  const first = (await page.highlightTexts())[0]!;
  await page.clickHighlight(first.slice(0, 20));
  const sidebar = await page.sidebar();
  await sidebar.getByRole('button', { name: /Show all quotes/ }).click();
  await expect(sidebar.locator('.chips')).toContainText('Karine Jean-Pierre');
  await sidebar.getByRole('button', { name: 'Close sidebar' }).click();
  await expect.poll(() => page.sidebarVisible()).toBe(false);
});

test('an article inserted after the page loaded is analysed when it arrives', async ({ context, worker, server }) => {
  // The fixture's own script inserts the article 300 ms after load: at document idle there is nothing to read.
  const page = await ArticlePage.open(context, worker, server.url('ontopic-kabultoday-istanbul-talks-late'));
  await page.waitForHighlights(1);
  expect(await page.tabStatus()).toBe('ready');
});

test("the content script reads the page's own date and outlet for Add to my corpus", async ({ context, worker, server }) => {
  const page = await ArticlePage.open(context, worker, server.url('seed-000-urdupoint-safe-havens'));
  await page.waitForHighlights(1);
  const info = await worker.evaluate(async (url) => {
    const all = await chrome.storage.session.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('tab:') && (all[k] as { url?: string }).url === url)!;
    return chrome.tabs.sendMessage(Number(key.slice(4)), { cp: 1, type: 'pageInfo', payload: {} });
  }, page.page.url());
  expect(info).toEqual({ date: '2021-08-10', outlet: 'UrduPoint' });
});
