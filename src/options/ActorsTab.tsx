/** The Actors tab: a searchable list of actors, the actor form, and deletion (refused while used). */
import { useState } from 'preact/hooks';
import { deleteRecord } from '../db/edits';
import { foldKey } from '../db/rows';
import type { ActorRow, CounterpointDB } from '../db/schema';
import { actorDraft, type ActorDraft } from './record-model';
import { ActorForm } from './ActorForm';
import { ConfirmDialog } from './ConfirmDialog';
import type { Lookups } from './lookups';
import { errorText, notifyCorpusChanged } from './corpus';
import { msg, plural } from './i18n';

interface Props {
  db: CounterpointDB;
  lookups: Lookups;
  onChanged: (notice?: string) => void;
}

function matches(actor: ActorRow, words: string[]): boolean {
  const hay = [...actor.aliasKeys, foldKey([actor.affiliation, actor.role, actor.id].filter(Boolean).join(' '))].join(' | ');
  return words.every((w) => hay.includes(w));
}

export function ActorsTab({ db, lookups, onChanged }: Props) {
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<ActorDraft>();
  const [toDelete, setToDelete] = useState<ActorRow>();
  const [error, setError] = useState<string>();
  const words = foldKey(text).split(' ').filter(Boolean);
  const shown = lookups.actors.filter((a) => matches(a, words));

  const close = () => {
    setToDelete(undefined);
    setError(undefined);
  };
  const confirmDelete = async () => {
    if (!toDelete) return;
    try {
      await deleteRecord(db, 'actors', toDelete.id);
      notifyCorpusChanged();
      close();
      onChanged(msg('optionsActorDeleted', toDelete.name));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <>
      {draft && (
        <ActorForm
          db={db}
          actors={lookups.actors}
          initial={draft}
          onCancel={() => setDraft(undefined)}
          onSaved={(row) => {
            setDraft(undefined);
            onChanged(msg(draft.base ? 'optionsActorSaved' : 'optionsActorAdded', row.name));
          }}
        />
      )}
      <section class="card" aria-labelledby="actors-h">
        <div class="card-head">
          <h2 id="actors-h">{msg('optionsActors')}</h2>
          <button type="button" class="button primary" onClick={() => setDraft(actorDraft())}>
            {msg('optionsAddActor')}
          </button>
        </div>
        <div class="filters" role="search">
          <label class="grow">
            <span>{msg('optionsSearchActors')}</span>
            <input type="search" value={text} placeholder={msg('optionsSearchActorsPlaceholder')} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
        </div>
        <p class="muted" aria-live="polite" data-testid="actor-total">
          {plural('optionsActorCount', shown.length)}
        </p>
        <ul class="record-list" data-testid="actor-list">
          {shown.map((a) => (
            <li key={a.id} class="record-item" data-testid="actor" data-id={a.id}>
              <div class="record-main">
                <div class="statement-head">
                  <strong class="record-name">{a.name}</strong>
                  <span class="tag">{msg(`optionsKind_${a.kind.replace('-', '_')}`)}</span>
                  {a.origin === 'user' ? <span class="tag">{msg('optionsTagMine')}</span> : a.edited ? <span class="tag">{msg('optionsTagEdited')}</span> : null}
                </div>
                {(a.role || a.affiliation) && <p class="record-sub">{[a.role, a.affiliation].filter(Boolean).join(' · ')}</p>}
                {a.aliases.length > 0 && (
                  <ul class="pills" aria-label={msg('optionsActorAliases')}>
                    {a.aliases.map((alias) => (
                      <li key={alias}>{alias}</li>
                    ))}
                  </ul>
                )}
              </div>
              <span class="row-actions">
                <button type="button" class="button" onClick={() => setDraft(actorDraft(a))}>
                  {msg('optionsEdit')}
                  <span class="sr-only"> {a.name}</span>
                </button>
                <button type="button" class="button danger" onClick={() => setToDelete(a)}>
                  {msg('optionsDelete')}
                  <span class="sr-only"> {a.name}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p class="empty">{msg('optionsNoActorMatch')}</p>}
      </section>
      <ConfirmDialog
        open={toDelete !== undefined}
        title={msg('optionsDeleteActorTitle', toDelete?.name ?? '')}
        testId="delete-actor-dialog"
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
        <p>{msg('optionsDeleteActorBody')}</p>
        {error && (
          <p role="alert" class="alert">
            {error}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
