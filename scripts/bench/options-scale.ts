/**
 * The options page at scale: fills the extension's database with 100,000 statements shaped like
 * the bundled pack's, then times in the page (performance.now() from the user action until the
 * list shows its new total or page) the first render of the statements tab, a text search, the
 * speaker, claim, stance and date filters, and the next page. Medians of 3 runs.
 *
 *   npm run build && npx tsx scripts/bench/options-scale.ts [--n 100000] [--runs 3] [--json]
 */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../chromium';
import { median, round } from './stats';
import { fillStatements as fill, pack } from './fill-db';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('n', 100_000);
const RUNS = arg('runs', 3);
const JSON_OUT = process.argv.includes('--json');

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

async function main() {
  const { context, extensionId } = await launchWithExtension();
  const page = context.pages()[0] ?? (await context.newPage());
  const url = `chrome-extension://${extensionId}/options.html`;
  // The background installs the bundled pack on first run: wait until the page lists it.
  for (let i = 0; ; i++) {
    await page.goto(url);
    if (await page.waitForSelector('[data-testid="statement-list"]', { timeout: 5000 }).catch(() => null)) break;
    if (i === 10) throw new Error('the bundled pack never showed up');
  }
  const fillMs = await fill(page, N);
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
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="result-total"]')?.textContent ?? ''), null, { timeout: 120_000 });
    add('page load → statements listed (ms since navigation)', await page.evaluate(() => performance.now()));
    total = (await page.textContent('[data-testid="result-total"]')) ?? '';
    // First render of the statements tab, coming from another tab.
    await page.getByRole('tab', { name: 'Actors' }).click();
    await page.waitForSelector('[data-testid="actor-list"]');
    add('statements tab: first render', await timeAction(page, `[...document.querySelectorAll('[role=tab]')].find(t=>t.textContent.trim()==='Statements').click();`));
    add('text search "weapons" (incl. 200 ms debounce)', await timeAction(page, setInput('.filters input[type=search]', 'weapons')));
    await timeAction(page, clearFilters);
    add('speaker filter', await timeAction(page, setSelect('Speaker', actor)));
    await timeAction(page, clearFilters);
    add('claim filter', await timeAction(page, setSelect('Claim', claim)));
    await timeAction(page, clearFilters);
    add('stance filter (denies)', await timeAction(page, setSelect('Stance', 'denies')));
    await timeAction(page, clearFilters);
    add('date range 2021-08 … 2022-12 (incl. 200 ms debounce)', await timeAction(page, setInput('#filter-from', '2021-08') + setInput('#filter-to', '2022-12')));
    await timeAction(page, clearFilters);
    add('next page (all statements)', await timeAction(page, `[...document.querySelectorAll('.pager button')].at(-1).click();`, 'page'));
    add('next page again', await timeAction(page, `[...document.querySelectorAll('.pager button')].at(-1).click();`, 'page'));
  }
  await context.close();

  const rows = Object.entries(samples).map(([action, s]) => ({ action, median: round(median(s), 0), runs: s.map((x) => round(x, 0)) }));
  if (JSON_OUT) {
    console.log(JSON.stringify({ statements: N, fillMs, total, rows }, null, 2));
    return;
  }
  console.log(`Options page with ${N.toLocaleString('en')} added statements (${total}); filled in ${fillMs} ms; speaker ${actor}, claim ${claim}`);
  console.log('| action | median ms | runs |');
  console.log('|---|---:|---|');
  for (const r of rows) console.log(`| ${r.action} | ${r.median} | ${r.runs.join(', ')} |`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
