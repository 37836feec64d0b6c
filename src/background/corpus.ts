/**
 * The corpus for the engine: the bundled pack installed into IndexedDB on install and update,
 * and an engine built from the database once per service-worker life (and again when the
 * corpus changes).
 */
import { browser } from '../shared/browser-api';
import { StorageKeys } from '../shared/protocol';
import { Engine } from '../core/engine';
import { quickCheckData } from '../core/topic';
import { parsePack } from '../core/pack-validate';
import type { Pack, Topic } from '../core/pack-schema';
import { openDb } from '../db/schema';
import { installBundledPack } from '../db/bundled';
import { installedTopics, loadCorpus } from '../db/queries';

/** The pack that ships with the extension. */
export const BUNDLED_PACK_PATH = 'packs/pak-afghan-security.json';

let db: ReturnType<typeof openDb> | undefined;
let engine: Promise<Engine> | undefined;
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
  if (result.status !== 'unchanged') engine = undefined;
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

/** The engine over the current corpus. */
export function getEngine(): Promise<Engine> {
  if (engine) return engine;
  const building = (async () => {
    let corpus = await loadCorpus(await database());
    if (!corpus.statements.length) {
      // The first page after install can beat onInstalled: install now rather than answer empty.
      await installBundledPack(await database(), await bundledPack());
      corpus = await loadCorpus(await database());
    }
    const topics = await topicsOf(corpus.topics);
    return new Engine({ topic: topics[0]!, topics, actors: corpus.actors, claims: corpus.claims, statements: corpus.statements });
  })();
  engine = building;
  // A failed build is forgotten, so the next page tries again; a newer build is left alone.
  building.catch(() => engine === building && (engine = undefined));
  return building;
}

/** Drops the engine so that the next page sees corpus edits, and republishes the cheap-check words. */
export function corpusChanged(): void {
  engine = undefined;
  void publishQuickCheck().catch(() => undefined);
}
