/**
 * The background: installs the corpus, runs the engine for content scripts, keeps per-tab
 * state for the sidebar, and owns the toolbar button, the shortcut and the context menu.
 * Every listener is registered synchronously at the top level, as MV3 requires for a worker
 * that is woken by the event.
 */
import type { Runtime, Menus, Tabs } from 'webextension-polyfill';
import { browser, readSettings, sendToTab, t, writeSettings } from '../shared/browser-api';
import { isEnvelope, SIDEBAR_PORT, type BackgroundCalls, type Req, type Res, type TabState } from '../shared/protocol';
import { ALLOWED, VALID, senderOrigin } from './guard';
import { analyseText, corpusChanged, ensureBundledInstalled, prepareEngine } from './corpus';
import { dropTabState, getTabState, onTabStateChanged, patchTabState } from './tab-state';
import { forgetTab, injectIfMayBeOnTopic, injectIntoOpenTabs, reachTab } from './inject';
import { readingFor, rememberRead, type PageRead } from './reading';
import { addFactCheck, forgetFactCheck, offerFactChecks, rankClaims, takeFactCheck } from './fact-checks';

const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

type Handler<K extends keyof BackgroundCalls> = (
  payload: Req<BackgroundCalls, K>,
  tabId: number,
  sender: Runtime.MessageSender,
) => Promise<Res<BackgroundCalls, K>>;

