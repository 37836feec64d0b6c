/** The statement form's state, its validation, and its conversion to and from a statement. */
import { ID_PATTERN, type Source, type Stance, type StanceKind, type Statement } from '../core/pack-schema';
import { safeHref } from '../ui/format';
import type { StatementRow } from '../db/schema';
import { newStatementId } from './corpus';
import { msg } from './i18n';

/** One stance row of the form (claim may be empty while the user is choosing). */
export interface StanceDraft {
  claimId: string;
  stance: StanceKind;
}

/** Everything the form edits. */
export interface StatementDraft {
  /** The statement being edited, or undefined for a new one. */
  base?: StatementRow;
  actorId: string;
  kind: 'quote' | 'summary';
  text: string;
  date: string;
  /** How the date was found when the source does not print it (`dateNote`), or empty. */
  dateNote: string;
  url: string;
  outlet: string;
  title: string;
  /** Id of the spoken remark the statement reports (`remark`), or empty. */
  remark: string;
  stances: StanceDraft[];
}

/** Field names that can carry an error message. */
export type DraftField = 'actorId' | 'text' | 'date' | 'dateNote' | 'url' | 'outlet' | 'title' | 'remark' | 'stances';
export type DraftErrors = Partial<Record<DraftField, string>>;

export const STANCES: StanceKind[] = ['asserts', 'denies', 'disputes', 'qualifies'];

/** An empty form. */
export function emptyDraft(): StatementDraft {
  return {
    actorId: '',
    kind: 'summary',
    text: '',
    date: '',
    dateNote: '',
    url: '',
    outlet: '',
    title: '',
    remark: '',
    stances: [{ claimId: '', stance: 'asserts' }],
  };
}

/** A form filled from a stored statement. */
export function draftFromRow(row: StatementRow): StatementDraft {
  const source = row.sources[0];
  return {
    base: row,
    actorId: row.actorId,
    kind: row.quote !== undefined ? 'quote' : 'summary',
    text: row.quote ?? row.summary ?? '',
    date: row.date,
    dateNote: row.dateNote ?? '',
    url: source?.url ?? '',
    outlet: source?.outlet ?? '',
    title: source?.title ?? '',
    remark: row.remark ?? '',
    stances: row.stances.map((s) => ({ ...s })),
  };
}

/**
 * A form prefilled from the page's hash `#add=1&quote=…&url=…&title=…[&date=…][&outlet=…]` (the
 * context menu's "Add to my corpus"; date and outlet come from the page's metadata when it has
 * them), or undefined when the hash asks for nothing.
 */
export function draftFromHash(hash: string): StatementDraft | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.get('add') !== '1') return undefined;
  const url = params.get('url') ?? '';
  const href = safeHref(url);
  let outlet = (params.get('outlet') ?? '').trim().slice(0, 160);
  if (!outlet && href) outlet = new URL(href).hostname.replace(/^www\./, '');
  const pageDate = params.get('date') ?? '';
  return {
    ...emptyDraft(),
    kind: 'quote',
    text: (params.get('quote') ?? '').trim().slice(0, 4000),
    url: href ?? '',
    outlet,
    title: (params.get('title') ?? '').trim().slice(0, 400),
    date: pageDate && !dateError(pageDate) ? pageDate : new Date().toISOString().slice(0, 10),
  };
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const REMARK = new RegExp(ID_PATTERN);

/** The error for a `YYYY[-MM[-DD]]` date, or undefined when it is a real date. */
export function dateError(value: string): string | undefined {
  const d: DraftErrors = {};
  checkDate(value, d);
  return d.date;
}

/** Checks the form; an empty result means it can be saved. */
export function validateDraft(d: StatementDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!d.actorId) errors.actorId = msg('optionsErrSpeaker');
  const text = d.text.trim();
  if (!text) errors.text = d.kind === 'quote' ? msg('optionsErrQuote') : msg('optionsErrSummary');
  else if (text.length > 4000) errors.text = msg('optionsErrTooLong', text.length, 4000);
  checkDate(d.date, errors);
  if (d.dateNote.trim().length > 400) errors.dateNote = msg('optionsErrDateNoteLong');
  const url = d.url.trim();
  if (url && !safeHref(url)) errors.url = msg('optionsErrUrl');
  else if (url.length > 2000) errors.url = msg('optionsErrUrlLong');
  if (!d.outlet.trim()) errors.outlet = msg('optionsErrOutlet');
  else if (d.outlet.trim().length > 160) errors.outlet = msg('optionsErrOutletLong');
  if (d.title.trim().length > 400) errors.title = msg('optionsErrTitleLong');
  const remark = d.remark.trim();
  if (remark && (!REMARK.test(remark) || remark.length > 120)) errors.remark = msg('optionsErrRemark');
  if (d.stances.length === 0) errors.stances = msg('optionsErrNoStance');
  else if (d.stances.some((s) => !s.claimId)) errors.stances = msg('optionsErrEmptyStance');
  else if (new Set(d.stances.map((s) => s.claimId)).size !== d.stances.length) errors.stances = msg('optionsErrDupStance');
  return errors;
}

/** The statement the form describes; keeps the fields the form does not show (notes, keywords, more sources). */
export function draftToStatement(d: StatementDraft): Statement {
  const base: Partial<Statement> = d.base ? { ...d.base } : {};
  const first: Source = { ...(d.base?.sources[0] ?? {}), outlet: d.outlet.trim() };
  // A note on the outlet ("The article names no outlet") is about the outlet it was written for: renamed, it goes.
  if (first.outlet !== d.base?.sources[0]?.outlet) delete first.outletNote;
  const url = d.url.trim();
  const title = d.title.trim();
  if (url) first.url = safeHref(url) ?? url;
  else delete first.url;
  if (title) first.title = title;
  else delete first.title;
  const statement: Statement = {
    ...(base as Statement),
    id: d.base?.id ?? newStatementId(),
    actorId: d.actorId,
    date: d.date.trim(),
    sources: [first, ...(d.base?.sources.slice(1) ?? [])],
    stances: d.stances.map((s): Stance => ({ claimId: s.claimId, stance: s.stance })),
  };
  delete statement.quote;
  delete statement.summary;
  statement[d.kind] = d.text.trim();
  if (d.remark.trim()) statement.remark = d.remark.trim();
  else delete statement.remark;
  if (d.dateNote.trim()) statement.dateNote = d.dateNote.trim();
  else delete statement.dateNote;
  return statement;
}

function checkDate(value: string, errors: DraftErrors): void {
  const m = DATE.exec(value.trim());
  if (!m) errors.date = msg('optionsErrDate');
  else {
    const month = m[2] === undefined ? 1 : Number(m[2]);
    const day = m[3] === undefined ? 1 : Number(m[3]);
    const daysIn = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
    if (month < 1 || month > 12) errors.date = msg('optionsErrMonth');
    else if (day < 1 || day > daysIn) errors.date = msg('optionsErrNoDay', m[3] ?? '');
  }
}
