/**
 * Page cost in real Chromium: what the extension adds to a page's main thread, against the same
 * page with the extension off. Three views of the same runs:
 *  - `Performance.getMetrics` (DevTools protocol): TaskDuration and ScriptDuration of the page's
 *    renderer, read before navigation and after the page has settled;
 *  - a trace of the renderer main thread: script time attributed to the content script (events
 *    carrying its chrome-extension:// URL, and the microtask runs in which its async work
 *    resumes), the number of tasks holding it and the longest of them;
 *  - a `PerformanceObserver` for `longtask` entries registered before the page loads.
 * Each page is opened `runs` times in each mode (plus one warm-up); figures are medians.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../chromium';
import { median, round } from './stats';

export interface CostPage {
  name: string;
  url: string;
  /** Wait for the extension's highlights (on-topic) rather than a fixed settle. */
  highlights: boolean;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string }; beginData?: { url?: string }; fileName?: string; name?: string };
}

/** One page load's figures, milliseconds. */
interface Sample {
  taskMs: number;
  scriptMs: number;
  /** Main-thread script time in the trace attributed to the content script (or, off, the same events). */
  tracedMs: number;
  /** Tasks holding such work, and the longest. */
  tracedTasks: number;
  longestTaskMs: number;
  longTasks: number;
  longTaskMs: number[];
  highlights: number;
  settleMs: number;
  /** Attributed script time by trace event name (EvaluateScript, RunMicrotasks, …). */
  byEvent: Record<string, number>;
}

const SETTLE_AFTER_LOAD_MS = 1500;
const AFTER_HIGHLIGHTS_MS = 300;
const LONG_TASK_MS = 50;

const LONGTASK_OBSERVER = `(() => {
  const w = window;
  w.__cpLongTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__cpLongTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch { /* not supported */ }
})();`;

/** Script work on the renderer main thread, and the top-level tasks that hold it. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.run',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'EventDispatch',
  'FireAnimationFrame',
  'v8.callFunction',
]);

/** Script events of code with no address: what `scripting.executeScript` runs in the page's own world. */
const INJECTED_EVENTS = new Set(['EvaluateScript', 'v8.run', 'v8.compile', 'FunctionCall', 'TimerFire', 'v8.callFunction']);

/**
 * Work of the extension: script events carrying a `chrome-extension://` address (the content
 * script), and script events with no address at all (the cheap check the background runs in the
 * page's own world; the fixture pages' own scripts all have the page's address, and the same
 * events are counted with the extension off as the baseline).
 */
function isExtensionEvent(e: TraceEvent): boolean {
  const url = e.args?.data?.url ?? e.args?.fileName;
  if (typeof url === 'string' && url.startsWith('chrome-extension://')) return true;
  return url === '' && INJECTED_EVENTS.has(e.name);
}

/** Sums the union of [ts, ts+dur) intervals (nested events counted once). */
function unionMs(events: readonly TraceEvent[]): number {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const e of sorted) {
    const s = e.ts;
    const f = e.ts + (e.dur ?? 0);
    if (f <= end) continue;
    total += f - Math.max(s, end);
    end = f;
  }
  return total / 1000;
}

/**
 * The page's main thread is the renderer thread that parsed the page's HTML. On it: the content
 * script's events (its URL), plus microtask runs (its `await`s resume there; the fixture pages'
 * own scripts are synchronous, and the same count is taken with the extension off as a baseline).
 */
function analyseTrace(
  events: readonly TraceEvent[],
  pageUrl: string,
): Pick<Sample, 'tracedMs' | 'tracedTasks' | 'longestTaskMs' | 'byEvent'> {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(pageUrl));
  if (!parse) return { tracedMs: NaN, tracedTasks: 0, longestTaskMs: 0, byEvent: {} };
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const script = main.filter((e) => SCRIPT_EVENTS.has(e.name) && (isExtensionEvent(e) || e.name === 'RunMicrotasks'));
  const tasks = main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const holding = new Set<TraceEvent>();
  for (const s of script) {
    const task = tasks.find((t) => t.ts <= s.ts && s.ts < t.ts + (t.dur ?? 0));
    if (task) holding.add(task);
  }
  const longest = Math.max(0, ...[...holding].map((t) => (t.dur ?? 0) / 1000));
  const byEvent: Record<string, number> = {};
  for (const name of new Set(script.map((e) => e.name))) byEvent[name] = round(unionMs(script.filter((e) => e.name === name)));
  // Everything else inside the tasks that hold extension work (style, layout, paint, GC, …).
  const within = main.filter(
    (e) =>
      !SCRIPT_EVENTS.has(e.name) &&
      e.name !== 'RunTask' &&
      e.name !== 'ThreadControllerImpl::RunTask' &&
      [...holding].some((t) => t.ts <= e.ts && e.ts < t.ts + (t.dur ?? 0)),
  );
  for (const name of new Set(within.map((e) => e.name))) {
    const ms = unionMs(within.filter((e) => e.name === name));
    if (ms >= 0.2) byEvent[`(in task) ${name}`] = round(ms);
  }
  return { tracedMs: unionMs(script), tracedTasks: holding.size, longestTaskMs: longest, byEvent };
}

