/**
 * Firefox smoke test: the built extension (`extension/`) in Debian's firefox-esr, driven over
 * WebDriver BiDi by puppeteer-core. `npm run test:firefox` (after `npm run build`).
 *
 * 1. the content script analyses a seed article and paints its quotes (CSS Custom Highlight API);
 * 2. clicking the "sufficient proof" quote opens the in-page sidebar (moz-extension://…/sidebar.html)
 *    with a counter-claim by Fitrat or Mujahid;
 * 3. no request left 127.0.0.1: every proxied request is caught by a trap proxy, and there must be none.
 *
 * Prints one line per test and a closing `N passed, M failed`; exits non-zero on any failure.
 * FIREFOX=/path/to/firefox overrides the browser; COUNTERPOINT_EXTENSION=/path the extension folder.
 */
import type { Browser, Page } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../scripts/fixture-server';
import { FIREFOX, highlightTexts, launchFirefoxWithExtension, sidebarFrame } from '../scripts/firefox';

const EXTENSION = resolve(process.env.COUNTERPOINT_EXTENSION ?? resolve(import.meta.dirname, '../extension'));
const US_ARMS = 'seed-003-us-arms';
const TIMEOUT = 20_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function poll<T>(what: string, fn: () => Promise<T>, ok: (v: T) => boolean, timeout = TIMEOUT): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}${error ? `; last error: ${String(error)}` : ''}`);
}

/** A proxy that answers every request with 502 and records it: nothing reaches the network. */
interface Trap {
  port: number;
  hits: string[];
  close(): Promise<void>;
}

function startTrap(): Promise<Trap> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    hits.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        port: (server.address() as AddressInfo).port,
        hits,
        close: () =>
          new Promise<void>((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      }),
    ),
  );
}

/** Every proxyable request goes to the trap (on top of the launch's own prefs, which turn Firefox's background traffic off). */
function trapPrefs(trapPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': trapPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': trapPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': '',
  };
}

type Test = { name: string; run: () => Promise<void> };

async function main(): Promise<number> {
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) {
    console.error(`no built extension at ${EXTENSION}: run \`npm run build\` first`);
    return 1;
  }
  if (!existsSync(FIREFOX)) {
    console.error(`no Firefox at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX=/path/to/firefox)`);
    return 1;
  }
  const server: FixtureServer = await startFixtureServer();
  const trap = await startTrap();
  const served: string[] = [];
  let browser: Browser | undefined;
  let page: Page | undefined;
  let passed = 0;
  let failed = 0;
  try {
    browser = await launchFirefoxWithExtension({
      executablePath: FIREFOX,
      extensionDir: EXTENSION,
      prefs: trapPrefs(trap.port),
      viewport: { width: 1280, height: 900 },
    });
    page = await browser.newPage();
    page.on('request', (req) => served.push(req.url()));
    const p = page;

    const tests: Test[] = [
      {
        name: 'the content script highlights the quotes with context on a seed article',
        async run() {
          // The background installs the bundled corpus on install; the content script's cheap
          // check needs it. Reload until the article is analysed (the first load may race it).
          let texts: string[] = [];
          const end = Date.now() + TIMEOUT;
          while (Date.now() < end) {
            await p.goto(server.url(US_ARMS), { waitUntil: 'load' });
            texts = await poll('highlights', () => highlightTexts(p), (t) => t.length > 0, 4000).catch(() => []);
            if (texts.length) break;
          }
          const size = await p.evaluate(() => CSS.highlights.get('counterpoint-quote')?.size ?? 0);
          if (!(size > 0)) throw new Error('CSS.highlights.get("counterpoint-quote") is empty or missing');
          if (!texts.some((t) => t.includes('sufficient proof'))) throw new Error(`no highlight contains "sufficient proof": ${JSON.stringify(texts)}`);
        },
      },
      {
        name: 'clicking the "sufficient proof" quote shows a counter-claim by Fitrat or Mujahid in the sidebar',
        async run() {
          const point = await p.evaluate((needle) => {
            const h = CSS.highlights.get('counterpoint-quote');
            const range = h ? [...(h as unknown as Iterable<Range>)].find((r) => r.toString().includes(needle)) : undefined;
            if (!range) return null;
            (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
            const rect = range.getClientRects()[0]!;
            return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
          }, 'sufficient proof');
          if (!point) throw new Error('no highlight contains "sufficient proof"');
          await p.mouse.click(point.x, point.y);
          const frame = await poll('the sidebar frame', () => sidebarFrame(p), (f) => f !== undefined);
          const read = () =>
            frame!.evaluate(() => ({
              counters: [...document.querySelectorAll('.group-counter .statement')].map((e) => (e as HTMLElement).innerText),
              text: (document.body?.innerText ?? '').slice(0, 400),
            }));
          const got = await poll('a counter-claim in the sidebar', read, (r) => r.counters.some((c) => /Fitrat|Mujahid/.test(c))).catch(
            async (error: unknown) => {
              const r = await read().catch(() => undefined);
              throw new Error(`${String(error instanceof Error ? error.message : error)}\n    sidebar shows: ${JSON.stringify(r?.text)}`);
            },
          );
          if (!got.counters.length) throw new Error('no .group-counter .statement');
        },
      },
      {
        name: 'no request left 127.0.0.1',
        async run() {
          await sleep(500);
          const outside = served.filter((u) => /^(https?|wss?):/.test(u) && !u.startsWith(`${server.origin}/`));
          if (trap.hits.length || outside.length) throw new Error(`requests beyond 127.0.0.1: ${JSON.stringify([...trap.hits, ...outside])}`);
        },
      },
    ];

    for (const test of tests) {
      try {
        await test.run();
        passed++;
        console.log(`  ✓ ${test.name}`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${test.name}\n    ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } catch (error) {
    console.error(`setup failed: ${error instanceof Error ? error.stack : String(error)}`);
    failed = Math.max(failed, 1);
  } finally {
    await browser?.close().catch(() => undefined);
    await trap.close();
    await server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

process.exitCode = await main();
