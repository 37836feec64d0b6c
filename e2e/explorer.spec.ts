/**
 * The claim and actor pages, end to end: from a card in the sidebar to its claim's page, whose
 * chart holds one mark per statement on the claim; from a mark to its source; the keyboard; the
 * search box; the options page's links; copy as citation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { ExplorerPage } from './pages/explorer-page';
import { OptionsPage } from './pages/options-page';
import { fillStatements } from '../scripts/bench/fill-db';
import type { Pack } from '../src/core/pack-schema';

const pack = JSON.parse(readFileSync(resolve(import.meta.dirname, '../public/packs/pak-afghan-security.json'), 'utf8')) as Pack;
/** The bundled statements taking a stance on a claim: what its chart must show, one mark each. */
const onClaim = (claimId: string) => pack.statements.filter((s) => s.stances.some((st) => st.claimId === claimId));
const SAFE_HAVENS = 'terrorist-safe-havens-in-pakistan';
/** The beginning of a statement's words as the hover card shows them: its quote in quote marks, else its summary. */
const opening = (id: string) => {
  const st = pack.statements.find((s) => s.id === id)!;
  return (st.quote !== undefined ? `“${st.quote}` : st.summary!).slice(0, 60);
};

test('a claim in a sidebar card opens its page, whose chart holds one mark per statement on the claim', async ({
  context,
  worker,
  server,
}) => {
  const article = await ArticlePage.open(context, worker, server.url('seed-003-us-arms'));
  await article.waitForHighlights(2);
  await article.clickHighlight('sufficient proof');
  const sidebar = await article.sidebar();
  const link = sidebar.locator('.quote-card.focused .claim a').first();
  const claimId = decodeURIComponent(new URL((await link.getAttribute('href'))!, 'chrome-extension://x/').hash.slice(1));
  const claim = pack.claims.find((c) => c.id === claimId)!;
  expect(claim).toBeDefined();
  const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
  const explorer = new ExplorerPage(opened);
  await explorer.ready();
  await expect(explorer.subject).toHaveText(claim.text);
  const expected = onClaim(claimId);
  expect(expected.length).toBeGreaterThan(1);
  await expect(explorer.marks).toHaveCount(expected.length);
  expect((await explorer.marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort()).toEqual(
    expected.map((s) => s.id).sort(),
  );
  // The count per side adds up to the marks.
  const tally = await explorer.page.getByTestId('tally').locator('strong').allTextContents();
  expect(tally.map((n) => Number(n.replace(/\D/g, ''))).reduce((a, b) => a + b, 0)).toBe(expected.length);
});

test('a mark leads to its statement and its source; the arrow keys move between marks', async ({ context, extensionId }) => {
  const explorer = await ExplorerPage.open(context, extensionId, 'claim', SAFE_HAVENS);
  const withUrl = onClaim(SAFE_HAVENS).find((s) => s.sources[0]?.url)!;
  const mark = explorer.page.locator(`[data-testid="mark"][data-id="${withUrl.id}"]`);
  await mark.hover();
  await expect(explorer.page.getByTestId('hover-card')).toBeVisible();
  await expect(explorer.page.getByTestId('hover-card')).toContainText(opening(withUrl.id));
  await mark.click();
  const entry = explorer.entry(withUrl.id);
  await expect(entry).toHaveClass(/selected/);
  await expect(entry.getByTestId('source-link')).toHaveAttribute('href', new URL(withUrl.sources[0]!.url!).href);
  // The oldest statement is past the list's first page (20 a page): its mark turns the list to it.
  const oldest = [...onClaim(SAFE_HAVENS)].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))[0]!;
  expect(onClaim(SAFE_HAVENS).length).toBeGreaterThan(20);
  await explorer.page.locator(`[data-testid="mark"][data-id="${oldest.id}"]`).click();
  await expect(explorer.entry(oldest.id)).toBeVisible();
  await expect(explorer.entry(oldest.id)).toHaveClass(/selected/);

  // Keyboard: one mark is in the tab order; arrows move the focus, Enter selects.
  await explorer.page.getByTestId('preset-all').focus();
  let focused = '';
  for (let i = 0; i < 10 && focused !== 'mark'; i++) {
    await explorer.page.keyboard.press('Tab');
    focused = await explorer.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  }
  expect(focused).toBe('mark');
  const first = await explorer.page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
  expect(first).toMatch(/(denied|asserted|disputed|qualified), /);
  await explorer.page.keyboard.press('ArrowDown');
  const second = await explorer.page.evaluate(() => document.activeElement!.getAttribute('data-id'));
  // The focused mark's statement is shown, and read out to a screen reader (the card itself is aria-hidden).
  await expect(explorer.page.getByTestId('hover-card')).toContainText(opening(second!));
  await expect(explorer.page.getByTestId('mark-statement')).toContainText(opening(second!));
  await expect(explorer.page.getByTestId('mark-statement')).toHaveAttribute('aria-live', 'polite');
  await explorer.page.keyboard.press('Enter');
  await expect(explorer.entry(second!)).toHaveClass(/selected/);
  await expect(explorer.page.getByTestId('hover-card')).toBeVisible();
});

