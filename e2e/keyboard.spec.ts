/** Keyboard only: the sidebar's cards and the options page's forms are reached, opened and left without a mouse. */
import type { Page } from 'playwright-core';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { OptionsPage } from './pages/options-page';

/** Presses Tab on `page` until `focused()` holds, at most `max` times. */
async function tabUntil(page: Page, focused: () => Promise<boolean>, max = 60): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    if (await focused()) return true;
    await page.keyboard.press('Tab');
  }
  return focused();
}

test('the sidebar: every card is reached with Tab, then its source links, and Escape leaves the sidebar', async ({
  context,
  worker,
  server,
}) => {
  const article = await ArticlePage.open(context, worker, server.url('seed-003-us-arms'));
  await article.waitForHighlights(1);
  await article.clickHighlight('sufficient proof');
  const sidebar = await article.sidebar();
  const cards = sidebar.locator('.quote-card');
  await expect(cards.first()).toBeVisible();
  const n = await cards.count();
  // Each card's quote is a button, reached by Tab in order; its sources are links after it.
  for (let i = 0; i < n; i++) {
    const reached = await tabUntil(article.page, () =>
      sidebar.evaluate((k) => document.activeElement === document.querySelectorAll('.quote-card .quote-text')[k], i),
    );
    expect(reached, `card ${i + 1} of ${n} reached with Tab`).toBe(true);
  }
  const reachedLink = await tabUntil(article.page, () =>
    sidebar.evaluate(() => document.activeElement?.matches('.sources a') ?? false),
  );
  expect(reachedLink).toBe(true);
  await article.page.keyboard.press('Escape');
  await expect.poll(() => article.sidebarVisible()).toBe(false);
});

test('the options page: the statement form opens from the keyboard, takes input, and is left with the keyboard', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const page = options.page;
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  expect(await tabUntil(page, async () => (await focusedText()) === 'Add a statement')).toBe(true);
  await page.keyboard.press('Enter');
  const form = page.locator('form').first();
  await expect(form).toBeVisible();
  // The first field takes typing; Tab walks the form to its cancel button, and Enter there leaves it.
  expect(
    await tabUntil(page, () =>
      page.evaluate(
        () => document.activeElement instanceof HTMLInputElement || document.activeElement instanceof HTMLTextAreaElement,
      ),
    ),
  ).toBe(true);
  await page.keyboard.type('typed');
  expect(await tabUntil(page, async () => /^cancel$/i.test(await focusedText()))).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('form')).toHaveCount(0);
  // And each tab of the page is reached and opened with the arrow keys.
  await page.getByRole('tab', { name: 'Statements' }).focus();
  for (const name of ['Actors', 'Claims', 'Packs & data']) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }
});
