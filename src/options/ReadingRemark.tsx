/** One remembered remark: speaker, words, claims (machine-assigned or the reader's), pages read, and its actions. */
import type { ReadingRow } from '../db/schema';
import { isUnlisted } from '../db/reading-remark';
import { safeHref } from '../ui/format';
import type { Lookups } from './lookups';
import { msg } from './i18n';

interface Props {
  row: ReadingRow;
  lookups: Lookups;
  busy: boolean;
  onConfirm: (row: ReadingRow) => void;
  onCorrect: (row: ReadingRow) => void;
  onRemove: (row: ReadingRow) => void;
}

/** A time read, as a date for people. */
export function readDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

export function ReadingRemark({ row, lookups, busy, onConfirm, onCorrect, onRemove }: Props) {
  const speaker = lookups.actorById.get(row.actorId)?.name ?? row.speaker;
  const mine = row.statementId !== undefined;
  const machine = row.claims.some((c) => !c.byReader);
  const who = <span class="sr-only"> {msg('optionsStatementBy', speaker)}</span>;
  return (
    <li class="statement-item reading-remark" data-testid="remark" data-id={row.id}>
      <div class="statement-head">
        <strong class="speaker">{speaker}</strong>
        {isUnlisted(row) && <span class="tag">{msg('optionsSpeakerUnlisted')}</span>}
        <span class="muted">{msg('optionsReadOn', readDate(row.readAt))}</span>
        {mine && <span class="tag">{msg('optionsInMyCorpus')}</span>}
      </div>
      <blockquote class="statement-quote">“{row.quote}”</blockquote>
      <ul class="chips" aria-label={msg('optionsStances')}>
        {row.claims.map((c) => (
          <li key={c.claimId}>
            <span class={`stance stance-${c.sideUnsure && !c.byReader ? 'unsure' : c.stance}`}>
              {msg(c.sideUnsure && !c.byReader ? 'stance_unsure' : `stance_${c.stance}`)}
            </span>{' '}
            <span class="claim-text">{lookups.claimById.get(c.claimId)?.text ?? c.claimId}</span>{' '}
            <span class={c.byReader ? 'tag tag-confirmed' : 'tag tag-machine'}>
              {msg(c.byReader ? 'optionsConfirmedTag' : 'optionsMachineTag')}
            </span>
          </li>
        ))}
      </ul>
      <ul class="read-sources">
        {row.sources.map((s) => {
          const href = safeHref(s.url);
          const label = s.outlet ? `${s.outlet} — ${s.title || s.url}` : s.title || s.url;
          return (
            <li key={s.url}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {label}
                </a>
              ) : (
                label
              )}
              <span class="muted"> · {msg('optionsReadOn', readDate(s.readAt))}</span>
            </li>
          );
        })}
      </ul>
      <div class="statement-foot">
        <span />
        <span class="row-actions">
          {machine && (
            <button type="button" class="button" disabled={busy} onClick={() => onConfirm(row)}>
              {msg('optionsConfirmRemark')}
              {who}
            </button>
          )}
          <button type="button" class="button" disabled={busy} onClick={() => onCorrect(row)}>
            {msg('optionsCorrectRemark')}
            {who}
          </button>
          <button type="button" class="button danger" disabled={busy} onClick={() => onRemove(row)}>
            {msg('optionsRemoveRemark')}
            {who}
          </button>
        </span>
      </div>
    </li>
  );
}
