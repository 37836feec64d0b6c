/**
 * The statements under the chart, newest first, a page at a time: only the rows of the page shown
 * are read (`readStatements`), so a claim with 10,000 statements costs no more to list than one
 * with 20.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Statement } from '../core/pack-schema';
import type { CounterpointDB } from '../db/schema';
import { readStatements } from '../db/snapshot';
import type { Mark } from '../db/timeline';
import { t } from '../shared/browser-api';
import { StatementEntry } from './StatementEntry';
import type { Names } from './names';

/** Statements per page of the list. */
export const LIST_PAGE = 20;

interface Props {
  db: CounterpointDB;
  /** The marks in the period shown, newest first. */
  marks: Mark[];
  names: Names;
  showClaim: boolean;
  selected?: string;
}

export function StatementList({ db, marks, names, showClaim, selected }: Props) {
  const [page, setPage] = useState(0);
  const [rows, setRows] = useState<Map<string, Statement>>(new Map());
  const pages = Math.max(1, Math.ceil(marks.length / LIST_PAGE));
  // The page that holds the selected mark, else the first.
  const selectedAt = selected ? marks.findIndex((m) => m.id === selected) : -1;
  useEffect(() => setPage(selectedAt >= 0 ? Math.floor(selectedAt / LIST_PAGE) : 0), [marks, selectedAt]);
  const shown = marks.slice(page * LIST_PAGE, (page + 1) * LIST_PAGE);
  const key = shown.map((m) => m.id).join(',');
  useEffect(() => {
    let live = true;
    void readStatements(db, [...new Set(shown.map((m) => m.id))]).then(
      (list) => live && setRows(new Map(list.map((s) => [s.id, s]))),
    );
    return () => {
      live = false;
    };
  }, [db, key]);
  useEffect(() => {
    if (selected) document.getElementById(`entry-${selected}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selected, rows]);
  return (
    <section class="panel" aria-labelledby="list-h">
      <h2 id="list-h">{t('explorerStatements', marks.length.toLocaleString())}</h2>
      <ol class="entries" data-testid="entries">
        {shown.map((m) => {
          const st = rows.get(m.id);
          return st ? (
            <StatementEntry
              key={m.id + m.claimId}
              mark={m}
              statement={st}
              names={names}
              showClaim={showClaim}
              selected={m.id === selected}
            />
          ) : null;
        })}
      </ol>
      {pages > 1 && (
        <nav class="pager" aria-label={t('explorerListPages')}>
          <button type="button" class="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('optionsPrevious')}
          </button>
          <span>{t('optionsPageOf', [String(page + 1), String(pages)])}</span>
          <button type="button" class="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {t('optionsNext')}
          </button>
        </nav>
      )}
    </section>
  );
}
