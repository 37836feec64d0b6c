/**
 * "From your reading": remarks the reader read before on the quote's claim, kept on this device
 * by the reading memory. Shown after the corpus's groups, never mixed into them: each with its
 * speaker, the words verbatim, the pages it was read on (linked), the day it was read, and the
 * engine's claim and stance marked as machine-assigned.
 */
import type { ReadingItem } from '../shared/protocol';
import type { PageQuote } from '../shared/types';
import { t } from '../shared/browser-api';
import { SourceList } from './SourceList';

/** The day a remark was read, in the reader's language. */
function readDay(ms: number): string {
  try {
    return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}

function ReadingEntry({ item, claimText }: { item: ReadingItem; claimText?: string }) {
  const day = new Date(item.readAt);
  return (
    <li class={`statement reading-item stance-border-${item.stance}`} data-id={item.id}>
      <div class="statement-head">
        <strong class="speaker">{item.speaker}</strong>
        {item.unlisted && <span class="unlisted-tag">{t('sidebarSpeakerUnlisted')}</span>}
        {item.sideUnsure ? (
          <span class="stance stance-unsure">{t('stance_unsure')}</span>
        ) : (
          <span class={`stance stance-${item.stance}`}>{t(`stance_${item.stance}`)}</span>
        )}
        <span class="date">
          {t('sidebarReadOn')} <time dateTime={day.toISOString()}>{readDay(item.readAt)}</time>
        </span>
      </div>
      <blockquote class="said">
        <q>{item.quote}</q>
      </blockquote>
      <p class="machine" title={t('sidebarMachineAssignedHelp')}>
        <span class="machine-tag">{t('sidebarMachineAssigned')}</span> {claimText ?? ''}
      </p>
      <SourceList sources={item.sources.map((s) => ({ url: s.url, label: s.outlet ? `${s.outlet}: ${s.title || s.url}` : s.title || s.url }))} />
    </li>
  );
}

/** The group, or nothing when the reader read nothing on the claim (or memory is off). */
export function ReadingGroup({ quote, items }: { quote: PageQuote; items?: ReadingItem[] }) {
  if (!items?.length) return null;
  const title = t('sidebarFromReading');
  const claimText = (id: string) => quote.claims.find((c) => c.claimId === id)?.text;
  return (
    <section class="group group-reading" aria-label={title}>
      <h3 class="group-title">{title}</h3>
      <p class="reading-note">{t('sidebarFromReadingNote')}</p>
      <ol class="timeline">
        {items.map((item) => (
          <ReadingEntry key={item.id} item={item} claimText={claimText(item.claimId)} />
        ))}
      </ol>
    </section>
  );
}
