/** Search, filters and a paged list of statements. */
import { useEffect, useState } from 'preact/hooks';
import type { StanceKind } from '../core/pack-schema';
import { searchStatements, type StatementPage } from '../db/queries';
import type { CounterpointDB, Origin, StatementRow } from '../db/schema';
import { STANCES } from './form-model';
import type { Lookups } from './lookups';
import { StatementItem } from './StatementItem';
import { errorText } from './corpus';

export const PAGE_SIZE = 50;

interface Props {
  db: CounterpointDB;
  lookups: Lookups;
  /** Changes whenever the corpus changed, to search again. */
  version: number;
  onAdd: () => void;
  onEdit: (row: StatementRow) => void;
  onDelete: (row: StatementRow) => void;
}

export function StatementBrowser({ db, lookups, version, onAdd, onEdit, onDelete }: Props) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [actorId, setActorId] = useState('');
  const [claimId, setClaimId] = useState('');
  const [stance, setStance] = useState('');
  const [origin, setOrigin] = useState('');
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<StatementPage>();
  const [error, setError] = useState<string>();

  // Wait for a pause in typing before searching.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);
  useEffect(() => setPage(0), [query, actorId, claimId, stance, origin]);

  useEffect(() => {
    let live = true;
    searchStatements(db, {
      text: query || undefined,
      actorId: actorId || undefined,
      claimId: claimId || undefined,
      stance: (stance || undefined) as StanceKind | undefined,
      origin: (origin || undefined) as Origin | undefined,
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    })
      .then((r) => {
        if (!live) return;
        // A deletion can leave the current page empty: step back.
        if (r.items.length === 0 && page > 0) setPage(Math.max(0, Math.ceil(r.total / PAGE_SIZE) - 1));
        setResult(r);
        setError(undefined);
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [db, query, actorId, claimId, stance, origin, page, version]);

  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  const filtered = Boolean(text || actorId || claimId || stance || origin);
  return (
    <section class="card" aria-labelledby="browse-h">
      <div class="card-head">
        <h2 id="browse-h">Statements</h2>
        <button type="button" class="button primary" onClick={onAdd}>
          Add a statement
        </button>
      </div>
      <div class="filters" role="search">
        <label class="grow">
          <span>Search statements</span>
          <input type="search" value={text} placeholder="Words in the quote, summary or keywords" onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label>
          <span>Speaker</span>
          <select value={actorId} onChange={(e) => setActorId(e.currentTarget.value)}>
            <option value="">Anyone</option>
            {lookups.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Claim</span>
          <select class="claim-filter" value={claimId} onChange={(e) => setClaimId(e.currentTarget.value)}>
            <option value="">Any claim</option>
            {lookups.claims.map((c) => (
              <option key={c.id} value={c.id}>
                {c.text}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Stance</span>
          <select value={stance} onChange={(e) => setStance(e.currentTarget.value)}>
            <option value="">Any stance</option>
            {STANCES.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Origin</span>
          <select value={origin} onChange={(e) => setOrigin(e.currentTarget.value)}>
            <option value="">All</option>
            <option value="bundled">Bundled</option>
            <option value="user">Mine</option>
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            class="link-button"
            onClick={() => {
              setText('');
              setActorId('');
              setClaimId('');
              setStance('');
              setOrigin('');
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
      <p class="muted" aria-live="polite" data-testid="result-total">
        {result ? `${result.total} statement${result.total === 1 ? '' : 's'}` : 'Searching…'}
      </p>
      {result && result.items.length > 0 && (
        <ul class="statement-list" data-testid="statement-list">
          {result.items.map((row) => (
            <StatementItem key={row.id} row={row} lookups={lookups} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </ul>
      )}
      {result && result.total === 0 && <p class="empty">No statement matches.</p>}
      {result && result.total > PAGE_SIZE && (
        <nav class="pager" aria-label="Pages">
          <button type="button" class="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <span data-testid="page-status">
            {page + 1} of {pages}
          </span>
          <button type="button" class="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Next
          </button>
        </nav>
      )}
    </section>
  );
}
