/** The Claims tab: a searchable list of claims, the claim form, and deletion (refused while used). */
import { useState } from 'preact/hooks';
import { foldKey } from '../db/rows';
import type { ClaimRow, CounterpointDB } from '../db/schema';
import { claimDraft, type ClaimDraft } from './record-model';
import { ClaimForm } from './ClaimForm';
import { Pills, RecordList } from './RecordList';
import type { Lookups } from './lookups';
import { msg } from './i18n';
import { claimHref } from '../ui/explorer-links';

interface Props {
  db: CounterpointDB;
  lookups: Lookups;
  onChanged: (notice?: string) => void;
}

const haystack = (c: ClaimRow) => foldKey([c.text, c.id, ...c.tags, ...c.cues].join(' | '));

/** The claims, searchable by text, tag or cue. */
export function ClaimsTab({ db, lookups, onChanged }: Props) {
  const [draft, setDraft] = useState<ClaimDraft>();
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
      <RecordList
        db={db}
        kind="claim"
        rows={lookups.claims}
        haystack={haystack}
        name={(c) => c.text}
        details={(c) => (
          <>
            <Pills items={c.tags} label={msg('optionsClaimTags')} />
            <p class="record-sub">
              <a href={claimHref(c.id)} data-testid="claim-page-link">
                {msg('explorerOpenClaim')}
                <span class="sr-only">: {c.text}</span>
              </a>
            </p>
            <p class="record-sub">{msg('optionsCueList', c.cues.slice(0, 6).join(', ') + (c.cues.length > 6 ? ', …' : ''))}</p>
            {(c.links ?? []).map((l) => (
              <p key={l.claimId} class="record-sub link-line">
                <span class="tag">{msg(`optionsRelation_${l.relation}`)}</span> {lookups.claimById.get(l.claimId)?.text ?? l.claimId}
              </p>
            ))}
          </>
        )}
        text={{
          heading: msg('optionsClaims'),
          add: msg('optionsAddClaim'),
          search: msg('optionsSearchClaims'),
          searchPlaceholder: msg('optionsSearchClaimsPlaceholder'),
          countKey: 'optionsClaimCount',
          noMatch: msg('optionsNoClaimMatch'),
          deleteTitle: () => msg('optionsDeleteClaimTitle'),
          deleteBody: (c) => <p>{c.text}</p>,
          deleted: () => msg('optionsClaimDeleted'),
        }}
        onAdd={() => setDraft(claimDraft())}
        onEdit={(c) => setDraft(claimDraft(c))}
        onChanged={onChanged}
      />
    </>
  );
}