test("a statement's outlet note is shown under its source in the list, and its date note opens under its date", async ({
  context,
  extensionId,
}) => {
  const noted = onClaim(SAFE_HAVENS).find((s) => s.sources[0]?.outletNote && s.dateNote)!;
  const explorer = await ExplorerPage.open(context, extensionId, 'claim', SAFE_HAVENS);
  // Seed statements share a day, so their marks overlap: the mark is chosen by its click event, not by a pointer.
  await explorer.page.locator(`[data-testid="mark"][data-id="${noted.id}"]`).dispatchEvent('click');
  const note = explorer.entry(noted.id).locator('.source-note');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(noted.sources[0]!.outletNote!);
  // The curator's note on how the date was found opens under the date, from the date itself.
  await explorer.entry(noted.id).locator('.date-toggle').click();
  await expect(explorer.entry(noted.id).locator('.date-note')).toHaveText(noted.dateNote!);
});

/** Every row label of the chart lies inside it, and at least one long label was cut to fit. */
async function expectLabelsInside(explorer: ExplorerPage) {
  const labels = await explorer.page.locator('.chart .row-label').evaluateAll((els) => {
    const chart = els[0]!.closest('svg')!.getBoundingClientRect();
    return els.map((e) => ({ left: e.getBoundingClientRect().left - chart.left, text: e.textContent ?? '' }));
  });
  expect(labels.some((l) => l.text.endsWith('…'))).toBe(true);
  for (const l of labels) expect(l.left, l.text).toBeGreaterThanOrEqual(0);
}

test('rows by speaker or by camp; presets zoom; the linked claims link to their pages', async ({ context, extensionId }) => {
  const explorer = await ExplorerPage.open(context, extensionId, 'claim', SAFE_HAVENS);
  const rowsBySpeaker = await explorer.page.locator('.chart .row').count();
  // Every speaker's label sits inside the chart, a long name ("National Security Committee of Pakistan") cut short.
  await expectLabelsInside(explorer);
  await explorer.page.getByTestId('group-camp').click();
  const rowsByCamp = await explorer.page.locator('.chart .row').count();
  expect(rowsByCamp).toBeLessThan(rowsBySpeaker);
  await expect(explorer.marks).toHaveCount(onClaim(SAFE_HAVENS).length);
  await explorer.page.getByTestId('preset-1y').click();
  expect(await explorer.marks.count()).toBeLessThan(onClaim(SAFE_HAVENS).length);
  const claim = pack.claims.find((c) => c.id === SAFE_HAVENS)!;
  const linked = claim.links![0]!;
  await explorer.page.getByTestId('claim-graph').locator(`a[href="claim.html#${linked.claimId}"]`).click();
  await expect(explorer.subject).toHaveText(pack.claims.find((c) => c.id === linked.claimId)!.text);
  await expect(explorer.marks).toHaveCount(onClaim(linked.claimId).length);
});