function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const handlers: { [K in keyof BackgroundCalls]: Handler<K> } = {
  async analysePage({ url, title, text }, tabId, sender) {
    const settings = await readSettings();
    if (settings.disabledSites.includes(siteOf(url))) {
      await patchTabState(tabId, { url, title, status: 'disabled', analysis: undefined, fromReading: undefined, snippet: undefined, open: false });
      return { status: 'disabled', quotes: [], open: false };
    }
    // The sidebar stays as the reader left it in this tab, across reloads of the same address.
    await patchTabState(tabId, (cur) => ({
      url,
      title,
      status: 'analysing',
      analysis: undefined,
      fromReading: undefined,
      remembered: undefined,
      snippet: undefined,
      error: undefined,
      focus: undefined,
      factCheck: undefined,
      open: cur.url === url ? cur.open : false,
    }));
    try {
      const started = performance.now();
      const { analysis, engine, made, steps } = await analyseText(text);
      const timing = {
        workerUptimeMs: Math.round(performance.now()),
        handlerMs: Math.round(performance.now() - started),
        handlerStart: Math.round(started),
        engine,
        made,
        ...(steps ? { steps } : {}),
      };
      const status = analysis.topic.onTopic ? 'ready' : 'off-topic';
      const autoOpen = status === 'ready' && analysis.quotes.length > 0 && settings.autoOpen;
      // What the reader read before on these claims, shown after the corpus's (reading memory).
      const lookedUp = performance.now();
      const fromReading = await readingFor(analysis, url, settings).catch(() => undefined);
      const readingMs = Math.round((performance.now() - lookedUp) * 10) / 10;
      // `open` is read at write time: a toggle made while the engine ran is kept.
      const next = await patchTabState(tabId, (cur) => ({ status, analysis, fromReading, timing: { ...timing, readingMs }, open: cur.open || autoOpen }));
      // This page's quotes are kept for the next article once the answer is on its way.
      const page: PageRead = {
        url,
        title,
        text,
        incognito: sender.tab?.incognito === true,
        read: (quotes) => sendToTab(tabId, 'pageRead', { quotes }),
      };
      const keeping = performance.now();
      void rememberRead(page, analysis, settings)
        .then((remembered) => {
          const keepMs = Math.round((performance.now() - keeping) * 10) / 10;
          return patchTabState(tabId, (cur) =>
            cur.url === url && cur.status === status ? { remembered, ...(cur.timing ? { timing: { ...cur.timing, keepMs } } : {}) } : {},
          );
        })
        .catch(quietly('the reading was not remembered'));
      return { status, quotes: analysis.quotes.map(({ index, parts }) => ({ index, parts })), open: next.open };
    } catch (error) {
      const next = await patchTabState(tabId, { status: 'error', error: String((error as Error)?.message ?? error) });
      return { status: 'error', quotes: [], open: next.open };
    }
  },
  async focusQuote({ index }, tabId) {
    // A click on the page's own highlights leaves any selected-text result for the article's.
    await patchTabState(tabId, { focus: index, snippet: undefined, open: true });
    await sendToTab(tabId, 'showSidebar', { open: true }).catch(() => undefined);
    return { ok: true };
  },
  async setSidebarOpen({ open }, tabId) {
    await patchTabState(tabId, { open });
    await sendToTab(tabId, 'showSidebar', { open }).catch(() => undefined);
    return { ok: true };
  },
  async dismissSnippet(_payload, tabId) {
    await patchTabState(tabId, { snippet: undefined });
    return { ok: true };
  },
  async getTabState(_payload, tabId) {
    return (await getTabState(tabId)) ?? null;
  },
  async corpusChanged() {
    corpusChanged();
    return { ok: true };
  },
  async revealQuote({ index }, tabId) {
    return sendToTab(tabId, 'revealQuote', { index }).catch(() => ({ ok: false }));
  },
  async setSiteEnabled({ enabled }, tabId) {
    const state = await getTabState(tabId);
    const site = siteOf(state?.url ?? '');
    if (!site) return { ok: false };
    const settings = await readSettings();
    const others = settings.disabledSites.filter((s) => s !== site);
    await writeSettings({ disabledSites: enabled ? others : [...others, site] });
    await sendToTab(tabId, enabled ? 'recheck' : 'teardown', {}).catch(() => undefined);
    if (!enabled) await patchTabState(tabId, { status: 'disabled', analysis: undefined, fromReading: undefined, open: false });
    return { ok: true };
  },
  offerFactChecks: (payload, tabId) => offerFactChecks(payload, tabId),
  addFactCheck: (_payload, tabId) => addFactCheck(tabId),
  takeFactCheck: ({ token }) => takeFactCheck(token),
  rankClaims: ({ texts }) => rankClaims(texts),
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isEnvelope(message)) return undefined;
  const type = message.type as keyof BackgroundCalls;
  if (!Object.hasOwn(handlers, type)) return undefined;
  const origin = senderOrigin(sender, extensionOrigin, browser.runtime.id);
  if (!ALLOWED[type].includes(origin) || !VALID[type](message.payload)) return undefined;
  const tabId = sender.tab?.id ?? -1;
  const handler = handlers[type] as Handler<typeof type>;
  return handler(message.payload as never, tabId, sender);
});

async function toggleSidebar(tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  const { open } = await patchTabState(tabId, (cur) => ({ open: !cur.open }));
  await reachTab(tabId, () => sendToTab(tabId, 'showSidebar', { open }));
}

const quietly = (what: string) => (error: unknown) => console.warn(`Counterpoint: ${what}:`, (error as Error)?.message ?? error);

browser.action.onClicked.addListener((tab) => void toggleSidebar(tab).catch(quietly('the sidebar did not toggle')));
browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-sidebar') return;
  const target = tab ? Promise.resolve(tab) : browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]);
  void target.then(toggleSidebar).catch(quietly('the sidebar did not toggle'));
});

const MENU_FIND = 'cp-find-context';
const MENU_ADD = 'cp-add-statement';

/**
 * Installs or updates the bundled pack. A failure (a full disk, the worker stopped midway) has
 * written nothing, and the old version's stamp stays, so the next start tries again; say why.
 */
function installBundled(): void {
  ensureBundledInstalled()
    .then(injectIntoOpenTabs)
    .catch((error: unknown) =>
      console.warn('Counterpoint: the bundled pack was not installed:', (error as Error)?.message ?? error),
    );
}

