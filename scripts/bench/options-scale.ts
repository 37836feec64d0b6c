/**
 * The options page and the claim page at scale: fills the extension's database with 100,000
 * statements shaped like the bundled pack's, then times in the page (performance.now() from the
 * user action until the list shows its new total or page, and a frame is painted) the first
 * render of the statements tab, a text search, the speaker, claim, stance and date filters, and
 * the next page; and the claim page of the busiest claim, from navigation until its chart is
 * painted (the page's `counterpoint:chart-drawn` performance mark): with the options page's
 * search index current, after the user edited a statement on the claim (the index patched), with
 * no index current (the marks come from the rows), and once the background has stored a snapshot
 * of the filled corpus (after it analysed one article). Medians of 3 runs.
 * `npm run bench` runs it (`BENCH_SKIP=options` leaves it out).
 *
 *   npm run build && npx tsx scripts/bench/options-scale.ts [--n 100000] [--runs 3] [--json]
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../chromium';
import { optionsWithBundledPack } from '../options-ready';
import { startFixtureServer } from '../fixture-server';
import { median, round } from './stats';
import { fillStatements as fill, pack } from './fill-db';
import { tellCorpusChanged, waitForSnapshot } from './sw-cold';

/** Name of the claim page's performance mark when its chart is painted (`CHART_DRAWN` in `src/explorer/ExplorerView.tsx`). */
const CHART_DRAWN = 'counterpoint:chart-drawn';

/** One timed action: its median and every run, in ms. */
export interface ScaleRow {
  action: string;
  median: number;
  runs: number[];
}

/** What the options page and claim page measure at scale. */
export interface OptionsScaleResult {
  statements: number;
  fillMs: number;
  /** From a fresh load of the options page after the fill until its list came from the search index it built and stored (ms). */
  searchIndexBuildMs: number;
  /** From saving an edited statement in the options page until its list answered from the search index again (patched from the one a write old), ms. */
  searchIndexPatchMs: number;
  /** The list's total after filling, as the page shows it. */
  total: string;
  /** Options page actions (filters, search, pages). */
  options: ScaleRow[];
  /** The claim page: chart painted, ms since navigation. */
  claimPage: ScaleRow[];
  /** How many statements the charted claim has. */
  claimStatements: number;
}

/**
 * Runs `action` in the page and returns the ms until `done()` holds after a frame was painted:
 * the total (or the page status) shows something new.
 */
async function timeAction(page: Page, action: string, waitFor: 'total' | 'page' = 'total'): Promise<number> {
  // The total for a filter; for a page, the first row's id (the page number changes before the rows do).
  const sel = waitFor === 'total' ? '[data-testid="result-total"]' : '[data-testid="statement"]';
  // A string, not a function: tsx would wrap named functions in a helper the page lacks.
  return page.evaluate<number>(`(async () => {
    const sel = ${JSON.stringify(sel)};
    const text = () => { const el = document.querySelector(sel); return (${JSON.stringify(waitFor)} === 'page' ? el?.getAttribute('data-id') : el?.textContent) ?? ''; };
    const before = text();
    const t0 = performance.now();
    { ${action} }
    await new Promise((ok, fail) => {
      const tick = () => {
        const now = text();
        if (now !== before && /\\d/.test(now)) return ok();
        if (performance.now() > t0 + 60000) return fail(new Error('timeout waiting for ' + sel));
        requestAnimationFrame(tick);
      };
      tick();
    });
    // Until the frame showing it is painted.
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return performance.now() - t0;
  })()`);
}

/** JS run in the page: set a select (by its label text) or an input and fire the event Preact listens to. */
const setSelect = (label: string, value: string) =>
  `{const l=[...document.querySelectorAll('.filters label')].find(l=>l.querySelector('span')?.textContent===${JSON.stringify(label)});` +
  `const s=l.querySelector('select');s.value=${JSON.stringify(value)};s.dispatchEvent(new Event('change',{bubbles:true}));}`;
const setInput = (selector: string, value: string) =>
  `{const i=document.querySelector(${JSON.stringify(selector)});i.value=${JSON.stringify(value)};i.dispatchEvent(new Event('input',{bubbles:true}));}`;
const clearFilters = `[...document.querySelectorAll('.filters .link-button')].forEach(b=>b.click());`;

