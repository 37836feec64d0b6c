/**
 * What `npm start` shows, whichever browser runs it: the demo article a browser opens on, the
 * colour schemes it screenshots, and the in-page step that finds a highlighted quote to click.
 */
import { resolve } from 'node:path';

/** The seed article a browser with a display opens on (the US weapons one: a denial on its first quote). */
export const DEMO_SLUG = 'seed-003-us-arms';
/** The colour schemes screenshotted headless, one browser each. */
export const SCHEMES = ['light', 'dark'] as const;
/** How long the extension may take to highlight an article's quotes, and the sidebar to show a card. */
export const DEMO_TIMEOUT_MS = 15_000;

/** A colour scheme. */
export type Scheme = (typeof SCHEMES)[number];

/** One headless screenshot, and whether it shows the sidebar open on a quote card. */
export interface Shot {
  slug: string;
  scheme: Scheme;
  file: string;
  sidebarOpen: boolean;
}

/**
 * Runs in the page: scrolls the first highlighted quote into view and returns a point inside it
 * to click, or null while nothing is highlighted. Self-contained, as both Playwright and
 * Puppeteer send its source to the page.
 */
export function firstQuotePoint(): { x: number; y: number } | null {
  const h = CSS.highlights.get('counterpoint-quote');
  const range = h ? ([...(h as unknown as Iterable<Range>)] as Range[])[0] : undefined;
  if (!range) return null;
  (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
  const r = range.getClientRects()[0];
  if (!r) return null;
  return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
}

/** Polls `fn` every 200 ms until it gives a value other than null/undefined, or `timeout` passes (then undefined). */
export async function poll<T>(fn: () => Promise<T | null | undefined>, timeout = DEMO_TIMEOUT_MS): Promise<T | undefined> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value !== null && value !== undefined) return value;
    if (Date.now() >= end) return undefined;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** An article open in a tab, its first quote clicked. */
export interface DemoTab {
  /** Whether the sidebar opened and shows a quote card. */
  sidebarOpen: boolean;
  screenshot(file: string): Promise<unknown>;
  close(): Promise<unknown>;
}

/** A headless browser with the extension, in one colour scheme. */
export interface DemoBrowser {
  /** Opens `url` in a new tab and clicks its first highlighted quote; `first` is the first article this browser opens. */
  open(url: string, first: boolean): Promise<DemoTab>;
  close(): Promise<unknown>;
}

/**
 * The headless demo: in each colour scheme, a browser from `launch` opens every article, clicks
 * its first quote, and the tab is screenshotted into `out` as `<slug>-<scheme>.png`.
 */
export async function screenshotArticles(
  launch: (scheme: Scheme) => Promise<DemoBrowser>,
  urls: Map<string, string>,
  out: string,
): Promise<Shot[]> {
  const shots: Shot[] = [];
  for (const scheme of SCHEMES) {
    const browser = await launch(scheme);
    try {
      let first = true;
      for (const [slug, url] of urls) {
        const tab = await browser.open(url, first);
        first = false;
        const shot: Shot = { slug, scheme, file: resolve(out, `${slug}-${scheme}.png`), sidebarOpen: tab.sidebarOpen };
        await tab.screenshot(shot.file);
        console.log(`${shot.sidebarOpen ? 'sidebar open' : 'no sidebar  '}  ${shot.file}`);
        shots.push(shot);
        await tab.close();
      }
    } finally {
      await browser.close();
    }
  }
  return shots;
}

/**
 * Why the headless run failed, or undefined when it did its job: in each colour scheme at least
 * one seed article must have shown its sidebar with a card (a broken build or a broken engine
 * shows none, and CI runs `npm start` to catch that).
 */
export function demoFailure(shots: Shot[]): string | undefined {
  if (shots.length === 0) return 'No seed article was found to open.';
  const missing = SCHEMES.filter((s) => !shots.some((shot) => shot.scheme === s && shot.sidebarOpen));
  if (missing.length === 0) return undefined;
  return `No seed article showed its sidebar with a card in ${missing.join(' or ')} mode: the extension did not highlight or did not answer a click (see the screenshots).`;
}
