/** The Claims tab: a searchable list of claims, the claim form, and deletion (refused while used). */
import { useState } from 'preact/hooks';
import { deleteRecord } from '../db/edits';
import { foldKey } from '../db/rows';
import type { ClaimRow, CounterpointDB } from '../db/schema';
import { claimDraft, type ClaimDraft } from './record-model';
import { ClaimForm } from './ClaimForm';
import { ConfirmDialog } from './ConfirmDialog';
import type { Lookups } from './lookups';
import { errorText, notifyCorpusChanged } from './corpus';
import { msg, plural } from './i18n';

interface Props {
  db: CounterpointDB;
  lookups: Lookups;
  onChanged: (notice?: string) => void;
}

function matches(claim: ClaimRow, words: string[]): boolean {
  const hay = foldKey([claim.text, claim.id, ...claim.tags, ...claim.cues].join(' | '));
  return words.every((w) => hay.includes(w));
}

export function ClaimsTab({ db, lookups, onChanged }: Props) {
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<ClaimDraft>();
  const [toDelete, setToDelete] = useState<ClaimRow>();
  const [error, setError] = useState<string>();
  const words = foldKey(text).split(' ').filter(Boolean);
  const shown = lookups.claims.filter((c) => matches(c, words));

  const close = () => {
    setToDelete(undefined);
    setError(undefined);
  };
  const confirmDelete = async () => {
    if (!toDelete) return;
    try {
      await deleteRecord(db, 'claims', toDelete.id);
      notifyCorpusChanged();
      close();
      onChanged(msg('optionsClaimDeleted'));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <>
      {draft && (
        <ClaimForm
          db={db}
          claims={lookups.claims}
          initial={draft}
          onCancel={() => setDraft(undefined)}
          onSaved={() => {
            setDraft(undefined);
            onChanged(msg(draft.base ? 'optionsClaimSaved' : 'optionsClaimAdded'));
          }}
        />
      )}
      <section class="card" aria-labelledby="claims-h">
        <div class="card-head">
          <h2 id="claims-h">{msg('optionsClaims')}</h2>
          <button type="button" class="button primary" onClick={() => setDraft(claimDraft())}>
            {msg('optionsAddClaim')}
          </button>
        </div>
        <div class="filters" role="search">
          <label class="grow">
            <span>{msg('optionsSearchClaims')}</span>
            <input type="search" value={text} placeholder={msg('optionsSearchClaimsPlaceholder')} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
        </div>
        <p class="muted" aria-live="polite" data-testid="claim-total">
          {plural('optionsClaimCount', shown.length)}
        </p>
        <ul class="record-list" data-testid="claim-list">
          {shown.map((c) => (
            <li key={c.id} class="record-item" data-testid="claim" data-id={c.id}>
              <div class="record-main">
                <div class="statement-head">
                  <strong class="record-name">{c.text}</strong>
                  {c.origin === 'user' ? <span class="tag">{msg('optionsTagMine')}</span> : c.edited ? <span class="tag">{msg('optionsTagEdited')}</span> : null}
                </div>
                {c.tags.length > 0 && (
                  <ul class="pills" aria-label={msg('optionsClaimTags')}>
                    {c.tags.map((tag) => (
                      <li key={tag}>{tag}</li>
                    ))}
                  </ul>
                )}
                <p class="record-sub">
                  {msg('optionsCueList', c.cues.slice(0, 6).join(', ') + (c.cues.length > 6 ? ', …' : ''))}
                </p>
                {(c.links ?? []).map((l) => (
                  <p key={l.claimId} class="record-sub link-line">
                    <span class="tag">{msg(`optionsRelation_${l.relation}`)}</span> {lookups.claimById.get(l.claimId)?.text ?? l.claimId}
                  </p>
                ))}
              </div>
              <span class="row-actions">
                <button type="button" class="button" onClick={() => setDraft(claimDraft(c))}>
                  {msg('optionsEdit')}
                  <span class="sr-only"> {c.text}</span>
                </button>
                <button type="button" class="button danger" onClick={() => setToDelete(c)}>
                  {msg('optionsDelete')}
                  <span class="sr-only"> {c.text}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p class="empty">{msg('optionsNoClaimMatch')}</p>}
      </section>
      <ConfirmDialog
        open={toDelete !== undefined}
        title={msg('optionsDeleteClaimTitle')}
        testId="delete-claim-dialog"
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
        <p>{toDelete?.text}</p>
        {error && (
          <p role="alert" class="alert">
            {error}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
