/**
 * Correcting a remembered remark's claims and stances: the reader's answer makes it their own
 * statement in the corpus (as confirming does), with the claims and stances they chose.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReadingRow } from '../db/schema';
import type { StanceDraft } from './form-model';
import type { Lookups } from './lookups';
import { ConfirmDialog } from './ConfirmDialog';
import { ConfirmCancel } from './ConfirmCancel';
import { StanceEditor } from './StanceEditor';
import { Alert } from './Messages';
import { msg } from './i18n';

interface Props {
  /** The remark being corrected; the dialog is open while there is one. */
  target?: ReadingRow;
  lookups: Lookups;
  /** Saves; a rejection's message shows in the dialog. */
  onSave: (row: ReadingRow, stances: StanceDraft[]) => Promise<void>;
  onClose: () => void;
}

export function CorrectRemark({ target, lookups, onSave, onClose }: Props) {
  const [stances, setStances] = useState<StanceDraft[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setError(undefined);
    setStances(target ? target.claims.map(({ claimId, stance }) => ({ claimId, stance })) : []);
  }, [target]);
  const save = async () => {
    if (!target) return;
    const chosen = stances.filter((s) => s.claimId);
    if (!chosen.length) {
      setError(msg('optionsCorrectNeedsClaim'));
      return;
    }
    setBusy(true);
    try {
      await onSave(target, chosen);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      open={target !== undefined}
      title={msg('optionsCorrectTitle')}
      testId="correct-dialog"
      onCancel={onClose}
      actions={<ConfirmCancel label={msg('optionsCorrectSave')} tone="primary" busy={busy} onConfirm={() => void save()} onCancel={onClose} />}
    >
      {target && <blockquote class="statement-quote">“{target.quote}”</blockquote>}
      <p class="hint">{msg('optionsCorrectBody')}</p>
      <div class="statement-form">
        <StanceEditor stances={stances} claims={lookups.claims} onChange={setStances} />
      </div>
      <Alert text={error} />
    </ConfirmDialog>
  );
}
