/**
 * The sidebar: follows its tab's state in `storage.session` and shows the actors found, then
 * quote by quote the claim, the counter-claims and the statements that assert the same claim.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Runtime } from 'webextension-polyfill';
import { browser, sendToBackground, t } from '../shared/browser-api';
import { isEnvelope, SIDEBAR_PORT, type TabState } from '../shared/protocol';
import type { Analysis } from '../shared/types';
import { ActorList } from './ActorList';
import { QuoteCard } from './QuoteCard';
import { FactCheckOffer } from './FactCheckOffer';

/** Attempts to reconnect after the background stops (a Chrome service worker idles out after ~30 s). */
const MAX_RECONNECTS = 20;

/**
 * The tab's state, pushed by the background over a port. When the port drops (the worker was
 * stopped), the sidebar reconnects and gets the state again: it lives in `storage.session`.
 */
function useTabState(): { state?: TabState; failed?: string } {
  const [state, setState] = useState<TabState | null>();
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    let port: Runtime.Port | undefined;
    let attempts = 0;
    let closed = false;
    const connect = () => {
      port = browser.runtime.connect({ name: SIDEBAR_PORT });
      port.onMessage.addListener((message: unknown) => {
        attempts = 0;
        if (isEnvelope(message) && message.type === 'tabState') setState(message.payload as TabState | null);
      });
      port.onDisconnect.addListener(() => {
        if (closed) return;
        if (++attempts > MAX_RECONNECTS) setFailed(t('sidebarLostBackground'));
        else setTimeout(connect, 250 * attempts);
      });
    };
    try {
      connect();
    } catch (e) {
      setFailed(t('sidebarError', String((e as Error)?.message ?? e)));
    }
    return () => {
      closed = true;
      port?.disconnect();
    };
  }, []);
  return { state: state ?? undefined, failed };
}

/** The result for text the reader selected and asked about ("Find context"). */
function SelectionResult({ snippet }: { snippet: Analysis }) {
  return (
    <section aria-labelledby="selection-heading" class="selection">
      <h2 id="selection-heading" class="section-title">
        {t('sidebarSelection')}
      </h2>
      {snippet.quotes.length === 0 ? (
        <p class="state">{t('sidebarSelectionNone')}</p>
      ) : (
        <ol class="quotes">
          {snippet.quotes.map((q) => (
            <QuoteCard key={q.index} quote={q} focused={false} revealable={false} />
          ))}
        </ol>
      )}
      <button type="button" class="link-button" onClick={() => void sendToBackground('dismissSnippet', {})}>
        ← {t('sidebarBackToArticle')}
      </button>
    </section>
  );
}

/** The sidebar's error state: what failed (one sentence), in the deny colour, and what the reader can do about it. */
function ErrorState({ title, hint }: { title: string; hint?: string }) {
  return (
    <div class="state state-error" role="alert">
      <p class="state-title">{title}</p>
      {hint && <p>{hint}</p>}
    </div>
  );
}

/** The sidebar page: its tab's state, as the reader sees it. */
export function App() {
  const { state, failed } = useTabState();
  const [showAll, setShowAll] = useState(false);
  // Every new state (a click on a highlight included, even the same one again) shows the focus.
  useEffect(() => setShowAll(false), [state]);
  const close = () => void sendToBackground('setSidebarOpen', { open: false });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const analysis = state?.status === 'ready' ? state.analysis : undefined;
  const focused = analysis && state?.focus !== undefined && !showAll ? analysis.quotes.find((q) => q.index === state.focus) : undefined;
  const quotes = focused ? [focused] : (analysis?.quotes ?? []);

  return (
    <div class="sidebar">
      <header class="bar">
        <h1 class="brand">
          <img src="icons/icon-32.png" alt="" width={20} height={20} />
          {t('sidebarTitle')}
        </h1>
        <a class="bar-link" href="options.html" target="_blank" rel="noopener">
          {t('sidebarOptions')}
        </a>
        <button class="icon-button" type="button" onClick={close} aria-label={t('sidebarClose')} title={t('sidebarClose')}>
          ✕
        </button>
      </header>
      <main class="content" aria-live="polite" aria-busy={state?.status === 'analysing'}>
        {state?.snippet && <SelectionResult snippet={state.snippet} />}
        {failed ? (
          <ErrorState title={failed} hint={t('sidebarErrorHint')} />
        ) : !state ? (
          <p class="state">{t('sidebarNotAnalysed')}</p>
        ) : state.status === 'analysing' ? (
          <p class="state state-loading">
            <span class="spinner" aria-hidden="true" />
            {t('sidebarLoading')}
          </p>
        ) : state.status === 'error' ? (
          <ErrorState title={t('sidebarError', state.error ?? '')} hint={t('sidebarErrorHint')} />
        ) : state.status === 'disabled' ? (
          <div class="state">
            <p>{t('sidebarDisabled')}</p>
            <button type="button" class="button" onClick={() => void sendToBackground('setSiteEnabled', { enabled: true })}>
              {t('sidebarEnableSite')}
            </button>
          </div>
        ) : state.status === 'off-topic' || !analysis ? (
          <p class="state">{t('sidebarOffTopic')}</p>
        ) : (
          <>
            {state.factCheck && !focused && <FactCheckOffer offer={state.factCheck} />}
            {analysis.actors.length > 0 && !focused && <ActorList actors={analysis.actors} />}
            <section aria-labelledby="quotes-heading">
              <h2 id="quotes-heading" class="section-title">
                {t('sidebarQuotes')} <span class="count">{analysis.quotes.length}</span>
              </h2>
              {focused && (
                <button type="button" class="link-button" onClick={() => setShowAll(true)}>
                  ← {t('sidebarShowAll')}
                </button>
              )}
              {quotes.length === 0 ? (
                <p class="state">{t('sidebarNoQuotes')}</p>
              ) : (
                <ol class="quotes">
                  {quotes.map((q) => (
                    <QuoteCard key={q.index} quote={q} focused={q.index === state.focus} fromReading={state.fromReading?.[q.index]} />
                  ))}
                </ol>
              )}
            </section>
          </>
        )}
      </main>
      {state?.status === 'ready' && (
        <footer class="foot">
          <button type="button" class="link-button" onClick={() => void sendToBackground('setSiteEnabled', { enabled: false })}>
            {t('sidebarDisableSite')}
          </button>
        </footer>
      )}
    </div>
  );
}
