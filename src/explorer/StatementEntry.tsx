/** One statement in the explorer's list: speaker, stance, date, role, the words, the source, a citation. */
import type { Statement } from '../core/pack-schema';
import { t } from '../shared/browser-api';
import { formatDate, safeHref } from '../ui/format';
import { CopyCitation } from '../ui/CopyCitation';
import { DateWithNote } from '../ui/DateWithNote';
import type { Mark } from '../db/timeline';
import { actorHref, claimHref, type Names } from './names';

interface Props {
  mark: Mark;
  statement: Statement;
  names: Names;
  /** Name the claim (on an actor's page) or the speaker's page link (on a claim's page). */
  showClaim: boolean;
  selected?: boolean;
}

export function StatementEntry({ mark, statement, names, showClaim, selected }: Props) {
  const actor = names.actors.get(statement.actorId);
  const speaker = actor?.name ?? statement.actorId;
  const role = statement.speakerRole ?? actor?.role;
  const source = statement.sources[0];
  const href = safeHref(source?.url);
  return (
    <li
      class={`entry stance-border-${mark.stance}${selected ? ' selected' : ''}`}
      data-testid="entry"
      data-id={statement.id}
      id={`entry-${statement.id}`}
    >
      <div class="entry-head">
        <a class="speaker" href={actorHref(statement.actorId)}>
          {speaker}
        </a>
        <span class={`stance stance-${mark.stance}`}>{t(`stance_${mark.stance}`)}</span>
        <DateWithNote date={statement.date} note={statement.dateNote} className="muted" />
      </div>
      {role && <div class="role muted">{role}</div>}
      {showClaim && (
        <p class="entry-claim">
          <span class="label">{t('sidebarClaim')}</span>{' '}
          <a href={claimHref(mark.claimId)}>{names.claims.get(mark.claimId)?.text ?? mark.claimId}</a>
        </p>
      )}
      {statement.quote !== undefined ? (
        <blockquote class="said">
          <q>{statement.quote}</q>
        </blockquote>
      ) : (
        <p class="said summary">
          <span class="label">{t('sidebarSummary')}</span> {statement.summary}
        </p>
      )}
      <div class="entry-foot">
        <span class="source">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" data-testid="source-link">
              {source?.outlet}
            </a>
          ) : (
            source?.outlet
          )}
          {source?.title && <span class="muted"> — {source.title}</span>}
          {source?.outletNote && <span class="source-note">{source.outletNote}</span>}
        </span>
        <CopyCitation
          parts={{ speaker, role, date: statement.date, outlet: source?.outlet, title: source?.title, url: href }}
          label={`${speaker}, ${formatDate(statement.date)}`}
        />
      </div>
    </li>
  );
}