test('dragging across the chart zooms into that period; All zooms out again', async ({ context, extensionId }) => {
  const explorer = await ExplorerPage.open(context, extensionId, 'claim', SAFE_HAVENS);
  const all = onClaim(SAFE_HAVENS).length;
  const period = await explorer.page.getByTestId('period').textContent();
  const box = (await explorer.page.getByTestId('chart').boundingBox())!;
  // From the middle of the time axis to its right end, on the last row's background.
  const y = box.y + box.height - 40;
  await explorer.page.mouse.move(box.x + 240 + (box.width - 256) * 0.5, y);
  await explorer.page.mouse.down();
  await explorer.page.mouse.move(box.x + box.width - 20, y, { steps: 5 });
  await explorer.page.mouse.up();
  await expect(explorer.page.getByTestId('period')).not.toHaveText(period!);
  const zoomed = await explorer.marks.count();
  expect(zoomed).toBeGreaterThan(0);
  expect(zoomed).toBeLessThan(all);
  await expect(explorer.page.getByTestId('preset-all')).toHaveAttribute('aria-pressed', 'false');
  await explorer.page.getByTestId('preset-all').click();
  await expect(explorer.marks).toHaveCount(all);
});

test('the search box finds a speaker; their page charts every stance they took', async ({ context, extensionId }) => {
  const explorer = await ExplorerPage.open(context, extensionId, 'claim', SAFE_HAVENS);
  await explorer.page.getByRole('searchbox', { name: 'Find a claim or a speaker' }).fill('mujahid zabih');
  await explorer.page
    .getByTestId('search-hits')
    .getByRole('link', { name: /Zabihullah Mujahid/ })
    .click();
  await expect(explorer.subject).toHaveText('Zabihullah Mujahid');
  const stances = pack.statements.filter((s) => s.actorId === 'zabihullah-mujahid').flatMap((s) => s.stances);
  await expect(explorer.marks).toHaveCount(stances.length);
  await expect(explorer.entries.first().locator('.entry-claim a')).toBeVisible();
  // By claim and stance: a row per claim they spoke on, and the count per side.
  await expect(explorer.page.locator('.chart .row')).toHaveCount(new Set(stances.map((s) => s.claimId)).size);
  // The rows' labels are the claims, cut to what the column holds.
  await expectLabelsInside(explorer);
  for (const kind of ['asserts', 'denies'] as const)
    await expect(explorer.page.locator(`.tally-${kind} strong`)).toHaveText(
      String(stances.filter((s) => s.stance === kind).length),
    );
});

test('a statement the user adds on a claim is on its chart and in its list at once', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  // Once the options page has stored its search index, which the addition below makes a write old.
  await expect(options.page.getByTestId('result-total')).toHaveAttribute('data-from', 'index');
  await options.openAddForm();
  await options.fillSummary({
    actor: 'Hamdullah Fitrat',
    summary: 'Quillwort test remark on havens',
    date: '2026-11-30',
    outlet: 'Test Wire',
  });
  const claimId = await options.form.getByLabel('Claim 1').inputValue();
  await options.submitForm();
  await expect(options.form).toHaveCount(0);
  const explorer = await ExplorerPage.open(context, extensionId, 'claim', claimId);
  await expect(explorer.marks).toHaveCount(onClaim(claimId).length + 1);
  await expect(explorer.entries.first()).toContainText('Quillwort test remark on havens');
  // Not by reading every row of the claim again: an index a write old is patched (src/db/journal.ts).
  const from = await explorer.page.evaluate(
    () => performance.getEntriesByType('mark').find((m) => m.name.startsWith('counterpoint:marks-read:'))?.name,
  );
  expect(from).toBe('counterpoint:marks-read:claim-marks');
});

