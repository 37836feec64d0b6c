/**
 * Which pages get the content script. None is declared in the manifest: the background looks at
 * each page's title and address (`mayBeOnTopic`, microseconds, off the page's main thread) and
 * injects the first stage only where they name something of an installed topic. Most pages a
 * person opens therefore pay nothing at all; a page that passes the gate pays for the content
 * script's world and its cheap check of the text. The toolbar button, the shortcut and the
 * context menu inject on demand, so a page the gate let pass by is never out of reach.
 */
import type { Tabs } from 'webextension-polyfill';
import { browser, readSettings } from '../shared/browser-api';
import { StorageKeys } from '../shared/protocol';
import { mayBeOnTopic, type QuickCheckData } from '../core/topic';

/** The first stage's file, as built. */
export const CONTENT_SCRIPT = 'content.js';

let words: Promise<QuickCheckData[]> | undefined;

/** The published quick-check data, read once per worker life (and again when it changes). */
function quickCheckData(): Promise<QuickCheckData[]> {
  words ??= browser.storage.local.get(StorageKeys.quickCheck).then((got) => {
    const data = got[StorageKeys.quickCheck];
    return Array.isArray(data) ? (data as QuickCheckData[]) : [];
  });
  return words;
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes[StorageKeys.quickCheck]) words = undefined;
});

/** Whether the content script may run on this address at all: web pages only. */
function isWebPage(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//.test(url);
}

/**
 * Injects the first stage into a tab's top frame. Injecting twice into one document is harmless
 * (the first stage starts once per document); a page the browser does not let extensions into
 * (the web store, a PDF viewer) is skipped quietly.
 */
export async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}

/** Injects the first stage into a tab whose title or address may be on topic, unless its site is turned off. */
export async function injectIfMayBeOnTopic(tab: Pick<Tabs.Tab, 'id' | 'url' | 'title'>): Promise<boolean> {
  if (tab.id === undefined || !isWebPage(tab.url)) return false;
  const data = await quickCheckData();
  if (!data.length || !mayBeOnTopic(data, tab.title ?? '', tab.url)) return false;
  const settings = await readSettings();
  if (settings.disabledSites.includes(new URL(tab.url).hostname)) return false;
  return injectContentScript(tab.id);
}

/**
 * Sends a call to a tab's content script, injecting the first stage first if the gate had left
 * the page alone (the reader pressed the toolbar button on it, say).
 */
export async function reachTab<T>(tabId: number, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch {
    if (!(await injectContentScript(tabId))) throw new Error('Counterpoint cannot run on this page.');
    return send();
  }
}

/** Every open web page, once: after install or a browser start, pages already open get their check too. */
export async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ status: 'complete' });
  await Promise.all(tabs.map((tab) => injectIfMayBeOnTopic(tab)));
}
