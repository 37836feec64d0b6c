/** `npm start` on a machine without a browser it can run: one clear sentence, not a stack trace; and where it looks for one. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_PATHS, findChromium } from '../../scripts/chromium';

const root = resolve(import.meta.dirname, '../..');

describe('finding a browser', () => {
  it('takes CHROMIUM when set, else the first usual place that holds one', () => {
    expect(findChromium({ CHROMIUM: '/opt/chrome/chrome' }, () => false)).toBe('/opt/chrome/chrome');
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
    expect(findChromium({}, (p) => p === BROWSER_PATHS[0] || p === '/usr/bin/google-chrome')).toBe(BROWSER_PATHS[0]);
    expect(findChromium({}, () => false)).toBeUndefined();
  });

  it('npm start says in one sentence what to run when the browser it was given is not there', () => {
    let out = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/start.ts'], {
        cwd: root,
        env: { ...process.env, CHROMIUM: '/nonexistent/chromium' },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      out = err.stderr;
    }
    expect(status).toBe(1);
    expect(out.trim()).toMatch(/^No Chromium or Chrome was found: .*apt-get install chromium.*CHROMIUM=.*npm start again\.$/);
  });
});
