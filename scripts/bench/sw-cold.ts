/**
 * The first answer after a cold service-worker start, with 100,000 statements, in the real
 * extension in Chromium.
 *
 * Launches Chromium with the built extension, waits for the bundled corpus, adds `statements`
 * copies of the bundled pack's statements straight into IndexedDB (`fill-db.ts`) and tells the
 * background the corpus changed (if it does not acknowledge that, the worker is stopped, so that it
 * starts without an engine). One load of the seed-003 article then makes the background build its
 * engine, and the script waits for the snapshot of it the background stores in the `snapshots`
 * table (where the build has one). Then, per run, in a fresh tab each time:
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
/** How long a stopped worker must stay stopped before the cold load starts. */
const STOP_SETTLE_MS = 250;
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
  /** Worker age when the handler started. */
  handlerStart?: number;
  /** Worker age at each step of making the engine (start, opened, read, made). */
  steps?: Record<string, number>;
}

/** One page load. The background's figures are null where it recorded none. */
export interface SwColdSample {
  workerUptimeMs: number | null;
  handlerMs: number | null;
  engine: EngineSource | null;
  /** From `page.goto` to the first highlight in the page, measured in Node. */
  pageToHighlightsMs: number;
  /** Worker age when the handler started, and at each step of making the engine. */
  handlerStart?: number;
  steps?: Record<string, number>;
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
  /** Whether the background answered the `corpusChanged` message with `{ ok: true }` (else the worker was stopped instead). */
  corpusChangedAcknowledged: boolean;
  /** Whether the background stored a snapshot of the filled corpus after the first page ('no table': this build has none). */
  snapshot: 'stored' | 'no table' | 'timed out';
  /** How long, after the first page's highlights, the snapshot took to appear (or the wait gave up). */
  snapshotWaitMs: number;
  /** How the worker was stopped, per cold run. */
  stopMethods: StopMethod[];
  /** 'background': the tab state's `timing`; 'node only': this build records none, only `pageToHighlightsMs` is measured. */
  timingSource: 'background' | 'node only';
  /** The first load after filling (the engine built from the rows; this is what stores the snapshot). */
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
    // The claim page, not the options page: that one would build its search index of the filled
    // corpus (seconds of work) during the measurement.
    await extensionPage.goto(`chrome-extension://${extensionId}/claim.html`);
    const cdp = await context.newCDPSession(extensionPage);
    const watch = await WorkerWatch.start(cdp, extensionId);

    const fillMs = await fillStatements(extensionPage, options.statements);
    const filledAt = Date.now();
    const totalStatements = await countStatements(extensionPage);
    const corpusChangedAcknowledged = await tellCorpusChanged(extensionPage);
    // Without the background's word, its engine may still be the bundled pack's: a stopped worker
    // starts without one, so the first page's engine is made from the filled database either way.
    if (!corpusChangedAcknowledged) {
      console.warn('sw-cold: the background did not answer `corpusChanged` with { ok: true }; stopping the worker instead.');
    }

    const url = server.url(ARTICLE);
    const first = await loadArticle(
      context,
      extensionPage,
      url,
      corpusChangedAcknowledged ? undefined : async () => void (await watch.stop()),
    );
    const waitStart = performance.now();
    const snapshot = await waitForSnapshot(extensionPage, filledAt);
    const snapshotWaitMs = Math.round(performance.now() - waitStart);
    if (snapshot === 'no table') console.warn('sw-cold: this build has no `snapshots` table; not waiting for a stored engine.');
    if (snapshot === 'timed out')
      console.warn(`sw-cold: no engine snapshot of the filled corpus stored within ${SNAPSHOT_TIMEOUT_MS / 1000} s; going on.`);

