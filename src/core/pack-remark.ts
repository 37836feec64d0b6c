/**
 * One remark, several statements: the statement field `remark` names the spoken remark a
 * statement reports, so that differing transcriptions and other outlets' reports of it are shown
 * as one entry (their texts are never merged).
 *
 * Format 1 packs said this with a keyword `same-remark:<id>`. `liftRemark` turns that keyword into
 * the field (pack import, bundled install, every stored write and the database upgrade all use
 * it), and `remarkErrors` checks both spellings: a valid id, one actor and one date per remark.
 */
import { list } from './pack-errors.js';
import { ID_PATTERN, type Statement } from './pack-schema.js';

/** The format 1 keyword prefix that named a remark. */
export const REMARK_KEYWORD = 'same-remark:';

const REMARK_ID = new RegExp(ID_PATTERN);

/** The remark id a format 1 keyword names, when it is one and names a valid id. */
function keywordRemark(keyword: unknown): string | undefined {
  if (typeof keyword !== 'string' || !keyword.startsWith(REMARK_KEYWORD)) return undefined;
  const id = keyword.slice(REMARK_KEYWORD.length);
  return REMARK_ID.test(id) && id.length <= 120 ? id : undefined;
}

/**
 * The statement with its `same-remark:<id>` keyword moved into `remark` (a keyword list left empty
 * goes); the same object when there is nothing to move. A keyword that names another remark than
 * the statement's, or no valid id, stays (validation reports it). Nothing else changes.
 */
export function liftRemark<T extends Pick<Statement, 'remark' | 'keywords'>>(statement: T): T {
  const keywords = statement.keywords ?? [];
  const at = keywords.findIndex((k) => {
    const id = keywordRemark(k);
    return id !== undefined && (statement.remark === undefined || statement.remark === id);
  });
  if (at < 0) return statement;
  const lifted: T = { ...statement, remark: keywordRemark(keywords[at]) };
  const rest = keywords.filter((_k, i) => i !== at);
  if (rest.length > 0) lifted.keywords = rest;
  else delete lifted.keywords;
  return lifted;
}

/** The pack with every statement's remark keyword lifted (`liftRemark`). */
export function liftRemarks<P extends { statements: Statement[] }>(pack: P): P {
  return pack.statements.some((s) => liftRemark(s) !== s) ? { ...pack, statements: pack.statements.map(liftRemark) } : pack;
}

/** Reports a problem at a JSON pointer (`pack-integrity.ts` words and places it). */
type Report = (path: string, text: string) => void;

/** What the statements seen so far say of a remark. */
interface RemarkSoFar {
  /** The first statement of the remark and its actor. */
  id: string;
  actorId: unknown;
  /** The most precise date seen, and the statement that gives it. */
  date: unknown;
  dateId: string;
}

/**
 * Remark problems of the statements (`[index, record]`): a `same-remark:` keyword that cannot
 * become a remark, and a remark whose statements have different actors or disagreeing dates.
 * Dates agree when one is the other or a less precise form of it (`2021-08` and `2021-08-09`).
 */
export function remarkErrors(statements: [number, Record<string, unknown>][], report: Report): void {
  const first = new Map<string, RemarkSoFar>();
  for (const [i, st] of statements) {
    let remark = typeof st.remark === 'string' ? st.remark : undefined;
    let path = `/statements/${i}/remark`;
    list(st.keywords).forEach((k, j) => {
      if (typeof k !== 'string' || !k.startsWith(REMARK_KEYWORD)) return;
      const id = keywordRemark(k);
      const here = `/statements/${i}/keywords/${j}`;
      if (id === undefined) report(here, `"${k}" names no valid remark id (lower-case letters, digits, ".", "-", "_")`);
      else if (remark !== undefined && remark !== id)
        report(here, `names the remark "${id}", but this statement reports "${remark}"`);
      else if (remark === undefined) [remark, path] = [id, here];
    });
    if (remark === undefined) continue;
    const id = String(st.id);
    const seen = first.get(remark);
    if (!seen) first.set(remark, { id, actorId: st.actorId, date: st.date, dateId: id });
    else if (seen.actorId !== st.actorId) {
      report(path, `the remark "${remark}" is also "${seen.id}", said by "${String(seen.actorId)}"; one remark has one speaker`);
    } else if (!datesAgree(seen.date, st.date)) {
      report(
        path,
        `the remark "${remark}" is dated ${String(seen.date)} in "${seen.dateId}"; the reports of one remark share its date`,
      );
    } else if (typeof st.date === 'string' && st.date.length > String(seen.date).length) {
      [seen.date, seen.dateId] = [st.date, id];
    }
  }
}

/** True when two `YYYY[-MM[-DD]]` dates can be the same day: one is the other or a prefix of it. */
function datesAgree(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return true; // the schema reports those
  return a.startsWith(b) || b.startsWith(a);
}
