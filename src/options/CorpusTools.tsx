/** Export the corpus as a pack file, and reset it to the bundled pack (after a confirmation). */
import { useState } from 'preact/hooks';
import { resetToBundled } from '../db/edits';
import type { CounterpointDB } from '../db/schema';
import { ConfirmDialog } from './ConfirmDialog';
import { downloadCorpus, errorText, loadBundledPack, notifyCorpusChanged } from './corpus';

interface Props {
  db: CounterpointDB;
  onReset: () => void;
}

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
  const exportNow = () => act(async () => `Saved ${await downloadCorpus(db)}.`);
  const reset = () =>
    act(async () => {
      const result = await resetToBundled(db, await loadBundledPack());
      notifyCorpusChanged();
      setConfirming(false);
      onReset();
      return `The bundled records are back as shipped (${result.added} restored). Your own statements were kept.`;
    });

  return (
    <section class="card" aria-labelledby="tools-h">
      <h2 id="tools-h">Export and reset</h2>
      <p class="muted">An export is a pack file with every statement, claim and actor, including yours; import it here or in another browser.</p>
      <div class="actions">
        <button type="button" class="button" disabled={busy} onClick={() => void exportNow()}>
          Export corpus
        </button>
        <button type="button" class="button danger" disabled={busy} onClick={() => setConfirming(true)}>
          Reset to bundled…
        </button>
      </div>
      {message && (
        <p role="status" class="ok">
          {message}
        </p>
      )}
      {error && !confirming && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title="Reset to the bundled corpus?"
        testId="reset-dialog"
        onCancel={() => setConfirming(false)}
        actions={
          <>
            <button type="button" class="button" disabled={busy} onClick={() => void exportNow()}>
              Export first
            </button>
            <button type="button" class="button danger-solid" disabled={busy} onClick={() => void reset()}>
              Reset
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        }
      >
        <p>Your edits and deletions of bundled statements, claims and actors will be undone. Statements you added or imported are kept.</p>
        {error && (
          <p role="alert" class="alert">
            {error}
          </p>
        )}
        {message && confirming && <p class="ok">{message}</p>}
      </ConfirmDialog>
    </section>
  );
}
