/**
 * Who may call what. Content scripts run beside untrusted pages, so their calls are checked
 * for shape and limited to reading; only extension pages (sidebar, options) may change
 * settings or the corpus. Modelled on uBlock Origin's privileged / unprivileged channels.
 */
import type { Runtime } from 'webextension-polyfill';
import { MAX_FACT_CHECK_CHARS, MAX_TEXT, type BackgroundCalls } from '../shared/protocol';

export { MAX_TEXT };

/** Where a message came from, as far as the background can tell. */
export type Origin = 'content' | 'extension-frame' | 'extension-page' | 'unknown';

/**
 * Classifies a sender by its id, URL, tab and frame. `extensionId` is `runtime.id`: in Chrome the host
 * of the extension's URL, in Firefox the add-on id from the manifest, which is not.
 */
export function senderOrigin(
  sender: Runtime.MessageSender,
  extensionOrigin: string,
  extensionId = extensionIdOf(extensionOrigin),
): Origin {
  if (sender.id !== undefined && sender.id !== extensionId) return 'unknown';
  const fromExtension = typeof sender.url === 'string' && originOf(sender.url) === originOf(extensionOrigin);
  // The sidebar is a frame inside a web page's tab; the options page is the top frame of its own tab.
  if (fromExtension) return sender.tab && sender.frameId !== 0 ? 'extension-frame' : 'extension-page';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content';
  return 'unknown';
}

/**
 * `scheme://host` of a URL, compared exactly: a URL that merely starts with our origin's text
 * (`chrome-extension://<id>x/…`) is another origin. Not `URL.origin`, which is "null" for
 * extension schemes outside the browser.
 */
function originOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : undefined;
  } catch {
    return undefined;
  }
}

function extensionIdOf(origin: string): string {
  return origin.replace(/^[a-z-]+:\/\//, '').replace(/\/$/, '');
}

/** Which origins may make each call. */
export const ALLOWED: { [K in keyof BackgroundCalls]: readonly Origin[] } = {
  analysePage: ['content'],
  getTabState: ['extension-frame'],
  dismissSnippet: ['extension-frame'],
  focusQuote: ['content'],
  setSidebarOpen: ['content', 'extension-frame'],
  corpusChanged: ['extension-page'],
  revealQuote: ['extension-frame'],
  setSiteEnabled: ['extension-frame', 'extension-page'],
  offerFactChecks: ['content'],
  addFactCheck: ['extension-frame'],
  takeFactCheck: ['extension-page'],
  rankClaims: ['extension-page'],
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 100_000;

/** Run-time payload checks, one per call: a message that fails is dropped. */
export const VALID: { [K in keyof BackgroundCalls]: (p: unknown) => boolean } = {
  analysePage: (p) =>
    isObj(p) &&
    typeof p.url === 'string' &&
    p.url.length < 8192 &&
    typeof p.title === 'string' &&
    p.title.length < 4096 &&
    typeof p.text === 'string' &&
    p.text.length <= MAX_TEXT,
  focusQuote: (p) => isObj(p) && isIndex(p.index),
  setSidebarOpen: (p) => isObj(p) && typeof p.open === 'boolean',
  corpusChanged: (p) => isObj(p),
  getTabState: (p) => isObj(p),
  dismissSnippet: (p) => isObj(p),
  revealQuote: (p) => isObj(p) && isIndex(p.index),
  setSiteEnabled: (p) => isObj(p) && typeof p.enabled === 'boolean',
  offerFactChecks: (p) =>
    isObj(p) &&
    typeof p.url === 'string' &&
    p.url.length < 8192 &&
    typeof p.title === 'string' &&
    p.title.length < 4096 &&
    Array.isArray(p.blocks) &&
    p.blocks.length <= 50 &&
    p.blocks.every((b) => typeof b === 'string') &&
    (p.blocks as string[]).reduce((n, b) => n + b.length, 0) <= MAX_FACT_CHECK_CHARS,
  addFactCheck: (p) => isObj(p),
  takeFactCheck: (p) => isObj(p) && typeof p.token === 'string' && /^[a-z0-9]{8,40}$/.test(p.token),
  rankClaims: (p) =>
    isObj(p) &&
    Array.isArray(p.texts) &&
    p.texts.length <= 5000 &&
    p.texts.every((t) => typeof t === 'string' && t.length <= 4000),
};