    const cold: SwColdSample[] = [];
    const warm: SwColdSample[] = [];
    const stopMethods: StopMethod[] = [];
    for (let run = 0; run < options.runs; run++) {
      const coldLoad = await loadArticle(context, extensionPage, url, async () => {
        stopMethods.push(await watch.stop());
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
      corpusChangedAcknowledged,
      snapshot,
      snapshotWaitMs,
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
 * Tells the background the corpus changed, from an extension page, as the options page does.
 * True if it answered `{ ok: true }`.
 */
export async function tellCorpusChanged(page: Page): Promise<boolean> {
  const answer = await page
    .evaluate(() => chrome.runtime.sendMessage<unknown, unknown>({ cp: 1, type: 'corpusChanged', payload: {} }))
    .catch(() => undefined);
  return typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === true;
}

/**
 * Waits until the `snapshots` table holds a row taken at or after `since` (ms since the epoch):
 * the background has stored the engine it built of the filled corpus. (The bundled pack's
 * snapshot, stored at install, is older.) A row without a numeric `takenAt` counts as soon as it
 * is there. A build without the table answers 'no table' at once.
 */
export async function waitForSnapshot(page: Page, since: number): Promise<SwColdResult['snapshot']> {
  // -1: no such table. The database is opened without a version, so that this never upgrades it,
  // and closed at once, so that it never blocks the background's own upgrade.
  const fresh = () =>
    page.evaluate(async (since) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('counterpoint');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      try {
        if (!db.objectStoreNames.contains('snapshots')) return -1;
        return await new Promise<number>((ok, fail) => {
          const req = db.transaction('snapshots').objectStore('snapshots').openCursor();
          let n = 0;
          req.onsuccess = () => {
            const cursor = req.result;
            if (!cursor) return ok(n);
            const { key, takenAt } = cursor.value as { key?: unknown; takenAt?: unknown };
            // The matching index's snapshot only (the options page stores its search index here too).
            if (key === 'matching-index' && (typeof takenAt !== 'number' || takenAt >= since)) n++;
            cursor.continue();
          };
          req.onerror = () => fail(req.error);
        });
      } finally {
        db.close();
      }
    }, since);
  try {
    return await poll(
      'an engine snapshot',
      SNAPSHOT_TIMEOUT_MS,
      async () => {
        const n = await fresh();
        return n < 0 ? 'no table' : n > 0 ? 'stored' : undefined;
      },
      500,
    );
  } catch {
    return 'timed out';
  }
}

/**
 * The extension's service worker as the DevTools protocol sees it. Playwright's own view does not
 * follow a stopped worker: its `Worker` keeps its place in `context.serviceWorkers()` and fires
 * 'close' only when the browser closes, and no new 'serviceworker' event comes when the browser
 * starts the worker again (same target id). The `ServiceWorker` domain reports every change of a
 * version's running status, and `Target.getTargets` lists the worker only while it runs.
 */
class WorkerWatch {
  /** Running status ('starting', 'running', 'stopping', 'stopped') of each of the extension's worker versions. */
  private readonly status = new Map<string, string>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly extensionId: string,
  ) {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (this.ours(v.scriptURL)) this.status.set(v.versionId, v.runningStatus);
    });
  }

  /** Watches the extension's worker through `cdp` (a session on any page of the browser). */
  static async start(cdp: CDPSession, extensionId: string): Promise<WorkerWatch> {
    const watch = new WorkerWatch(cdp, extensionId);
    // Enabling reports every version's current status at once.
    await cdp.send('ServiceWorker.enable');
    return watch;
  }

  private ours(url: string): boolean {
    return url.startsWith(`chrome-extension://${this.extensionId}/`);
  }

  /** The worker's DevTools target, while it runs. */
  private async target(): Promise<string | undefined> {
    const { targetInfos } = await this.cdp.send('Target.getTargets');
    return targetInfos.find((t) => t.type === 'service_worker' && this.ours(t.url))?.targetId;
  }

  /** Whether no version of the worker runs and it has no target. */
  async stopped(): Promise<boolean> {
    return [...this.status.values()].every((s) => s === 'stopped') && (await this.target()) === undefined;
  }

  /** Waits up to `STOP_TIMEOUT_MS` for the worker to be stopped. */
  private async becameStopped(): Promise<boolean> {
    return poll('the worker to stop', STOP_TIMEOUT_MS, async () => ((await this.stopped()) ? true : undefined)).catch(
      () => false,
    );
  }

  /**
   * Stops the worker and waits until it is seen stopped, and still stopped a moment later (an
   * event already on its way, such as the previous tab's closing, can start it again): first with
   * `ServiceWorker.stopAllWorkers`, else by closing its DevTools target. Says which one did it.
   */
  async stop(): Promise<StopMethod> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const method = await this.stopOnce();
      await new Promise((resolve) => setTimeout(resolve, STOP_SETTLE_MS));
      if (await this.stopped()) return method;
    }
    throw new Error('sw-cold: the service worker keeps starting again');
  }

  private async stopOnce(): Promise<StopMethod> {
    if (await this.stopped()) return 'already stopped';
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    if (await this.becameStopped()) return 'ServiceWorker.stopAllWorkers';
    const targetId = await this.target();
    if (targetId) await this.cdp.send('Target.closeTarget', { targetId });
    if (await this.becameStopped()) return 'Target.closeTarget';
    throw new Error('sw-cold: the service worker could not be stopped');
  }
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
    const pageToHighlightsMs = round(performance.now() - t0, 1);
    const timing = await readTiming(extensionPage, url).catch(() => undefined);
    return {
      workerUptimeMs: timing?.workerUptimeMs ?? null,
      handlerMs: timing?.handlerMs ?? null,
      engine: timing?.engine ?? null,
      pageToHighlightsMs,
      ...(timing?.handlerStart !== undefined ? { handlerStart: timing.handlerStart } : {}),
      ...(timing?.steps ? { steps: timing.steps } : {}),
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
  const { workerUptimeMs, handlerMs, engine, handlerStart, steps } = value as Record<string, unknown>;
  if (typeof workerUptimeMs !== 'number' || typeof handlerMs !== 'number') return undefined;
  if (engine !== 'warm' && engine !== 'restored' && engine !== 'built') return undefined;
  return {
    workerUptimeMs,
    handlerMs,
    engine,
    ...(typeof handlerStart === 'number' ? { handlerStart } : {}),
    ...(typeof steps === 'object' && steps !== null ? { steps: steps as Record<string, number> } : {}),
  };
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
          `snapshot: ${result.snapshot} (after ${result.snapshotWaitMs} ms); worker stopped by: ${[...new Set(result.stopMethods)].join(', ')}; timing from: ${result.timingSource}`,
      );
      console.table(tableRows(result));
      console.log(JSON.stringify(result, null, 2));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
