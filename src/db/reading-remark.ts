/**
 * A remembered remark in the pack's terms (docs/pack-format.md, "One remark, several
 * statements"): the pages that printed the same words are one statement with several sources;
 * pages that printed them otherwise (punctuation, quote marks, case) are statements of their own,
 * each verbatim, sharing a `remark` id. All of them carry the remark's one date. Used when a
 * remark is confirmed into the corpus and when the memory is exported as a pack.
 */
import type { Actor, Source, Stance, Statement } from '../core/pack-schema';
import { hashText } from './rows';
import { siteOf } from './reading-keep';
import type { ReadingRow, ReadingSource } from './schema';

/** The speaker id prefix of a person the article named whom the corpus does not hold (`src/core/speakers.ts`). */
export const UNLISTED = 'unlisted:';

/** Longest quote a pack statement holds (`pack-schema.ts`). */
export const MAX_QUOTE = 4000;

/** Whether the remark's speaker is a person the article named, not an actor of the corpus. */
export function isUnlisted(row: Pick<ReadingRow, 'actorId'>): boolean {
  return row.actorId.startsWith(UNLISTED);
}

/**
 * The actor a remark of an unlisted speaker is given in the corpus or a pack: the person, by the
 * name the article wrote, under the id the engine made of it (its `unlisted:` prefix dropped).
 */
export function actorOfUnlisted(row: Pick<ReadingRow, 'actorId' | 'speaker'>): Actor {
  const slug = row.actorId.slice(UNLISTED.length).replace(/^[^a-z0-9]+/, '') || `person-${hashText(row.speaker)}`;
  return { id: slug.slice(0, 100), name: row.speaker.slice(0, 160), aliases: [], kind: 'person' };
}

/** Local YYYY-MM-DD of a time. */
function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The remark's one date: the earliest date its pages give (the first report of it), else the day
 * it was first read, with a note saying so.
 */
export function remarkDate(row: Pick<ReadingRow, 'sources' | 'firstReadAt'>): { date: string; dateNote?: string } {
  const dated = row.sources
    .map((s) => s.date)
    .filter((d): d is string => Boolean(d))
    .sort();
  if (dated[0]) {
    const note =
      dated.length > 1 && dated[0] !== dated[dated.length - 1] ? 'The date of the earliest page it was read on.' : undefined;
    return { date: dated[0], ...(note ? { dateNote: note } : {}) };
  }
  const first = Math.min(row.firstReadAt, ...row.sources.map((s) => s.readAt));
  return { date: localDay(first), dateNote: 'The day it was read: the page gave no date.' };
}

/** The remark's id in a pack: speaker, date and a hash of the row, as the pack's convention has it. */
export function remarkId(row: Pick<ReadingRow, 'id' | 'speaker'>, date: string): string {
  const speaker = row.speaker
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${speaker || 'speaker'}-${date}-${hashText(row.id)}`.replace(/^-+/, '');
}

/** A page read as a pack source: its address, outlet (else its site) and title. */
function sourceOf(s: ReadingSource): Source {
  return {
    url: s.url,
    outlet: (s.outlet || siteOf(s.url) || 'Web page').slice(0, 160),
    ...(s.title ? { title: s.title.slice(0, 400) } : {}),
  };
}

/** What the statements of a remark are given beside its words and pages. */
export interface RemarkStatementOptions {
  /** The id of the `n`th statement (0 first). */
  id: (n: number) => string;
  /** The speaker's actor id. */
  actorId: string;
  stances: Stance[];
  keywords?: string[];
}

/**
 * The statements of a remark: one per distinct wording its pages printed (pages in the order read,
 * only web addresses), each verbatim, all on the remark's date, sharing a `remark` id when there
 * are several. None when no page has a web address.
 */
export function remarkStatements(row: ReadingRow, options: RemarkStatementOptions): Statement[] {
  const byWords = new Map<string, ReadingSource[]>();
  for (const s of row.sources) {
    if (!/^https?:\/\//i.test(s.url)) continue;
    const words = s.quote ?? row.quote;
    byWords.set(words, [...(byWords.get(words) ?? []), s]);
  }
  const { date, dateNote } = remarkDate(row);
  const remark = byWords.size > 1 ? remarkId(row, date) : undefined;
  return [...byWords].map(([quote, sources], n) => ({
    id: options.id(n),
    actorId: options.actorId,
    quote,
    date,
    ...(dateNote ? { dateNote } : {}),
    sources: sources.map(sourceOf),
    ...(remark ? { remark } : {}),
    stances: options.stances,
    ...(options.keywords?.length ? { keywords: options.keywords } : {}),
  }));
}
