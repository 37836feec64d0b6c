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
import { corpusChanged, ensureBundledInstalled, getEngine } from './corpus';
import { dropTabState, getTabState, onTabStateChanged, patchTabState } from './tab-state';

const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

type Handler<K extends keyof BackgroundCalls> = (payload: Req<BackgroundCalls, K>, tabId: number) => Promise<Res<BackgroundCalls, K>>;

function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const handlers: { [K in keyof BackgroundCalls]: Handler<K> } = {
  async analysePage({ url, title, text }, tabId) {
    const settings = await readSettings();
    const prior = await getTabState(tabId);
    const open = prior?.url === url ? prior.open : false;
    if (settings.disabledSites.includes(siteOf(url))) {
      await patchTabState(tabId, { url, title, status: 'disabled', analysis: undefined, open: false });
      return { status: 'disabled', quotes: [], open: false };
    }
    await patchTabState(tabId, { url, title, status: 'analysing', analysis: undefined, error: undefined, focus: undefined, open });
    try {
      const engine = await getEngine();
      const analysis = engine.analyse(text);
      // Finish any index the answer did without, once the answer is on its way.
      setTimeout(() => engine.warmUp(), 0);
      const status = analysis.topic.onTopic ? 'ready' : 'off-topic';
      const shouldOpen = open || (status === 'ready' && analysis.quotes.length > 0 && settings.autoOpen);
      await patchTabState(tabId, { status, analysis, open: shouldOpen });
      return { status, quotes: analysis.quotes.map(({ index, parts }) => ({ index, parts })), open: shouldOpen };
    } catch (error) {
      await patchTabState(tabId, { status: 'error', error: String((error as Error)?.message ?? error) });
      return { status: 'error', quotes: [], open };
    }
  },
  async focusQuote({ index }, tabId) {
    await patchTabState(tabId, { focus: index, open: true });
    await sendToTab(tabId, 'showSidebar', { open: true }).catch(() => undefined);
    return { ok: true };
  },
  async setSidebarOpen({ open }, tabId) {
    await patchTabState(tabId, { open });
    await sendToTab(tabId, 'showSidebar', { open }).catch(() => undefined);
    return { ok: true };
  },
  async getTabState(_payload, tabId) {
    return (await getTabState(tabId)) ?? null;
  },
  async whoAmI(_payload, tabId) {
    return { tabId };
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
    if (!enabled) await patchTabState(tabId, { status: 'disabled', analysis: undefined, open: false });
    return { ok: true };
  },
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isEnvelope(message)) return undefined;
  if (message.type === 'corpusChanged') {
    if (senderOrigin(sender, extensionOrigin, browser.runtime.id) === 'extension-page') corpusChanged();
    return undefined;
  }
  const type = message.type as keyof BackgroundCalls;
  if (!Object.hasOwn(handlers, type)) return undefined;
  const origin = senderOrigin(sender, extensionOrigin, browser.runtime.id);
  if (!ALLOWED[type].includes(origin) || !VALID[type](message.payload)) return undefined;
  const tabId = sender.tab?.id ?? -1;
  const handler = handlers[type] as Handler<typeof type>;
  return handler(message.payload as never, tabId);
});

async function toggleSidebar(tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  const state = await getTabState(tab.id);
  const open = !(state?.open ?? false);
  await patchTabState(tab.id, { open }, state);
  await sendToTab(tab.id, 'showSidebar', { open }).catch(() => undefined);
}

browser.action.onClicked.addListener((tab) => void toggleSidebar(tab));
browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-sidebar') return;
  void toggleSidebar(tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]);
});

const MENU_FIND = 'cp-find-context';
const MENU_ADD = 'cp-add-statement';

/**
 * Installs or updates the bundled pack. A failure (a full disk, the worker stopped midway) has
 * written nothing, and the old version's stamp stays, so the next start tries again; say why.
 */
function installBundled(): void {
  ensureBundledInstalled().catch((error: unknown) =>
    console.warn('Counterpoint: the bundled pack was not installed:', (error as Error)?.message ?? error),
  );
}

browser.runtime.onInstalled.addListener(() => {
  installBundled();
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_FIND, title: t('menuFindContext'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU_ADD, title: t('menuAddStatement'), contexts: ['selection'] });
  });
});
browser.runtime.onStartup.addListener(() => installBundled());

browser.contextMenus.onClicked.addListener(async (info: Menus.OnClickData, tab?: Tabs.Tab) => {
  const text = (info.selectionText ?? '').slice(0, 20_000);
  if (!text || tab?.id === undefined) return;
  if (info.menuItemId === MENU_FIND) {
    const analysis = (await getEngine()).analyse(text, { snippet: true });
    await patchTabState(tab.id, {
      url: tab.url ?? '',
      title: tab.title ?? '',
      status: 'ready',
      analysis,
      focus: analysis.quotes.length ? 0 : undefined,
      open: true,
    });
    await sendToTab(tab.id, 'showSidebar', { open: true }).catch(() => undefined);
  } else if (info.menuItemId === MENU_ADD) {
    const params = new URLSearchParams({ add: '1', quote: text, url: tab.url ?? '', title: tab.title ?? '' });
    await browser.tabs.create({ url: browser.runtime.getURL(`options.html#${params}`) });
  }
});

// Sidebars follow their tab's state over a port: one set of ports per tab.
const sidebarPorts = new Map<number, Set<Runtime.Port>>();
browser.runtime.onConnect.addListener((port) => {
  const tabId = port.sender?.tab?.id;
  if (port.name !== SIDEBAR_PORT || tabId === undefined || senderOrigin(port.sender!, extensionOrigin, browser.runtime.id) !== 'extension-frame') {
    port.disconnect();
    return;
  }
  const ports = sidebarPorts.get(tabId) ?? new Set();
  ports.add(port);
  sidebarPorts.set(tabId, ports);
  port.onDisconnect.addListener(() => ports.delete(port));
  void getTabState(tabId).then((state) => port.postMessage({ cp: 1, type: 'tabState', payload: state ?? null }));
});
onTabStateChanged((tabId: number, state: TabState | null) => {
  for (const port of sidebarPorts.get(tabId) ?? []) port.postMessage({ cp: 1, type: 'tabState', payload: state });
});

browser.tabs.onRemoved.addListener((tabId) => void dropTabState(tabId));
