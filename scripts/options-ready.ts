/** The options page of a freshly launched extension, once it lists the bundled pack, in front. */
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Opens `options.html` in the first tab until it lists statements (the background installs the
 * bundled pack on first run), then closes the other tabs and brings it to the front: the welcome
 * tab the install opens (`src/background/main.ts`) would otherwise be in front, and Chromium then
 * paints this page about once a second.
 */
export async function optionsWithBundledPack(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  for (let i = 0; ; i++) {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    if (await page.waitForSelector('[data-testid="statement"]', { timeout: 5_000 }).catch(() => null)) break;
    if (i === 10) throw new Error('the bundled pack never showed up');
  }
  for (const other of context.pages()) if (other !== page) await other.close();
  await page.bringToFront();
  return page;
}
