/** The options page end to end: browse and search, add / edit / delete, import, export, reset. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { OptionsPage } from './pages/options-page';
import type { Pack } from '../src/core/pack-schema';
import { formatDate } from '../src/ui/format';

const pack = JSON.parse(readFileSync(resolve(import.meta.dirname, '../public/packs/pak-afghan-security.json'), 'utf8')) as Pack;

/** The list's order: date, then id, both descending, as strings (a month sorts before its days). */
const newestFirst = (a: { date: string; id: string }, b: { date: string; id: string }) =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

test('the corpus counts and search: "Fitrat" narrows the list to Hamdullah Fitrat', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  expect(await options.statementCount()).toBeGreaterThanOrEqual(150);
  await expect(options.rows).toHaveCount(50);
  await expect(options.page.getByTestId('page-status')).toHaveText(/^1 of \d+$/);
  const all = Number((await options.resultTotal.textContent())?.split(' ')[0]);
  await options.search('Fitrat');
  await expect.poll(async () => Number((await options.resultTotal.textContent())?.split(' ')[0])).toBeLessThan(all);
  await expect(options.rows.first()).toBeVisible();
  await expect(options.rows.first().locator('.speaker')).toHaveText('Hamdullah Fitrat');
});

test("a source's outlet note is shown beside it as text, under the outlet it explains", async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  await options.search('sufficient proof');
  const note = options.rows.first().locator('.source-note');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(/names no outlet/);
  await expect(options.rows.first().locator('.source')).toContainText('Outlet not named');
});

test('add, find, edit and delete a statement of my own', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const before = await options.statementCount();
  await options.openAddForm();

  // Nothing is saved while a field is wrong, and the fields say what is wrong.
  await options.submitForm();
  await expect(options.form.getByLabel('Speaker')).toHaveAttribute('aria-invalid', 'true');
  await options.fillSummary({ actor: 'Hamdullah Fitrat', summary: 'Zanzibarian test summary about border talks', date: '2024-13', outlet: 'Test Wire' });
  await options.submitForm();
  await expect(options.form.getByLabel('Date', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(options.form.locator('#st-date-err')).toContainText('month');
  await options.form.getByLabel('Date', { exact: true }).fill('2024-03');
  await options.form.getByLabel('How the date was found (optional)').fill('The wire gave the month only.');
  await options.form.getByLabel('Source address').fill('javascript:alert(1)');
  await options.submitForm();
  await expect(options.form.getByLabel('Source address')).toHaveAttribute('aria-invalid', 'true');
  expect(await options.statementCount()).toBe(before);
  await options.form.getByLabel('Source address').fill('https://example.org/report');
  await options.submitForm();
  await expect(options.form).toHaveCount(0);
  await expect(options.count('statements')).toHaveText(String(before + 1));

  await options.search('Zanzibarian');
  await options.expectResults(1);
  const row = options.row('Zanzibarian test summary');
  await expect(row.locator('.speaker')).toHaveText('Hamdullah Fitrat');
  // A summary is never shown in quote marks; the outlet links to the source.
  await expect(row.locator('.statement-summary')).not.toContainText('“');
  await expect(row.getByRole('link', { name: 'Test Wire' })).toHaveAttribute('href', 'https://example.org/report');

  await row.getByRole('button', { name: /^Edit/ }).click();
  await expect(options.form.getByLabel('Summary', { exact: true })).toHaveValue('Zanzibarian test summary about border talks');
  await expect(options.form.getByLabel('How the date was found (optional)')).toHaveValue('The wire gave the month only.');
  await options.form.getByLabel('Summary', { exact: true }).fill('Zanzibarian edited summary about border talks');
  await options.submitForm();
  await expect(options.form).toHaveCount(0);
  await options.expectResults(1);
  await expect(options.row('Zanzibarian edited summary')).toHaveCount(1);
  await expect(options.count('statements')).toHaveText(String(before + 1));

  await options.row('Zanzibarian edited').getByRole('button', { name: /^Delete/ }).click();
  const dialog = options.page.getByTestId('delete-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await options.expectResults(1);
  await options.row('Zanzibarian edited').getByRole('button', { name: /^Delete/ }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await options.expectResults(0);
  await expect(options.count('statements')).toHaveText(String(before));
});

test('the context menu link opens the form prefilled as a quote with its source', async ({ context, extensionId }) => {
  const params = new URLSearchParams({ add: '1', quote: 'We will not allow our soil to be used', url: 'https://news.example/a', title: 'A headline' });
  const options = await OptionsPage.open(context, extensionId, `#${params}`);
  await expect(options.form).toBeVisible();
  await expect(options.form.getByLabel('A verbatim quote')).toBeChecked();
  await expect(options.form.getByLabel('Quote', { exact: true })).toHaveValue('We will not allow our soil to be used');
  await expect(options.form.getByLabel('Source address')).toHaveValue('https://news.example/a');
  await expect(options.form.getByLabel('Source title')).toHaveValue('A headline');
});

test("a statement added from a page takes the page's own date and outlet", async ({ context, extensionId }) => {
  const params = new URLSearchParams({ add: '1', quote: 'Pakistan has also been a major victim of terrorism', url: 'https://news.example/b', title: 'B', date: '2021-08-10', outlet: 'UrduPoint' });
  const options = await OptionsPage.open(context, extensionId, `#${params}`);
  await expect(options.form.getByLabel('Date', { exact: false }).first()).toHaveValue('2021-08-10');
  await expect(options.form.getByLabel('Outlet', { exact: false }).first()).toHaveValue('UrduPoint');
});

test('a malformed pack is refused with its line number and changes nothing', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const before = await options.statementCount();
  await options.importFile('bad.json', Buffer.from('{"format": "counterpoint-pack",\n  "id": }'));
  const alert = options.page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/line 2/);
  await expect(options.page.getByTestId('import-preview')).toHaveCount(0);
  expect(await options.statementCount()).toBe(before);
});

test('export, then import the same file: the preview shows nothing new', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const before = await options.statementCount();
  const file = await options.exportCorpus();
  expect(file.name).toMatch(/^counterpoint-corpus-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(file.text).statements.length).toBe(before);
  await options.importFile(file.name, Buffer.from(file.text));
  await expect(options.page.getByTestId('import-preview')).toBeVisible();
  await expect(options.page.getByTestId('preview-new')).toHaveText('0');
  await expect(options.page.getByTestId('preview-unchanged')).not.toHaveText('0');
  await options.page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  expect(await options.statementCount()).toBe(before);
});

