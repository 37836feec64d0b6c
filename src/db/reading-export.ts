/**
 * The reading memory as a pack file, apart from the corpus or with it: every remark becomes the
 * statements `remarkStatements` makes of it (a remark read on several sites is one remark with
 * several sources, its differing wordings sharing a `remark` id), so the file passes the pack
 * validator and imports like any pack. Statements from the memory carry the keyword
 * `from-my-reading`, and `machine-assigned` while the reader has not confirmed their claims.
 */
import type { Actor, Claim, Pack, Statement } from '../core/pack-schema';
import { exportPack } from './import-export';
import { actorOfUnlisted, MAX_QUOTE, remarkStatements } from './reading-remark';
import type { CounterpointDB, ReadingRow } from './schema';

/** Keyword of every statement the memory exports. */
export const FROM_READING = 'from-my-reading';
/** Keyword of a statement whose claims and stances the engine gave and the reader has not confirmed. */
export const MACHINE_ASSIGNED = 'machine-assigned';

/** What `readingPack` wrote. */
export interface ReadingPackResult {
  pack: Pack;
  /** Remarks in the file. */
  remarks: number;
  /** Remarks left out: every claim they were given has left the corpus, or they are too long for a pack. */
  leftOut: number;
}

/**
 * The reading memory as a pack. `withCorpus`: the corpus's records too (every live one, as the
 * options page exports them), and the remarks the reader already made their own statements are
 * not repeated; apart from it: only the actors and claims the remarks name (and the claims those
 * link to), under the corpus's header and topic.
 */
export async function readingPack(db: CounterpointDB, options: { withCorpus: boolean }): Promise<ReadingPackResult> {
  const [corpus, rows] = await Promise.all([exportPack(db), db.reading.orderBy('readAt').reverse().toArray()]);
  const actors = new Map(corpus.actors.map((a) => [a.id, a]));
  const claims = new Map(corpus.claims.map((c) => [c.id, c]));
  const outActors = new Map<string, Actor>();
  const statements: Statement[] = [];
  let remarks = 0;
  let leftOut = 0;
  for (const row of rows) {
    if (options.withCorpus && row.statementId) continue;
    const made = statementsOf(row, actors, claims);
    if (!made) {
      leftOut++;
      continue;
    }
    remarks++;
    outActors.set(made.actor.id, made.actor);
    statements.push(...made.statements);
  }
  if (options.withCorpus) {
    for (const a of outActors.values()) if (!actors.has(a.id)) corpus.actors.push(a);
    return { pack: { ...corpus, statements: [...corpus.statements, ...statements] }, remarks, leftOut };
  }
  const pack: Pack = {
    ...corpus,
    id: `${corpus.id}-reading`.slice(0, 100),
    title: `From my reading (${corpus.title})`.slice(0, 200),
    description: 'Remarks kept by Counterpoint from the articles read, with the pages they were read on.',
    actors: [...outActors.values()].sort(byId),
    claims: closeOverLinks(statements, claims).sort(byId),
    statements,
  };
  return { pack, remarks, leftOut };
}

/** A remark's actor and statements, or undefined when none of its claims is in the corpus any longer. */
function statementsOf(
  row: ReadingRow,
  actors: ReadonlyMap<string, Actor>,
  claims: ReadonlyMap<string, Claim>,
): { actor: Actor; statements: Statement[] } | undefined {
  const stances = [...new Map(row.claims.filter((c) => claims.has(c.claimId)).map((c) => [c.claimId, c])).values()];
  if (!stances.length || row.quote.length > MAX_QUOTE || row.sources.some((s) => (s.quote?.length ?? 0) > MAX_QUOTE))
    return undefined;
  // A speaker the article named, or one who has since left the corpus: the person, by the name written.
  const listed = actors.get(row.actorId);
  const unlisted = actorOfUnlisted({ actorId: `unlisted:${row.actorId.replace(/^unlisted:/, '')}`, speaker: row.speaker });
  const actor = listed ?? actors.get(unlisted.id) ?? unlisted;
  const machine = row.claims.some((c) => !c.byReader);
  const statements = remarkStatements(row, {
    id: (n) => `reading-${row.id.replace(/^r-/, '')}-${n + 1}`,
    actorId: actor.id,
    stances: stances.map((c) => ({ claimId: c.claimId, stance: c.stance })),
    keywords: machine ? [FROM_READING, MACHINE_ASSIGNED] : [FROM_READING],
  });
  return statements.length ? { actor, statements } : undefined;
}

/** The claims the statements take stances on, and the claims those link to, all from the corpus. */
function closeOverLinks(statements: readonly Statement[], claims: ReadonlyMap<string, Claim>): Claim[] {
  const out = new Map<string, Claim>();
  const pending = statements.flatMap((s) => s.stances.map((st) => st.claimId));
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const claim = claims.get(id);
    if (!claim || out.has(id)) continue;
    out.set(id, claim);
    pending.push(...(claim.links ?? []).map((l) => l.claimId));
  }
  return [...out.values()];
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
