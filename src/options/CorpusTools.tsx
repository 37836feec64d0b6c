/** Export the corpus as a pack file, and reset it to the bundled pack (after a confirmation). */
import { useState } from 'preact/hooks';
import { resetToBundled } from '../db/edits';
import type { CounterpointDB } from '../db/schema';
import { ConfirmDialog } from './ConfirmDialog';
import { ConfirmCancel } from './ConfirmCancel';
import { downloadCorpus, errorText, loadBundledPack, notifyCorpusChanged } from './corpus';
import { Alert, Status } from './Messages';
import { msg } from './i18n';

interface Props {
  db: CounterpointDB;
  onReset: () => void;
}

/** The export and reset card of the Packs & data tab. */
export function CorpusTools({ db, onReset }: Props) {
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(undefined);
    setMessage(undefined);
    try {
      setMessage(await work());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const exportNow = () => act(async () => msg('optionsSaved', await downloadCorpus(db)));
  const reset = () =>
    act(async () => {
      const result = await resetToBundled(db, await loadBundledPack());
      notifyCorpusChanged();
      setConfirming(false);
      onReset();
      return msg('optionsResetResult', result.added);
    });

  return (
    <section class="card" aria-labelledby="tools-h">
      <h2 id="tools-h">{msg('optionsExportReset')}</h2>
      <p class="muted">{msg('optionsExportExplain')}</p>
      <div class="actions">
        <button type="button" class="button" disabled={busy} onClick={() => void exportNow()}>
          {msg('optionsExportCorpus')}
        </button>
        <button type="button" class="button danger" disabled={busy} onClick={() => setConfirming(true)}>
          {msg('optionsResetButton')}
        </button>
      </div>
      <Status text={message} />
      <Alert text={confirming ? undefined : error} />
      <ConfirmDialog
        open={confirming}
        title={msg('optionsResetTitle')}
        testId="reset-dialog"
        onCancel={() => setConfirming(false)}
        actions={
          <>
            <button type="button" class="button" disabled={busy} onClick={() => void exportNow()}>
              {msg('optionsExportFirst')}
            </button>
            <ConfirmCancel label={msg('optionsReset')} tone="danger-solid" busy={busy} onConfirm={() => void reset()} onCancel={() => setConfirming(false)} />
          </>
        }
      >
        <p>{msg('optionsResetBody')}</p>
        <Alert text={error} />
        {message && confirming && <p class="ok">{message}</p>}
      </ConfirmDialog>
    </section>
  );
}
