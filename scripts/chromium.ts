/**
 * Launches Debian's Chromium with the built extension loaded, for `npm start`, the end-to-end
 * tests and the benchmark. No browser is downloaded: the system one is used.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built extension. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../extension');
/** Chromium binary: $CHROMIUM, else Debian's. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Flags this machine needs: no sandbox as root, no GPU, and no network chatter. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface LaunchOptions {
  headless?: boolean;
  /** Load the extension (default) or not (for baselines). */
  withExtension?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

/** A browser context with the extension, and its id. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<{ context: BrowserContext; extensionId: string; worker?: Worker }> {
  const withExtension = options.withExtension ?? true;
  const userDataDir = mkdtempSync(join(tmpdir(), 'counterpoint-profile-'));
  const args = [...CHROMIUM_FLAGS];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1400, height: 900 },
  });
  if (!withExtension) return { context, extensionId: '' };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker };
}
