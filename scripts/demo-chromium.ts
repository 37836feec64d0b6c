/** `npm start` in Chromium or Chrome (Playwright): the browser left open on a demo article, or headless screenshots. */
import { launchWithExtension } from './chromium';
import { DEMO_TIMEOUT_MS, firstQuotePoint, poll, screenshotArticles, type DemoBrowser, type Scheme, type Shot } from './demo';

/** Opens a visible browser on `url` and resolves when the user closes it. */
export async function openChromiumDemo(executablePath: string, url: string): Promise<void> {
  const { context } = await launchWithExtension({ headless: false, executablePath });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log('Chromium is open with Counterpoint loaded. Click a highlighted quote; close the browser to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
}

/** A headless Chromium with the extension, in one colour scheme. */
async function launch(executablePath: string, scheme: Scheme): Promise<DemoBrowser> {
  const { context } = await launchWithExtension({ colorScheme: scheme, viewport: { width: 1400, height: 900 }, executablePath });
  return {
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      // Wait for highlights, then click the first one: the sidebar opens focused on it.
      const point = await poll(() => page.evaluate(firstQuotePoint));
      let sidebarOpen = false;
      if (point) {
        await page.mouse.click(point.x, point.y);
        const frame = await poll(async () => page.frames().find((f) => f.url().endsWith('/sidebar.html')));
        sidebarOpen = !!(await frame?.waitForSelector('.quote-card', { timeout: DEMO_TIMEOUT_MS }).catch(() => null));
        // The pointer off the quote, so its hover hint does not cover the article in the screenshot.
        await page.mouse.move(1, 1);
      }
      return { sidebarOpen, screenshot: (path) => page.screenshot({ path }), close: () => page.close() };
    },
    close: () => context.close(),
  };
}

/** Headless: each article in light and dark, its first quote clicked, screenshotted into `out`. */
export function chromiumScreenshots(executablePath: string, urls: Map<string, string>, out: string): Promise<Shot[]> {
  return screenshotArticles((scheme) => launch(executablePath, scheme), urls, out);
}
