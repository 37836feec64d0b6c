/**
 * The reading memory at its limit, in the real extension in Chromium: the `reading` table is
 * filled with 50,000 remembered remarks (synthetic: the bundled pack's actors and claims, words
 * of our own, one to three pages each, read over the past year), memory is turned on, and the
 * an article is read `runs` + 1 times, each at a new address and with quotes of its own, so that
 * every read adds remarks and, at the limit, drops as many of the oldest. The background records,
 * in the tab's state (`timing`), the time of the sidebar's lookup of the remarks read before on
 * the page's claims (`readingFor`: one `readingOnClaim` index range per claim) and of keeping the
 * page's quotes (`rememberRead`: asking the page which quotes it showed, then `keepRead`). The
 * first read is reported apart: it counts the table once (the count is then kept in `meta`).
 * Medians over the later reads.
 *
 *   npm run build && npx tsx scripts/bench/memory-scale.ts [--n 50000] [--runs 7] [--json]
 */
import { pathToFileURL } from 'node:url';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../chromium';
import { startFixtureServer } from '../fixture-server';
import { newRead, READING_LIMIT, withDerived, type ReadQuote } from '../../src/db/reading-keep';
import type { ReadingRow } from '../../src/db/schema';
import { pack } from './fill-db';
import { median, round } from './stats';

/**
 * The article read: on topic, with quotes by speakers of the corpus that the corpus does not hold
 * (the seed articles' quotes are in it, so the memory would keep none of theirs). Written for the
 * benchmark, in our own words.
 */
/** Where the quotes of each read say the camps are, and whose failures: each read's quotes are new remarks. */
const PLACES = ['Kunar', 'Khost', 'Paktika', 'Nangarhar', 'Paktia', 'Zabul', 'Helmand', 'Kandahar', 'Logar', 'Ghazni'];
const REGIONS = ['Bajaur', 'Khyber', 'Waziristan', 'Kurram', 'Mohmand', 'Orakzai', 'Chitral', 'Swat', 'Dir', 'Tank'];
const articleHtml = (
  run: number,
) => `<!doctype html><meta charset="utf-8"><title>Islamabad and Kabul trade charges after the Bajaur raid</title>
<meta property="og:site_name" content="Bench Ledger"><meta property="article:published_time" content="2026-03-02T08:00:00Z">
<article><h1>Islamabad and Kabul trade charges after the Bajaur raid</h1>
<p>ISLAMABAD: Pakistan on Monday again accused the Afghan Taliban of sheltering the banned Tehreek-e-Taliban Pakistan after a raid on a police post in Bajaur killed four officers.</p>
<p>"The TTP is using Afghan soil to plan and launch these attacks on Pakistan, and Kabul knows exactly where their camps are in ${PLACES[run % PLACES.length]}," Defence Minister Khawaja Asif told reporters outside parliament.</p>
<p>Officials said the attackers had come across the border at night and that a search operation was under way in the district.</p>
<p>"Our soil is not used against Pakistan or any other country, and these charges are an attempt to hide Islamabad's own failures in ${REGIONS[run % REGIONS.length]}," Taliban spokesman Zabihullah Mujahid said in a statement from Kabul.</p>
<p>Pakistani officials said the militants had safe havens across the border and that talks had not stopped the attacks on security forces.</p>
</article>`;
/** Rows written per transaction while filling. */
const FILL_BATCH = 10_000;
const DAY_MS = 86_400_000;

/** What the memory part of the benchmark measures. */
export interface MemoryScaleResult {
  remarks: number;
  fillMs: number;
  runs: number;
  /** Remarks the page showed under its quotes (the lookup's answer), on the last read. */
  shown: number;
  /** Remarks after the reads: the limit holds. */
  after: number;
  /** The first read: counts the table once, adds its remarks and drops as many of the oldest. */
  first: { readingMs: number; keepMs: number; added: number; dropped: number };
  /** Medians of the reads after the first (each adds its remarks and drops as many). */
  medians: { readingMs: number; keepMs: number };
  samples: { readingMs: number; keepMs: number }[];
}

/** Synthetic remarks: speakers and claims of the bundled pack, distinct words, pages on 50 sites. */
function remarks(n: number, now: number): ReadingRow[] {
  const bundled = pack as unknown as { actors: { id: string; name: string }[]; claims: { id: string }[] };
  const stances = ['asserts', 'denies', 'disputes'] as const;
  return Array.from({ length: n }, (_, i) => {
    const actor = bundled.actors[i % bundled.actors.length]!;
    const claim = bundled.claims[(i * 7) % bundled.claims.length]!;
    const quote: ReadQuote = {
      actorId: actor.id,
      speaker: actor.name,
      text: `Remark ${i} on the border, said in our own test words, number ${i.toString(36)}`,
      claims: [{ claimId: claim.id, stance: stances[i % 3]! }],
    };
    const readAt = now - (n - i) * ((365 * DAY_MS) / n);
    const row = newRead(quote, { url: `https://site${i % 50}.example/news/${i}`, title: `Report ${i}`, readAt });
    for (let k = 1; k <= i % 3; k++)
      row.sources.push({ url: `https://site${(i + k) % 50}.example/news/${i}`, title: `Report ${i}`, readAt });
    return withDerived(row);
  });
}

