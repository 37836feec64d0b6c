/**
 * Test fixtures: a fixture server on 127.0.0.1 and a Chromium with the built extension, fresh
 * for each test. Every request the browser makes is recorded, so tests can assert that the
 * extension itself never goes to the network.
 */
import { test as base, expect } from '@playwright/test';
import type { BrowserContext, Worker } from 'playwright-core';
import { launchWithExtension } from '../scripts/chromium';
import { startFixtureServer, type FixtureServer } from '../scripts/fixture-server';

interface Fixtures {
  server: FixtureServer;
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  },
  context: async ({ colorScheme }, use) => {
    const { context } = await launchWithExtension({ colorScheme: colorScheme === 'dark' ? 'dark' : 'light' });
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The bundled corpus is installed once the quick-check words are published.
    await expect
      .poll(() => worker.evaluate(async () => ((await chrome.storage.local.get('quickCheck')).quickCheck as unknown[] | undefined)?.length ?? 0))
      .toBeGreaterThan(0);
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

export { expect };
