/**
 * The corpus for the engine: the bundled pack installed into IndexedDB on install and update,
 * and an engine made once per service-worker life (and again when the corpus changes). A worker
 * started fresh restores the engine's index from the snapshot stored in the database and reads
 * only the statements it shows; without a current snapshot it builds the index from every
 * statement, answers, and then stores a snapshot for the next start.
 */
import { browser } from '../shared/browser-api';
import { StorageKeys } from '../shared/protocol';
import { Engine, type AnalyseOptions } from '../core/engine';
import type { Analysis } from '../core/analysis';
import { quickCheckData } from '../core/topic';
import { parsePack } from '../core/pack-validate';
import type { Pack, Topic } from '../core/pack-schema';
import { openDb } from '../db/schema';
import { installBundledPack } from '../db/bundled';
import { restoreClaimMarks } from '../db/claim-marks';
import { installedTopics, loadCorpus } from '../db/queries';
import { loadRestorableCorpus, readStatements, saveSnapshot } from '../db/snapshot';

/** The pack that ships with the extension. */
export const BUNDLED_PACK_PATH = 'packs/pak-afghan-security.json';

let db: ReturnType<typeof openDb> | undefined;
/** How the current engine came to be: restored from the snapshot, or built from the statements. */
type Made = 'restored' | 'built';
/** The engine, how it was made, and whether it has answered yet. */
interface Current {
  engine: Engine;
  made: Made;
  served: boolean;
  /** Worker age (ms) at each step of making it, for the benchmark. */
  steps: Record<string, number>;
}
let engine: Promise<Current> | undefined;
let bundled: Promise<Pack> | undefined;

/** The database, opened once per worker. */
export function database() {
  db ??= openDb();
  return db;
}

/** Reads and validates the bundled pack from the extension's own files. */
export function bundledPack(): Promise<Pack> {
  bundled ??= (async () => {
    const res = await fetch(browser.runtime.getURL(BUNDLED_PACK_PATH));
    const parsed = parsePack(await res.text(), BUNDLED_PACK_PATH);
    if (!parsed.ok) throw new Error(`The bundled pack is invalid: ${parsed.errors[0]?.message ?? 'unknown error'}`);
    return parsed.pack;
  })();
  return bundled;
}

/** Installs or updates the bundled pack (user edits survive) and publishes the quick-check words. */
export async function ensureBundledInstalled(): Promise<void> {
  const pack = await bundledPack();
  const result = await installBundledPack(await database(), pack);
  if (result.status !== 'unchanged') {
    // Build the new engine now, and with it the snapshot the next start restores.
    engine = undefined;
    void getEngine().catch(() => undefined);
  }
  await publishQuickCheck();
}

/**
 * The topics the engine uses: every installed pack's that can tell a page apart (a topic with
 * no required groups, such as the placeholder of an exported selection, would call every page
 * on topic), else the bundled pack's.
 */
async function topicsOf(installed: readonly Topic[]): Promise<Topic[]> {
  const real = installed.filter((t) => t.requires.length > 0);
  return real.length ? real : [(await bundledPack()).topic];
}

/** Publishes the cheap-check data of every topic for the content script. */
async function publishQuickCheck(): Promise<void> {
  const topics = await topicsOf(await installedTopics(await database()));
  await browser.storage.local.set({ [StorageKeys.quickCheck]: topics.map(quickCheckData) });
}

/** The engine over the current corpus, and how it was made. */
function getEngine(): Promise<Current> {
  if (engine) return engine;
  const making = makeEngine();
  engine = making;
  // A failed build is forgotten, so the next page tries again; a newer build is left alone.
  making.catch(() => engine === making && (engine = undefined));
  return making;
}

async function makeEngine(): Promise<Current> {
  const steps: Record<string, number> = { start: performance.now() };
  const store = await database();
  steps.opened = performance.now();
  const restorable = await loadRestorableCorpus(store).catch(() => undefined);
  steps.read = performance.now();
  if (restorable) {
    const topics = await topicsOf(restorable.topics);
    const { actors, claims, index } = restorable;
    const engine = new Engine({ topic: topics[0]!, topics, actors, claims, index });
    steps.made = performance.now();
    return { engine, made: 'restored', served: false, steps };
  }
  let corpus = await loadCorpus(store);
  if (!corpus.statements.length) {
    // The first page after install can beat onInstalled: install now rather than answer empty.
    await installBundledPack(store, await bundledPack());
    corpus = await loadCorpus(store);
  }
  const topics = await topicsOf(corpus.topics);
  const built = new Engine({
    topic: topics[0]!,
    topics,
    actors: corpus.actors,
    claims: corpus.claims,
    statements: corpus.statements,
  });
  // The snapshot for the next start is taken once this answer is on its way, in slices, so that
  // other tabs' questions are answered in between.
  const { fingerprint } = corpus;
  setTimeout(() => {
    built
      .snapshotInSlices(nextTask)
      .then((snapshot) => saveSnapshot(store, snapshot, fingerprint))
      // The claims' marks too, where a write outside the database's code left them stale.
      .then(() => restoreClaimMarks(store, corpus.statements, fingerprint))
      .catch((error: unknown) =>
        console.warn('Counterpoint: the index snapshot was not stored:', (error as Error)?.message ?? error),
      );
  }, 0);
  steps.made = performance.now();
  return { engine: built, made: 'built', served: false, steps };
}

/** Resolves in a task of its own: what waits in the worker's queue (a page's question) runs first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What the engine answers for a text, and whether the engine had answered before ('warm'), or was restored or built for it. */
export async function analyseText(
  text: string,
  options: AnalyseOptions = {},
): Promise<{ analysis: Analysis; engine: Made | 'warm'; made: Made; steps?: Record<string, number> }> {
  const holder = await getEngine();
  const { engine: current, made } = holder;
  const first = !holder.served;
  holder.served = true;
  const analysis = await current.analyseReading(text, async (ids) => readStatements(await database(), ids), options);
  // Finish any index the answer did without, once the answer is on its way.
  setTimeout(() => current.warmUp(), 0);
  if (!first) return { analysis, engine: 'warm', made };
  const steps = Object.fromEntries(Object.entries(holder.steps).map(([k, v]) => [k, Math.round(v)]));
  return { analysis, engine: made, made, steps };
}

/**
 * Starts making the engine ahead of the first question: called when a page passes the gate and
 * the text check, so that a worker woken by the page's load restores its index while the
 * page's content script starts, reads the article and asks.
 */
export function prepareEngine(): void {
  getEngine().catch(() => undefined);
}

/** Drops the engine so that the next page sees corpus edits, and republishes the cheap-check words. */
export function corpusChanged(): void {
  engine = undefined;
  void publishQuickCheck().catch(() => undefined);
}
