/** The options page: settings, the corpus at a glance, and corpus management. */
import { useEffect, useState } from 'preact/hooks';
import { readSettings, writeSettings } from '../shared/browser-api';
import type { Settings } from '../shared/protocol';
import { openDb, type CounterpointDB, type StatementRow } from '../db/schema';
import { counts } from '../db/queries';
import { deleteRecord } from '../db/edits';
import { EMPTY_LOOKUPS, loadLookups, type Lookups } from './lookups';
import { draftFromHash, draftFromRow, emptyDraft, type StatementDraft } from './form-model';
import { StatementBrowser } from './StatementBrowser';
import { StatementForm } from './StatementForm';
import { ImportPanel } from './ImportPanel';
import { CorpusTools } from './CorpusTools';
import { ConfirmDialog } from './ConfirmDialog';
import { errorText, notifyCorpusChanged } from './corpus';

type Counts = Awaited<ReturnType<typeof counts>>;

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>();
  const [db, setDb] = useState<CounterpointDB>();
  const [stats, setStats] = useState<Counts>();
  const [lookups, setLookups] = useState<Lookups>(EMPTY_LOOKUPS);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string>();
  const [draft, setDraft] = useState<StatementDraft | undefined>(() => draftFromHash(location.hash));
  const [toDelete, setToDelete] = useState<StatementRow>();
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    void readSettings().then(setSettings);
    openDb()
      .then(setDb)
      .catch((e: unknown) => setError(errorText(e)));
    const onHash = () => {
      const fromHash = draftFromHash(location.hash);
      if (fromHash) setDraft(fromHash);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!db) return;
    counts(db)
      .then(setStats)
      .catch((e: unknown) => setError(errorText(e)));
    loadLookups(db)
      .then(setLookups)
      .catch((e: unknown) => setError(errorText(e)));
  }, [db, version]);

  const changed = (message?: string) => {
    setVersion((v) => v + 1);
    setNotice(message);
  };
  const closeForm = () => {
    setDraft(undefined);
    // The context menu's hash has done its job; a reload should not reopen the form.
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  };
  const confirmDelete = async () => {
    if (!db || !toDelete) return;
    try {
      await deleteRecord(db, 'statements', toDelete.id);
      notifyCorpusChanged();
      changed('Statement deleted.');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setToDelete(undefined);
    }
  };
  const update = (patch: Partial<Settings>) => void writeSettings(patch).then(setSettings);

  return (
    <div class="page">
      <h1>
        <img src="icons/icon-48.png" alt="" width={32} height={32} /> Counterpoint
      </h1>
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
      <section class="card" aria-labelledby="corpus-h">
        <h2 id="corpus-h">Corpus</h2>
        {stats ? (
          <dl class="stats" data-testid="corpus-stats">
            <div><dt>Statements</dt><dd data-testid="count-statements">{stats.statements}</dd></div>
            <div><dt>Claims</dt><dd data-testid="count-claims">{stats.claims}</dd></div>
            <div><dt>Actors</dt><dd data-testid="count-actors">{stats.actors}</dd></div>
            <div><dt>Mine</dt><dd data-testid="count-user">{stats.user}</dd></div>
            <div><dt>Edited</dt><dd data-testid="count-edited">{stats.edited}</dd></div>
            <div><dt>Deleted</dt><dd data-testid="count-deleted">{stats.deleted}</dd></div>
          </dl>
        ) : (
          <p>Loading the corpus…</p>
        )}
      </section>
      {notice && (
        <p role="status" class="ok notice">
          {notice}
        </p>
      )}
      {db && draft && (
        <StatementForm
          db={db}
          lookups={lookups}
          initial={draft}
          onCancel={closeForm}
          onSaved={(row) => {
            closeForm();
            changed(row.origin === 'user' && !draft.base ? 'Statement added.' : 'Statement saved.');
          }}
        />
      )}
      {db && (
        <StatementBrowser
          db={db}
          lookups={lookups}
          version={version}
          onAdd={() => setDraft(emptyDraft())}
          onEdit={(row) => setDraft(draftFromRow(row))}
          onDelete={setToDelete}
        />
      )}
      {db && <ImportPanel db={db} onImported={() => changed()} />}
      {db && <CorpusTools db={db} onReset={() => changed('Reset to the bundled corpus.')} />}
      <section class="card" aria-labelledby="settings-h">
        <h2 id="settings-h">Reading</h2>
        {settings && (
          <>
            <label class="setting">
              <input type="checkbox" checked={settings.autoOpen} onChange={(e) => update({ autoOpen: e.currentTarget.checked })} />
              Open the sidebar by itself on articles with context
            </label>
            <p>
              Turned off on: {settings.disabledSites.length ? settings.disabledSites.join(', ') : 'no site'}
              {settings.disabledSites.length > 0 && (
                <>
                  {' '}
                  <button class="link-button" type="button" onClick={() => update({ disabledSites: [] })}>
                    Turn on everywhere
                  </button>
                </>
              )}
            </p>
          </>
        )}
      </section>
      <ConfirmDialog
        open={toDelete !== undefined}
        title="Delete this statement?"
        testId="delete-dialog"
        onCancel={() => setToDelete(undefined)}
        actions={
          <>
            <button type="button" class="button danger-solid" onClick={() => void confirmDelete()}>
              Delete
            </button>
            <button type="button" class="button" onClick={() => setToDelete(undefined)}>
              Cancel
            </button>
          </>
        }
      >
        <p>
          {toDelete?.quote !== undefined ? `“${toDelete.quote}”` : toDelete?.summary}
          {toDelete && <span class="muted"> — {lookups.actorById.get(toDelete.actorId)?.name ?? toDelete.actorId}</span>}
        </p>
        {toDelete?.origin === 'bundled' && <p class="muted">This statement ships with Counterpoint; “Reset to bundled” brings it back.</p>}
      </ConfirmDialog>
    </div>
  );
}
