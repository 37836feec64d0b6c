/** The options page end to end: browse and search, add / edit / delete, import, export, reset. */
import { test, expect } from './fixtures';
import { OptionsPage } from './pages/options-page';

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

test('add, find, edit and delete a statement of my own', async ({ context, extensionId }) => {
  const options = await OptionsPage.open(context, extensionId);
  const before = await options.statementCount();
  await options.openAddForm();

  // Nothing is saved while a field is wrong, and the fields say what is wrong.
  await options.submitForm();
  await expect(options.form.getByLabel('Speaker')).toHaveAttribute('aria-invalid', 'true');
  await options.fillSummary({ actor: 'Hamdullah Fitrat', summary: 'Zanzibarian test summary about border talks', date: '2024-13', outlet: 'Test Wire' });
  await options.submitForm();
  await expect(options.form.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true');
  await expect(options.form.locator('#st-date-err')).toContainText('month');
  await options.form.getByLabel('Date').fill('2024-03');
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
