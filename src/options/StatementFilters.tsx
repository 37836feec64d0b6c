/** The statement browser's search box and filters: speaker, claim, stance, origin and a date range. */
import type { StanceKind } from '../core/pack-schema';
import type { Origin } from '../db/schema';
import { dateError, STANCES } from './form-model';
import type { StatementFilter } from './filter-export';
import type { Lookups } from './lookups';
import { SelectField } from './SelectField';
import { msg } from './i18n';

/** What the filter fields hold, as typed. */
export interface FilterFields {
  text: string;
  actorId: string;
  claimId: string;
  stance: string;
  origin: string;
  from: string;
  to: string;
}

/** No filter at all. */
export const NO_FILTER: FilterFields = { text: '', actorId: '', claimId: '', stance: '', origin: '', from: '', to: '' };

/** Messages for date fields that are not `YYYY[-MM[-DD]]` or out of order. */
export function filterErrors(f: FilterFields): { from?: string; to?: string } {
  const from = f.from.trim() ? dateError(f.from) : undefined;
  let to = f.to.trim() ? dateError(f.to) : undefined;
  if (!from && !to && f.from.trim() && f.to.trim() && f.from.trim().slice(0, 10) > (f.to.trim() + '-99-99').slice(0, 10)) {
    to = msg('optionsErrDateOrder');
  }
  return { from, to };
}

/** The search the fields describe (`text` is the debounced search text); wrong dates are left out. */
export function toFilter(f: FilterFields, text: string): StatementFilter {
  const errors = filterErrors(f);
  return {
    text: text || undefined,
    actorId: f.actorId || undefined,
    claimId: f.claimId || undefined,
    stance: (f.stance || undefined) as StanceKind | undefined,
    origin: (f.origin || undefined) as Origin | undefined,
    from: f.from.trim() && !errors.from ? f.from.trim() : undefined,
    to: f.to.trim() && !errors.to ? f.to.trim() : undefined,
  };
}

/** A one-line description of a filter, for an exported pack. */
export function describeFilter(f: FilterFields, lookups: Lookups): string {
  const parts = [
    f.text.trim() && msg('optionsDescText', f.text.trim()),
    f.actorId && msg('optionsDescSpeaker', lookups.actorById.get(f.actorId)?.name ?? f.actorId),
    f.claimId && msg('optionsDescClaim', lookups.claimById.get(f.claimId)?.text ?? f.claimId),
    f.stance && msg('optionsDescStance', msg(`stance_${f.stance}`)),
    f.origin && msg('optionsDescOrigin', f.origin === 'user' ? msg('optionsOriginMine') : msg('optionsOriginBundled')),
    f.from.trim() && msg('optionsDescFrom', f.from.trim()),
    f.to.trim() && msg('optionsDescTo', f.to.trim()),
  ].filter(Boolean);
  return msg('optionsSelectionDescription', parts.length > 0 ? parts.join('; ') : msg('optionsDescAll'));
}

interface Props {
  value: FilterFields;
  lookups: Lookups;
  onChange: (patch: Partial<FilterFields>) => void;
}

/** The filter row above the statement list. */
export function StatementFilters({ value: f, lookups, onChange }: Props) {
  const errors = filterErrors(f);
  const filtered = Object.values(f).some(Boolean);
  const actors = lookups.actors.map((a) => ({ value: a.id, label: a.name }));
  const claims = lookups.claims.map((c) => ({ value: c.id, label: c.text }));
  const stances = STANCES.map((k) => ({ value: k, label: msg(`stance_${k}`) }));
  const origins = [
    { value: 'bundled', label: msg('optionsOriginBundled') },
    { value: 'user', label: msg('optionsOriginMine') },
  ];
  const date = (key: 'from' | 'to', label: string) => (
    <div class="date-filter">
      <label for={`filter-${key}`}>{label}</label>
      <input
        id={`filter-${key}`}
        type="text"
        inputMode="numeric"
        placeholder={msg('optionsDatePlaceholder')}
        value={f[key]}
        aria-invalid={errors[key] ? 'true' : undefined}
        aria-describedby={errors[key] ? `filter-${key}-err` : undefined}
        onInput={(e) => onChange({ [key]: e.currentTarget.value })}
      />
      {errors[key] && (
        <span class="field-error" id={`filter-${key}-err`}>
          {errors[key]}
        </span>
      )}
    </div>
  );
  return (
    <div class="filters" role="search">
      <label class="grow">
        <span>{msg('optionsSearchStatements')}</span>
        <input type="search" value={f.text} placeholder={msg('optionsSearchPlaceholder')} onInput={(e) => onChange({ text: e.currentTarget.value })} />
      </label>
      <SelectField label={msg('optionsSpeaker')} value={f.actorId} empty={msg('optionsAnyone')} choices={actors} onChange={(actorId) => onChange({ actorId })} />
      <SelectField
        label={msg('optionsClaim')}
        class="claim-filter"
        value={f.claimId}
        empty={msg('optionsAnyClaim')}
        choices={claims}
        onChange={(claimId) => onChange({ claimId })}
      />
      <SelectField label={msg('optionsStance')} value={f.stance} empty={msg('optionsAnyStance')} choices={stances} onChange={(stance) => onChange({ stance })} />
      <SelectField label={msg('optionsOrigin')} value={f.origin} empty={msg('optionsOriginAll')} choices={origins} onChange={(origin) => onChange({ origin })} />
      {date('from', msg('optionsDateFrom'))}
      {date('to', msg('optionsDateTo'))}
      {filtered && (
        <button type="button" class="link-button" onClick={() => onChange(NO_FILTER)}>
          {msg('optionsClearFilters')}
        </button>
      )}
    </div>
  );
}
