/** The Statements tab: the statement form (add / edit), the browser, and the delete confirmation. */
import { useState } from 'preact/hooks';
import { deleteRecord } from '../db/edits';
import type { CounterpointDB, StatementRow } from '../db/schema';
import { draftFromRow, emptyDraft, type StatementDraft } from './form-model';
import type { Lookups } from './lookups';
import { StatementBrowser } from './StatementBrowser';
import { StatementForm } from './StatementForm';
import { ConfirmDialog } from './ConfirmDialog';
import { errorText, notifyCorpusChanged } from './corpus';
import { msg } from './i18n';

interface Props {
  db: CounterpointDB;
  lookups: Lookups;
  version: number;
  draft?: StatementDraft;
  onDraft: (draft: StatementDraft) => void;
  onCloseForm: () => void;
  onChanged: (notice?: string) => void;
}

export function StatementsTab({ db, lookups, version, draft, onDraft, onCloseForm, onChanged }: Props) {
  const [toDelete, setToDelete] = useState<StatementRow>();
  const [error, setError] = useState<string>();
  const confirmDelete = async () => {
    if (!toDelete) return;
    try {
      await deleteRecord(db, 'statements', toDelete.id);
      notifyCorpusChanged();
      setToDelete(undefined);
      onChanged(msg('optionsStatementDeleted'));
    } catch (e) {
      setError(errorText(e));
    }
  };
  const close = () => {
    setToDelete(undefined);
    setError(undefined);
  };
  return (
    <>
      {draft && (
        <StatementForm
          db={db}
          lookups={lookups}
          initial={draft}
          onCancel={onCloseForm}
          onSaved={(row) => {
            onCloseForm();
            onChanged(row.origin === 'user' && !draft.base ? msg('optionsStatementAdded') : msg('optionsStatementSaved'));
          }}
        />
      )}
      <StatementBrowser
        db={db}
        lookups={lookups}
        version={version}
        onAdd={() => onDraft(emptyDraft())}
        onEdit={(row) => onDraft(draftFromRow(row))}
        onDelete={setToDelete}
      />
      <ConfirmDialog
        open={toDelete !== undefined}
        title={msg('optionsDeleteStatementTitle')}
        testId="delete-dialog"
        onCancel={close}
        actions={
          <>
            <button type="button" class="button danger-solid" onClick={() => void confirmDelete()}>
              {msg('optionsDelete')}
            </button>
            <button type="button" class="button" onClick={close}>
              {msg('optionsCancel')}
            </button>
          </>
        }
      >
        <p>
          {toDelete?.quote !== undefined ? `“${toDelete.quote}”` : toDelete?.summary}
          {toDelete && <span class="muted"> — {lookups.actorById.get(toDelete.actorId)?.name ?? toDelete.actorId}</span>}
        </p>
        {toDelete?.origin === 'bundled' && <p class="muted">{msg('optionsDeleteBundledNote')}</p>}
        {error && (
          <p role="alert" class="alert">
            {error}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
