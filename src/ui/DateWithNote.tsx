/**
 * A statement's date. Where the curator noted how the date was found (the source printed none, or only "on
 * Thursday"), the date is a button that shows the note below it: a keyboard, a touch screen and a screen reader reach
 * it as a pointer does. Used by the sidebar and the claim and actor pages.
 */
import { useId, useState } from 'preact/hooks';
import { t } from '../shared/browser-api';
import { formatDate } from './format';
import './date-note.css';

/** The date, and its note when there is one (`className` styles the date as its page does). */
export function DateWithNote({ date, note, className }: { date: string; note?: string; className?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const time = (
    <time class={className} dateTime={date}>
      {formatDate(date)}
    </time>
  );
  if (!note) return time;
  return (
    <>
      <button
        type="button"
        class="date-toggle"
        aria-expanded={open}
        aria-controls={id}
        title={note}
        onClick={() => setOpen(!open)}
      >
        {time}
        <span class="sr-only"> {t('dateNoteShow')}</span>
      </button>
      {open && (
        <span id={id} class="date-note">
          {note}
        </span>
      )}
    </>
  );
}