test('reset asks first in a dialog, and brings a deleted bundled statement back', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const before = await options.statementCount();
  await options.rows.first().getByRole('button', { name: /^Delete/ }).click();
  await options.page.getByTestId('delete-dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(options.count('statements')).toHaveText(String(before - 1));

  await options.openTab('Packs & data');
  await options.page.getByRole('button', { name: 'Reset to bundled…' }).click();
  const dialog = options.page.getByTestId('reset-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export first' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await options.statementCount()).toBe(before - 1);

  await options.page.getByRole('button', { name: 'Reset to bundled…' }).click();
  await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(options.count('statements')).toHaveText(String(before));
});

test('search by speaker name: "Fitrat" lists every statement of Hamdullah Fitrat', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const all = await options.resultTotal.textContent();
  await options.page.getByLabel('Speaker').selectOption({ label: 'Hamdullah Fitrat' });
  await expect(options.resultTotal).not.toHaveText(all ?? '');
  const byActor = await options.resultTotal.textContent();
  // The total and the rows render in turn: wait until the rows are the speaker's too.
  const expected = Number((byActor ?? '').match(/\d+/)?.[0]);
  await expect(options.rows).toHaveCount(Math.min(expected, 50));
  const ids = await options.rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(ids.length).toBeGreaterThan(0);
  await options.page.getByLabel('Speaker').selectOption({ label: 'Anyone' });
  // Back to everything first, so the speaker's list cannot be mistaken for the search's.
  await expect(options.resultTotal).toHaveText(all ?? '');
  await options.search('fitrat');
  await expect(options.resultTotal).toHaveText(byActor ?? '');
  await expect(options.rows).toHaveCount(Math.min(expected, 50));
  const found = await options.rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(found.sort()).toEqual(ids.sort());
});

