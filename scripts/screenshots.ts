/**
 * The README's screenshots, made again from the built extension (`npm run build` first):
 * the sidebar on a seed article with its first quote clicked, the options page's statements, a
 * claim's page with a mark focused and its statement shown, and a speaker's page; each in light
 * and dark, into `docs/screenshots/`. The reading-memory screenshots (welcome, from-your-reading,
 * options-reading) are made elsewhere and left alone.
 *
 *   npm run build && npm run screenshots [-- --out DIR]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './chromium';
import { DEMO_SLUG, DEMO_TIMEOUT_MS, firstQuotePoint, poll, SCHEMES, type Scheme } from './demo';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { optionsWithBundledPack } from './options-ready';

/** The claim and the speaker shown: a long-running argument with denials on both sides. */
const CLAIM = 'afghan-soil-used-by-ttp';
const ACTOR = 'zabihullah-mujahid';

/** One browser in one colour scheme: opens a page at a size, ready for its picture. */
async function shootScheme(scheme: Scheme, server: FixtureServer, out: string): Promise<string[]> {
  const { context, extensionId } = await launchWithExtension({ colorScheme: scheme, viewport: { width: 1400, height: 900 } });
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    const path = join(out, `${name}-${scheme}.png`);
    await page.screenshot({ path, fullPage: false });
    written.push(path);
  };
  try {
    const ext = (file: string) => `chrome-extension://${extensionId}/${file}`;
    const options = await optionsWithBundledPack(context, extensionId);
    await options.setViewportSize({ width: 1200, height: 1000 });
    await shot(options, 'options');

    const article = await context.newPage();
    await article.bringToFront();
    await article.goto(server.url(DEMO_SLUG));
    const point = await poll(() => article.evaluate(firstQuotePoint));
    if (!point) throw new Error(`no highlighted quote on ${DEMO_SLUG}`);
    await article.mouse.click(point.x, point.y);
    const frame = await poll(async () => article.frames().find((f) => f.url().endsWith('/sidebar.html')));
    await frame?.waitForSelector('.quote-card', { timeout: DEMO_TIMEOUT_MS });
    // The pointer off the quote, so its hover hint does not cover the article.
    await article.mouse.move(1, 1);
    await shot(article, 'sidebar');

    const claim = await context.newPage();
    await claim.bringToFront();
    await claim.setViewportSize({ width: 1240, height: 900 });
    await claim.goto(ext(`claim.html#${CLAIM}`));
    const mark = claim.getByTestId('mark').nth(3);
    await mark.waitFor({ timeout: DEMO_TIMEOUT_MS });
    await mark.focus();
    await claim.getByTestId('hover-card').waitFor({ timeout: DEMO_TIMEOUT_MS });
    await shot(claim, 'claim');

    const actor = await context.newPage();
    await actor.bringToFront();
    await actor.setViewportSize({ width: 1240, height: 900 });
    await actor.goto(ext(`actor.html#${ACTOR}`));
    await actor.getByTestId('mark').first().waitFor({ timeout: DEMO_TIMEOUT_MS });
    await shot(actor, 'actor');
  } finally {
    await context.close();
  }
  return written;
}

async function main() {
  const at = process.argv.indexOf('--out');
  const out = resolve(at >= 0 ? process.argv[at + 1]! : 'docs/screenshots');
  mkdirSync(out, { recursive: true });
  const server = await startFixtureServer();
  try {
    for (const scheme of SCHEMES) for (const path of await shootScheme(scheme, server, out)) console.log(path);
  } finally {
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