/** Fills the database and times the options page and the claim page; see the file header. */
export async function measureOptionsScale({
  statements: N,
  runs: RUNS,
}: {
  statements: number;
  runs: number;
}): Promise<OptionsScaleResult> {
  const { context, extensionId } = await launchWithExtension();
  const page = await optionsWithBundledPack(context, extensionId);
  const url = `chrome-extension://${extensionId}/options.html`;
  const fillMs = await fill(page, N);
  // The options page reads its search index of the statements, or builds one (once per change of
  // the corpus) and stores it; until then it searches IndexedDB's indexes. Timed from a fresh load.
  await page.goto('about:blank');
  await page.goto(url);
  await waitForIndexedList(page);
  const searchIndexBuildMs = round(await page.evaluate(() => performance.now()), 0);
  if (process.env.PROBE) {
    console.log(
      await page.evaluate(`(async () => {
        const db = await new Promise((ok) => { const r = indexedDB.open('counterpoint'); r.onsuccess = () => ok(r.result); });
        const t = (name, fn) => new Promise((ok) => { const t0 = performance.now(); const req = fn(db.transaction('statements').objectStore('statements'));
          req.onsuccess = () => ok(name + ': ' + (performance.now() - t0).toFixed(0) + ' ms, n=' + req.result.length); });
        return [
          await t('date keys', (s) => s.index('date').getAllKeys()),
          await t('claim keys', (s) => s.index('claimIds').getAllKeys(IDBKeyRange.only('terrorist-safe-havens-in-pakistan'))),
          await t('word keys', (s) => s.index('words').getAllKeys(IDBKeyRange.bound('weapons', 'weapons\\uffff'))),
          await t('bundled keys', (s) => s.index('origin').getAllKeys(IDBKeyRange.only('bundled'))),
          await t('50 rows', (s) => s.getAll(null, 50)),
          await t('word count', (s) => ({ set onsuccess(f) { const r = s.index('words').count(IDBKeyRange.bound('weapons', 'weapons\\uffff')); r.onsuccess = () => { this.result = { length: r.result }; f(); }; } })),
          await t('actor count', (s) => ({ set onsuccess(f) { const r = s.index('[actorId+date]').count(IDBKeyRange.bound(['zabihullah-mujahid', ''], ['zabihullah-mujahid', '\\uffff'])); r.onsuccess = () => { this.result = { length: r.result }; f(); }; } })),
          await t('actor keys', (s) => s.index('[actorId+date]').getAllKeys(IDBKeyRange.bound(['zabihullah-mujahid', ''], ['zabihullah-mujahid', '\\uffff']))),
          await t('store count', (s) => ({ set onsuccess(f) { const r = s.count(); r.onsuccess = () => { this.result = { length: r.result }; f(); }; } })),
          await t('denies count', (s) => ({ set onsuccess(f) { const r = s.index('stanceKeys').count(IDBKeyRange.bound('denies|', 'denies|\\uffff')); r.onsuccess = () => { this.result = { length: r.result }; f(); }; } })),
          await t('denies keys', (s) => s.index('stanceKeys').getAllKeys(IDBKeyRange.bound('denies|', 'denies|\\uffff'))),
          await t('prev cursor 60 steps', (s) => ({ set onsuccess(f) { const r = s.index('stanceKeys').openKeyCursor(IDBKeyRange.bound('denies|', 'denies|\\uffff'), 'prev'); const out = []; r.onsuccess = () => { const c = r.result; if (c && out.length < 60) { out.push(c.primaryKey); c.continue(); } else { this.result = out; f(); } }; } })),
          await t('prev cursor advance 500 then 50', (s) => ({ set onsuccess(f) { const r = s.index('stanceKeys').openKeyCursor(IDBKeyRange.bound('denies|', 'denies|\\uffff'), 'prev'); const out = []; let adv = false; r.onsuccess = () => { const c = r.result; if (c && !adv) { adv = true; c.advance(500); } else if (c && out.length < 50) { out.push(c.primaryKey); c.continue(); } else { this.result = out; f(); } }; } })),
          await new Promise((ok) => { const store = db.transaction('statements').objectStore('statements'); const r0 = store.index('words').getAllKeys(IDBKeyRange.bound('weapons', 'weapons\\uffff'));
            r0.onsuccess = () => { const keys = r0.result; const t0 = performance.now(); let left = keys.length; const dates = [];
              for (const k of keys) { const g = store.get(k); g.onsuccess = () => { dates.push(g.result.date); if (--left === 0) ok('get each of ' + keys.length + ' rows: ' + (performance.now() - t0).toFixed(0) + ' ms, n=' + dates.length); }; } }; }),
        ].join('\\n');
      })()`),
    );
  }

  // The statement with the most copies: pick filters that keep a real share of the corpus.
  const byActor = new Map<string, number>();
  const byClaim = new Map<string, number>();
  for (const st of pack.statements) {
    byActor.set(st.actorId, (byActor.get(st.actorId) ?? 0) + 1);
    for (const s of st.stances) byClaim.set(s.claimId, (byClaim.get(s.claimId) ?? 0) + 1);
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]![0];
  const actor = top(byActor);
  const claim = top(byClaim);

  const samples: Record<string, number[]> = {};
  const add = (k: string, ms: number) => (samples[k] ??= []).push(ms);
  let total = '';
  for (let run = 0; run < RUNS; run++) {
    // Cold: a fresh page load, until the statements tab shows the total.
    await page.goto(url);
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="result-total"]')?.textContent ?? ''), null, {
      timeout: 120_000,
    });
    add('page load → statements listed (ms since navigation)', await page.evaluate(() => performance.now()));
    await waitForIndexedList(page);
    add(
      'page load → list searched again from the stored search index (ms since navigation)',
      await page.evaluate(() => performance.now()),
    );
    total = (await page.textContent('[data-testid="result-total"]')) ?? '';
    // First render of the statements tab, coming from another tab.
    await page.getByRole('tab', { name: 'Actors' }).click();
    await page.waitForSelector('[data-testid="actor-list"]');
    add(
      'statements tab: first render',
      await timeAction(
        page,
        `[...document.querySelectorAll('[role=tab]')].find(t=>t.textContent.trim()==='Statements').click();`,
      ),
    );
    add('text search "weapons"', await timeAction(page, setInput('.filters input[type=search]', 'weapons')));
    await timeAction(page, clearFilters);
    add('speaker filter', await timeAction(page, setSelect('Speaker', actor)));
    await timeAction(page, clearFilters);
    add('claim filter', await timeAction(page, setSelect('Claim', claim)));
    await timeAction(page, clearFilters);
    add('stance filter (denies)', await timeAction(page, setSelect('Stance', 'denies')));
    await timeAction(page, clearFilters);
    add(
      'date range 2021-08 … 2022-12',
      await timeAction(page, setInput('#filter-from', '2021-08') + setInput('#filter-to', '2022-12')),
    );
    await timeAction(page, clearFilters);
    add(
      'next page (all statements)',
      await timeAction(page, `[...document.querySelectorAll('.pager button')].at(-1).click();`, 'page'),
    );
    add('next page again', await timeAction(page, `[...document.querySelectorAll('.pager button')].at(-1).click();`, 'page'));
  }
  const options = rowsOf(samples);

  // The claim page of the busiest claim: first with no current snapshot (the fill made the
  // bundled pack's stale), then after the background built its engine and stored one.
  const claimStatements = Math.round((N * (byClaim.get(claim) ?? 0)) / pack.statements.length);
  const claimSamples: Record<string, number[]> = {};
  const claimUrl = `chrome-extension://${extensionId}/claim.html#${claim}`;
  /** Where the page read its marks from, as it says in a performance mark. */
  const SOURCES: Record<string, string> = {
    'claim-marks': "the claim's marks kept in the database (current after any write through it, an import of 100,000 included)",
    'search-index': "the options page's search index (the matching snapshot stale)",
    'search-index+edits': "the options page's search index, patched with the statement the user edited since",
    rows: 'the rows (no kept marks, snapshot or search index current or patchable: after a write outside the database code)',
    snapshot: "the matching index's snapshot",
    'snapshot+edits': "the matching index's snapshot, patched with the statement the user edited since",
  };
  const timeClaimPage = async (situation: string) => {
    for (let run = 0; run < RUNS; run++) {
      await page.goto('about:blank');
      await page.goto(claimUrl);
      const ms = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, CHART_DRAWN, {
        timeout: 120_000,
      });
      const from = await page.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .find((m) => m.name.startsWith('counterpoint:marks-read:'))
          ?.name.split(':')
          .at(-1),
      );
      (claimSamples[`claim page: chart painted ${situation}, marks from ${SOURCES[from ?? ''] ?? from}`] ??= []).push(
        Number(await ms.jsonValue()),
      );
      if (process.env.PROBE)
        console.log(
          await page.evaluate(() =>
            performance
              .getEntriesByType('mark')
              .filter((m) => m.name.startsWith('counterpoint:'))
              .map((m) => `${m.name} ${m.startTime.toFixed(0)}`)
              .join(', '),
          ),
        );
    }
  };
  // 1. Right after the bulk write (the options page has since stored its search index; the matching snapshot is the bundled pack's, stale).
  await timeClaimPage(`after a write of ${N.toLocaleString('en')} statements`);
  // 2. The user has edited a statement on the claim since: the search index, a write old, is patched.
  await editOneStatement(page, url, claim);
  await timeClaimPage('after an edit on the claim');
  // The options page brings its search index up to date after an edit (patched, not rebuilt).
  const searchIndexPatchMs = await editOneStatement(page, url, claim, true);
  // 3. Neither index stored (the background may have stored a snapshot a write old): before the
  // claims' marks were kept (`src/db/claim-marks.ts`), the marks came from the rows here.
  await deleteSnapshotRow(page, 'options-search');
  await deleteSnapshotRow(page, 'matching-index');
  await timeClaimPage('with no index stored');
  // 4. The background has analysed an article and stored its snapshot of the filled corpus.
  const server = await startFixtureServer();
  try {
    const since = Date.now();
    await tellCorpusChanged(page);
    const article = await context.newPage();
    await article.goto(server.url('seed-003-us-arms'));
    const snapshot = await waitForSnapshot(page, since);
    await article.close();
    await page.bringToFront();
    if (snapshot !== 'stored') console.warn(`options-scale: no snapshot of the filled corpus (${snapshot})`);
    await timeClaimPage('after the background stored its snapshot');
    // SHOT=<file.png>: a picture of the claim page at this scale, to look at.
    if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT, fullPage: false });
  } finally {
    await server.close();
  }
  await context.close();
  return {
    statements: N,
    fillMs,
    searchIndexBuildMs,
    searchIndexPatchMs,
    total,
    options,
    claimPage: rowsOf(claimSamples),
    claimStatements,
  };
}

