/**
 * Which pages get the content script. None is declared in the manifest: the background reads each
 * web page's text in the page's own world and tests it in the worker (`page-check.ts`: the page
 * pays for the read alone, well under a millisecond), and injects the first stage only where the
 * text may be on topic. Headlines often name nothing of the topic ("Mediators keep the western
 * front quiet", a minister's surname, an address of numbers), so the title and address only
 * decide how much care a page gets (`gateDecision`): one that names the topic is also watched for
 * an article that arrives late; any other is read once per address, and a title change alone (a
 * web mail's unread count) does not read it again. Only a page whose text may be on topic pays for
 * the content script's world. The toolbar button, the shortcut and the context menu inject on
 * demand, so a page the check let pass by is never out of reach.
 */
import type { Tabs } from 'webextension-polyfill';
import { browser, readSettings } from '../shared/browser-api';
import { StorageKeys } from '../shared/protocol';
import { compileQuickChecks, gateDecision, type QuickCheckData } from '../core/topic';
import { checkText, checkTextUpTo } from '../shared/check-text';
import { awaitQuietChange, CHECK_LIMITS, textMayBeOnTopic, type PageReader } from './page-check';

/** The first stage's file, as built. */
const CONTENT_SCRIPT = 'content.js';

/**
 * Tabs whose current document has the first stage: a title change there re-runs the first
 * stage's own check rather than reading the page. Forgotten when the tab loads a new document (or
 * the worker stops: the page is then read once more, which is harmless).
 */
const withFirstStage = new Set<number>();

/**
 * The latest text check started per tab. A check still waiting for a late article gives up when
 * a newer one starts (the title changed) or the tab loads another document: its answer would be
 * about a page that is gone.
 */
const checks = new Map<number, object>();

/**
 * The address each tab's page was last read at by the `read-once` path: its title changing alone
 * does not read it again. Forgotten when the tab loads a new document.
 */
const readOnce = new Map<number, string>();

/** Most characters a `read-once` page hands over: far more than any article's text. */
const READ_ONCE_CHARS = 500_000;

/** The tab is loading a new document, or is gone. */
export function forgetTab(tabId: number): void {
  withFirstStage.delete(tabId);
  checks.delete(tabId);
  readOnce.delete(tabId);
}

/** The installed topics' quick-check data, and the text check compiled from it. */
interface QuickCheck {
  data: QuickCheckData[];
  passes(text: string): boolean;
}

let quick: Promise<QuickCheck> | undefined;

/** The published quick-check data, read and compiled once per worker life (and again when it changes). */
function quickCheck(): Promise<QuickCheck> {
  quick ??= browser.storage.local.get(StorageKeys.quickCheck).then((got) => {
    const stored = got[StorageKeys.quickCheck];
    const data = Array.isArray(stored) ? (stored as QuickCheckData[]) : [];
    return { data, passes: compileQuickChecks(data) };
  });
  return quick;
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes[StorageKeys.quickCheck]) quick = undefined;
});

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

/** A `read-once` page is read once: no watch for a late article. */
const READ_ONCE_LIMITS = { ...CHECK_LIMITS, maxChecks: 0 };

/**
 * Injects the first stage into a web page whose text may be on topic (`gateDecision` says how
 * it is read), unless its site is turned off.
 */
export async function injectIfMayBeOnTopic(tab: Pick<Tabs.Tab, 'id' | 'url' | 'title'>): Promise<boolean> {
  if (tab.id === undefined || tab.url === undefined) return false;
  const check = await quickCheck();
  const gate = gateDecision(check.data, tab.title ?? '', tab.url);
  if (gate === 'none' || (gate === 'read-once' && readOnce.get(tab.id) === tab.url)) return false;
  const settings = await readSettings();
  if (settings.disabledSites.includes(new URL(tab.url).hostname)) return false;
  if (!withFirstStage.has(tab.id)) {
    if (gate === 'read-once') readOnce.set(tab.id, tab.url);
    const reader = pageReader(tab.id, gate === 'named' ? undefined : READ_ONCE_CHARS);
    if (!(await textMayBeOnTopic(reader, check.passes, gate === 'named' ? CHECK_LIMITS : READ_ONCE_LIMITS))) return false;
  }
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
 * Reads a tab's page in the page's own world, for `textMayBeOnTopic` (at most `limit` characters
 * where given). Starting one supersedes any earlier check of the tab still waiting for its page to
 * change.
 */
function pageReader(tabId: number, limit?: number): PageReader {
  const token = {};
  checks.set(tabId, token);
  const started = Date.now();
  // What comes back is checked, not trusted: the page's own scripts ran beside these functions.
  const inPage = async <A extends unknown[]>(func: (...args: A) => unknown, args: A): Promise<unknown> => {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, world: 'MAIN', func, args });
    return first?.result;
  };
  return {
    read: () =>
      (limit === undefined ? inPage(checkText, []) : inPage(checkTextUpTo, [limit])).then(
        (text) => (typeof text === 'string' ? text : undefined),
        () => undefined,
      ),
    changed: (lengthRead) =>
      inPage(awaitQuietChange, [CHECK_LIMITS.settleMs, CHECK_LIMITS.maxWaitMs, CHECK_LIMITS.maxMutationBatches, lengthRead]).then(
        (changed) => changed === true,
        () => false,
      ),
    current: () => checks.get(tabId) === token,
    elapsed: () => Date.now() - started,
  };
}
