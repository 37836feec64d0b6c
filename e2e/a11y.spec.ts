/**
 * Accessibility, audited with axe (WCAG 2 A and AA rules): the options page's every tab, and the
 * sidebar with a card open, empty, reading the article and failing, light and dark. A serious or
 * critical violation fails the test.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { ArticlePage } from './pages/article-page';
import { OptionsPage } from './pages/options-page';
import { WelcomePage } from './pages/reading-memory';
import { ExplorerPage } from './pages/explorer-page';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Fact-checks as data: a fact-check page with ClaimReview markup, and a ClaimReview file (fictional, fixtures/claimreview). */
const CLAIMREVIEW = resolve(import.meta.dirname, '../fixtures/claimreview');
// Axe inside a frame of the extension (the sidebar), whose document the page cannot reach.
import { seriousViolations as auditFrame } from './pages/axe-audit';

/** A page with nothing of the topic: the sidebar on it shows whatever state the test gives the tab. */
const RECIPE =
  '<!doctype html><meta charset="utf-8"><title>Chicken karahi</title><article><h1>Chicken karahi</h1><p>Brown the onions, add the chicken and the tomatoes, and cook until the oil separates.</p></article>';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] };
const serious = (vs: readonly Violation[]) =>
  vs
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('the options page, every tab, has no serious or critical violation', async ({ context, extensionId }) => {
      const options = await OptionsPage.open(context, extensionId);
      for (const tab of ['Statements', 'Actors', 'Claims', 'From my reading', 'Packs & data']) {
        await options.page.getByRole('tab', { name: tab }).click();
        await expect(options.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
        const result = await new AxeBuilder({ page: options.page }).withTags(TAGS).analyze();
        expect(serious(result.violations), tab).toEqual([]);
      }
    });

    test('the welcome page opened on install has no serious or critical violation', async ({ context }) => {
      const welcome = await WelcomePage.opened(context);
      const result = await new AxeBuilder({ page: welcome.page }).withTags(TAGS).analyze();
      expect(serious(result.violations)).toEqual([]);
    });

    test('the options page, its forms open and an import previewed, has no serious or critical violation', async ({
      context,
      extensionId,
    }) => {
      const options = await OptionsPage.open(context, extensionId);
      const page = options.page;
      const audit = async (what: string) => {
        expect(serious((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations), what).toEqual([]);
        // Kept with the test's output, to be looked at.
        await page.screenshot({ path: test.info().outputPath(`${what.replace(/\W+/g, '-')}-${colorScheme}.png`) });
      };
      await options.openAddForm();
      await options.submitForm(); // empty: its errors shown
      await expect(options.form.locator('[aria-invalid=true]').first()).toBeVisible();
      await audit('the statement form, with its errors');
      await options.openTab('Actors');
      await page.getByRole('button', { name: 'Add an actor' }).click();
      await options.actorForm.getByRole('button', { name: 'Add actor' }).click(); // empty: its errors shown
      await expect(options.actorForm.locator('[aria-invalid=true]').first()).toBeVisible();
      await audit('the actor form, with its errors');
      await options.openTab('Claims');
      await page.getByRole('button', { name: 'Add a claim' }).click();
      await options.claimForm.getByRole('button', { name: 'Add link' }).click();
      await audit('the claim form, with a link row');
      const file = await options.exportCorpus();
      await options.importFile(file.name, Buffer.from(file.text));
      await expect(page.getByTestId('import-preview')).toBeVisible();
      await audit('the import preview');
    });

    test('the sidebar on a page with nothing of the topic (its empty state) has no serious or critical violation', async ({
      context,
      worker,
      server,
    }) => {
      server.extra.set('/recipe/', RECIPE);
      const article = await ArticlePage.open(context, worker, `${server.origin}/recipe/`);
      await article.clickToolbarButton();
      const sidebar = await article.sidebar();
      await expect(sidebar.locator('.content .state').first()).toBeVisible();
      expect(await auditFrame(sidebar)).toEqual([]);
    });

    for (const { status, shown, patch } of [
      { status: 'analysing', shown: 'Reading the article…', patch: { status: 'analysing' } },
      {
        status: 'error',
        shown: 'Counterpoint could not read this page: the corpus could not be opened',
        patch: { status: 'error', error: 'the corpus could not be opened' },
      },
    ]) {
      test(`the sidebar in its ${status} state has no serious or critical violation`, async ({ context, worker, server }) => {
        server.extra.set(`/${status}/`, RECIPE);
        const article = await ArticlePage.open(context, worker, `${server.origin}/${status}/`);
        await article.setTabState(patch);
        await article.clickToolbarButton();
        const sidebar = await article.sidebar();
        await expect(sidebar.locator('.content .state')).toContainText(shown);
        await expect(sidebar.locator('.content')).toHaveAttribute('aria-busy', String(status === 'analysing'));
        if (status === 'error') await expect(sidebar.getByRole('alert')).toContainText(shown);
        expect(await auditFrame(sidebar)).toEqual([]);
        // Kept with the test's output, to be looked at: the state must look finished, not only pass axe.
        await (await sidebar.frameElement()).screenshot({ path: test.info().outputPath(`sidebar-${status}-${colorScheme}.png`) });
      });
    }

    test('a ClaimReview import previewed, and a claim page with its ClaimReview export, have no serious or critical violation', async ({
      context,
      extensionId,
    }) => {
      const options = await OptionsPage.open(context, extensionId);
      const page = options.page;
      await options.importFile('fact-checks.jsonld', readFileSync(resolve(CLAIMREVIEW, 'fact-checks.jsonld')));
      await expect(page.getByTestId('review-row')).toHaveCount(2);
      expect(serious((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations)).toEqual([]);
      // Kept with the test's output, to be looked at.
      await page.getByTestId('import-preview').screenshot({ path: test.info().outputPath(`claimreview-preview-${colorScheme}.png`) });
      const claimPage = await ExplorerPage.open(context, extensionId, 'claim', 'durand-line-is-international-border');
      await claimPage.page.getByTestId('export-claimreview').click();
      await expect(claimPage.page.getByTestId('claimreview-status')).not.toBeEmpty();
      expect(serious((await new AxeBuilder({ page: claimPage.page }).withTags(TAGS).analyze()).violations)).toEqual([]);
      await claimPage.page
        .locator('section', { has: claimPage.page.getByTestId('export-claimreview') })
        .screenshot({ path: test.info().outputPath(`claim-page-claimreview-${colorScheme}.png`) });
    });

    test('the sidebar offering a fact-check has no serious or critical violation', async ({ context, worker, server }) => {
      server.extra.set('/fact-check/', readFileSync(resolve(CLAIMREVIEW, 'fact-check-page.html'), 'utf8'));
      const article = await ArticlePage.open(context, worker, `${server.origin}/fact-check/`);
      await article.clickToolbarButton();
      const sidebar = await article.sidebar();
      await expect(sidebar.getByTestId('fact-check-offer')).toBeVisible();
      expect(await auditFrame(sidebar)).toEqual([]);
      await (await sidebar.frameElement()).screenshot({ path: test.info().outputPath(`sidebar-fact-check-${colorScheme}.png`) });
    });

    test('the sidebar with a card open has no serious or critical violation', async ({ context, worker, server }) => {
      const article = await ArticlePage.open(context, worker, server.url('seed-003-us-arms'));
      await article.waitForHighlights(1);
      await article.clickHighlight('sufficient proof');
      const sidebar = await article.sidebar();
      await expect(sidebar.locator('.quote-card.focused')).toHaveCount(1);
      expect(await auditFrame(sidebar)).toEqual([]);
    });
  });
}