/**
 * Edits, in the options page's form as a user would, the newest statement on `claim` (its date
 * moves a day), and waits until the form has saved it; with `untilIndexed`, also until the list
 * answers from the search index again, and returns the ms from the click on Save.
 */
async function editOneStatement(page: Page, url: string, claim: string, untilIndexed = false): Promise<number> {
  await page.goto(url);
  await waitForIndexedList(page);
  const total = page.locator('[data-testid="result-total"]');
  const before = await total.textContent();
  await page.locator('.filters').getByLabel('Claim').selectOption(claim);
  await page.waitForFunction((was) => document.querySelector('[data-testid="result-total"]')?.textContent !== was, before);
  const row = page.locator('[data-testid="statement"]').first();
  await row.getByRole('button', { name: /^Edit/ }).click();
  const form = page.locator('form.statement-form');
  await form.getByLabel('Date', { exact: true }).fill(untilIndexed ? '2026-12-02' : '2026-12-03');
  const t0 = await page.evaluate(() => performance.now());
  await form.locator('button[type=submit]').click();
  await form.waitFor({ state: 'detached', timeout: 60_000 });
  if (!untilIndexed) return 0;
  // The list answers from IndexedDB's indexes while the index is a write old, then from the index.
  await page.waitForSelector('[data-testid="result-total"][data-from="database"]', { timeout: 10_000 }).catch(() => undefined);
  await waitForIndexedList(page);
  return round((await page.evaluate(() => performance.now())) - t0, 0);
}

