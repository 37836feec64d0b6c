/** Deleting one record after a confirmation; a refusal (a record still in use) shows in the dialog. */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { deleteRecord } from '../db/edits';
import type { CounterpointDB, RecordTable } from '../db/schema';
import { ConfirmDialog } from './ConfirmDialog';
import { ConfirmCancel } from './ConfirmCancel';
import { Alert } from './Messages';
import { errorText, notifyCorpusChanged } from './corpus';
import { msg } from './i18n';

interface Props<T extends { id: string }> {
  db: CounterpointDB;
  table: RecordTable;
  /** The record to delete; the dialog is open while there is one. */
  target?: T;
  title: string;
  testId: string;
  /** What the dialog says about the record. */
  children: ComponentChildren;
  onClose: () => void;
  /** After the deletion, once the background was told and the dialog closed. */
  onDeleted: (target: T) => void;
}

/** The delete confirmation of the statements, actors and claims tabs. */
export function DeleteConfirm<T extends { id: string }>({ db, table, target, title, testId, children, onClose, onDeleted }: Props<T>) {
  const [error, setError] = useState<string>();
  const close = () => {
    setError(undefined);
    onClose();
  };
  const confirm = async () => {
    if (!target) return;
    try {
      await deleteRecord(db, table, target.id);
      notifyCorpusChanged();
      close();
      onDeleted(target);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <ConfirmDialog
      open={target !== undefined}
      title={title}
      testId={testId}
      onCancel={close}
      actions={<ConfirmCancel label={msg('optionsDelete')} tone="danger-solid" onConfirm={() => void confirm()} onCancel={close} />}
    >
      {children}
      <Alert text={error} />
    </ConfirmDialog>
  );
}
