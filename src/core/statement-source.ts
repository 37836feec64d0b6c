/**
 * Where the index reads its statements (`StatementSource`), and that source built from statements
 * held in memory (`statementSource`): rows newest first, each row's remark key, stances, content
 * words and normalised quote, the stances per claim and the tallies per actor.
 */
import type { Stance, StanceKind, Statement } from './pack-schema';
import { push } from './phrase-matcher';
import { addToTally, type Tally } from './stance-tally';
import { fold, tokenize } from './text';

/** What the index keeps of a statement to rank it. A whole `Statement` is one. */
export interface StatementRef {
  readonly id: string;
  readonly date: string;
  readonly actorId: string;
}

/**
 * Where the index reads its statements, by row: row 0 is the newest statement (equal dates in
 * corpus order). Statements in memory (`statementSource`) or a restored snapshot
 * (`index-snapshot.ts`), which answers each question from its columns without making an object
 * per statement.
 */
export interface StatementSource {
  /** How many rows. */
  readonly size: number;
  /** A row's statement, as the index keeps it; the same object every time. */
  ref(row: number): StatementRef;
  /** The remark key of a row. */
  remark(row: number): string;
  /** The stances of a row. */
  stances(row: number): readonly Stance[];
  /** Folded content words of a row: its quote or summary, and its keywords. */
  words(row: number): ReadonlySet<string>;
  /** The rows taking a stance on a claim, newest first, with that stance. */
  claimStances(claimId: string): { row: number; stance: StanceKind }[];
  /** A row's quote, normalised (`normalised`), when it holds one. */
  quote(row: number): string | undefined;
  /** Rows whose quote opens with these words (`openingOf`), with their normalised quote. */
  quotesOpening(opening: string): { row: number; quote: string }[];
  /** Per actor, per claim, the stances taken. */
  readonly tallies: ReadonlyMap<string, ReadonlyMap<string, Tally>>;
  /** Each keyword (first seen first) with the claims of the statements that carry it. */
  readonly keywordClaims: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Statements newest first; equal dates keep their corpus order. */
function newestFirst<T extends { date: string }>(statements: readonly T[]): T[] {
  return statements
    .map((s, i) => [s, i] as const)
    .sort(([a, i], [b, j]) => b.date.localeCompare(a.date) || i - j)
    .map(([s]) => s);
}

/** The index's view of statements held in memory (the `check` command, tests, a first build). */
export function statementSource(all: readonly Statement[]): StatementSource {
  const rows = newestFirst(all);
  const keywordClaims = new Map<string, Set<string>>();
  const byClaim = new Map<string, { row: number; stance: StanceKind }[]>();
  const byOpening = new Map<string, { row: number; quote: string }[]>();
  const tallies = new Map<string, Map<string, Tally>>();
  const quotes = new Map<number, string>();
  rows.forEach((s, row) => {
    for (const k of s.keywords ?? []) {
      const set = keywordClaims.get(k) ?? new Set<string>();
      for (const st of s.stances) set.add(st.claimId);
      keywordClaims.set(k, set);
    }
    for (const st of s.stances) {
      push(byClaim, st.claimId, { row, stance: st.stance });
      const perClaim = tallies.get(s.actorId) ?? new Map<string, Tally>();
      tallies.set(s.actorId, perClaim);
      const tally = perClaim.get(st.claimId) ?? [];
      perClaim.set(st.claimId, tally);
      addToTally(tally, st.stance, row);
    }
    if (s.quote) {
      const quote = normalised(s.quote);
      quotes.set(row, quote);
      push(byOpening, openingOf(quote), { row, quote });
    }
  });
  return {
    size: rows.length,
    ref: (row) => rows[row]!,
    quote: (row) => quotes.get(row),
    remark: (row) => remarkOf(rows[row]!),
    stances: (row) => rows[row]!.stances,
    words: (row) => statementWords(rows[row]!),
    claimStances: (claimId) => byClaim.get(claimId) ?? [],
    quotesOpening: (opening) => byOpening.get(opening) ?? [],
    tallies,
    keywordClaims,
  };
}

/** Folded content words of a statement: its quote or summary, and its keywords. */
function statementWords(s: Pick<Statement, 'quote' | 'summary' | 'keywords'>): Set<string> {
  return contentWords([s.quote ?? s.summary ?? '', ...(s.keywords ?? [])].join(' '));
}

/**
 * The key grouping the reports of one remark: its `remark` with its speaker (packs are checked
 * one at a time, so two packs may name different speakers' remarks alike), else its id. A key
 * with a `:` never equals an id.
 */
function remarkOf(s: Statement): string {
  return s.remark === undefined ? s.id : `${s.actorId}:${s.remark}`;
}

/** Words too common to say anything about a claim. */
const STOPWORDS = new Set(
  'a an and are as at be been but by for from had has have he her his i in is it its of on or our said she that the their them there they this to was we were which who will with would not no also any all can may than then so if into about after over against more most'.split(
    ' ',
  ),
);

/** Folded content words of a text. */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(fold(text))) if (t.text.length > 2 && !STOPWORDS.has(t.text)) out.add(t.text);
  return out;
}

/** Words that open a quote, for looking it up: enough to be specific, few enough to survive a cut. */
const OPENING_WORDS = 5;

/** A quote's folded words joined by spaces: how quotes are compared. */
export function normalised(text: string): string {
  return tokenize(fold(text))
    .map((t) => t.text)
    .join(' ');
}

/** The opening words of a normalised quote. */
export function openingOf(normalisedQuote: string): string {
  return normalisedQuote.split(' ', OPENING_WORDS).join(' ');
}
