/** Keyboard only: the sidebar's cards and the options page's forms are reached, opened and left without a mouse. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
  for (const name of ['Actors', 'Claims', 'From my reading', 'Packs & data']) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }
});

/** The accessible text of the focused element (a button's label, a field's value is not included). */
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Tabs to the button whose text is `name` and presses Enter on it. */
async function pressButton(page: Page, name: string): Promise<void> {
  expect(await tabUntil(page, async () => (await focusedName(page)) === name), `"${name}" reached with Tab`).toBe(true);
  await page.keyboard.press('Enter');
}

/** Opens a tab of the options page with the arrow keys. */
async function openTab(page: Page, name: 'Actors' | 'Claims' | 'Packs & data'): Promise<void> {
  const order = ['Statements', 'Actors', 'Claims', 'From my reading', 'Packs & data'];
  await page.getByRole('tab', { selected: true }).focus();
  for (let i = 0; i < order.indexOf(name); i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

test('the options page: an actor is added with the keyboard alone, its delete dialog is left with Escape, then confirmed', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const page = options.page;
  await openTab(page, 'Actors');
  await pressButton(page, 'Add an actor');
  // The form opens with its first field focused.
  await expect(options.actorForm.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Parachinar Traders Association');
  await page.keyboard.press('Tab');
  await expect(options.actorForm.getByLabel('Kind')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Parachinar traders\nKurram traders body');
  await pressButton(page, 'Add actor');
  await expect(options.actorForm).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Parachinar Traders Association');
  // Focus goes back to the button that opened the form, not to the top of the page.
  await expect(page.getByRole('button', { name: 'Add an actor' })).toBeFocused();

  const row = page.getByTestId('actor').filter({ hasText: 'Parachinar Traders Association' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /^Delete/ }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('delete-actor-dialog');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(row.getByRole('button', { name: /^Delete/ })).toBeFocused();

  // Deleted for good: the row's buttons are gone, so focus goes to the list's heading.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await pressButton(page, 'Delete');
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Actors', exact: true })).toBeFocused();
});

test('the options page: a claim with a link to another claim is added with the keyboard alone', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const page = options.page;
  await openTab(page, 'Claims');
  await pressButton(page, 'Add a claim');
  await expect(options.claimForm.getByLabel('Claim', { exact: true })).toBeFocused();
  await page.keyboard.type('Border fencing has cut cross-border attacks');
  await page.keyboard.press('Tab');
  await page.keyboard.type('border, fence');
  await page.keyboard.press('Tab');
  await page.keyboard.type('border fence\nfencing of the border');
  await pressButton(page, 'Add link');
  // Focus lands on the new row's claim, and an arrow key picks one.
  const claimSelect = options.claimForm.locator('.links select').first();
  await expect(claimSelect).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(claimSelect).not.toHaveValue('');
  // Its Remove button takes the row away and leaves focus on "Add link"; a second row is added and kept.
  await pressButton(page, 'Remove Linked claim 1');
  await expect(options.claimForm.locator('.links select')).toHaveCount(0);
  await expect(options.claimForm.getByRole('button', { name: 'Add link' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(claimSelect).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await pressButton(page, 'Add claim');
  await expect(options.claimForm).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a claim' })).toBeFocused();
  const row = page.getByTestId('claim').filter({ hasText: 'Border fencing has cut cross-border attacks' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.link-line')).toHaveCount(1);
});

test('the options page: the corpus is exported, then imported through the preview, with the keyboard alone', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const page = options.page;
  await openTab(page, 'Packs & data');
  const [download] = await Promise.all([page.waitForEvent('download'), pressButton(page, 'Export corpus')]);
  const file = await download.path();
  // The file button is a label around a hidden input: the input takes focus, shows a ring, and opens the chooser.
  const input = page.getByTestId('import-file');
  expect(await tabUntil(page, () => input.evaluate((i) => i === document.activeElement), 20)).toBe(true);
  expect(await page.getByTestId('drop-zone').evaluate((z) => getComputedStyle(z).outlineStyle)).toBe('solid');
  // The system's file dialog is not the page's to test (headless Chromium opens it unreliably): the file goes to the input.
  await input.setInputFiles(file);
  // The preview takes focus, so that it is read out; Tab goes on to its Import button.
  await expect(page.getByTestId('import-preview')).toBeFocused();
  await expect(page.getByTestId('preview-new')).toHaveText('0');
  await pressButton(page, 'Import');
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  // Focus stays in the import card, on the file button, ready for another file.
  await expect(input).toBeFocused();
});

test('the options page: the reading setting is toggled, and the reset dialog opened and left, with the keyboard alone', async ({
  context,
  extensionId,
  worker,
}) => {
  await worker.evaluate(() =>
    chrome.storage.local.set({ settings: { autoOpen: false, disabledSites: ['example.org'], sidebarWidth: 420 } }),
  );
  const options = await OptionsPage.open(context, extensionId);
  const page = options.page;
  await openTab(page, 'Packs & data');
  const autoOpen = page.getByLabel('Open the sidebar by itself on articles with context');
  expect(await tabUntil(page, () => autoOpen.evaluate((c) => c === document.activeElement), 40)).toBe(true);
  await page.keyboard.press('Space');
  await expect(autoOpen).toBeChecked();
  const stored = () =>
    worker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings as { autoOpen: boolean; disabledSites: string[] },
    );
  await expect.poll(async () => (await stored()).autoOpen).toBe(true);
  await pressButton(page, 'Turn on everywhere');
  await expect.poll(async () => (await stored()).disabledSites).toEqual([]);

  await page.getByRole('button', { name: 'Reset to bundled…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('reset-dialog');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reset to bundled…' })).toBeFocused();
});

test('the options page: a ClaimReview file is previewed, a verdict moved to another claim and imported, with the keyboard alone', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const page = options.page;
  await openTab(page, 'Packs & data');
  const input = page.getByTestId('import-file');
  expect(await tabUntil(page, () => input.evaluate((i) => i === document.activeElement), 20)).toBe(true);
  // The keys reach the file input; the file itself is handed to it directly, as the system's file
  // dialog, which Space opens, is not the page's to test (and headless Chromium opens it unreliably).
  await input.setInputFiles(resolve(import.meta.dirname, '../fixtures/claimreview/fact-checks.jsonld'));
  await expect(page.getByTestId('import-preview')).toBeFocused();
  // Tab reaches the first verdict's claim; the arrow keys choose another, and focus stays there while the preview is redone.
  const select = page.getByTestId('review-claim').first();
  expect(await tabUntil(page, () => select.evaluate((s) => s === document.activeElement), 20)).toBe(true);
  // Down past the engine's other matches to "A new claim".
  for (let i = 0; i < 5 && (await select.inputValue()) !== ''; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('');
  await expect(page.getByTestId('preview-new')).toHaveText('7'); // the first verdict's claim is now a new one too
  await expect(select).toBeFocused();
  await pressButton(page, 'Import');
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expect(input).toBeFocused();
});

test('the sidebar: a fact-check page’s offer is reached with Tab and opens the import preview with Enter', async ({
  context,
  worker,
  server,
}) => {
  server.extra.set(
    '/fact-check/',
    readFileSync(resolve(import.meta.dirname, '../fixtures/claimreview/fact-check-page.html'), 'utf8'),
  );
  const article = await ArticlePage.open(context, worker, `${server.origin}/fact-check/`);
  await article.clickToolbarButton();
  const sidebar = await article.sidebar();
  const button = sidebar.getByRole('button', { name: 'Add this fact-check to my corpus' });
  await expect(button).toBeVisible();
  expect(await tabUntil(article.page, () => button.evaluate((b) => b === document.activeElement))).toBe(true);
  const [options] = await Promise.all([context.waitForEvent('page'), article.page.keyboard.press('Enter')]);
  await expect(options.getByTestId('review-row')).toHaveCount(1);
  await expect(sidebar.getByRole('status').filter({ hasText: 'The preview is open in a new tab.' })).toBeVisible();
});
