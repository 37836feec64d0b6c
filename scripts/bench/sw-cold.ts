/**
 * The first answer after a cold service-worker start, with 100,000 statements, in the real
 * extension in Chromium.
 *
 * Launches Chromium with the built extension, waits for the bundled corpus, adds `statements`
 * copies of the bundled pack's statements straight into IndexedDB (`fill-db.ts`) and tells the
 * background the corpus changed. One load of the seed-003 article then makes the background build
 * its engine (and store its snapshot in the `snapshots` table, where the build has one). Then, per
 * run, in a fresh tab each time:
 *  - **cold:** the service worker is stopped through the DevTools protocol
 *    (`ServiceWorker.stopAllWorkers`, else `Target.closeTarget` on its target) and seen to be gone,
 *    then the article is loaded: the browser starts the worker for the tab's events;
 *  - **warm:** the same article again, the worker left running.
 * Each load gives the time from navigation to the page's first highlight (measured in Node) and,
 * where the background records it in the tab's state (`timing` in `storage.session`, `tab:<id>`),
 * the worker's uptime when the answer was ready, the time inside `analysePage`, and whether the
 * engine was warm, restored from its snapshot or built. Medians over the runs.
 *
 *   npm run build && npx tsx scripts/bench/sw-cold.ts      (STATEMENTS=5000 RUNS=3 to change)
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../chromium';
import { startFixtureServer } from '../fixture-server';
import { fillStatements } from './fill-db';
import { median, round } from './stats';

/** The on-topic article every load opens. */
const ARTICLE = 'seed-003-us-arms';
/** Longest wait for a page's highlights: a cold build of 100,000 statements takes seconds. */
const HIGHLIGHTS_TIMEOUT_MS = 120_000;
/** Longest wait for the background to store its engine snapshot after the first page. */
const SNAPSHOT_TIMEOUT_MS = 120_000;
/** Longest wait for a stopped worker to be reported gone. */
const STOP_TIMEOUT_MS = 10_000;
/** How long the timing may lag behind the highlights (the state is written as the answer leaves). */
const TIMING_TIMEOUT_MS = 3_000;

/** How the engine answered, as the background records it. */
export type EngineSource = 'warm' | 'restored' | 'built';

/** What the background records in a tab's state when it has answered `analysePage`. */
export interface WorkerTiming {
  /** `performance.now()` in the worker when the answer was ready: ms since the worker started. */
  workerUptimeMs: number;
  /** Time inside the `analysePage` handler. */
  handlerMs: number;
  /** Whether the engine was already built, restored from its snapshot, or built from the rows. */
  engine: EngineSource;
}

/** One page load. The background's figures are null where it recorded none. */
export interface SwColdSample {
  workerUptimeMs: number | null;
  handlerMs: number | null;
  engine: EngineSource | null;
  /** From `page.goto` to the first highlight in the page, measured in Node. */
  pageToHighlightsMs: number;
}

/** Medians of a set of loads (null where the background recorded no timing). */
export interface SwColdMedians {
  workerUptimeMs: number | null;
  handlerMs: number | null;
  pageToHighlightsMs: number;
}

/** How the service worker was stopped before each cold load. */
export type StopMethod = 'ServiceWorker.stopAllWorkers' | 'Target.closeTarget' | 'already stopped';

export interface SwColdResult {
  /** Statements added to the bundled pack's. */
  statements: number;
  /** Statements the database held once filled. */
  totalStatements: number;
  runs: number;
  /** Time to write the added statements. */
  fillMs: number;
  /** Whether the background stored an engine snapshot after the first page ('no table': this build has none). */
  snapshot: 'stored' | 'no table' | 'timed out';
  /** How the worker was stopped, per cold run. */
  stopMethods: StopMethod[];
  /** 'background': the tab state's `timing`; 'node only': this build records none, only `pageToHighlightsMs` is measured. */
  timingSource: 'background' | 'node only';
  /** The first load after filling (the engine built from the rows). */
  first: SwColdSample;
  cold: SwColdSample[];
  warm: SwColdSample[];
  medians: { cold: SwColdMedians; warm: SwColdMedians };
}

