/**
 * The content script's first stage. The background injects it into pages whose title or address,
 * then text, may be on topic (`src/background/inject.ts`), and into any page on the reader's
 * request; it is kept tiny: one storage read and a few regular-expression tests over the page's
 * text. It checks the text again although the background has just passed it: the background
 * read the text in the page's own world, where the page could sway what it read; this stage
 * reads it where the page cannot. Only a page that passes (or one whose reader asks for the
 * sidebar) loads the second stage, `reader.ts`, as a module. Injected twice into one document (a title change, then the toolbar
 * button), it starts once.
 *
 * This stage uses the WebExtension API directly, not through webextension-polyfill
 * (`src/shared/browser-api.ts`): both browsers expose a promise-based API in MV3, and
 * compiling the polyfill on every page would cost more than the check itself.
 */
import { compileQuickChecks, type QuickCheckData } from '../core/topic';
import { RECHECK, StorageKeys, type Settings } from '../shared/protocol';
import { checkText } from '../shared/check-text';

type Reader = typeof import('./reader');

/**
 * Kept on the content scripts' own global object (not the page's) once the first stage runs: a
 * second injection into the same document (its title changed) checks the page again instead. A
 * first stage left behind by an earlier version of the extension (updated or reloaded since: its
 * API is gone) is replaced.
 */
const STARTED = 'counterpointFirstStage';
interface FirstStage {
  check(): void;
  alive(): boolean;
}
const scope = globalThis as { [STARTED]?: FirstStage };
const running = scope[STARTED];

if (running?.alive()) running.check();
else scope[STARTED] = firstStage();

/** Starts the first stage; returns its check, to run again on request. */
function firstStage(): FirstStage {
  const api: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  let reader: Promise<Reader> | undefined;
  let rechecks = 0;
  let settle: ReturnType<typeof setTimeout> | undefined;

  // An article that arrives late (single-page sites, scripts that insert the text) gets checked
  // when the page settles; bounded, and stopped once the reader has taken over.
  let batches = 0;
  const observer = new MutationObserver(() => {
    if (++batches > RECHECK.maxMutationBatches) return observer.disconnect();
    clearTimeout(settle);
    settle = setTimeout(() => {
      if (reader || ++rechecks > RECHECK.maxChecks) return observer.disconnect();
      run();
    }, RECHECK.settleMs);
  });

  /** Loads and starts the second stage, once; `checked` when the page has just passed the cheap check. */
  function load(checked = false): Promise<Reader> {
    if (!reader) {
      observer.disconnect();
      reader = import(/* @vite-ignore */ api.runtime.getURL('content-main.js')) as Promise<Reader>;
      reader.then((r) => r.start(checked)).catch((error: unknown) => console.debug('Counterpoint: reader not loaded:', error));
    }
    return reader;
  }

  /** The cheap first check: is any of the installed packs' words on the page? */
  async function quickCheck(): Promise<void> {
    if (reader) return;
    const stored = await api.storage.local.get([StorageKeys.quickCheck, StorageKeys.settings]);
    const data = stored[StorageKeys.quickCheck] as QuickCheckData[] | undefined;
    const settings = stored[StorageKeys.settings] as Partial<Settings> | undefined;
    if (!Array.isArray(data) || !data.length || settings?.disabledSites?.includes(location.hostname)) return;
    if (compileQuickChecks(data)(checkText())) void load(true);
  }

  function run(): void {
    quickCheck().catch((error: unknown) => console.debug('Counterpoint: page not checked:', error));
  }

  // Calls from the background (the toolbar button, a setting changed) load the reader if needed.
  api.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (typeof message !== 'object' || message === null || (message as { cp?: unknown }).cp !== 1) return undefined;
    load()
      .then((r) => r.handle(message))
      .then(sendResponse, () => sendResponse(undefined));
    return true;
  });

  observer.observe(document.documentElement, { childList: true, subtree: true });
  // Right after install the corpus may still be loading: check once its words arrive.
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[StorageKeys.quickCheck]) run();
  });

  run();
  return { check: run, alive: () => Boolean(api.runtime?.id) };
}