test("a filter changed while a search is still being answered: the list is the latest filters' at once, and stays so", async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  // With the search index in memory every keystroke searches at once, with no pause for typing.
  await expect(options.resultTotal).toHaveAttribute('data-from', 'index');
  const speaker = pack.actors.find((a) => a.id === 'zabihullah-mujahid')!;
  const theirs = pack.statements.filter((s) => s.actorId === speaker.id).sort(newestFirst);
  const ids = () => options.rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  // A search for words also looks for speakers by name, then reads the rows of its page: holding
  // the actors holds the search, however fast the machine; a speaker alone reads no actor.
  const release = await options.holdTable('actors', 'statements');
  await options.search('weapons');
  await options.search('');
  await options.page.locator('.filters').getByLabel('Speaker').selectOption({ label: speaker.name });
  await options.expectResults(theirs.length);
  await expect.poll(ids).toEqual(theirs.slice(0, 50).map((s) => s.id));
  // The search for "weapons" alone is answered now, after the speaker's list: too late to be shown.
  await release();
  await options.expectResults(theirs.length);
  expect(await ids()).toEqual(theirs.slice(0, 50).map((s) => s.id));
});

test('stance filter: the statements that deny a claim, newest first, each dated and drawn', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const denies = pack.statements.filter((s) => s.stances.some((x) => x.stance === 'denies')).sort(newestFirst);
  expect(denies.length).toBeGreaterThan(50);
  await options.page.locator('.filters').getByLabel(/^Stance/).selectOption('denies');
  await options.expectResults(denies.length);
  const ids = () => options.rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  await expect.poll(ids).toEqual(denies.slice(0, 50).map((s) => s.id));

  // Each row shows its date as the page formats it, and names it in the citation button.
  const locale = await options.page.evaluate(() => new Intl.DateTimeFormat().resolvedOptions().locale);
  const shown = await options.rows.evaluateAll((els) =>
    els.map((e) => [
      e.querySelector('time')?.textContent ?? '',
      e.querySelector('[data-testid="cite-text"] .sr-only')?.textContent ?? '',
    ]),
  );
  shown.forEach(([time, cite], i) => {
    const st = denies[i]!;
    const date = formatDate(st.date, locale);
    expect(time).toBe(date);
    expect(cite).toContain(`, ${date}`);
  });
  for (const row of await options.rows.all()) await expect(row.locator('.stance-denies')).not.toHaveCount(0);

  // The rows below the window are drawn only as they come near it: the last one, scrolled to, shows in full.
  const last = options.rows.nth(49);
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('.speaker')).toBeVisible();
  await expect(last.getByRole('button', { name: /^Edit/ })).toBeVisible();

  // The next page holds the rest, in the same order.
  await options.page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect.poll(ids).toEqual(denies.slice(50).map((s) => s.id));
});

test('date range filter: from / to narrow the list and a bad date is flagged at the field', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const all = await options.statementCount();
  await options.dateFilter('From', '2023');
  await options.dateFilter('To', '2023-12-31');
  await expect.poll(async () => Number((await options.resultTotal.textContent())?.split(' ')[0])).toBeLessThan(all);
  const dates = await options.rows.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) expect(d.slice(0, 4)).toBe('2023');
  await options.dateFilter('To', '2023-13');
  await expect(options.page.getByLabel('To', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(options.page.locator('#filter-to-err')).toContainText('month');
});

