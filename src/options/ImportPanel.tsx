/**
 * Importing a pack file, or schema.org ClaimReview fact-checks (JSON-LD or a saved page, or a
 * fact-check handed over from the sidebar): pick or drop it, see what it would change (for
 * fact-checks, also the claim each verdict goes on), then import (all or nothing).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pack } from '../core/pack-schema';
import { parsePack, type PackError } from '../core/pack-validate';
import { importPack, previewImport, type ImportPreview } from '../db/import-export';
import { RECORD_TABLES, type CounterpointDB } from '../db/schema';
import { errorText, notifyCorpusChanged } from './corpus';
import { isClaimReviewFile, readReviewFile, reviewPack, type ReviewImport } from './claim-review-import';
import { ClaimReviewPreview } from './ClaimReviewPreview';
import { loadLookups } from './lookups';
import type { ReviewPlan } from '../core/claim-review-pack';
import { ConfirmCancel } from './ConfirmCancel';
import { Status } from './Messages';
import { msg } from './i18n';

/** A file's text to preview at once (a fact-check handed over from the sidebar). */
export interface IncomingFile {
  text: string;
  name: string;
  /** The page it came from: its address and title stand in for a review's own. */
  page?: { url: string; title: string };
}

interface Props {
  db: CounterpointDB;
  onImported: () => void;
  incoming?: IncomingFile;
}

/** A ClaimReview import's state beside its pack: the reviews, the reader's choices, the corpus's claims. */
interface Reviews {
  value: ReviewImport;
  plans: ReviewPlan[];
  claims: { id: string; text: string }[];
}

type Totals = { new: number; updated: number; conflicts: number; unchanged: number };

function totals(preview: ImportPreview): Totals {
  const out: Totals = { new: 0, updated: 0, conflicts: 0, unchanged: 0 };
  for (const table of RECORD_TABLES) for (const k of Object.keys(out) as (keyof Totals)[]) out[k] += preview[table][k].length;
  return out;
}

/** The import card of the Packs & data tab. */
export function ImportPanel({ db, onImported, incoming }: Props) {
  const [fileName, setFileName] = useState<string>();
  const [errors, setErrors] = useState<PackError[]>([]);
  const [pending, setPending] = useState<{ pack: Pack; preview: ImportPreview; reviews?: Reviews }>();
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
    // Only on appearing and going: a fact-check's changed claim choice keeps focus on its select.
  }, [pending !== undefined]);

  const read = async (file: File) => readText(await file.text(), file.name);

  const readText = async (text: string, name: string, page?: IncomingFile['page']) => {
    setFileName(name);
    setErrors([]);
    setPending(undefined);
    setDone(undefined);
    setBusy(true);
    try {
      if (isClaimReviewFile(text)) {
        const read = await readReviewFile(text, name, page);
        if (!read.ok) {
          setErrors(read.errors);
          return;
        }
        const claims = (await loadLookups(db)).claims.map(({ id, text }) => ({ id, text }));
        await previewReviews(read.value, claims);
        return;
      }
      const parsed = parsePack(text, name);
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

  /** The pack the reviews make with the reader's choices, and what it would change. */
  const previewReviews = async (value: ReviewImport, claims: Reviews['claims']) => {
    const { pack, plans } = await reviewPack(db, value);
    setPending({ pack, preview: await previewImport(db, pack), reviews: { value, plans, claims } });
  };

  const choose = (index: number, claimId: string | undefined) => {
    const reviews = pending?.reviews;
    if (!reviews) return;
    const choices = reviews.value.choices.map((c, i) => (i === index ? claimId : c));
    previewReviews({ ...reviews.value, choices }, reviews.claims).catch((error: unknown) =>
      setErrors([{ message: errorText(error) }]),
    );
  };

  useEffect(() => {
    if (incoming) void readText(incoming.text, incoming.name, incoming.page);
  }, [incoming]);

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
        <p class="muted small">{msg('optionsImportHint')}</p>
        <label class="button">
          {msg('optionsChooseFile')}
          <input
            type="file"
            class="sr-only"
            accept=".json,.jsonld,.html,.htm,application/json,application/ld+json,text/html"
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
          {pending.reviews && (
            <ClaimReviewPreview
              value={pending.reviews.value}
              plans={pending.reviews.plans}
              claims={pending.reviews.claims}
              onChoose={choose}
            />
          )}
          <div class="actions">
            <ConfirmCancel label={msg('optionsImport')} tone="primary" busy={busy} onConfirm={() => void run()} onCancel={() => setPending(undefined)} />
          </div>
        </div>
      )}
      <Status text={done} />
    </section>
  );
}
