/**
 * The corpus the pages see follows the options page: an edit reaches the next article at once,
 * and after the service worker is stopped, the index it restores from its snapshot holds the edit.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { OptionsPage } from './pages/options-page';

/** The timing the background recorded for the tab showing `url`: how its engine was made. */
async function engineFor(options: Page, url: string): Promise<string | undefined> {
  return options.evaluate(async (address) => {
    const [tab] = await chrome.tabs.query({ url: address });
    const state = (await chrome.storage.session.get(`tab:${tab!.id}`))[`tab:${tab!.id}`] as
      { timing?: { engine: string } } | undefined;
    return state?.timing?.engine;
  }, url);
}

/** When the stored index snapshot was taken (0 when there is none), read from the options page. */
function snapshotTakenAt(options: Page): Promise<number> {
  return options.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('counterpoint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('snapshots').objectStore('snapshots').get('matching-index');
          req.onsuccess = () => resolve((req.result as { takenAt?: number } | undefined)?.takenAt ?? 0);
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/**
 * Stops the extension's service worker, as the browser does when it has been idle, and waits
 * until the DevTools protocol no longer lists it (Playwright's `Worker` does not follow a stop).
 */
async function stopServiceWorker(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const running = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.some(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(running).toBe(false);
  await cdp.detach();
}

async function focusedSources(article: ArticlePage): Promise<string> {
  await article.waitForHighlights(2);
  await article.clickHighlight('sufficient proof');
  const sidebar = await article.sidebar();
  const card = sidebar.locator('.quote-card.focused');
  await expect(card.locator('.group-counter')).toContainText('Fitrat');
  return card.locator('.group-counter').innerText();
}

test('an edit in the options page reaches the next article, and the index restored after a worker restart holds it', async ({
  context,
  worker,
  server,
  extensionId,
}) => {
  const url = server.url('seed-003-us-arms');
  const first = await ArticlePage.open(context, worker, url);
  expect(await focusedSources(first)).toContain('Amu TV');

  // Amu TV's report of Fitrat's remark is shown merged with the seed's quote: rename its outlet.
  const options = await OptionsPage.open(context, extensionId);
  await options.search('kept stored and secure');
  await options.expectResults(1);
  await options.row('kept stored and secure').getByRole('button', { name: /^Edit/ }).click();
  await options.form.getByLabel('Outlet').fill('Kabul Test Wire');
  await options.submitForm();
  await expect(options.form).toHaveCount(0);
  const editedAt = Date.now();

  const second = await ArticlePage.open(context, worker, url);
  const after = await focusedSources(second);
  expect(after).toContain('Kabul Test Wire');
  expect(after).not.toContain('Amu TV');
  expect(await engineFor(options.page, url)).toBe('built');

  // The snapshot of the edited corpus is stored once the answer is out; then the worker stops.
  await expect.poll(() => snapshotTakenAt(options.page), { timeout: 30_000 }).toBeGreaterThan(editedAt);
  await Promise.all([first.page.close(), second.page.close()]);
  await stopServiceWorker(context, options.page, extensionId);

  const third = await ArticlePage.open(context, worker, url);
  await third.waitForHighlights(2);
  // The fresh worker's first answer came from the index restored from the snapshot.
  expect(await engineFor(options.page, url)).toBe('restored');
  const restored = await focusedSources(third);
  expect(restored).toContain('Kabul Test Wire');
  expect(restored).not.toContain('Amu TV');
});
