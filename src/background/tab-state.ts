/**
 * Per-tab state in `storage.session`: it outlives a stopped service worker and is readable
 * only by extension contexts (the page's content script cannot see it), and the sidebar
 * follows it through `storage.onChanged`.
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

/** Replaces part of a tab's state and updates its badge. */
export async function patchTabState(tabId: number, patch: Partial<TabState>, base?: TabState): Promise<TabState> {
  const current = base ?? (await getTabState(tabId)) ?? { url: '', title: '', status: 'analysing', open: false };
  const next: TabState = { ...current, ...patch };
  await browser.storage.session.set({ [StorageKeys.tab(tabId)]: next });
  for (const fn of listeners) fn(tabId, next);
  await updateBadge(tabId, next);
  return next;
}

/** Forgets a closed tab. */
export async function dropTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(StorageKeys.tab(tabId));
  for (const fn of listeners) fn(tabId, null);
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
