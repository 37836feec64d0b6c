/**
 * The "From my reading" tab: the remarks the reading memory kept, newest first, a page at a
 * time, with search; confirm, correct or remove each; export them; forget all, a site or a period.
 */
import { useEffect, useState } from 'preact/hooks';
import { clearDroppedNotice, confirmRemark, removeRemark } from '../db/reading-edit';
import { READING_LIMIT, type ReadingDropped } from '../db/reading-keep';
import { listReading, readingDropped, type ReadingPage } from '../db/reading-query';
import { readingPack } from '../db/reading-export';
import type { CounterpointDB, ReadingRow } from '../db/schema';
import type { Settings } from '../shared/protocol';
import type { Lookups } from './lookups';
import type { StanceDraft } from './form-model';
import { ReadingRemark, readDate } from './ReadingRemark';
import { ForgetReading } from './ForgetReading';
import { CorrectRemark } from './CorrectRemark';
import { ConfirmDialog } from './ConfirmDialog';
import { ConfirmCancel } from './ConfirmCancel';
import { Alert, Status } from './Messages';
import { downloadJson, errorText, newStatementId, notifyCorpusChanged, today } from './corpus';
import { msg, plural } from './i18n';

const PAGE_SIZE = 25;

interface Props {
  db: CounterpointDB;
  lookups: Lookups;
  settings?: Settings;
  /** Opens the tab that holds the reading settings. */
  onOpenSettings: () => void;
  /** After a change to the corpus (a remark confirmed), with the notice to show. */
  onChanged: (notice?: string) => void;
}

