/** One quote from the article: the claim it makes, who countered it, who said the same. */
import { useEffect, useRef } from 'preact/hooks';
import type { PageQuote, RelatedStatement } from '../shared/types';
import { sendToBackground, t } from '../shared/browser-api';
import { StatementItem } from './StatementItem';

/** Newest first: a timeline that starts with the latest word on the claim. */
const byDate = (a: RelatedStatement, b: RelatedStatement) => b.date.localeCompare(a.date);

/**
 * A quote card. `revealable`: the quote is on the page, so a click scrolls the page to it (not
 * for the reader's own selection, which the page's highlights do not index).
 */
export function QuoteCard({ quote, focused, revealable = true }: { quote: PageQuote; focused: boolean; revealable?: boolean }) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focused) return;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const counter = quote.related.filter((r) => r.relation === 'counter').sort(byDate);
  const support = quote.related.filter((r) => r.relation === 'supports').sort(byDate);
  const headingId = `quote-${quote.index}`;
  // A quote that denies is countered by those who assert the claim, and supported by other denials.
  const stance = quote.claims[0]?.stance;
  const denies = stance === 'denies' || stance === 'disputes';
  const counterTitle = denies ? 'sidebarCounterOfDenial' : 'sidebarCounter';
  const supportTitle = denies ? 'sidebarSupportOfDenial' : 'sidebarSupport';
  return (
    <li class={`quote-card${focused ? ' focused' : ''}`} ref={ref} tabIndex={-1} aria-labelledby={headingId}>
      <button
        type="button"
        class="quote-text"
        id={headingId}
        onClick={() => revealable && void sendToBackground('revealQuote', { index: quote.index })}
      >
        {quote.kind === 'reported' ? <span>{quote.text}</span> : <q>{quote.text}</q>}
        {quote.speaker && <span class="quote-speaker"> — {quote.speaker.name}</span>}
      </button>
      {quote.claims.map((c) => (
        <p class="claim" key={c.claimId}>
          <span class="label">{t('sidebarClaim')}</span> {c.text}{' '}
          <span class={`stance stance-${c.stance}`}>{t(`stance_${c.stance}`)}</span>
        </p>
      ))}
      <section class="group group-counter" aria-label={t(counterTitle)}>
        <h3 class="group-title">{t(counterTitle)}</h3>
        {counter.length ? (
          <ol class="timeline">
            {counter.map((r) => (
              <StatementItem key={r.statementId} item={r} />
            ))}
          </ol>
        ) : (
          <p class="empty">{t(denies ? 'sidebarNoCounterOfDenial' : 'sidebarNoCounter')}</p>
        )}
      </section>
      {support.length > 0 && (
        <section class="group group-support" aria-label={t(supportTitle)}>
          <h3 class="group-title">{t(supportTitle)}</h3>
          <ol class="timeline">
            {support.map((r) => (
              <StatementItem key={r.statementId} item={r} />
            ))}
          </ol>
        </section>
      )}
    </li>
  );
}
