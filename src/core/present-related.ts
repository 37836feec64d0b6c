/**
 * A ranked related statement as the sidebar shows it: the statement's own text, speaker and
 * sources read once the few shown are known, other outlets' reports of the remark folded in.
 */
import type { RelatedStatement } from './analysis';
import type { Actor, Source, Statement } from './pack-schema';
import type { RelatedDraft } from './rank';

/**
 * A ranked statement as the sidebar shows it, from the statements it names (those `read` does
 * not have, deleted meanwhile, are left out; without its first report the entry is dropped).
 */
export function presentRelated(
  draft: RelatedDraft,
  read: (id: string) => Statement | undefined,
  actors: ReadonlyMap<string, Actor>,
): RelatedStatement | undefined {
  const [first, ...others] = draft.reports;
  const s = read(first!);
  if (!s) return undefined;
  const actor = actors.get(s.actorId);
  const item: RelatedStatement = {
    statementId: s.id,
    actorId: s.actorId,
    speaker: actor?.name ?? s.actorId,
    role: s.speakerRole ?? actor?.role,
    quote: s.quote,
    summary: s.summary,
    date: s.date,
    dateNote: s.dateNote,
    claimId: draft.claimId,
    stance: draft.stance,
    relation: draft.relation,
    sources: s.sources.map(shownSource),
    score: draft.score,
    reason: draft.reason,
    via: draft.via,
    ...(draft.linkedClaim ? { linkedClaim: draft.linkedClaim } : {}),
  };
  for (const id of others) {
    const other = read(id);
    if (other) mergeReport(item, other);
  }
  return item;
}

/** What a card shows of a source: the seed it was read from stays in the pack. */
function shownSource({ url, outlet, outletNote, title }: Source): RelatedStatement['sources'][number] {
  return { url, outlet, ...(outletNote ? { outletNote } : {}), title };
}

/**
 * Folds another outlet's report of a remark into the entry already shown: its sources join, and
 * the verbatim quote wins over a summary (the quote is what was said; the summary describes it).
 */
function mergeReport(shown: RelatedStatement, other: Statement): void {
  for (const source of other.sources)
    if (!shown.sources.some((x) => x.outlet === source.outlet && x.url === source.url && x.title === source.title))
      shown.sources.push(shownSource(source));
  if (!shown.quote && other.quote) {
    shown.statementId = other.id;
    shown.quote = other.quote;
    shown.summary = undefined;
  }
}
