/** Search, filters and a paged list of statements; the current filter can be exported as a pack. */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { StatementPage } from '../db/queries';
import { findStatements, onSearchIndexReady, searchIndexReady } from './fast-search';
import type { CounterpointDB, StatementRow } from '../db/schema';
import type { Lookups } from './lookups';
import { StatementItem } from './StatementItem';
import { describeFilter, NO_FILTER, StatementFilters, toFilter, type FilterFields } from './StatementFilters';
import { exportFiltered } from './filter-export';
import { downloadPack, errorText, today } from './corpus';
import { Alert, Status } from './Messages';
import { msg, plural } from './i18n';

export const PAGE_SIZE = 50;
/**
 * Pause after a keystroke before the list searches IndexedDB, to let a typed word finish: a
 * search there can take hundreds of milliseconds at 100,000 statements. Once the search index is
 * in memory (`fast-search.ts`) a search takes milliseconds, and every keystroke searches at once;
 * an answer that a newer one overtakes is dropped either way.
 */
export const TYPING_PAUSE_MS = 150;

interface Props {
  db: CounterpointDB;
  lookups: Lookups;
  /** Changes whenever the corpus changed, to search again. */
  version: number;
  onAdd: () => void;
  onEdit: (row: StatementRow) => void;
  onDelete: (row: StatementRow) => void;
  /** The bundled corpus is still being installed. */
  installing?: boolean;
}

export function StatementBrowser({ db, lookups, version, onAdd, onEdit, onDelete, installing }: Props) {
  const [fields, setFields] = useState<FilterFields>(NO_FILTER);
  // What is typed (search words, dates) is searched only after a pause in typing.
  const [typed, setTyped] = useState({ text: '', from: '', to: '' });
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<StatementPage>();
  const [error, setError] = useState<string>();
  const [exported, setExported] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Searched again once the search index is in memory: the same answer, and the next ones fast.
  const [indexed, setIndexed] = useState(0);
  const [from, setFrom] = useState<'index' | 'database'>();
  useEffect(() => onSearchIndexReady(() => setIndexed((n) => n + 1)), []);

  useLayoutEffect(() => {
    const next = { text: fields.text.trim(), from: fields.from, to: fields.to };
    if (searchIndexReady()) {
      setTyped(next);
      return;
    }
    const timer = setTimeout(() => setTyped(next), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [fields.text, fields.from, fields.to]);
  const filter = toFilter({ ...fields, from: typed.from, to: typed.to }, typed.text);
  const key = JSON.stringify(filter);
  useEffect(() => {
    setPage(0);
    setExported(undefined);
  }, [key]);

  // A layout effect: the search starts before the browser paints the changed filter, not a frame later.
  useLayoutEffect(() => {
    let live = true;
    findStatements(db, { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
      .then((r) => {
        if (!live) return;
        // A deletion can leave the current page empty: step back.
        if (r.items.length === 0 && page > 0) setPage(Math.max(0, Math.ceil(r.total / PAGE_SIZE) - 1));
        setResult(r);
        setFrom(r.from);
        setError(undefined);
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
    // `key` stands for `filter`, which is a new object on every render.
  }, [db, key, page, version, indexed]);

  const exportNow = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const pack = await exportFiltered(db, filter, describeFilter(fields, lookups));
      const name = downloadPack(pack, `counterpoint-selection-${today()}.json`);
      setExported(msg('optionsExportedSelection', name, pack.statements.length));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  // The rows are drawn again only for a new answer: typing in a filter re-renders the browser
  // before and after each search, and 50 statements each time would cost more than the search.
  const list = useMemo(
    () =>
      result &&
      result.items.length > 0 && (
        <ul class="statement-list" data-testid="statement-list">
          {result.items.map((row) => (
            <StatementItem key={row.id} row={row} lookups={lookups} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </ul>
      ),
    [result, lookups, onEdit, onDelete],
  );
  return (
    <section class="card" aria-labelledby="browse-h">
      <div class="card-head">
        <h2 id="browse-h">{msg('optionsStatements')}</h2>
        <button type="button" class="button primary" onClick={onAdd}>
          {msg('optionsAddStatement')}
        </button>
      </div>
      <StatementFilters value={fields} lookups={lookups} onChange={(patch) => setFields((f) => ({ ...f, ...patch }))} />
      <Alert text={error} />
      <div class="result-bar">
        <p class="muted" aria-live="polite" data-testid="result-total" data-from={from}>
          {result ? plural('optionsStatementCount', result.total) : msg('optionsSearching')}
        </p>
        <button type="button" class="button" disabled={busy || !result || result.total === 0} onClick={() => void exportNow()}>
          {msg('optionsExportSelection')}
        </button>
      </div>
      <Status text={exported} />
      {list}
      {result && result.total === 0 && <p class="empty">{msg(installing ? 'optionsNoneYet' : 'optionsNoMatch')}</p>}
      {result && result.total > PAGE_SIZE && (
        <nav class="pager" aria-label={msg('optionsPages')}>
          <button type="button" class="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {msg('optionsPrevious')}
          </button>
          <span data-testid="page-status">{msg('optionsPageOf', page + 1, pages)}</span>
          <button type="button" class="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            {msg('optionsNext')}
          </button>
        </nav>
      )}
    </section>
  );
}
