/**
 * Which pages get the content script. None is declared in the manifest: the background looks at
 * each page's title and address (`mayBeOnTopic`, microseconds, off the page's main thread); where
 * they name something of an installed topic, it runs the cheap check of the text in the page's own
 * world (`page-check.ts`, well under a millisecond), and injects the first stage only where that
 * passes too. Most pages a person opens therefore pay nothing at all, a near miss pays for the
 * check, and only a page whose text may be on topic pays for the content script's world. The
 * toolbar button, the shortcut and the context menu inject on demand, so a page the gate let
 * pass by is never out of reach.
 */
import type { Tabs } from 'webextension-polyfill';
import { browser, readSettings } from '../shared/browser-api';
import { StorageKeys } from '../shared/protocol';
import { mayBeOnTopic, type QuickCheckData } from '../core/topic';
import { CHECK_LIMITS, checkPageText, packTopics } from './page-check';

/** The first stage's file, as built. */
const CONTENT_SCRIPT = 'content.js';

/**
 * Tabs whose current document has the first stage: a title change there re-runs the first
 * stage's own check rather than the in-page one. Forgotten when the tab loads a new document (or
 * the worker stops: the in-page check then runs once more, which is harmless).
 */
const withFirstStage = new Set<number>();

/** The tab is loading a new document, or is gone. */
export function forgetTab(tabId: number): void {
  withFirstStage.delete(tabId);
}

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
async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    withFirstStage.add(tabId);
    return true;
  } catch {
    return false;
  }
}

/**
 * Injects the first stage into a tab whose title or address, then text, may be on topic, unless
 * its site is turned off.
 */
export async function injectIfMayBeOnTopic(tab: Pick<Tabs.Tab, 'id' | 'url' | 'title'>): Promise<boolean> {
  if (tab.id === undefined || !isWebPage(tab.url)) return false;
  const data = await quickCheckData();
  if (!data.length || !mayBeOnTopic(data, tab.title ?? '', tab.url)) return false;
  const settings = await readSettings();
  if (settings.disabledSites.includes(new URL(tab.url).hostname)) return false;
  if (!withFirstStage.has(tab.id) && !(await pageTextMayBeOnTopic(tab.id, data))) return false;
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

/**
 * Whether a tab's page text may be on topic, asked in the page's own world. True when the page
 * passes or when the check could not run or tell (the content script then decides).
 */
async function pageTextMayBeOnTopic(tabId: number, topics: readonly QuickCheckData[]): Promise<boolean> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      world: 'MAIN',
      func: checkPageText,
      args: [packTopics(topics), CHECK_LIMITS],
    });
    return first?.result !== false;
  } catch {
    return true;
  }
}
