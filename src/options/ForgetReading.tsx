/** "Forget my reading": everything, one site, or a period, after a confirmation. */
import { useEffect, useState } from 'preact/hooks';
import { forgetReading, type ForgetScope } from '../db/reading-edit';
import { readingSites } from '../db/reading-query';
import type { CounterpointDB } from '../db/schema';
import { ConfirmDialog } from './ConfirmDialog';
import { ConfirmCancel } from './ConfirmCancel';
import { Alert } from './Messages';
import { SelectField } from './SelectField';
import { errorText } from './corpus';
import { msg } from './i18n';

interface Props {
  db: CounterpointDB;
  open: boolean;
  onClose: () => void;
  /** After forgetting, with how many remarks went. */
  onForgot: (removed: number) => void;
}

type Kind = ForgetScope['kind'];

/** Local midnight of a YYYY-MM-DD date, in ms; NaN when it is not one. */
function dayStart(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return y && m && d ? new Date(y, m - 1, d).getTime() : NaN;
}

export function ForgetReading({ db, open, onClose, onForgot }: Props) {
  const [kind, setKind] = useState<Kind>('all');
  const [sites, setSites] = useState<string[]>([]);
  const [site, setSite] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setError(undefined);
    readingSites(db)
      .then((list) => {
        setSites(list);
        setSite((s) => (list.includes(s) ? s : (list[0] ?? '')));
      })
      .catch((e: unknown) => setError(errorText(e)));
  }, [db, open]);

  const scope = (): ForgetScope | string => {
    if (kind === 'all') return { kind };
    if (kind === 'site') return site ? { kind, site } : msg('optionsForgetChooseSite');
    const start = dayStart(from);
    // The last day counts whole: up to the next midnight.
    const end = dayStart(to) + 86_400_000;
    if (Number.isNaN(start) || Number.isNaN(end)) return msg('optionsForgetChoosePeriod');
    if (end <= start) return msg('optionsForgetBadPeriod');
    return { kind, from: start, to: end };
  };
  const confirm = async () => {
    const s = scope();
    if (typeof s === 'string') {
      setError(s);
      return;
    }
    setBusy(true);
    try {
      const removed = await forgetReading(db, s);
      onClose();
      onForgot(removed);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const radio = (value: Kind, label: string) => (
    <label class="radio forget-choice">
      <input type="radio" name="forget-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
      {label}
    </label>
  );
  return (
    <ConfirmDialog
      open={open}
      title={msg('optionsForgetTitle')}
      testId="forget-dialog"
      onCancel={onClose}
      actions={<ConfirmCancel label={msg('optionsForget')} tone="danger-solid" busy={busy} onConfirm={() => void confirm()} onCancel={onClose} />}
    >
      <fieldset class="forget-scope">
        <legend>{msg('optionsForgetWhat')}</legend>
        {radio('all', msg('optionsForgetAll'))}
        {radio('site', msg('optionsForgetSite'))}
        {kind === 'site' && (
          <div class="forget-detail">
            {sites.length ? (
              <SelectField label={msg('optionsForgetSiteLabel')} value={site} onChange={setSite} choices={sites.map((s) => ({ value: s, label: s }))} />
            ) : (
              <p class="muted">{msg('optionsForgetNoSites')}</p>
            )}
          </div>
        )}
        {radio('period', msg('optionsForgetPeriod'))}
        {kind === 'period' && (
          <div class="forget-detail period">
            <label>
              <span>{msg('optionsForgetFrom')}</span>
              <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
            </label>
            <label>
              <span>{msg('optionsForgetTo')}</span>
              <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
            </label>
          </div>
        )}
      </fieldset>
      <p>{msg('optionsForgetBody')}</p>
      <Alert text={error} />
    </ConfirmDialog>
  );
}
