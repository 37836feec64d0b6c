/** The frame of the statement, actor and claim forms: heading, save failure, fields, save and cancel. */
import type { ComponentChildren, RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { ConfirmCancel } from './ConfirmCancel';
import { Alert } from './Messages';
import { msg } from './i18n';

/** The part of `useDraftForm`'s result that the frame needs. */
export interface FormState {
  /** Why the last save failed, announced as an alert. */
  failure?: string;
  busy: boolean;
  ref: RefObject<HTMLFormElement>;
  submit: (e: Event) => Promise<void>;
}

interface Props {
  /** What the form edits: names its strings (`optionsAddActor`, `optionsEditActor`, `optionsAddActorSubmit`). */
  record: 'Statement' | 'Actor' | 'Claim';
  /** The form's classes (`card statement-form`, `card record-form actor-form`…). */
  class: string;
  /** The heading's id, which names the form. */
  headingId: string;
  /** Editing a stored record rather than adding one. */
  editing: boolean;
  form: FormState;
  onCancel: () => void;
  children: ComponentChildren;
}

/**
 * When the form closes (saved or cancelled), focus goes back to the button that opened it
 * ("Add an actor", a row's "Edit"), so a keyboard user goes on from where they were rather than
 * from the top of the page. Runs before the form's own effect focuses its first field, so the
 * opener is still the focused element; nothing is focused if the opener is gone or focus
 * already moved elsewhere.
 */
function useReturnFocus(): void {
  useEffect(() => {
    const opener = document.activeElement;
    return () => {
      // After the form has left the DOM (its focused field with it).
      setTimeout(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus();
      });
    };
  }, []);
}

/** A form that is never validated by the browser: the fields say what is wrong instead. */
export function FormShell({ record, class: className, headingId, editing, form, onCancel, children }: Props) {
  useReturnFocus();
  return (
    <form class={className} ref={form.ref} onSubmit={(e) => void form.submit(e)} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{msg(editing ? `optionsEdit${record}` : `optionsAdd${record}`)}</h2>
      <Alert text={form.failure} />
      {children}
      <div class="actions">
        <ConfirmCancel label={editing ? msg('optionsSaveChanges') : msg(`optionsAdd${record}Submit`)} tone="primary" busy={form.busy} onCancel={onCancel} />
      </div>
    </form>
  );
}