/** Measures the first answer after a cold service-worker start; see the file header. */
export async function measureServiceWorkerCold(options: { statements: number; runs: number }): Promise<SwColdResult> {
  const server = await startFixtureServer();
  const { context, extensionId, worker } = await launchWithExtension();
  try {
    if (!worker) throw new Error('the extension has no service worker');
    await waitForBundledCorpus(worker);

    // An extension page to write the database, read `storage.session` and hold the DevTools session.
    const extensionPage = context.pages()[0] ?? (await context.newPage());
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
    const fillMs = await fillStatements(extensionPage, options.statements);
    const totalStatements = await countStatements(extensionPage);
    await extensionPage.evaluate(() => chrome.runtime.sendMessage({ cp: 1, type: 'corpusChanged', payload: {} }));

    const url = server.url(ARTICLE);
    const first = await loadArticle(context, extensionPage, url);
    const snapshot = await waitForSnapshot(extensionPage);
    if (snapshot === 'no table') console.warn('sw-cold: this build has no `snapshots` table; not waiting for a stored engine.');
    if (snapshot === 'timed out')
      console.warn(`sw-cold: no engine snapshot stored within ${SNAPSHOT_TIMEOUT_MS / 1000} s; going on.`);

    const cdp = await context.newCDPSession(extensionPage);
    const cold: SwColdSample[] = [];
    const warm: SwColdSample[] = [];
    const stopMethods: StopMethod[] = [];
    for (let run = 0; run < options.runs; run++) {
      const coldLoad = await loadArticle(context, extensionPage, url, async () => {
        stopMethods.push(await stopServiceWorker(context, cdp, extensionId));
      });
      cold.push(coldLoad);
      warm.push(await loadArticle(context, extensionPage, url));
    }
    await cdp.detach();

    const samples = [first, ...cold, ...warm];
    const timingSource = samples.every((s) => s.workerUptimeMs !== null) ? 'background' : 'node only';
    if (timingSource === 'node only') {
      console.warn(
        'sw-cold: the background recorded no `timing` in the tab state; figures are from Node (navigation to highlights) only.',
      );
    }
    return {
      statements: options.statements,
      totalStatements,
      runs: options.runs,
      fillMs,
      snapshot,
      stopMethods,
      timingSource,
      first,
      cold,
      warm,
      medians: { cold: medians(cold), warm: medians(warm) },
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/** Polls until `check` gives a value other than undefined, or throws after `timeoutMs`. */
async function poll<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined>, everyMs = 50): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`sw-cold: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Waits until the background has installed the bundled pack: it then publishes the quick-check words. */
async function waitForBundledCorpus(worker: Worker): Promise<void> {
  await poll('the bundled corpus', 30_000, async () => {
    const words = await worker.evaluate(
      async () => ((await chrome.storage.local.get('quickCheck')).quickCheck as unknown[] | undefined)?.length ?? 0,
    );
    return words > 0 ? true : undefined;
  });
}

/** Statements in IndexedDB 'counterpoint', counted from an extension page. */
function countStatements(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('counterpoint');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const count = await new Promise<number>((ok, fail) => {
      const req = db.transaction('statements').objectStore('statements').count();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    db.close();
    return count;
  });
}

/**
 * Waits until the `snapshots` table holds a row: the background has stored its built engine. A
 * build without the table answers 'no table' at once.
 */
async function waitForSnapshot(page: Page): Promise<SwColdResult['snapshot']> {
  // -1: no such table. The database is opened without a version, so that this never upgrades it,
  // and closed at once, so that it never blocks the background's own upgrade.
  const rows = () =>
    page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('counterpoint');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      try {
        if (!db.objectStoreNames.contains('snapshots')) return -1;
        return await new Promise<number>((ok, fail) => {
          const req = db.transaction('snapshots').objectStore('snapshots').count();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
      } finally {
        db.close();
      }
    });
  try {
    return await poll(
      'an engine snapshot',
      SNAPSHOT_TIMEOUT_MS,
      async () => {
        const n = await rows();
        return n < 0 ? 'no table' : n > 0 ? 'stored' : undefined;
      },
      500,
    );
  } catch {
    return 'timed out';
  }
}

/** The extension's running service worker, if any. */
function extensionWorker(context: BrowserContext, extensionId: string): Worker | undefined {
  return context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
}

/**
 * Stops the extension's service worker and waits until Playwright reports it gone (its 'close'
 * event, and no longer in `context.serviceWorkers()`). Tries `ServiceWorker.stopAllWorkers`
 * first, then closes the worker's DevTools target. Says which one did it.
 */
async function stopServiceWorker(context: BrowserContext, cdp: CDPSession, extensionId: string): Promise<StopMethod> {
  const worker = extensionWorker(context, extensionId);
  if (!worker) return 'already stopped';
  const gone = new Promise<void>((resolve) => worker.once('close', () => resolve()));
  const stopped = async () => {
    const closed = await Promise.race([
      gone.then(() => true),
      new Promise<false>((r) => setTimeout(() => r(false), STOP_TIMEOUT_MS)),
    ]);
    return closed && !context.serviceWorkers().includes(worker);
  };

  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  if (await stopped()) return 'ServiceWorker.stopAllWorkers';

  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (target) {
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
    if (await stopped()) return 'Target.closeTarget';
  }
  throw new Error('sw-cold: the service worker could not be stopped');
}

/**
 * Loads the article in a fresh tab, times navigation → first highlight, reads the background's
 * timing for the tab and closes it. `beforeNavigation` runs once the blank tab exists (so that
 * opening the tab does not wake a worker it stops).
 */
async function loadArticle(
  context: BrowserContext,
  extensionPage: Page,
  url: string,
  beforeNavigation?: () => Promise<void>,
): Promise<SwColdSample> {
  const page = await context.newPage();
  try {
    await beforeNavigation?.();
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForFunction(() => (CSS.highlights.get('counterpoint-quote')?.size ?? 0) >= 1, undefined, {
      polling: 10,
      timeout: HIGHLIGHTS_TIMEOUT_MS,
    });
    const pageToHighlightsMs = performance.now() - t0;
    const timing = await readTiming(extensionPage, url).catch(() => undefined);
    return {
      workerUptimeMs: timing?.workerUptimeMs ?? null,
      handlerMs: timing?.handlerMs ?? null,
      engine: timing?.engine ?? null,
      pageToHighlightsMs,
    };
  } finally {
    await page.close();
  }
}

/**
 * The timing the background recorded in the state of the (one) tab showing `url`, read from an
 * extension page (`storage.session` is open to extension pages; the host permissions let
 * `tabs.query` match by address). Undefined if none came within `TIMING_TIMEOUT_MS`.
 */
async function readTiming(extensionPage: Page, url: string): Promise<WorkerTiming | undefined> {
  const read = () =>
    extensionPage.evaluate(async (pageUrl) => {
      const tabs = await chrome.tabs.query({ url: pageUrl });
      const tabId = Math.max(...tabs.map((t) => t.id ?? -1));
      if (tabId < 0) return undefined;
      const key = `tab:${tabId}`;
      const state = (await chrome.storage.session.get(key))[key] as { timing?: unknown } | undefined;
      return state?.timing;
    }, url);
  return poll('the background timing', TIMING_TIMEOUT_MS, async () => asTiming(await read()), 100).catch(() => undefined);
}

/** The timing if `value` has its shape. */
function asTiming(value: unknown): WorkerTiming | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { workerUptimeMs, handlerMs, engine } = value as Record<string, unknown>;
  if (typeof workerUptimeMs !== 'number' || typeof handlerMs !== 'number') return undefined;
  if (engine !== 'warm' && engine !== 'restored' && engine !== 'built') return undefined;
  return { workerUptimeMs, handlerMs, engine };
}

function medians(samples: readonly SwColdSample[]): SwColdMedians {
  const of = (pick: (s: SwColdSample) => number | null): number | null => {
    const values = samples.map(pick);
    return values.every((v): v is number => v !== null) && values.length ? round(median(values), 1) : null;
  };
  return {
    workerUptimeMs: of((s) => s.workerUptimeMs),
    handlerMs: of((s) => s.handlerMs),
    pageToHighlightsMs: round(median(samples.map((s) => s.pageToHighlightsMs)), 1),
  };
}

/** One table row per load, rounded for reading. */
function tableRows(result: SwColdResult): Record<string, string | number | null>[] {
  const row = (load: string, s: SwColdSample) => ({
    load,
    engine: s.engine,
    'worker uptime at answer (ms)': s.workerUptimeMs === null ? null : round(s.workerUptimeMs, 1),
    'analysePage (ms)': s.handlerMs === null ? null : round(s.handlerMs, 1),
    'navigation → highlights (ms)': round(s.pageToHighlightsMs, 1),
  });
  return [
    row('first (after filling)', result.first),
    ...result.cold.map((s, i) => row(`cold ${i + 1}`, s)),
    ...result.warm.map((s, i) => row(`warm ${i + 1}`, s)),
    { load: 'median cold', engine: null, ...medianCells(result.medians.cold) },
    { load: 'median warm', engine: null, ...medianCells(result.medians.warm) },
  ];
}

function medianCells(m: SwColdMedians) {
  return {
    'worker uptime at answer (ms)': m.workerUptimeMs,
    'analysePage (ms)': m.handlerMs,
    'navigation → highlights (ms)': m.pageToHighlightsMs,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const statements = Number(process.env.STATEMENTS ?? 100_000);
  const runs = Number(process.env.RUNS ?? 3);
  measureServiceWorkerCold({ statements, runs })
    .then((result) => {
      console.log(
        `Cold service-worker start, ${result.totalStatements.toLocaleString('en')} statements (${result.statements.toLocaleString('en')} added in ${result.fillMs} ms); ` +
          `snapshot: ${result.snapshot}; worker stopped by: ${[...new Set(result.stopMethods)].join(', ')}; timing from: ${result.timingSource}`,
      );
      console.table(tableRows(result));
      console.log(JSON.stringify(result, null, 2));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
