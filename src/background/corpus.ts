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
import type { Pack } from '../core/pack-schema';
import { openDb } from '../db/schema';
import { installBundledPack } from '../db/bundled';
import { loadCorpus } from '../db/queries';

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
  await installBundledPack(await database(), pack);
  await browser.storage.local.set({ [StorageKeys.quickCheck]: quickCheckData(pack.topic) });
  engine = undefined;
}

/** The engine over the current corpus. */
export function getEngine(): Promise<Engine> {
  engine ??= (async () => {
    let corpus = await loadCorpus(await database());
    if (!corpus.statements.length) {
      // The first page after install can beat onInstalled: install now rather than answer empty.
      await ensureBundledInstalled();
      corpus = await loadCorpus(await database());
    }
    // The topic of the first installed pack; the bundled one if the database has none.
    const topic = corpus.topics[0] ?? (await bundledPack()).topic;
    return new Engine({ topic, actors: corpus.actors, claims: corpus.claims, statements: corpus.statements });
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Drops the engine so that the next page sees corpus edits. */
export function corpusChanged(): void {
  engine = undefined;
}
