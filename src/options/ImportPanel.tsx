/** Importing a pack file: pick or drop it, see what it would change, then import (all or nothing). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pack } from '../core/pack-schema';
import { parsePack, type PackError } from '../core/pack-validate';
import { importPack, previewImport, type ImportPreview } from '../db/import-export';
import { RECORD_TABLES, type CounterpointDB } from '../db/schema';
import { errorText, notifyCorpusChanged } from './corpus';
import { ConfirmCancel } from './ConfirmCancel';
import { Status } from './Messages';
import { msg } from './i18n';

interface Props {
  db: CounterpointDB;
  onImported: () => void;
}

type Totals = { new: number; updated: number; conflicts: number; unchanged: number };

function totals(preview: ImportPreview): Totals {
  const out: Totals = { new: 0, updated: 0, conflicts: 0, unchanged: 0 };
  for (const table of RECORD_TABLES) for (const k of Object.keys(out) as (keyof Totals)[]) out[k] += preview[table][k].length;
  return out;
}

/** The import card of the Packs & data tab. */
export function ImportPanel({ db, onImported }: Props) {
  const [fileName, setFileName] = useState<string>();
  const [errors, setErrors] = useState<PackError[]>([]);
  const [pending, setPending] = useState<{ pack: Pack; preview: ImportPreview }>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  // Keyboard and screen-reader users follow the import: the preview takes focus when it
  // appears (and is read out by its label), and the file button gets it back when the preview
  // goes (imported or cancelled), ready for another file.
  const fileInput = useRef<HTMLInputElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const hadPreview = useRef(false);
  useEffect(() => {
    if (pending) previewRef.current?.focus();
    else if (hadPreview.current) fileInput.current?.focus();
    hadPreview.current = pending !== undefined;
  }, [pending]);

  const read = async (file: File) => {
    setFileName(file.name);
    setErrors([]);
    setPending(undefined);
    setDone(undefined);
    setBusy(true);
    try {
      const parsed = parsePack(await file.text(), file.name);
      if (!parsed.ok) {
        setErrors(parsed.errors);
        return;
      }
      setPending({ pack: parsed.pack, preview: await previewImport(db, parsed.pack) });
    } catch (error) {
      setErrors([{ message: errorText(error) }]);
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const result = totals(await importPack(db, pending.pack, { mode: 'merge' }));
      notifyCorpusChanged();
      setDone(msg('optionsImported', pending.pack.title, result.new, result.updated, result.conflicts));
      setPending(undefined);
      onImported();
    } catch (error) {
      setErrors([{ message: errorText(error) }]);
    } finally {
      setBusy(false);
    }
  };

  const sum = pending ? totals(pending.preview) : undefined;
  return (
    <section class="card" aria-labelledby="import-h">
      <h2 id="import-h">{msg('optionsImportPack')}</h2>
      <div
        class={`drop-zone${over ? ' over' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const file = e.dataTransfer?.files[0];
          if (file) void read(file);
        }}
      >
        <p>{msg('optionsDropHere')}</p>
        <label class="button">
          {msg('optionsChooseFile')}
          <input
            type="file"
            class="sr-only"
            accept=".json,application/json"
            ref={fileInput}
            data-testid="import-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void read(file);
            }}
          />
        </label>
        {busy && <p class="muted">{msg('optionsReadingFile')}</p>}
      </div>
      {errors.length > 0 && (
        <div role="alert" class="alert" data-testid="import-errors">
          <p>
            <strong>{msg('optionsCannotImport', fileName ?? msg('optionsTheFile'))}</strong> {msg('optionsNothingChanged')}
          </p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && sum && (
        <div class="preview" data-testid="import-preview" ref={previewRef} tabIndex={-1} role="group" aria-labelledby="import-preview-h">
          <p id="import-preview-h">
            <strong>{pending.pack.title}</strong> <span class="muted">{msg('optionsVersion', pending.pack.version)}</span>
          </p>
          <dl class="stats">
            <div><dt>{msg('optionsPreviewNew')}</dt><dd data-testid="preview-new">{sum.new}</dd></div>
            <div><dt>{msg('optionsPreviewUpdated')}</dt><dd data-testid="preview-updated">{sum.updated}</dd></div>
            <div><dt>{msg('optionsPreviewConflicts')}</dt><dd data-testid="preview-conflicts">{sum.conflicts}</dd></div>
            <div><dt>{msg('optionsPreviewUnchanged')}</dt><dd data-testid="preview-unchanged">{sum.unchanged}</dd></div>
          </dl>
          {sum.conflicts > 0 && <p class="muted">{msg('optionsConflictsKept')}</p>}
          <div class="actions">
            <ConfirmCancel label={msg('optionsImport')} tone="primary" busy={busy} onConfirm={() => void run()} onCancel={() => setPending(undefined)} />
          </div>
        </div>
      )}
      <Status text={done} />
    </section>
  );
}
