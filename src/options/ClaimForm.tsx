/** Adding or editing a claim: its text, tags, cues and links to other claims (mirrors / contradicts). */
import type { ClaimLink } from '../core/pack-schema';
import { putClaim } from '../db/edits';
import type { ClaimRow, CounterpointDB } from '../db/schema';
import { draftToClaim, validateClaim, type ClaimDraft } from './record-model';
import { Field } from './Field';
import { FormShell } from './FormShell';
import { PairRows } from './PairRows';
import { useDraftForm } from './use-draft-form';
import { msg } from './i18n';

interface Props {
  db: CounterpointDB;
  claims: ClaimRow[];
  initial: ClaimDraft;
  onSaved: (row: ClaimRow) => void;
  onCancel: () => void;
}

const RELATIONS: ClaimLink['relation'][] = ['mirrors', 'contradicts'];

/** The claim form; a new claim gets an id made from its first words. */
export function ClaimForm({ db, claims, initial, onSaved, onCancel }: Props) {
  const form = useDraftForm({
    initial,
    validate: validateClaim,
    fieldSelector: (field) => (field === 'links' ? '.links select' : `#claim-${field}`),
    focusFirst: 'textarea',
    save: (d: ClaimDraft) => putClaim(db, draftToClaim(d, new Set(claims.map((c) => c.id)))),
    onSaved,
  });
  const { draft, errors, set } = form;
  const area = (key: 'text' | 'cues', rows: number, label: string, hint: string) => (
    <Field id={`claim-${key}`} label={label} hint={hint} error={errors[key]}>
      {(a) => <textarea {...a} rows={rows} value={draft[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} />}
    </Field>
  );

  return (
    <FormShell record="Claim" class="card record-form claim-form" headingId="claim-form-h" editing={draft.base !== undefined} form={form} onCancel={onCancel}>
      {area('text', 2, msg('optionsClaimText'), msg('optionsClaimTextHint'))}
      <Field id="claim-tags" label={msg('optionsClaimTags')} hint={msg('optionsClaimTagsHint')} error={errors.tags}>
        {(a) => <input {...a} type="text" value={draft.tags} onInput={(e) => set({ tags: e.currentTarget.value })} />}
      </Field>
      {area('cues', 3, msg('optionsClaimCues'), msg('optionsClaimCuesHint'))}
      <PairRows
        class="field links"
        legend={msg('optionsClaimLinks')}
        emptyText={msg('optionsNoLinks')}
        rows={draft.links}
        claims={claims.filter((c) => c.id !== draft.base?.id)}
        kindKey="relation"
        kinds={RELATIONS.map((r) => ({ value: r, label: msg(`optionsRelation_${r}`) }))}
        claimLabel={(n) => msg('optionsLinkedClaim', n)}
        kindLabel={(n) => msg('optionsLinkRelation', n)}
        removeLabel={(n) => msg('optionsLinkedClaim', n)}
        addLabel={msg('optionsAddLink')}
        blank={{ claimId: '', relation: 'contradicts' as const }}
        error={errors.links}
        errorId="claim-links-err"
        onChange={(links) => set({ links })}
      />
    </FormShell>
  );
}
