/**
 * The claim and actor pages audited with axe (WCAG 2 A and AA rules), light and dark, with a mark
 * focused and its hover card shown; a serious or critical violation fails the test. (The README's
 * screenshots come from `npm run screenshots`.)
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown }[] };
const serious = (vs: readonly Violation[]) =>
  vs
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme, viewport: { width: 1240, height: 900 } });

    test('the claim page, a mark focused, has no serious or critical violation', async ({ context, extensionId }) => {
      const explorer = await ExplorerPage.open(context, extensionId, 'claim', 'afghan-soil-used-by-ttp');
      await explorer.page.setViewportSize({ width: 1240, height: 900 });
      await explorer.marks.nth(3).focus();
      await expect(explorer.page.getByTestId('hover-card')).toBeVisible();
      await expect(explorer.entries.first()).toBeVisible();
      expect(serious((await new AxeBuilder({ page: explorer.page }).withTags(TAGS).analyze()).violations)).toEqual([]);
      // The page really is in the scheme asked for: a light page on a dark system would pass axe too.
      const lightness = await explorer.page.evaluate(() => {
        const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
        return (r! + g! + b!) / 3;
      });
      if (colorScheme === 'dark') expect(lightness).toBeLessThan(80);
      else expect(lightness).toBeGreaterThan(200);
      await explorer.page.screenshot({ path: test.info().outputPath(`claim-${colorScheme}.png`), fullPage: false });
    });

    test('the actor page has no serious or critical violation', async ({ context, extensionId }) => {
      const explorer = await ExplorerPage.open(context, extensionId, 'actor', 'zabihullah-mujahid');
      await explorer.page.getByTestId('cite-text').first().focus();
      expect(serious((await new AxeBuilder({ page: explorer.page }).withTags(TAGS).analyze()).violations)).toEqual([]);
      await explorer.page.screenshot({ path: test.info().outputPath(`actor-${colorScheme}.png`), fullPage: true });
    });
  });
}
