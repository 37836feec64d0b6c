/** The small tag beside a record's name: "mine" for the user's own, "edited" for a changed bundled one. */
import type { Origin } from '../db/schema';
import { msg } from './i18n';

interface Props {
  row: { origin: Origin; edited?: boolean };
}

/** The origin tag of a statement, actor or claim; nothing for an untouched bundled record. */
export function OriginTag({ row }: Props) {
  if (row.origin === 'user') return <span class="tag">{msg('optionsTagMine')}</span>;
  return row.edited ? <span class="tag">{msg('optionsTagEdited')}</span> : null;
}
