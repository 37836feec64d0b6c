/**
 * Fact-checks as data, end to end: a ClaimReview file imported through the preview (the engine's
 * claim confirmed), a bad file refused with its line and field, a fact-check page's markup offered
 * in the sidebar and added through the same preview, and a claim's verdicts exported as JSON-LD
 * that reads back.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { OptionsPage } from './pages/options-page';
import { ExplorerPage } from './pages/explorer-page';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/claimreview');
const PAGE = readFileSync(resolve(FIXTURES, 'fact-check-page.html'), 'utf8');
const FILE = readFileSync(resolve(FIXTURES, 'fact-checks.jsonld'));
const SOIL = 'afghan-soil-used-by-ttp';
const WEAPONS = 'us-weapons-left-in-afghanistan-used-by-militants-in-pakistan';

test('a ClaimReview file is imported through the preview, each verdict on the claim the reader confirms', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const page = options.page;
  const before = await options.statementCount();
  await options.importFile('fact-checks.jsonld', FILE);
  const rows = page.getByTestId('review-row');
  await expect(rows).toHaveCount(2);
  // The engine's match for the first; the second, on nothing the pack holds, starts as a new claim.
  await expect(rows.nth(0).getByTestId('review-claim')).toHaveValue(SOIL);
  await expect(rows.nth(0).getByTestId('review-stance')).toHaveText('asserts');
  await expect(rows.nth(1).getByTestId('review-claim')).toHaveValue('');
  await expect(rows.nth(1).getByTestId('review-stance')).toHaveText('denies');
  await expect(rows.nth(1)).toContainText('rated “1 on a scale of 1 to 5”');
  // One actor (Valley Verify) for both, a claimant, two verdicts, one claimant statement, one new claim.
  await expect(page.getByTestId('preview-new')).toHaveText('6');
  await page.getByTestId('import-preview').getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await expect.poll(() => options.statementCount()).toBe(before + 3);
  await options.openTab('Statements');
  await options.search('Valley Verify');
  // Its two verdicts, and the claimant's statement that names it as the source.
  await options.expectResults(3);
  await expect(options.row('Fact-check of the claim: rated “Mostly true”.')).toHaveCount(1);
});

test('a bad ClaimReview file is refused with the line and field at fault, and nothing changes', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId);
  const before = await options.statementCount();
  const bad = '[\n  {\n    "@type": "ClaimReview",\n    "author": "Valley Verify",\n    "datePublished": "2025-10-02"\n  }\n]\n';
  await options.importFile('bad.json', Buffer.from(bad));
  const errors = options.page.getByTestId('import-errors');
  await expect(errors).toContainText('bad.json cannot be imported.');
  await expect(errors).toContainText('line 2, column 3: review 1, field "claimReviewed": is missing');
  await expect(options.page.getByTestId('import-preview')).toHaveCount(0);
  expect(await options.statementCount()).toBe(before);
});

test('a fact-check page offers its verdict in the sidebar, and adding it goes through the preview', async ({
  context,
  worker,
  server,
  extensionId,
}) => {
  server.extra.set('/fact-check/', PAGE);
  const article = await ArticlePage.open(context, worker, `${server.origin}/fact-check/`);
  await article.clickToolbarButton();
  const sidebar = await article.sidebar();
  const offer = sidebar.getByTestId('fact-check-offer');
  await expect(offer).toContainText('Frontier Fact Desk');
  await expect(offer).toContainText('Missing context');
  // The markup is data: the page's own scripts never see Counterpoint read it, and the offer shows its text as text.
  await (await sidebar.frameElement()).screenshot({ path: test.info().outputPath('sidebar-fact-check.png') });
  const [options] = await Promise.all([
    context.waitForEvent('page'),
    offer.getByRole('button', { name: 'Add this fact-check to my corpus' }).click(),
  ]);
  await options.waitForLoadState();
  expect(options.url()).toContain(`chrome-extension://${extensionId}/options.html`);
  const row = options.getByTestId('review-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('review-claim')).toHaveValue(WEAPONS);
  await expect(row.getByTestId('review-stance')).toHaveText('disputes');
  // The address in the hash is spent: a reload does not hand the fact-check over again.
  expect(options.url()).not.toContain('factcheck=');
  await options.getByTestId('import-preview').getByRole('button', { name: 'Import', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

  // The verdict is now the corpus's: the claim's page lists it and exports it as ClaimReview.
  const claimPage = await ExplorerPage.open(context, extensionId, 'claim', WEAPONS);
  const [download] = await Promise.all([
    claimPage.page.waitForEvent('download'),
    claimPage.page.getByTestId('export-claimreview').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`claimreview-${WEAPONS}.jsonld`);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    '@context': string;
    '@graph': Record<string, unknown>[];
  };
  expect(doc['@context']).toBe('https://schema.org');
  const mine = doc['@graph'].find((r) => (r.author as { name: string }).name === 'Frontier Fact Desk');
  expect(mine).toMatchObject({
    '@type': 'ClaimReview',
    url: 'https://factdesk.example/checks/rifles-left-behind',
    datePublished: '2025-11-20',
    reviewRating: { '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 },
  });
  expect(doc['@graph'].every((r) => r['@type'] === 'ClaimReview' && typeof r.claimReviewed === 'string')).toBe(true);
  await expect(claimPage.page.getByTestId('claimreview-status')).toContainText('verdicts exported');
});

test('a claim with no verdict says so instead of exporting an empty file', async ({ context, extensionId }) => {
  const claimPage = await ExplorerPage.open(context, extensionId, 'claim', 'durand-line-is-international-border');
  let downloaded = false;
  claimPage.page.on('download', () => (downloaded = true));
  await claimPage.page.getByTestId('export-claimreview').click();
  await expect(claimPage.page.getByTestId('claimreview-status')).toContainText('No verdicts on this claim yet');
  expect(downloaded).toBe(false);
});
