/**
 * What the claim and actor pages share: the count per side, the zoom presets, the grouping
 * toggle, the timeline chart and the statements of the period shown.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CounterpointDB } from '../db/schema';
import type { Mark } from '../db/timeline';
import { t } from '../shared/browser-api';
import { formatDate } from '../ui/format';
import { TimelineChart } from './TimelineChart';
import { StatementList } from './StatementList';
import type { Names } from './names';
import {
  countStances,
  extent,
  groupRows,
  place,
  PRESETS,
  presetDomain,
  rowKeyer,
  STANCE_ORDER,
  within,
  type Grouping,
  type PlacedMark,
} from './timeline-model';

interface Props {
  db: CounterpointDB;
  names: Names;
  /** Every mark, newest first. */
  marks: Mark[];
  /** The groupings offered, the first one shown first. */
  groupings: Grouping[];
  /** What the chart shows, for its accessible name. */
  label: string;
  /** Name the claim of each mark (an actor's page). */
  showClaim: boolean;
}

export function ExplorerView({ db, names, marks, groupings, label, showClaim }: Props) {
  const placed = useMemo(() => marks.map(place), [marks]);
  const all = useMemo(() => extent(placed), [placed]);
  const [grouping, setGrouping] = useState<Grouping>(groupings[0]!);
  const [domain, setDomain] = useState<[number, number]>(all);
  const [preset, setPreset] = useState<string | undefined>('all');
  const [selected, setSelected] = useState<string>();
  useEffect(() => {
    setDomain(all);
    setPreset('all');
    setSelected(undefined);
  }, [all]);
  const rows = useMemo(() => groupRows(placed, rowKeyer(grouping, names.actors, names.claims)), [placed, grouping, names]);
  const inView = useMemo(() => within(placed, domain[0], domain[1]), [placed, domain]);
  const listed = useMemo(() => [...inView].sort(newestFirst), [inView]);
  const counts = countStances(inView);

  const describe = (m: PlacedMark) => {
    const who = names.actors.get(m.actorId)?.name ?? m.actorId;
    const base = t('explorerMarkLabel', [who, t(`explorerVerb_${m.stance}`), formatDate(m.date)]);
    return showClaim ? `${base} — ${names.claims.get(m.claimId)?.text ?? m.claimId}` : base;
  };
  const peek = async (m: PlacedMark) => {
    const row = await db.statements.get(m.id);
    const text = row?.quote !== undefined ? `“${row.quote}”` : row?.summary;
    return text && text.length > 280 ? text.slice(0, 279).trimEnd() + '…' : text;
  };

  return (
    <>
      <section class="panel chart-panel" aria-labelledby="chart-h">
        <div class="chart-head">
          <h2 id="chart-h">{t('explorerTimeline')}</h2>
          <ul class="tally" aria-label={t('explorerTally')} data-testid="tally">
            {STANCE_ORDER.map((s) => (
              <li key={s} class={`tally-${s}`}>
                <span class={`swatch mark-${s}`} aria-hidden="true" />
                <strong>{counts[s].toLocaleString()}</strong> {t(`explorerTally_${s}`)}
              </li>
            ))}
          </ul>
        </div>
        <div class="controls">
          <div class="segmented" role="group" aria-label={t('explorerPeriod')}>
            {PRESETS.map((p) => (
              <button
                key={p.id}
                type="button"
                aria-pressed={preset === p.id ? 'true' : 'false'}
                data-testid={`preset-${p.id}`}
                onClick={() => {
                  setPreset(p.id);
                  setDomain(presetDomain(p, all));
                }}
              >
                {t(`explorerPreset_${p.id}`)}
              </button>
            ))}
          </div>
          {groupings.length > 1 && (
            <div class="segmented" role="group" aria-label={t('explorerGroupBy')}>
              {groupings.map((g) => (
                <button
                  key={g}
                  type="button"
                  aria-pressed={grouping === g ? 'true' : 'false'}
                  data-testid={`group-${g}`}
                  onClick={() => setGrouping(g)}
                >
                  {t(`explorerGroup_${g}`)}
                </button>
              ))}
            </div>
          )}
          <span class="muted period" data-testid="period">
            {formatDate(new Date(domain[0]).toISOString().slice(0, 10))} –{' '}
            {formatDate(new Date(domain[1]).toISOString().slice(0, 10))}
          </span>
        </div>
        {marks.length ? (
          <TimelineChart
            rows={rows}
            domain={domain}
            onZoom={(d) => {
              setPreset(undefined);
              setDomain(d);
            }}
            selected={selected}
            onSelect={(m) => setSelected(m.id)}
            describe={describe}
            label={label}
            peek={peek}
          />
        ) : (
          <p class="empty">{t('explorerNoStatements')}</p>
        )}
      </section>
      <StatementList db={db} marks={listed} names={names} showClaim={showClaim} selected={selected} />
    </>
  );
}

const newestFirst = (a: Mark, b: Mark) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id);
