/** A searchable list of actors or claims, with edit and delete (after a confirmation) on every row. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { foldKey } from '../db/rows';
import type { CounterpointDB, Origin } from '../db/schema';
import { DeleteConfirm } from './DeleteConfirm';
import { OriginTag } from './OriginTag';
import { msg, plural } from './i18n';

/** The texts of one list; keys are `_locales` keys, the rest are already localised. */
export interface RecordListText<T> {
  heading: string;
  add: string;
  search: string;
  searchPlaceholder: string;
  /** The plural key of the "12 actors" line. */
  countKey: string;
  noMatch: string;
  deleteTitle: (row: T) => string;
  deleteBody: (row: T) => ComponentChildren;
  deleted: (row: T) => string;
}

interface Props<T extends { id: string }> {
  db: CounterpointDB;
  /** `actor` or `claim`: names the table, the heading id and the test ids (`actor-list`, `delete-actor-dialog`…). */
  kind: 'actor' | 'claim';
  rows: T[];
  /** The row's searchable text, already folded. */
  haystack: (row: T) => string;
  /** The row's name, for the strong text and the buttons' hidden labels. */
  name: (row: T) => string;
  /** What follows the name and the origin tag: a kind tag, or nothing. */
  headExtra?: (row: T) => ComponentChildren;
  /** The lines under the name. */
  details: (row: T) => ComponentChildren;
  text: RecordListText<T>;
  onAdd: () => void;
  onEdit: (row: T) => void;
  /** After a deletion, with the notice to show. */
  onChanged: (notice?: string) => void;
}

/** The actors and claims tabs' list card and its delete dialog. */
export function RecordList<T extends { id: string; edited?: boolean; origin: Origin }>(p: Props<T>) {
  const [query, setQuery] = useState('');
  const [toDelete, setToDelete] = useState<T>();
  // The deleted row's buttons are gone: focus goes to the list's heading, not to the page's body.
  const heading = useRef<HTMLHeadingElement>(null);
  const [refocus, setRefocus] = useState(false);
  // After the dialog has closed (its own effect runs first, and hands focus back to the gone button).
  useEffect(() => {
    if (!refocus || toDelete) return;
    heading.current?.focus();
    setRefocus(false);
  }, [refocus, toDelete]);
  const words = foldKey(query).split(' ').filter(Boolean);
  const shown = p.rows.filter((row) => {
    const hay = p.haystack(row);
    return words.every((w) => hay.includes(w));
  });
  const button = (row: T, label: string, danger: boolean, onClick: () => void) => (
    <button type="button" class={danger ? 'button danger' : 'button'} onClick={onClick}>
      {label}
      <span class="sr-only"> {p.name(row)}</span>
    </button>
  );

  return (
    <>
      <section class="card" aria-labelledby={`${p.kind}s-h`}>
        <div class="card-head">
          <h2 id={`${p.kind}s-h`} ref={heading} tabIndex={-1}>
            {p.text.heading}
          </h2>
          <button type="button" class="button primary" onClick={p.onAdd}>
            {p.text.add}
          </button>
        </div>
        <div class="filters" role="search">
          <label class="grow">
            <span>{p.text.search}</span>
            <input
              type="search"
              value={query}
              placeholder={p.text.searchPlaceholder}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          </label>
        </div>
        <p class="muted" aria-live="polite" data-testid={`${p.kind}-total`}>
          {plural(p.text.countKey, shown.length)}
        </p>
        <ul class="record-list" data-testid={`${p.kind}-list`}>
          {shown.map((row) => (
            <li key={row.id} class="record-item" data-testid={p.kind} data-id={row.id}>
              <div class="record-main">
                <div class="statement-head">
                  <strong class="record-name">{p.name(row)}</strong>
                  {p.headExtra?.(row)}
                  <OriginTag row={row} />
                </div>
                {p.details(row)}
              </div>
              <span class="row-actions">
                {button(row, msg('optionsEdit'), false, () => p.onEdit(row))}
                {button(row, msg('optionsDelete'), true, () => setToDelete(row))}
              </span>
            </li>
          ))}
        </ul>
        {shown.length === 0 && <p class="empty">{p.text.noMatch}</p>}
      </section>
      <DeleteConfirm
        db={p.db}
        table={`${p.kind}s`}
        target={toDelete}
        title={toDelete ? p.text.deleteTitle(toDelete) : ''}
        testId={`delete-${p.kind}-dialog`}
        onClose={() => setToDelete(undefined)}
        onDeleted={(row) => {
          p.onChanged(p.text.deleted(row));
          setRefocus(true);
        }}
      >
        {toDelete && p.text.deleteBody(toDelete)}
      </DeleteConfirm>
    </>
  );
}

/** A list of pills (aliases, tags), or nothing when empty. */
export function Pills({ items, label }: { items: string[]; label: string }) {
  return items.length > 0 ? (
    <ul class="pills" aria-label={label}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  ) : null;
}
