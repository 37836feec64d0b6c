/**
 * Which browser `npm start` runs, decided from what the machine has: a pure function of the
 * environment, the paths that exist and whether Chromium may be installed here, so each case is
 * unit-tested with fake machines (test/cli/start-browser.test.ts). No browser API, no side effect.
 */

/** Where Chromium or Chrome is usually installed, in the order tried. */
export const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Where Firefox is usually installed, in the order tried (ESR first: it is what Debian ships). */
export const FIREFOX_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** What `npm start` will do for a browser. */
export type BrowserChoice =
  /** Run this Chromium or Chrome. */
  | { kind: 'chromium'; path: string }
  /** Run this Firefox: no Chromium was found, or the user asked for Firefox. */
  | { kind: 'firefox'; path: string }
  /** Install Debian's chromium with apt-get first (root on a machine with apt-get, nothing found). */
  | { kind: 'install-chromium' }
  /** Nothing to run: print `NO_BROWSER`. */
  | { kind: 'none' };

/** What the choice looks at; `process` and the file system in `npm start`, fakes in tests. */
export interface Machine {
  /** `CHROMIUM` and `FIREFOX` name a browser's executable; a named one is the only one of its kind tried. */
  env: { CHROMIUM?: string | undefined; FIREFOX?: string | undefined };
  /** Whether a file exists. */
  exists: (path: string) => boolean;
  /** Whether Debian's chromium may be installed here: running as root, with apt-get. */
  canInstallChromium: boolean;
  /** Firefox first, even where a Chromium exists (`npm start -- --firefox`). */
  preferFirefox?: boolean;
}

/** The executable named by `named` if it exists, else (when nothing is named) the first of `paths` that does. */
function locate(named: string | undefined, paths: string[], exists: (path: string) => boolean): string | undefined {
  if (named) return exists(named) ? named : undefined;
  return paths.find((p) => exists(p));
}

/**
 * The browser to run: Chromium or Chrome ($CHROMIUM, else the usual places); else Firefox
 * ($FIREFOX, else the usual places), with the same demo; else, where allowed, Debian's chromium
 * installed now; else none. A Firefox already there is preferred to installing Chromium, which
 * takes minutes and changes the machine. Naming a browser that is not there never installs one:
 * the user chose that path, and is told it holds nothing.
 */
export function chooseBrowser(machine: Machine): BrowserChoice {
  const { env, exists } = machine;
  const chromium = locate(env.CHROMIUM, BROWSER_PATHS, exists);
  const firefox = locate(env.FIREFOX, FIREFOX_PATHS, exists);
  if (machine.preferFirefox && firefox) return { kind: 'firefox', path: firefox };
  if (chromium) return { kind: 'chromium', path: chromium };
  if (firefox) return { kind: 'firefox', path: firefox };
  if (machine.canInstallChromium && !env.CHROMIUM) return { kind: 'install-chromium' };
  return { kind: 'none' };
}

/** What to tell someone whose machine has no browser Counterpoint can run, in one sentence. */
export const NO_BROWSER =
  'No Chromium, Chrome or Firefox was found: install one (on Debian or Ubuntu: sudo apt-get install chromium, or sudo apt-get install firefox-esr) or name one with CHROMIUM=/path/to/chrome or FIREFOX=/path/to/firefox, then run npm start again.';