export function ReadingTab({ db, lookups, settings, onOpenSettings, onChanged }: Props) {
  const [typed, setTyped] = useState('');
  const [text, setText] = useState('');
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<ReadingPage>();
  const [dropped, setDropped] = useState<ReadingDropped>();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  const [toRemove, setToRemove] = useState<ReadingRow>();
  const [toCorrect, setToCorrect] = useState<ReadingRow>();

  useEffect(() => {
    const timer = setTimeout(() => setText(typed.trim()), 200);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => setPage(0), [text]);
  useEffect(() => {
    let live = true;
    Promise.all([listReading(db, { text, offset: page * PAGE_SIZE, limit: PAGE_SIZE }), readingDropped(db)])
      .then(([r, d]) => {
        if (!live) return;
        // A removal can leave the current page empty: step back.
        if (r.items.length === 0 && page > 0) setPage(Math.max(0, Math.ceil(r.total / PAGE_SIZE) - 1));
        setResult(r);
        setDropped(d);
      })
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [db, text, page, version]);

  const refresh = (message?: string) => {
    setVersion((v) => v + 1);
    setStatus(message);
    setError(undefined);
  };
  const save = async (row: ReadingRow, stances: StanceDraft[]) => {
    await confirmRemark(db, row.id, stances, newStatementId());
    notifyCorpusChanged();
    onChanged();
    refresh(msg('optionsRemarkConfirmed', lookups.actorById.get(row.actorId)?.name ?? row.speaker));
  };
  const confirmNow = (row: ReadingRow) => {
    setBusy(true);
    save(
      row,
      row.claims.map(({ claimId, stance }) => ({ claimId, stance })),
    )
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };
  const remove = async () => {
    if (!toRemove) return;
    try {
      await removeRemark(db, toRemove.id);
      setToRemove(undefined);
      refresh(msg('optionsRemarkRemoved'));
    } catch (e) {
      setError(errorText(e));
    }
  };
  const exportNow = async (withCorpus: boolean) => {
    try {
      const { pack, remarks, leftOut } = await readingPack(db, { withCorpus });
      const name = downloadJson(pack, `counterpoint-${withCorpus ? 'corpus-and-reading' : 'reading'}-${today()}.json`);
      const saved = msg('optionsReadingExported', name, remarks);
      setStatus(leftOut ? `${saved} ${msg('optionsReadingLeftOut', leftOut)}` : saved);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  const on = settings?.rememberReading === true;
  return (
    <>
      <section class="card" aria-labelledby="reading-h">
        <div class="card-head">
          <h2 id="reading-h">{msg('optionsFromMyReading')}</h2>
          <span class="row-actions">
            <button type="button" class="button" disabled={!result?.total} onClick={() => void exportNow(false)}>
              {msg('optionsReadingExport')}
            </button>
            <button type="button" class="button" disabled={!result?.total} onClick={() => void exportNow(true)}>
              {msg('optionsReadingExportWithCorpus')}
            </button>
            <button type="button" class="button danger" disabled={!result?.total && !text} onClick={() => setForgetting(true)}>
              {msg('optionsForgetMyReading')}
            </button>
          </span>
        </div>
        <p class={on ? 'memory-state on' : 'memory-state off'} data-testid="memory-state">
          {msg(on ? 'optionsMemoryIsOn' : 'optionsMemoryIsOff')}{' '}
          <button type="button" class="link-button" onClick={onOpenSettings}>
            {msg('optionsMemorySettings')}
          </button>
        </p>
        {dropped && (
          <p role="status" class="dropped" data-testid="reading-dropped">
            {msg('optionsReadingDropped', dropped.count, READING_LIMIT.toLocaleString(), readDate(dropped.at))}{' '}
            <button type="button" class="link-button" onClick={() => void clearDroppedNotice(db).then(() => refresh())}>
              {msg('optionsDismiss')}
            </button>
          </p>
        )}
        <div class="filters" role="search">
          <label class="grow">
            <span>{msg('optionsReadingSearch')}</span>
            <input type="search" value={typed} placeholder={msg('optionsReadingSearchPlaceholder')} onInput={(e) => setTyped(e.currentTarget.value)} />
          </label>
        </div>
        <Alert text={error} />
        <Status text={status} />
        <p class="muted" aria-live="polite" data-testid="reading-total">
          {result ? plural('optionsRemarkCount', result.total) : msg('optionsSearching')}
        </p>
        {result && result.items.length > 0 && (
          <ul class="statement-list" data-testid="reading-list">
            {result.items.map((row) => (
              <ReadingRemark key={row.id} row={row} lookups={lookups} busy={busy} onConfirm={confirmNow} onCorrect={setToCorrect} onRemove={setToRemove} />
            ))}
          </ul>
        )}
        {result && result.total === 0 && <p class="empty">{msg(text ? 'optionsNoMatch' : on ? 'optionsReadingEmptyOn' : 'optionsReadingEmptyOff')}</p>}
        {result && result.total > PAGE_SIZE && (
          <nav class="pager" aria-label={msg('optionsPages')}>
            <button type="button" class="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {msg('optionsPrevious')}
            </button>
            <span>{msg('optionsPageOf', page + 1, pages)}</span>
            <button type="button" class="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
              {msg('optionsNext')}
            </button>
          </nav>
        )}
      </section>
      <ForgetReading db={db} open={forgetting} onClose={() => setForgetting(false)} onForgot={(n) => refresh(plural('optionsForgot', n))} />
      <CorrectRemark
        target={toCorrect}
        lookups={lookups}
        onClose={() => setToCorrect(undefined)}
        onSave={async (row, stances) => {
          await save(row, stances);
          setToCorrect(undefined);
        }}
      />
      <ConfirmDialog
        open={toRemove !== undefined}
        title={msg('optionsRemoveRemarkTitle')}
        testId="remove-remark-dialog"
        onCancel={() => setToRemove(undefined)}
        actions={<ConfirmCancel label={msg('optionsRemoveRemark')} tone="danger-solid" onConfirm={() => void remove()} onCancel={() => setToRemove(undefined)} />}
      >
        {toRemove && <blockquote class="statement-quote">“{toRemove.quote}”</blockquote>}
        <p>{msg('optionsRemoveRemarkBody')}</p>
      </ConfirmDialog>
    </>
  );
}
