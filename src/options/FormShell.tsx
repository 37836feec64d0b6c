/** The frame of the statement, actor and claim forms: heading, save failure, fields, save and cancel. */
import type { ComponentChildren, RefObject } from 'preact';
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

/** A form that is never validated by the browser: the fields say what is wrong instead. */
export function FormShell({ record, class: className, headingId, editing, form, onCancel, children }: Props) {
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
