/** `npm start` on machines with and without a browser: which one it runs, and one clear sentence, not a stack trace, when there is none. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_PATHS, chooseBrowser, FIREFOX_PATHS, type Machine } from '../../scripts/browser-choice';
import { findChromium } from '../../scripts/chromium';
import { demoFailure, type Shot } from '../../scripts/demo';

const root = resolve(import.meta.dirname, '../..');

/** A fake machine holding exactly `files`. */
function machine(files: string[], more: Partial<Machine> = {}): Machine {
  return { env: {}, exists: (p) => files.includes(p), canInstallChromium: false, ...more };
}

describe('finding a browser', () => {
  it('takes CHROMIUM when set, else the first usual place that holds one', () => {
    expect(findChromium({ CHROMIUM: '/opt/chrome/chrome' }, () => false)).toBe('/opt/chrome/chrome');
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, (p) => p === BROWSER_PATHS[0] || p === '/usr/bin/google-chrome')).toBe(BROWSER_PATHS[0]);
    expect(findChromium({}, () => false)).toBeUndefined();
  });
});

describe('choosing the browser npm start runs', () => {
  it('runs Chromium or Chrome where one is, even with Firefox beside it', () => {
    expect(chooseBrowser(machine(['/usr/bin/chromium', '/usr/bin/firefox-esr']))).toEqual({
      kind: 'chromium',
      path: '/usr/bin/chromium',
    });
    expect(chooseBrowser(machine(['/usr/bin/google-chrome-stable']))).toEqual({
      kind: 'chromium',
      path: '/usr/bin/google-chrome-stable',
    });
  });

  it('takes CHROMIUM when it exists, and looks nowhere else for Chromium when it does not', () => {
    const files = ['/opt/chrome/chrome', '/usr/bin/chromium', '/usr/bin/firefox-esr'];
    expect(chooseBrowser(machine(files, { env: { CHROMIUM: '/opt/chrome/chrome' } }))).toEqual({
      kind: 'chromium',
      path: '/opt/chrome/chrome',
    });
    expect(chooseBrowser(machine(files, { env: { CHROMIUM: '/nonexistent/chromium' } }))).toEqual({
      kind: 'firefox',
      path: '/usr/bin/firefox-esr',
    });
  });

  it('falls back to Firefox, ESR first, when no Chromium or Chrome is found', () => {
    expect(chooseBrowser(machine(['/usr/bin/firefox', '/usr/bin/firefox-esr']))).toEqual({
      kind: 'firefox',
      path: FIREFOX_PATHS[0],
    });
    expect(chooseBrowser(machine(['/usr/bin/firefox']))).toEqual({ kind: 'firefox', path: '/usr/bin/firefox' });
    expect(chooseBrowser(machine(['/opt/ff/firefox'], { env: { FIREFOX: '/opt/ff/firefox' } }))).toEqual({
      kind: 'firefox',
      path: '/opt/ff/firefox',
    });
    expect(chooseBrowser(machine(['/usr/bin/firefox-esr'], { env: { FIREFOX: '/nonexistent/firefox' } }))).toEqual({
      kind: 'none',
    });
  });

  it('runs Firefox first when asked, where there is one', () => {
    const files = ['/usr/bin/chromium', '/usr/bin/firefox-esr'];
    expect(chooseBrowser(machine(files, { preferFirefox: true }))).toEqual({ kind: 'firefox', path: '/usr/bin/firefox-esr' });
    expect(chooseBrowser(machine(['/usr/bin/chromium'], { preferFirefox: true }))).toEqual({
      kind: 'chromium',
      path: '/usr/bin/chromium',
    });
  });

  it('installs Chromium only where allowed, nothing else is there, and no missing browser was named', () => {
    expect(chooseBrowser(machine([], { canInstallChromium: true }))).toEqual({ kind: 'install-chromium' });
    expect(chooseBrowser(machine(['/usr/bin/firefox-esr'], { canInstallChromium: true }))).toEqual({
      kind: 'firefox',
      path: '/usr/bin/firefox-esr',
    });
    expect(chooseBrowser(machine([], { canInstallChromium: true, env: { CHROMIUM: '/nonexistent' } }))).toEqual({ kind: 'none' });
    expect(chooseBrowser(machine([]))).toEqual({ kind: 'none' });
  });
});

describe('whether the headless demo did its job', () => {
  const shot = (scheme: Shot['scheme'], sidebarOpen: boolean): Shot => ({ slug: 's', scheme, file: 'f.png', sidebarOpen });

  it('fails when no seed article opened its sidebar in light or in dark mode, or there was none', () => {
    expect(demoFailure([shot('light', true), shot('light', false), shot('dark', true)])).toBeUndefined();
    expect(demoFailure([shot('light', true), shot('dark', false)])).toMatch(/in dark mode/);
    expect(demoFailure([shot('light', false), shot('dark', false)])).toMatch(/in light or dark mode/);
    expect(demoFailure([])).toMatch(/No seed article/);
  });
});

describe('npm start without a browser', () => {
  it('says in one sentence what to run when neither Chromium nor Firefox is there', () => {
    let out = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/start.ts'], {
        cwd: root,
        env: { ...process.env, CHROMIUM: '/nonexistent/chromium', FIREFOX: '/nonexistent/firefox' },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      out = err.stderr;
    }
    expect(status).toBe(1);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out.trim()).toMatch(
      /^No Chromium, Chrome or Firefox was found: .*apt-get install chromium.*apt-get install firefox-esr.*CHROMIUM=.*FIREFOX=.*npm start again\.$/,
    );
  });
});
