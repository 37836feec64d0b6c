/**
 * One statement on the timeline. Text is rendered as text (Preact escapes it), summaries are
 * never put in quote marks, and only http(s) sources become links.
 */
import type { RelatedStatement } from '../shared/types';
import { t } from '../shared/browser-api';
import { formatDate, safeHref } from '../ui/format';
import { CopyCitation } from '../ui/CopyCitation';
import { DateWithNote } from '../ui/DateWithNote';
import { SourceList } from './SourceList';

/** One related statement: speaker, stance, date, the words or their summary, and its sources. */
export function StatementItem({ item }: { item: RelatedStatement }) {
  return (
    <li class={`statement stance-border-${item.stance}`}>
      <div class="statement-head">
        <strong class="speaker">{item.speaker}</strong>
        <span class={`stance stance-${item.stance}`}>{t(`stance_${item.stance}`)}</span>
        <DateWithNote date={item.date} note={item.dateNote} className="date" />
      </div>
      {item.role && <div class="role">{item.role}</div>}
      {item.quote ? (
        <blockquote class="said">
          <q>{item.quote}</q>
        </blockquote>
      ) : (
        <p class="said summary">
          <span class="label">{t('sidebarSummary')}</span> {item.summary}
        </p>
      )}
      {item.via !== 'same-claim' && (
        <p class="why">
          <span class="label">{t('sidebarWhy')}</span> {t(item.via === 'mirror' ? 'reasonMirror' : 'reasonContradicts', item.linkedClaim ?? '')}
        </p>
      )}
      <SourceList sources={item.sources.map((s) => ({ url: s.url, label: s.title ? `${s.outlet}: ${s.title}` : s.outlet, note: s.outletNote }))} />
      <CopyCitation
        parts={{
          speaker: item.speaker,
          role: item.role,
          date: item.date,
          outlet: item.sources[0]?.outlet,
          title: item.sources[0]?.title,
          url: safeHref(item.sources[0]?.url),
        }}
        label={`${item.speaker}, ${formatDate(item.date)}`}
      />
    </li>
  );
}
