/**
 * `npm start`: serves the demo articles and opens Chromium with Counterpoint loaded on one.
 * With a display, the browser stays open until you close it. Without one (a server, CI), it
 * runs headless, opens the sidebar on each seed article and saves screenshots to a folder it
 * prints, so the main job can be seen on any machine.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium, launchWithExtension, NO_BROWSER } from './chromium';
import { fixtureSlugs, startFixtureServer } from './fixture-server';

const OUT = resolve(import.meta.dirname, '../screenshots');
const browser = ensureChromium();
if (!browser) {
  console.error(NO_BROWSER);
  process.exit(1);
}
const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
const server = await startFixtureServer(Number(process.env.PORT ?? 0));
const seeds = fixtureSlugs().filter((s) => s.startsWith('seed-'));
console.log(`Demo articles at ${server.origin}/`);

if (!headless) {
  const { context } = await launchWithExtension({ headless: false, executablePath: browser });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url(seeds[3] ?? seeds[0]!));
  console.log('Chromium is open with Counterpoint loaded. Click a highlighted quote; close the browser to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
} else {
  mkdirSync(OUT, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    const { context } = await launchWithExtension({
      colorScheme: scheme,
      viewport: { width: 1400, height: 900 },
      executablePath: browser,
    });
    for (const slug of seeds) {
      const page = await context.newPage();
      await page.goto(server.url(slug));
      // Wait for highlights, then click the first one: the sidebar opens focused on it.
      const point = await page
        .waitForFunction(
          () => {
            const h = CSS.highlights.get('counterpoint-quote');
            const range = h ? ([...h] as Range[])[0] : undefined;
            if (!range) return null;
            (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
            const r = range.getClientRects()[0]!;
            return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
          },
          undefined,
          { timeout: 15_000 },
        )
        .then((h) => h.jsonValue())
        .catch(() => null);
      if (point) {
        await page.mouse.click(point.x, point.y);
        await page
          .waitForFunction(() => document.querySelector('counterpoint-sidebar') !== null, undefined, { timeout: 10_000 })
          .catch(() => undefined);
        let frame = page.frames().find((f) => f.url().endsWith('/sidebar.html'));
        for (let i = 0; !frame && i < 50; i++) {
          await page.waitForTimeout(200);
          frame = page.frames().find((f) => f.url().endsWith('/sidebar.html'));
        }
        await frame?.waitForSelector('.quote-card', { timeout: 10_000 }).catch(() => undefined);
      }
      const file = resolve(OUT, `${slug}-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log(`${point ? 'sidebar open' : 'no highlight '}  ${file}`);
      await page.close();
    }
    await context.close();
  }
  console.log(`Screenshots saved in ${OUT}`);
  await server.close();
}
