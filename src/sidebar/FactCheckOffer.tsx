/**
 * On a fact-check page (schema.org ClaimReview markup): what it reviewed, and "Add this fact-check
 * to my corpus", which opens the options page's import preview for the reader to confirm.
 */
import { useState } from 'preact/hooks';
import { sendToBackground, t } from '../shared/browser-api';
import type { FactCheckOffer as Offer } from '../shared/protocol';

export function FactCheckOffer({ offer }: { offer: Offer }) {
  const [state, setState] = useState<'idle' | 'opening' | 'opened' | 'failed'>('idle');
  const add = async () => {
    setState('opening');
    const { ok } = await sendToBackground('addFactCheck', {}).catch(() => ({ ok: false }));
    setState(ok ? 'opened' : 'failed');
  };
  return (
    <section class="fact-check" aria-labelledby="fact-check-heading" data-testid="fact-check-offer">
      <h2 id="fact-check-heading" class="section-title">
        {t('sidebarFactCheck')}
      </h2>
      <ul class="fact-check-list">
        {offer.reviews.map((r, i) => (
          <li key={i}>
            <span class="fact-check-by">{r.by}</span>
            {r.rating && <span class="fact-check-rating">{r.rating}</span>}
            <span class="fact-check-claim">{r.claim}</span>
          </li>
        ))}
      </ul>
      <button type="button" class="button primary" disabled={state === 'opening'} onClick={() => void add()}>
        {t('sidebarAddFactCheck')}
      </button>
      <p class="fact-check-note" role="status">
        {state === 'opened'
          ? t('sidebarFactCheckOpened')
          : state === 'failed'
            ? t('sidebarFactCheckFailed')
            : t('sidebarFactCheckNote')}
      </p>
    </section>
  );
}
