/**
 * `npm start` in Firefox (Puppeteer over WebDriver BiDi), where no Chromium or Chrome is found:
 * the same demo as in Chromium, the browser left open on a demo article, or headless screenshots.
 */
import type { Page } from 'puppeteer-core';
import { DEMO_TIMEOUT_MS, firstQuotePoint, poll, screenshotArticles, type DemoBrowser, type Scheme, type Shot } from './demo';
import { launchFirefoxWithExtension, sidebarFrame } from './firefox';

/**
 * Loads `url` and waits for its quotes to be highlighted, loading it again while they are not:
 * Firefox installs the add-on only once the browser runs, and the first article can be read
 * before the bundled corpus is in (the smoke test does the same).
 */
async function gotoHighlighted(page: Page, url: string, attempts: number): Promise<{ x: number; y: number } | undefined> {
  for (let i = 0; i < attempts; i++) {
    await page.goto(url, { waitUntil: 'load' });
    const point = await poll(() => page.evaluate(firstQuotePoint), DEMO_TIMEOUT_MS / attempts);
    if (point) return point;
  }
  return undefined;
}

/** Opens a visible Firefox on `url` and resolves when the user closes it. */
export async function openFirefoxDemo(executablePath: string, url: string): Promise<void> {
  const browser = await launchFirefoxWithExtension({ headless: false, executablePath, viewport: null });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await gotoHighlighted(page, url, 3);
  console.log('Firefox is open with Counterpoint loaded. Click a highlighted quote; close the browser to stop.');
  await new Promise<void>((done) => browser.once('disconnected', () => done()));
}

/** A headless Firefox with the extension, in one colour scheme. */
async function launch(executablePath: string, scheme: Scheme): Promise<DemoBrowser> {
  const browser = await launchFirefoxWithExtension({ colorScheme: scheme, executablePath });
  return {
    async open(url, first) {
      const page = await browser.newPage();
      const point = await gotoHighlighted(page, url, first ? 3 : 1);
      let sidebarOpen = false;
      if (point) {
        await page.mouse.click(point.x, point.y);
        const frame = await poll(() => sidebarFrame(page));
        sidebarOpen = !!(await poll(async () => ((await frame?.$('.quote-card')) ? true : undefined)));
        // The pointer off the quote, so its hover hint does not cover the article in the screenshot.
        await page.mouse.move(1, 1);
      }
      return { sidebarOpen, screenshot: (path) => page.screenshot({ path: path as `${string}.png` }), close: () => page.close() };
    },
    close: () => browser.close(),
  };
}

/** Headless: each article in light and dark, its first quote clicked, screenshotted into `out`. */
export function firefoxScreenshots(executablePath: string, urls: Map<string, string>, out: string): Promise<Shot[]> {
  return screenshotArticles((scheme) => launch(executablePath, scheme), urls, out);
}
