/**
 * Integrity errors of a pack: what a JSON Schema cannot say. Ids are unique within their table,
 * every reference names an existing record, a statement lists each claim once, and a statement
 * has a quote or a summary, never both; a remark has one speaker and one date (`pack-remark.ts`).
 */
import { isObject, list, located, RECORD_TABLES, type Locate, type PackError } from './pack-errors.js';
import { remarkErrors } from './pack-remark.js';

/** Every integrity problem of a pack that passed the format check (the schema may still fail). */
export function integrityErrors(pack: Record<string, unknown>, locate: Locate): PackError[] {
  const out: PackError[] = [];
  const report = (path: string, text: string) => out.push(located(pack, path, text, locate));
  const ids: Record<(typeof RECORD_TABLES)[number], Set<string>> = {
    actors: new Set(),
    claims: new Set(),
    statements: new Set(),
  };
  for (const table of RECORD_TABLES) {
    const firstIndex = new Map<string, number>();
    records(pack, table).forEach(([i, r]) => {
      if (typeof r.id !== 'string') return;
      const first = firstIndex.get(r.id);
      if (first === undefined) firstIndex.set(r.id, i);
      else report(`/${table}/${i}/id`, `the id "${r.id}" is already used by ${table}[${first}]`);
      ids[table].add(r.id);
    });
  }
  for (const [i, claim] of records(pack, 'claims')) {
    list(claim.links).forEach((link, j) => {
      if (isObject(link) && typeof link.claimId === 'string' && !ids.claims.has(link.claimId)) {
        report(`/claims/${i}/links/${j}/claimId`, `no claim has the id "${link.claimId}"`);
      }
    });
  }
  for (const [i, st] of records(pack, 'statements')) {
    if (typeof st.actorId === 'string' && !ids.actors.has(st.actorId)) {
      report(`/statements/${i}/actorId`, `no actor has the id "${st.actorId}"`);
    }
    const seenClaims = new Set<string>();
    list(st.stances).forEach((stance, j) => {
      if (!isObject(stance) || typeof stance.claimId !== 'string') return;
      if (!ids.claims.has(stance.claimId))
        report(`/statements/${i}/stances/${j}/claimId`, `no claim has the id "${stance.claimId}"`);
      else if (seenClaims.has(stance.claimId))
        report(`/statements/${i}/stances/${j}/claimId`, `lists the claim "${stance.claimId}" twice`);
      seenClaims.add(stance.claimId);
    });
    const hasQuote = st.quote !== undefined;
    const hasSummary = st.summary !== undefined;
    if (hasQuote && hasSummary) {
      report(`/statements/${i}/summary`, 'has both a quote and a summary; a statement is one or the other');
    } else if (!hasQuote && !hasSummary) {
      report(`/statements/${i}`, 'has neither a quote nor a summary');
    }
  }
  remarkErrors(records(pack, 'statements'), report);
  return out;
}

/** The entries of a table that are objects, with their index. */
function records(pack: Record<string, unknown>, table: string): [number, Record<string, unknown>][] {
  const out: [number, Record<string, unknown>][] = [];
  list(pack[table]).forEach((r, i) => {
    if (isObject(r)) out.push([i, r]);
  });
  return out;
}
