/** The state every record form shares: the draft, its field errors, a save failure, and saving. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText, notifyCorpusChanged } from './corpus';

interface Options<D, E extends object, R> {
  /** The draft to start from; a new one resets the form, scrolls to it and focuses `focusFirst`. */
  initial: D;
  /** Field name → message, for the fields that are wrong. */
  validate: (draft: D) => E;
  /** The selector of the control for a wrong field. */
  fieldSelector: (field: string) => string;
  /** The selector of the control focused when the form opens. */
  focusFirst: string;
  /** Stores the draft; the background is told afterwards. */
  save: (draft: D) => Promise<R>;
  onSaved: (row: R) => void;
}

/** A record form's state and handlers; `ref` goes on the `<form>`. */
export function useDraftForm<D, E extends object, R>({ initial, validate, fieldSelector, focusFirst, save, onSaved }: Options<D, E, R>) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<E>({} as E);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);

  useEffect(() => {
    setDraft(initial);
    setErrors({} as E);
    setFailure(undefined);
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.querySelector<HTMLElement>(focusFirst)?.focus();
  }, [initial]);

  const set = (patch: Partial<D>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    // Once a field was reported, re-check as the user types so that the message goes away.
    if (Object.keys(errors).length > 0) setErrors(validate(next));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = validate(draft);
    setErrors(found);
    setFailure(undefined);
    const first = Object.keys(found)[0];
    if (first) {
      ref.current?.querySelector<HTMLElement>(fieldSelector(first))?.focus();
      return;
    }
    setBusy(true);
    try {
      const row = await save(draft);
      notifyCorpusChanged();
      onSaved(row);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return { draft, errors, failure, busy, set, submit, ref };
}
