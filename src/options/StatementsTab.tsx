/** The Statements tab: the statement form (add / edit), the browser, and the delete confirmation. */
import { useState } from 'preact/hooks';
import type { CounterpointDB, StatementRow } from '../db/schema';
import { draftFromRow, emptyDraft, type StatementDraft } from './form-model';
import type { Lookups } from './lookups';
import { StatementBrowser } from './StatementBrowser';
import { StatementForm } from './StatementForm';
import { DeleteConfirm } from './DeleteConfirm';
import { msg } from './i18n';

interface Props {
  db: CounterpointDB;
  lookups: Lookups;
  version: number;
  draft?: StatementDraft;
  onDraft: (draft: StatementDraft) => void;
  onCloseForm: () => void;
  onChanged: (notice?: string) => void;
  /** The bundled corpus is still being installed: an empty list is not "no match". */
  installing?: boolean;
}

/** The statements: browse, filter, add, edit and delete. */
export function StatementsTab({ db, lookups, version, draft, onDraft, onCloseForm, onChanged, installing }: Props) {
  const [toDelete, setToDelete] = useState<StatementRow>();
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
        installing={installing}
        onAdd={() => onDraft(emptyDraft())}
        onEdit={(row) => onDraft(draftFromRow(row))}
        onDelete={setToDelete}
      />
      <DeleteConfirm
        db={db}
        table="statements"
        target={toDelete}
        title={msg('optionsDeleteStatementTitle')}
        testId="delete-dialog"
        onClose={() => setToDelete(undefined)}
        onDeleted={() => onChanged(msg('optionsStatementDeleted'))}
      >
        <p>
          {toDelete?.quote !== undefined ? `“${toDelete.quote}”` : toDelete?.summary}
          {toDelete && <span class="muted"> — {lookups.actorById.get(toDelete.actorId)?.name ?? toDelete.actorId}</span>}
        </p>
        {toDelete?.origin === 'bundled' && <p class="muted">{msg('optionsDeleteBundledNote')}</p>}
      </DeleteConfirm>
    </>
  );
}
