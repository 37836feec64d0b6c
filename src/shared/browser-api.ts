/**
 * The one module that touches the WebExtension API, through webextension-polyfill, so that
 * Chrome and Firefox share code and tests have one seam to replace.
 */
import browser from 'webextension-polyfill';
import {
  envelope,
  StorageKeys,
  DEFAULT_SETTINGS,
  type BackgroundCalls,
  type ContentCalls,
  type Req,
  type Res,
  type Settings,
} from './protocol';

export { browser };

/** Sends a call to the background and returns its answer. */
export function sendToBackground<K extends keyof BackgroundCalls>(
  type: K,
  payload: Req<BackgroundCalls, K>,
): Promise<Res<BackgroundCalls, K>> {
  return browser.runtime.sendMessage(envelope<BackgroundCalls, K>(type, payload)) as Promise<Res<BackgroundCalls, K>>;
}

/** Sends a call to the content script of a tab. */
export function sendToTab<K extends keyof ContentCalls>(
  tabId: number,
  type: K,
  payload: Req<ContentCalls, K>,
): Promise<Res<ContentCalls, K>> {
  return browser.tabs.sendMessage(tabId, envelope<ContentCalls, K>(type, payload)) as Promise<Res<ContentCalls, K>>;
}

/** Reads the settings, filling in defaults. */
export async function readSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(StorageKeys.settings);
  return { ...DEFAULT_SETTINGS, ...((got[StorageKeys.settings] as Partial<Settings> | undefined) ?? {}) };
}

/** Writes some settings, keeping the rest. */
export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...patch };
  await browser.storage.local.set({ [StorageKeys.settings]: next });
  return next;
}

/** A localised string from `_locales`, with the key as a visible fallback. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
