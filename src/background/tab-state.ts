/**
 * Per-tab state in `storage.session`: it outlives a stopped service worker and is readable
 * only by extension contexts (the page's content script cannot see it). Every change goes
 * through `patchTabState`, one at a time per tab, and is announced to the tab's sidebar ports.
 */
import { browser, t } from '../shared/browser-api';
import { StorageKeys, type TabState } from '../shared/protocol';

/** The tab's state, if any. */
export async function getTabState(tabId: number): Promise<TabState | undefined> {
  const key = StorageKeys.tab(tabId);
  const got = await browser.storage.session.get(key);
  return got[key] as TabState | undefined;
}

type Listener = (tabId: number, state: TabState | null) => void;
const listeners = new Set<Listener>();

/** Calls `fn` whenever a tab's state changes or is dropped; returns the unsubscribe. */
export function onTabStateChanged(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** A change to a tab's state: the fields to set, or a function of the current state that returns them. */
export type TabPatch = Partial<TabState> | ((current: TabState) => Partial<TabState>);

/** The last change queued per tab: changes run one after another, each reading the state the previous one wrote. */
const queues = new Map<number, Promise<unknown>>();

/** Replaces part of a tab's state (read-modify-write, serialised per tab) and updates its badge. */
export function patchTabState(tabId: number, patch: TabPatch): Promise<TabState> {
  const run = async () => {
    const current = (await getTabState(tabId)) ?? { url: '', title: '', status: 'off-topic' as const, open: false };
    const next: TabState = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
    await browser.storage.session.set({ [StorageKeys.tab(tabId)]: next });
    announce(tabId, next);
    await updateBadge(tabId, next);
    return next;
  };
  const queued = (queues.get(tabId) ?? Promise.resolve()).then(run, run);
  queues.set(tabId, queued);
  void queued.finally(() => queues.get(tabId) === queued && queues.delete(tabId)).catch(() => undefined);
  return queued;
}

function announce(tabId: number, state: TabState | null): void {
  for (const fn of listeners) {
    try {
      fn(tabId, state);
    } catch {
      // A listener's failure (a port that just closed) must not fail the change itself.
    }
  }
}

/** Forgets a closed tab. */
export async function dropTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(StorageKeys.tab(tabId));
  announce(tabId, null);
}

async function updateBadge(tabId: number, state: TabState): Promise<void> {
  const count = state.status === 'ready' ? (state.analysis?.quotes.length ?? 0) : 0;
  try {
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f2950' });
    await browser.action.setTitle({ tabId, title: count ? t('badgeTitle', String(count)) : t('actionTitle') });
  } catch {
    // The tab closed while we were analysing it: nothing to badge.
  }
}
