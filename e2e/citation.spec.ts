/**
 * Copy as citation, end to end: on the claim page, in the sidebar and in the options page, the
 * buttons put the statement's source on the clipboard as plain text and as Markdown.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { ExplorerPage } from './pages/explorer-page';
import { OptionsPage } from './pages/options-page';
import type { Pack } from '../src/core/pack-schema';

const pack = JSON.parse(readFileSync(resolve(import.meta.dirname, '../public/packs/pak-afghan-security.json'), 'utf8')) as Pack;

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

/** What the clipboard holds, read from an extension page (the page must have focus). */
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('the claim page copies a statement as a citation, plain and Markdown', async ({ context, extensionId }) => {
  const explorer = await ExplorerPage.open(context, extensionId, 'claim', 'terrorist-safe-havens-in-pakistan');
  const entry = explorer.entries.first();
  const id = (await entry.getAttribute('data-id'))!;
  const st = pack.statements.find((s) => s.id === id)!;
  const speaker = pack.actors.find((a) => a.id === st.actorId)!.name;
  const source = st.sources[0]!;
  await entry.getByTestId('cite-text').click();
  await expect(entry.getByRole('status')).toHaveText('Citation copied');
  const text = await clipboard(explorer.page);
  expect(text.startsWith(`${speaker}, `)).toBe(true);
  expect(text).toContain(source.outlet);
  if (source.title) expect(text).toContain(`“${source.title}”`);
  if (source.url) expect(text.endsWith(source.url)).toBe(true);
  await entry.getByTestId('cite-markdown').click();
  await expect(entry.getByRole('status')).toHaveText('Markdown citation copied');
  const md = await clipboard(explorer.page);
  if (source.url) expect(md).toContain(`](${source.url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`);
  expect(md.endsWith('.')).toBe(true);
});

test('the sidebar copies a counter-claim as a citation', async ({ context, worker, server }) => {
  const article = await ArticlePage.open(context, worker, server.url('seed-003-us-arms'));
  await article.waitForHighlights(2);
  await article.clickHighlight('sufficient proof');
  const sidebar = await article.sidebar();
  const item = sidebar.locator('.quote-card.focused .group-counter .statement').first();
  const speaker = (await item.locator('.speaker').textContent())!;
  await item.getByTestId('cite-text').click();
  await expect(item.getByRole('status')).not.toBeEmpty();
  // The sidebar is a frame inside the article: read the clipboard from an extension page of its own.
  const reader = await ExplorerPage.open(context, new URL(worker.url()).host, 'claim', 'afghan-soil-used-by-ttp');
  await reader.page.bringToFront();
  const text = await clipboard(reader.page);
  expect(text.startsWith(`${speaker}, `)).toBe(true);
  expect(text).toMatch(/\d{4}/);
});

test('the options page copies a statement as Markdown', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const row = options.rows.first();
  const id = (await row.getAttribute('data-id'))!;
  const st = pack.statements.find((s) => s.id === id)!;
  await row.getByTestId('cite-markdown').click();
  await expect(row.getByRole('status')).toHaveText('Markdown citation copied');
  const md = await clipboard(options.page);
  expect(
    md.startsWith(pack.actors.find((a) => a.id === st.actorId)!.name.replace(/[\\`*_{}[\]()<>#|!~]/g, (c) => `\\${c}`)),
  ).toBe(true);
  expect(md).toContain(st.sources[0]!.outlet);
});