/** Deletes one row of the `snapshots` table, from an extension page. */
async function deleteSnapshotRow(page: Page, key: string): Promise<void> {
  await page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('counterpoint');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('snapshots', 'readwrite');
      tx.objectStore('snapshots').delete(key);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, key);
}

/** Waits until the statements list has been answered from the search index in memory. */
async function waitForIndexedList(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="result-total"][data-from="index"]', { timeout: 600_000 });
}

/** Medians and runs, rounded. */
function rowsOf(samples: Record<string, number[]>): ScaleRow[] {
  return Object.entries(samples).map(([action, s]) => ({ action, median: round(median(s), 0), runs: s.map((x) => round(x, 0)) }));
}

/** The figures as Markdown tables. */
export function optionsScaleTables(r: OptionsScaleResult): string {
  const table = (rows: ScaleRow[]) =>
    [
      '| action | median ms | runs |',
      '|---|---:|---|',
      ...rows.map((x) => `| ${x.action} | ${x.median} | ${x.runs.join(', ')} |`),
    ].join('\n');
  return [
    `Options page with ${r.statements.toLocaleString('en')} added statements (${r.total}); filled in ${r.fillMs} ms; search index built and stored ${r.searchIndexBuildMs} ms after the page opened; after an edit, answering from it again ${r.searchIndexPatchMs} ms after Save`,
    table(r.options),
    `\nClaim page of the busiest claim (about ${r.claimStatements.toLocaleString('en')} statements), ms from navigation`,
    table(r.claimPage),
  ].join('\n');
}

async function main() {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const result = await measureOptionsScale({ statements: arg('n', 100_000), runs: arg('runs', 3) });
  console.log(process.argv.includes('--json') ? JSON.stringify(result, null, 2) : optionsScaleTables(result));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
