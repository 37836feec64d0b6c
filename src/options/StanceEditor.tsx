/** The stance rows of the statement form: which claims the statement asserts, denies, disputes or qualifies. */
import type { ClaimRow } from '../db/schema';
import { STANCES, type StanceDraft } from './form-model';
import { PairRows } from './PairRows';
import { msg } from './i18n';

interface Props {
  stances: StanceDraft[];
  claims: ClaimRow[];
  error?: string;
  onChange: (next: StanceDraft[]) => void;
}

const KINDS = () => STANCES.map((k) => ({ value: k, label: msg(`stance_${k}`) }));

/** The statement's stances: a claim and a stance kind per row. */
export function StanceEditor({ stances, claims, error, onChange }: Props) {
  return (
    <PairRows
      class="field stances"
      legend={msg('optionsStances')}
      emptyText={msg('optionsNoStance')}
      rows={stances}
      claims={claims}
      kindKey="stance"
      kinds={KINDS()}
      claimLabel={(n) => msg('optionsStanceClaim', n)}
      kindLabel={(n) => msg('optionsStanceKind', n)}
      removeLabel={(n) => msg('optionsStanceKind', n)}
      addLabel={msg('optionsAddStance')}
      blank={{ claimId: '', stance: 'asserts' }}
      error={error}
      errorId="st-stances-err"
      markFieldset
      onChange={onChange}
    />
  );
}
