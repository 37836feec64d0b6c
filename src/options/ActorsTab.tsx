/** The Actors tab: a searchable list of actors, the actor form, and deletion (refused while used). */
import { useState } from 'preact/hooks';
import { foldKey } from '../db/rows';
import type { ActorRow, CounterpointDB } from '../db/schema';
import { actorDraft, type ActorDraft } from './record-model';
import { ActorForm } from './ActorForm';
import { Pills, RecordList } from './RecordList';
import type { Lookups } from './lookups';
import { msg } from './i18n';
import { actorHref } from '../ui/explorer-links';

interface Props {
  db: CounterpointDB;
  lookups: Lookups;
  onChanged: (notice?: string) => void;
}

const haystack = (a: ActorRow) => [...a.aliasKeys, foldKey([a.affiliation, a.role, a.id].filter(Boolean).join(' '))].join(' | ');

/** The actors, searchable by name, alias, affiliation or role. */
export function ActorsTab({ db, lookups, onChanged }: Props) {
  const [draft, setDraft] = useState<ActorDraft>();
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
      <RecordList
        db={db}
        kind="actor"
        rows={lookups.actors}
        haystack={haystack}
        name={(a) => a.name}
        headExtra={(a) => <span class="tag">{msg(`optionsKind_${a.kind.replace('-', '_')}`)}</span>}
        details={(a) => (
          <>
            {(a.role || a.affiliation) && <p class="record-sub">{[a.role, a.affiliation].filter(Boolean).join(' · ')}</p>}
            <Pills items={a.aliases} label={msg('optionsActorAliases')} />
            <p class="record-sub">
              <a href={actorHref(a.id)} data-testid="actor-page-link">
                {msg('explorerOpenActor')}
                <span class="sr-only">: {a.name}</span>
              </a>
            </p>
          </>
        )}
        text={{
          heading: msg('optionsActors'),
          add: msg('optionsAddActor'),
          search: msg('optionsSearchActors'),
          searchPlaceholder: msg('optionsSearchActorsPlaceholder'),
          countKey: 'optionsActorCount',
          noMatch: msg('optionsNoActorMatch'),
          deleteTitle: (a) => msg('optionsDeleteActorTitle', a.name),
          deleteBody: () => <p>{msg('optionsDeleteActorBody')}</p>,
          deleted: (a) => msg('optionsActorDeleted', a.name),
        }}
        onAdd={() => setDraft(actorDraft())}
        onEdit={(a) => setDraft(actorDraft(a))}
        onChanged={onChanged}
      />
    </>
  );
}
