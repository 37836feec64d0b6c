/**
 * `npm start`: serves the demo articles and opens a browser with Counterpoint loaded on one.
 *
 * The browser: Chromium or Chrome (`CHROMIUM`, else the usual places); else Firefox (`FIREFOX`,
 * else the usual places, firefox-esr first) with the same demo; else, run as root on a machine
 * with apt-get, Debian's chromium installed now; else one sentence naming what to install.
 * `npm start -- --firefox` runs Firefox even where Chromium is found.
 *
 * With a display, the browser stays open on a demo article until you close it. Without one (a
 * server, CI) or with HEADLESS=1, it opens the sidebar on each seed article in light and dark
 * mode, saves screenshots to a folder it prints, and exits non-zero if no seed article's sidebar
 * opened in one of the two modes, so that CI catches a broken start.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chooseBrowser, NO_BROWSER } from './browser-choice';
import { installChromium } from './chromium';
import { DEMO_SLUG, demoFailure } from './demo';
import { chromiumScreenshots, openChromiumDemo } from './demo-chromium';
import { firefoxScreenshots, openFirefoxDemo } from './demo-firefox';
import { fixtureSlugs, startFixtureServer } from './fixture-server';

const OUT = resolve(import.meta.dirname, '../screenshots');

let choice = chooseBrowser({
  env: process.env,
  exists: existsSync,
  canInstallChromium: process.getuid?.() === 0 && existsSync('/usr/bin/apt-get'),
  preferFirefox: process.argv.includes('--firefox'),
});
if (choice.kind === 'install-chromium') {
  const path = installChromium();
  choice = path ? { kind: 'chromium', path } : { kind: 'none' };
}
if (choice.kind === 'none') {
  console.error(NO_BROWSER);
  process.exit(1);
}
const { kind, path } = choice;
const name = kind === 'chromium' ? 'Chromium' : 'Firefox';

const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
const server = await startFixtureServer(Number(process.env.PORT ?? 0));
console.log(`Demo articles at ${server.origin}/ (${name}: ${path})`);
try {
  if (!headless) {
    const url = server.url(DEMO_SLUG);
    await (kind === 'chromium' ? openChromiumDemo(path, url) : openFirefoxDemo(path, url));
  } else {
    mkdirSync(OUT, { recursive: true });
    const urls = new Map(
      fixtureSlugs()
        .filter((s) => s.startsWith('seed-'))
        .map((s) => [s, server.url(s)]),
    );
    const shots = await (kind === 'chromium' ? chromiumScreenshots(path, urls, OUT) : firefoxScreenshots(path, urls, OUT));
    console.log(`Screenshots saved in ${OUT}`);
    const failure = demoFailure(shots);
    if (failure) {
      console.error(failure);
      process.exitCode = 1;
    }
  }
} finally {
  await server.close();
}