test('export the current filter: a valid pack with only the matching statements', async ({ context, extensionId }) => {
  const { parsePack } = await import('../src/core/pack-validate');
  const options = await OptionsPage.open(context, extensionId);
  const all = await options.statementCount();
  await options.search('Fitrat');
  await options.dateFilter('From', '2020');
  // The date applies at once, the search text after a pause: wait until only Fitrat is listed.
  await expect
    .poll(async () => [...new Set(await options.rows.locator('.speaker').allTextContents())])
    .toEqual(['Hamdullah Fitrat']);
  const total = Number((await options.resultTotal.textContent())?.split(' ')[0]);
  expect(total).toBeLessThan(all);
  await expect(options.rows).toHaveCount(total);
  const shown = await options.rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  const file = await options.exportSelection();
  expect(file.name).toMatch(/^counterpoint-selection-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = parsePack(file.text, file.name);
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  expect(parsed.pack.statements).toHaveLength(total);
  expect(parsed.pack.statements.map((s) => s.id).sort()).toEqual(shown.sort());
  expect(parsed.pack.actors.map((a) => a.id)).toEqual(['hamdullah-fitrat']);
  expect(parsed.pack.statements.every((s) => s.actorId === 'hamdullah-fitrat' && s.date >= '2020')).toBe(true);
});

test('add, edit and delete an actor; deleting an actor still in use is refused', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const before = Number(await options.count('actors').textContent());
  await options.openTab('Actors');
  await options.page.getByRole('button', { name: 'Add an actor' }).click();
  const form = options.actorForm;
  await form.locator('button[type=submit]').click();
  await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('#actor-name-err')).toContainText('name');
  await form.getByLabel('Name').fill('Quentin Zorvath');
  await form.getByLabel('Aliases').fill('Q. Zorvath\nFitrat');
  await form.locator('button[type=submit]').click();
  await expect(form.locator('#actor-aliases-err')).toContainText('Hamdullah Fitrat');
  await form.getByLabel('Aliases').fill('Q. Zorvath\nZorvath');
  await form.getByLabel('Kind').selectOption('organisation');
  await form.getByLabel('Role').fill('Test spokesman');
  await form.locator('button[type=submit]').click();
  await expect(form).toHaveCount(0);
  await expect(options.count('actors')).toHaveText(String(before + 1));

  await options.page.getByLabel('Search actors').fill('zorvath');
  const item = options.page.getByTestId('actor');
  await expect(item).toHaveCount(1);
  await expect(item.locator('.pills')).toContainText('Q. Zorvath');
  await item.getByRole('button', { name: /^Edit/ }).click();
  await expect(form.getByLabel('Name')).toHaveValue('Quentin Zorvath');
  await form.getByLabel('Affiliation').fill('Test Bureau');
  await form.locator('button[type=submit]').click();
  await expect(form).toHaveCount(0);
  await expect(item).toContainText('Test Bureau');
  await item.getByRole('button', { name: /^Delete/ }).click();
  const dialog = options.page.getByTestId('delete-actor-dialog');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(item).toHaveCount(0);
  await expect(options.count('actors')).toHaveText(String(before));

  await options.page.getByLabel('Search actors').fill('Hamdullah Fitrat');
  await item.getByRole('button', { name: /^Delete/ }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByRole('alert')).toContainText(/still used by \d+ statements/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(options.count('actors')).toHaveText(String(before));
});

test('add, edit and delete a claim with a link to another claim', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const before = Number(await options.count('claims').textContent());
  await options.openTab('Claims');
  await options.page.getByRole('button', { name: 'Add a claim' }).click();
  const form = options.claimForm;
  await form.locator('button[type=submit]').click();
  await expect(form.getByLabel('Claim', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('#claim-cues-err')).toBeVisible();
  await form.getByLabel('Claim', { exact: true }).fill('Zorvathian test claim about border fencing.');
  await form.getByLabel('Tags').fill('test, fencing');
  await form.getByLabel('Cues').fill('border fence\nfencing');
  await form.getByRole('button', { name: 'Add link' }).click();
  await form.getByLabel('Linked claim 1').selectOption({ index: 1 });
  await form.getByLabel('Relation 1').selectOption({ label: 'contradicts' });
  await form.locator('button[type=submit]').click();
  await expect(form).toHaveCount(0);
  await expect(options.count('claims')).toHaveText(String(before + 1));

  await options.page.getByLabel('Search claims').fill('zorvathian');
  const item = options.page.getByTestId('claim');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('contradicts');
  await item.getByRole('button', { name: /^Edit/ }).click();
  await form.getByLabel('Claim', { exact: true }).fill('Zorvathian edited claim about border fencing.');
  await form.locator('button[type=submit]').click();
  await expect(item).toContainText('Zorvathian edited claim');
  await item.getByRole('button', { name: /^Delete/ }).click();
  const dialog = options.page.getByTestId('delete-claim-dialog');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(item).toHaveCount(0);
  await expect(options.count('claims')).toHaveText(String(before));
});

test('packs and data: the installed pack with its counts, and the storage used', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  await options.openTab('Packs & data');
  const row = options.page.getByTestId('pack-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('pak-afghan-security');
  await expect(options.page.getByTestId('storage-used')).toContainText(/Storage used: [\d.]+ (bytes|KB|MB|GB)/);
});
