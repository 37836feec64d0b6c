/** Browser profiles made for `npm start`, the bench and these tests are removed when their browser closes or fails to start. */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { test, expect } from '@playwright/test';
import { launchWithExtension } from '../scripts/chromium';

const profiles = () => readdirSync(tmpdir()).filter((d) => d.startsWith('counterpoint-profile-'));

test('a browser profile is removed when its browser closes', async () => {
  const { context, userDataDir } = await launchWithExtension({ withExtension: false });
  expect(existsSync(userDataDir)).toBe(true);
  await context.close();
  expect(existsSync(userDataDir)).toBe(false);
});

test('a browser that fails to start leaves no profile behind', async () => {
  const before = new Set(profiles());
  await expect(launchWithExtension({ withExtension: false, executablePath: '/nonexistent/chromium' })).rejects.toThrow();
  expect(profiles().filter((d) => !before.has(d))).toEqual([]);
});
