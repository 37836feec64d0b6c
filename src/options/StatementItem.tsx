/** One statement in the browser: speaker, date, stances, the quote or summary, the source. */
import type { StatementRow } from '../db/schema';
import { formatDate, safeHref } from '../ui/format';
import { CopyCitation } from '../ui/CopyCitation';
import type { Lookups } from './lookups';
import { OriginTag } from './OriginTag';
import { msg } from './i18n';
import { claimHref } from '../ui/explorer-links';

interface Props {
  row: StatementRow;
  lookups: Lookups;
  onEdit: (row: StatementRow) => void;
  onDelete: (row: StatementRow) => void;
}

export function StatementItem({ row, lookups, onEdit, onDelete }: Props) {
  const actor = lookups.actorById.get(row.actorId);
  const speaker = actor?.name ?? row.actorId;
  const source = row.sources[0];
  const href = safeHref(source?.url);
  // Shown beside the speaker and named in the citation button's label.
  const date = formatDate(row.date);
  return (
    <li class="statement-item" data-testid="statement" data-id={row.id}>
      <div class="statement-head">
        <strong class="speaker">{speaker}</strong>
        <span class="muted">
          <time dateTime={row.date}>{date}</time>
        </span>
        <OriginTag row={row} />
      </div>
      {row.quote !== undefined ? (
        <blockquote class="statement-quote">“{row.quote}”</blockquote>
      ) : (
        <p class="statement-summary">
          <span class="label">{msg('optionsSummary')}</span> {row.summary}
        </p>
      )}
      <ul class="chips" aria-label={msg('optionsStances')}>
        {row.stances.map((s) => (
          <li key={s.claimId}>
            <span class={`stance stance-${s.stance}`}>{msg(`stance_${s.stance}`)}</span>{' '}
            <a class="claim-text" href={claimHref(s.claimId)}>
              {lookups.claimById.get(s.claimId)?.text ?? s.claimId}
            </a>
          </li>
        ))}
      </ul>
      <div class="statement-foot">
        <span class="source">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {source?.outlet}
            </a>
          ) : (
            source?.outlet
          )}
          {source?.title && <span class="muted"> — {source.title}</span>}
          {source?.outletNote && <span class="source-note">{source.outletNote}</span>}
        </span>
        <span class="row-actions">
          <CopyCitation
            parts={{ speaker, role: row.speakerRole ?? actor?.role, date: row.date, outlet: source?.outlet, title: source?.title, url: href }}
            label={`${speaker}, ${date}`}
          />
          <button type="button" class="button" onClick={() => onEdit(row)}>
            {msg('optionsEdit')}<span class="sr-only"> {msg('optionsStatementBy', speaker)}</span>
          </button>
          <button type="button" class="button danger" onClick={() => onDelete(row)}>
            {msg('optionsDelete')}<span class="sr-only"> {msg('optionsStatementBy', speaker)}</span>
          </button>
        </span>
      </div>
    </li>
  );
}
