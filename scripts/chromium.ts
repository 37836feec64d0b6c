/**
 * Launches Debian's Chromium with the built extension loaded, for `npm start`, the end-to-end
 * tests and the benchmark. No browser is downloaded: the system one is used.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BROWSER_PATHS } from './browser-choice';

/** The built extension. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../extension');
/** Where Chromium or Chrome is usually installed, in the order tried (kept with the rest of the choice). */
export { BROWSER_PATHS };

/** The browser to run: $CHROMIUM when set, else the first of `BROWSER_PATHS` that exists; undefined when none does. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (env.CHROMIUM) return env.CHROMIUM;
  return BROWSER_PATHS.find((p) => exists(p));
}

/** Chromium binary: $CHROMIUM, else one installed where browsers usually are, else Debian's path. */
export const CHROMIUM = findChromium() ?? '/usr/bin/chromium';

/**
 * Installs Debian's chromium with apt-get, saying so (for `npm start` run as root on a fresh
 * Debian machine, as `.ci/run` does); its path, or undefined when the install failed.
 */
export function installChromium(): string | undefined {
  console.log("No Chromium or Firefox found: installing Debian's chromium (apt-get install chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : update;
  return install.status === 0 && existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

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
  /** The browser to run (default `CHROMIUM`). */
  executablePath?: string;
  /** Load the extension (default) or not (for baselines). */
  withExtension?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

/** After a browser closes by itself (a crash), how long to let it finish writing before its profile goes. */
const PROFILE_REMOVAL_DELAY_MS = 1000;

/** Profiles of browsers still open: removed when each closes, and on exit, Ctrl-C or a kill for the rest. */
const openProfiles = new Set<string>();

function removeProfile(dir: string): void {
  openProfiles.delete(dir);
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // A file the browser still holds: the temp directory's own cleanup will have it.
  }
}

let exitHooked = false;
/** Removes every open profile when the process ends, however it ends. */
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', () => {
    for (const dir of [...openProfiles]) removeProfile(dir);
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => {
      for (const dir of [...openProfiles]) removeProfile(dir);
      process.kill(process.pid, signal);
    });
}

/**
 * A browser context with the extension, and its id. Its profile lives in a fresh temporary folder
 * (`userDataDir`), removed when the context closes, when the launch fails, and when the process
 * exits or is interrupted.
 */
export async function launchWithExtension(
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; extensionId: string; worker?: Worker; userDataDir: string }> {
  const withExtension = options.withExtension ?? true;
  const userDataDir = mkdtempSync(join(tmpdir(), 'counterpoint-profile-'));
  openProfiles.add(userDataDir);
  hookExit();
  const args = [...CHROMIUM_FLAGS];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: options.executablePath ?? CHROMIUM,
      headless: options.headless ?? true,
      args,
      ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1400, height: 900 },
    });
  } catch (e) {
    removeProfile(userDataDir);
    throw e;
  }
  // Chromium writes to its profile while it shuts down: remove it once `close()` has let the browser exit,
  // and after a crash too.
  const close = context.close.bind(context);
  context.close = async (...args: Parameters<BrowserContext['close']>) => {
    try {
      await close(...args);
    } finally {
      removeProfile(userDataDir);
    }
  };
  context.on('close', () => setTimeout(() => removeProfile(userDataDir), PROFILE_REMOVAL_DELAY_MS).unref());
  if (!withExtension) return { context, extensionId: '', userDataDir };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, userDataDir };
}
