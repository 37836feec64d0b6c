/** One quote from the article: the claim it makes, who countered it, who said the same. */
import { useEffect, useRef } from 'preact/hooks';
import type { PageQuote, RelatedStatement } from '../shared/types';
import type { ReadingItem } from '../shared/protocol';
import { sendToBackground, t } from '../shared/browser-api';
import { StatementItem } from './StatementItem';
import { ReadingGroup } from './ReadingGroup';
import { claimHref } from '../ui/explorer-links';
import { byDate, counterOrder } from './related-order';

const denial = (r: RelatedStatement) => r.stance === 'denies' || r.stance === 'disputes';

/** A titled group of statements (`empty`: the line shown when it has none; else a group with none is left out). */
function Group({ kind, title, items, empty }: { kind: string; title: string; items: RelatedStatement[]; empty?: string }) {
  if (!items.length && !empty) return null;
  return (
    <section class={`group group-${kind}`} aria-label={title}>
      <h3 class="group-title">{title}</h3>
      {items.length ? (
        <ol class="timeline">
          {items.map((r) => (
            <StatementItem key={r.statementId} item={r} />
          ))}
        </ol>
      ) : (
        <p class="empty">{empty}</p>
      )}
    </section>
  );
}

/**
 * A quote card. `revealable`: the quote is on the page, so a click scrolls the page to it (not
 * for the reader's own selection, which the page's highlights do not index).
 */
export function QuoteCard({
  quote,
  focused,
  revealable = true,
  fromReading,
}: {
  quote: PageQuote;
  focused: boolean;
  revealable?: boolean;
  /** Remarks from the reader's own reading on the quote's claims: a group of their own, after the corpus's. */
  fromReading?: ReadingItem[];
}) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focused) return;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const counter = quote.related.filter((r) => r.relation === 'counter').sort(counterOrder);
  const support = quote.related.filter((r) => r.relation === 'supports').sort(byDate);
  // Where the quote's side is a guess, what was said on its claim is shown by its own side, and
  // nothing is called a counter-claim.
  const context = quote.related.filter((r) => r.relation === 'context').sort(byDate);
  const unsure = quote.claims[0]?.sideUnsure === true;
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
          <span class="label">{t('sidebarClaim')}</span>{' '}
          <a class="claim-link" href={claimHref(c.claimId)} target="_blank" rel="noopener" title={t('explorerOpenClaim')}>
            {c.text}
          </a>{' '}
          {c.sideUnsure ? (
            <span class="stance stance-unsure">{t('stance_unsure')}</span>
          ) : (
            <span class={`stance stance-${c.stance}`}>{t(`stance_${c.stance}`)}</span>
          )}
        </p>
      ))}
      {unsure ? (
        <>
          <p class="unsure-note">{t('sidebarSideUnsure')}</p>
          <Group kind="context-denial" title={t('sidebarContextDenied')} items={context.filter(denial)} />
          <Group kind="context-assertion" title={t('sidebarContextAsserted')} items={context.filter((r) => !denial(r))} />
        </>
      ) : (
        <>
          <Group
            kind="counter"
            title={t(counterTitle)}
            items={counter}
            empty={t(denies ? 'sidebarNoCounterOfDenial' : 'sidebarNoCounter')}
          />
          <Group kind="support" title={t(supportTitle)} items={support} />
        </>
      )}
      <ReadingGroup quote={quote} items={fromReading} />
    </li>
  );
}