/** Writes rows straight into the `reading` table from an extension page, in transactions of FILL_BATCH. */
async function fill(page: Page, rows: ReadingRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += FILL_BATCH) {
    await page.evaluate(
      async (batch) => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const req = indexedDB.open('counterpoint');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const tx = db.transaction('reading', 'readwrite');
        for (const row of batch) tx.objectStore('reading').put(row);
        await new Promise<void>((ok, fail) => {
          tx.oncomplete = () => ok();
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      rows.slice(start, start + FILL_BATCH),
    );
  }
}

/** The background's record of the tab showing `url`, once it holds the keep's time. */
async function tabTiming(
  worker: Worker,
  url: string,
): Promise<{ readingMs: number; keepMs: number; added: number; dropped: number; shown: number }> {
  for (let i = 0; i < 600; i++) {
    const got = await worker.evaluate(async (address) => {
      const all = await chrome.storage.session.get(null);
      type State = {
        url?: string;
        timing?: { readingMs?: number; keepMs?: number };
        remembered?: { added?: number; dropped?: number };
        fromReading?: Record<string, unknown[]>;
      };
      const state = Object.values(all).find((v) => (v as State).url === address) as State | undefined;
      if (state?.timing?.keepMs === undefined || state.timing.readingMs === undefined) return undefined;
      return {
        readingMs: state.timing.readingMs,
        keepMs: state.timing.keepMs,
        added: state.remembered?.added ?? 0,
        dropped: state.remembered?.dropped ?? 0,
        shown: Object.values(state.fromReading ?? {}).reduce((sum, list) => sum + list.length, 0),
      };
    }, url);
    if (got) return got;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the background recorded no reading memory timing for ${url}`);
}

/** Fills the memory to `remarks` and times `runs` reads of the article. */
export async function measureMemoryScale(options: { remarks: number; runs: number }): Promise<MemoryScaleResult> {
  const server = await startFixtureServer();
  const { context, extensionId, worker } = await launchWithExtension();
  try {
    if (!worker) throw new Error('the extension did not start');
    for (let i = 0; i < 600; i++) {
      const ready = await worker.evaluate(
        async () => ((await chrome.storage.local.get('quickCheck')).quickCheck as unknown[] | undefined)?.length ?? 0,
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await worker.evaluate(async () => {
      const settings = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      await chrome.storage.local.set({ settings: { ...settings, rememberReading: true } });
    });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const t0 = Date.now();
    await fill(page, remarks(options.remarks, Date.now() - DAY_MS));
    const fillMs = Date.now() - t0;
    await page.close();

    const samples: Awaited<ReturnType<typeof tabTiming>>[] = [];
    for (let run = 0; run <= options.runs; run++) {
      const url = `${server.origin}/bench-memory/${run}/`;
      server.extra.set(`/bench-memory/${run}/`, articleHtml(run));
      const tab = await context.newPage();
      await tab.goto(url);
      samples.push(await tabTiming(worker, url));
      await tab.close();
    }
    const after = await worker.evaluate(
      () =>
        new Promise<number>((ok, fail) => {
          const req = indexedDB.open('counterpoint');
          req.onerror = () => fail(req.error);
          req.onsuccess = () => {
            const count = req.result.transaction('reading').objectStore('reading').count();
            count.onsuccess = () => ok(count.result);
            count.onerror = () => fail(count.error);
          };
        }),
    );
    const [first, ...rest] = samples;
    return {
      remarks: options.remarks,
      fillMs,
      runs: rest.length,
      shown: samples.at(-1)!.shown,
      after,
      first: { readingMs: first!.readingMs, keepMs: first!.keepMs, added: first!.added, dropped: first!.dropped },
      medians: { readingMs: round(median(rest.map((s) => s.readingMs))), keepMs: round(median(rest.map((s) => s.keepMs))) },
      samples: rest.map(({ readingMs, keepMs }) => ({ readingMs, keepMs })),
    };
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const result = await measureMemoryScale({ remarks: arg('--n', READING_LIMIT), runs: arg('--runs', 7) });
  console.log(process.argv.includes('--json') ? JSON.stringify(result) : result);
}