async function traced(cdp: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-devtools.timeline'],
    },
    transferMode: 'ReportEvents',
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function loadOnce(context: BrowserContext, target: CostPage, withExtension: boolean): Promise<Sample> {
  const page: Page = await context.newPage();
  try {
    await page.addInitScript(LONGTASK_OBSERVER);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(cdp);
    let highlights = 0;
    const t0 = Date.now();
    const events = await traced(cdp, async () => {
      await page.goto(target.url, { waitUntil: 'load' });
      if (target.highlights && withExtension) {
        await page.waitForFunction(() => (CSS.highlights.get('counterpoint-quote')?.size ?? 0) > 0, null, {
          timeout: 30_000,
          polling: 50,
        });
        await page.waitForTimeout(AFTER_HIGHLIGHTS_MS);
      } else {
        await page.waitForTimeout(SETTLE_AFTER_LOAD_MS);
      }
    });
    const settleMs = Date.now() - t0;
    const after = await metrics(cdp);
    highlights = await page.evaluate(() => CSS.highlights.get('counterpoint-quote')?.size ?? 0);
    const longTaskMs = await page.evaluate(() =>
      ((window as unknown as { __cpLongTasks?: number[] }).__cpLongTasks ?? []).map((d) => Math.round(d)),
    );
    await cdp.detach();
    const delta = (k: string) => ((after[k] ?? 0) - (before[k] ?? 0)) * 1000;
    return {
      taskMs: delta('TaskDuration'),
      scriptMs: delta('ScriptDuration'),
      ...analyseTrace(events, target.url),
      longTasks: longTaskMs.length,
      longTaskMs,
      highlights,
      settleMs,
    };
  } finally {
    await page.close();
  }
}

export interface PageCostRow {
  page: string;
  mode: 'off' | 'on';
  runs: number;
  taskMs: number;
  scriptMs: number;
  tracedMs: number;
  tracedTasks: number;
  longestTaskMs: number;
  longTasks: number;
  longTasksMax: number;
  highlights: number;
}

export interface PageCostResult {
  rows: PageCostRow[];
  /** Per page: on − off and on / off of the medians, and what the trace attributes to the extension. */
  added: {
    page: string;
    taskAddedMs: number;
    taskRatio: number;
    scriptAddedMs: number;
    scriptRatio: number;
    extensionTracedMs: number;
    extensionLongestTaskMs: number;
    longTasksOff: number;
    longTasksOn: number;
  }[];
  samples: Record<string, Sample[]>;
}

/** Measures each page `runs` times with the extension off, then on. */
export async function measurePageCost(pages: readonly CostPage[], runs: number): Promise<PageCostResult> {
  const samples: Record<string, Sample[]> = {};
  const rows: PageCostRow[] = [];
  for (const withExtension of [false, true]) {
    const { context } = await launchWithExtension({ withExtension });
    try {
      // Warm-up: the first page after install may beat the corpus install; browser caches fill.
      for (const target of pages) await loadOnce(context, target, withExtension).catch(() => undefined);
      for (const target of pages) {
        const key = `${target.name}:${withExtension ? 'on' : 'off'}`;
        const list: Sample[] = [];
        // Interleaving is not possible across two browsers; within one, pages alternate per run.
        for (let i = 0; i < runs; i++) list.push(await loadOnce(context, target, withExtension));
        samples[key] = list;
        const m = (f: (s: Sample) => number) => round(median(list.map(f)));
        rows.push({
          page: target.name,
          mode: withExtension ? 'on' : 'off',
          runs,
          taskMs: m((s) => s.taskMs),
          scriptMs: m((s) => s.scriptMs),
          tracedMs: m((s) => s.tracedMs),
          tracedTasks: m((s) => s.tracedTasks),
          longestTaskMs: m((s) => s.longestTaskMs),
          longTasks: m((s) => s.longTasks),
          longTasksMax: Math.max(...list.map((s) => s.longTasks)),
          highlights: m((s) => s.highlights),
        });
      }
    } finally {
      await context.close();
    }
  }
  const added = pages.map((target) => {
    const off = rows.find((r) => r.page === target.name && r.mode === 'off')!;
    const on = rows.find((r) => r.page === target.name && r.mode === 'on')!;
    return {
      page: target.name,
      taskAddedMs: round(on.taskMs - off.taskMs),
      taskRatio: round(on.taskMs / off.taskMs),
      scriptAddedMs: round(on.scriptMs - off.scriptMs),
      scriptRatio: round(on.scriptMs / Math.max(off.scriptMs, 0.01)),
      extensionTracedMs: round(on.tracedMs - off.tracedMs),
      extensionLongestTaskMs: on.longestTaskMs,
      longTasksOff: off.longTasks,
      longTasksOn: on.longTasks,
    };
  });
  return { rows, added, samples };
}

export { LONG_TASK_MS };
