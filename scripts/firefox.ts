/**
 * Launches Firefox (Debian's firefox-esr by default) with the built extension installed, driven
 * over WebDriver BiDi by puppeteer-core: for `npm start` on a machine without Chromium, and the
 * Firefox smoke test (`e2e-firefox/smoke.ts`). No browser is downloaded: the system one is used.
 */
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIREFOX_PATHS } from './browser-choice';

/** The built extension. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../extension');
/** Firefox binary: $FIREFOX, else one installed where Firefox usually is, else Debian's path. */
export const FIREFOX = process.env.FIREFOX ?? FIREFOX_PATHS.find((p) => existsSync(p)) ?? '/usr/bin/firefox-esr';
/** The add-on id in the manifest's `browser_specific_settings.gecko.id`. */
export const GECKO_ID = 'counterpoint@counterpoint.invalid';
/** A fixed internal UUID, so the extension's moz-extension:// origin is known in advance. */
export const EXTENSION_UUID = '0c0e1a5e-5eed-4c0d-9e55-c0a7e2b01a57';
/** The extension's origin in the launched browser. */
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** Prefs on top of puppeteer's defaults: a known extension origin, its permissions granted, and Firefox's own background traffic off. */
const BASE_PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  // Firefox 127+ grants an MV3 extension's host permissions and content-script matches at
  // install (this pref's default); set here so nothing depends on the default.
  'extensions.originControls.grantByDefault': true,
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'dom.push.connection.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.usage.uploadEnabled': false,
};

/** Prefs that set `prefers-color-scheme` for web pages and extension pages alike (0 dark, 1 light). */
function colorSchemePrefs(scheme: 'light' | 'dark'): Record<string, unknown> {
  return {
    'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
    'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0,
  };
}

/** How to launch Firefox. */
export interface FirefoxLaunchOptions {
  headless?: boolean;
  /** The browser to run (default `FIREFOX`). */
  executablePath?: string;
  /** The extension folder to install (default `EXTENSION_DIR`). */
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number } | null;
  /** More prefs (the smoke test's trap proxy). */
  prefs?: Record<string, unknown>;
}

/**
 * Firefox with the extension installed as a temporary add-on. Puppeteer gives it a fresh
 * temporary profile and removes it when the browser closes (also on Ctrl-C).
 */
export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath ?? FIREFOX,
    headless: options.headless ?? true,
    extraPrefsFirefox: { ...BASE_PREFS, ...colorSchemePrefs(options.colorScheme ?? 'light'), ...options.prefs },
    defaultViewport: options.viewport === undefined ? { width: 1400, height: 900 } : options.viewport,
    // Release builds honour puppeteer's `services.settings.server` (a dead data: URL) only
    // with this variable; without it Remote Settings syncs from firefox.settings.services.mozilla.com.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  try {
    const id = await browser.installExtension(options.extensionDir ?? EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`installed add-on id is ${id}, expected ${GECKO_ID}`);
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
  return browser;
}

/** The highlighted ranges' texts, read from the page's highlight registry. */
export function highlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('counterpoint-quote');
    return h ? [...(h as unknown as Iterable<Range>)].map((r) => r.toString()) : [];
  });
}

/** The sidebar's frame: puppeteer reports an extension iframe's URL as about:blank, so ask the frame itself. */
export async function sidebarFrame(page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(`${EXTENSION_ORIGIN}/`) && href.endsWith('/sidebar.html')) return frame;
  }
  return undefined;
}