browser.runtime.onInstalled.addListener(({ reason }) => {
  installBundled();
  // Once, on install (not on update): what Counterpoint does, and whether to remember what is read.
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') }).catch(quietly('the welcome page did not open'));
  browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({ id: MENU_FIND, title: t('menuFindContext'), contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU_ADD, title: t('menuAddStatement'), contexts: ['selection'] });
    })
    .catch(quietly('the context menu was not created'));
});
browser.runtime.onStartup.addListener(() => installBundled());

async function onMenu(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  const text = (info.selectionText ?? '').slice(0, 20_000);
  if (!text || tab?.id === undefined) return;
  if (info.menuItemId === MENU_FIND) {
    // The selection's result sits beside the article's (`snippet`), so the page's highlights
    // keep pointing at the article's quotes.
    const { analysis: snippet } = await analyseText(text, { snippet: true });
    const tabId = tab.id;
    await patchTabState(tabId, { snippet, open: true });
    await reachTab(tabId, () => sendToTab(tabId, 'showSidebar', { open: true }));
  } else if (info.menuItemId === MENU_ADD) {
    // The page's date and outlet, where its metadata gives them; the form asks otherwise.
    const tabId = tab.id;
    const info = await reachTab(tabId, () => sendToTab(tabId, 'pageInfo', {})).catch(
      () => ({}) as { date?: string; outlet?: string },
    );
    const params = new URLSearchParams({ add: '1', quote: text, url: tab.url ?? '', title: tab.title ?? '', ...info });
    await browser.tabs.create({ url: browser.runtime.getURL(`options.html#${params}`) });
  }
}
browser.contextMenus.onClicked.addListener((info, tab) => void onMenu(info, tab).catch(quietly('no context for the selection')));

// Sidebars follow their tab's state over a port: one set of ports per tab.
const sidebarPorts = new Map<number, Set<Runtime.Port>>();
browser.runtime.onConnect.addListener((port) => {
  const tabId = port.sender?.tab?.id;
  if (
    port.name !== SIDEBAR_PORT ||
    tabId === undefined ||
    senderOrigin(port.sender!, extensionOrigin, browser.runtime.id) !== 'extension-frame'
  ) {
    port.disconnect();
    return;
  }
  const ports = sidebarPorts.get(tabId) ?? new Set();
  ports.add(port);
  sidebarPorts.set(tabId, ports);
  port.onDisconnect.addListener(() => {
    ports.delete(port);
    if (!ports.size) sidebarPorts.delete(tabId);
  });
  void getTabState(tabId)
    .then((state) => port.postMessage({ cp: 1, type: 'tabState', payload: state ?? null }))
    .catch(() => undefined); // the sidebar closed before its first state
});
onTabStateChanged((tabId: number, state: TabState | null) => {
  for (const port of sidebarPorts.get(tabId) ?? []) {
    try {
      port.postMessage({ cp: 1, type: 'tabState', payload: state });
    } catch {
      sidebarPorts.get(tabId)?.delete(port); // closed meanwhile
    }
  }
});

browser.tabs.onRemoved.addListener((tabId) => {
  sidebarPorts.delete(tabId);
  forgetTab(tabId);
  void dropTabState(tabId).catch(() => undefined);
  void forgetFactCheck(tabId).catch(() => undefined);
});
// A new page in the tab: the old article's result no longer applies. A page that passes the
// cheap check replaces this at once; one that does not leaves the sidebar saying so.
// A loaded page, or one that changed its title or address (a single-page site), may get the
// content script: see `inject.ts`.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'loading') {
    forgetTab(tabId);
    void getTabState(tabId)
      .then(
        (state) =>
          state &&
          patchTabState(tabId, { status: 'off-topic', analysis: undefined, fromReading: undefined, snippet: undefined, focus: undefined, factCheck: undefined }),
      )
      .catch(() => undefined);
  } else if (
    change.status === 'complete' ||
    (tab.status === 'complete' && (change.title !== undefined || change.url !== undefined))
  ) {
    void injectIfMayBeOnTopic(tab)
      .then((injected) => injected && prepareEngine())
      .catch(quietly('the page was not checked'));
  }
});