test('after an import of over 1,000 statements, a claim page charts them without reading its rows', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const base = onClaim(SAFE_HAVENS)[0]!;
  // 1,200 new statements on the claim, each its own id and date: over the journal's 1,000, so every index of the corpus is stale.
  const added = Array.from({ length: 1_200 }, (_, i) => ({
    ...base,
    id: `imported-${i}`,
    date: `2019-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    remark: undefined,
  }));
  const file = { ...pack, id: 'bulk-import', title: 'Bulk import', statements: [...pack.statements, ...added] };
  await options.importFile('bulk.json', Buffer.from(JSON.stringify(file)));
  await expect(options.page.getByTestId('preview-new')).toHaveText('1200');
  await options.page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  const explorer = await ExplorerPage.open(context, extensionId, 'claim', SAFE_HAVENS);
  const stance = base.stances.find((s) => s.claimId === SAFE_HAVENS)!.stance;
  const before = onClaim(SAFE_HAVENS).filter((s) => s.stances.some((st) => st.claimId === SAFE_HAVENS && st.stance === stance));
  await expect(explorer.page.locator(`.tally-${stance} strong`)).toHaveText((before.length + 1_200).toLocaleString('en'));
  // The marks kept with every write (src/db/claim-marks.ts), in the import's own transaction.
  const from = await explorer.page.evaluate(
    () => performance.getEntriesByType('mark').find((m) => m.name.startsWith('counterpoint:marks-read:'))?.name,
  );
  expect(from).toBe('counterpoint:marks-read:claim-marks');
});

test('the search box finds a claim by its words, from the keyboard alone', async ({ context, extensionId }) => {
  const explorer = await ExplorerPage.open(context, extensionId, 'actor', 'zabihullah-mujahid');
  const claim = pack.claims.find((c) => c.id === 'us-weapons-left-in-afghanistan-used-by-militants-in-pakistan')!;
  await explorer.page.getByRole('searchbox', { name: 'Find a claim or a speaker' }).focus();
  await explorer.page.keyboard.type('weapons left');
  await expect(explorer.page.getByTestId('search-hits').getByRole('link', { name: claim.text })).toBeVisible();
  // Tab from the box reaches the hits in order; Enter follows the focused one.
  let focused = '';
  for (let i = 0; i < 8 && !focused.includes(claim.text); i++) {
    await explorer.page.keyboard.press('Tab');
    focused = await explorer.page.evaluate(() => document.activeElement?.textContent ?? '');
  }
  expect(focused).toContain(claim.text);
  await explorer.page.keyboard.press('Enter');
  await expect(explorer.subject).toHaveText(claim.text);
  await expect(explorer.marks).toHaveCount(onClaim(claim.id).length);
});

test('the options page links every claim and speaker to its page', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByRole('tab', { name: 'Claims' }).click();
  const link = options.page.getByTestId('claim-page-link').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  const explorer = new ExplorerPage(options.page);
  await explorer.ready();
  const claimId = decodeURIComponent(href.split('#')[1]!);
  await expect(explorer.marks).toHaveCount(onClaim(claimId).length);
});

test('with thousands of statements on a claim, the chart shows bars per period, and a bar zooms into its marks', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/claim.html`);
  // 16,000 copies of the bundled statements: about 1,600 on the claim, over the 1,500 drawn one by one.
  await fillStatements(page, 16_000);
  const explorer = await ExplorerPage.open(context, extensionId, 'claim', SAFE_HAVENS);
  const bins = explorer.page.getByTestId('bin');
  await expect(bins.first()).toBeVisible();
  await expect(explorer.marks).toHaveCount(0);
  const label = (await bins.first().getAttribute('aria-label'))!;
  expect(label).toMatch(/: \d[\d,]* (denied|disputed|qualified|asserted)/);
  const period = await explorer.page.getByTestId('period').textContent();
  await bins.first().focus();
  await explorer.page.keyboard.press('Enter');
  await expect(explorer.page.getByTestId('period')).not.toHaveText(period!);
  await expect(explorer.marks.first()).toBeVisible();
});
