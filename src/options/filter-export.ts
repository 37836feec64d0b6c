/**
 * Export of the statements the browser's current filter shows, as a pack of their own: the
 * statements, their actors and the claims they (and those claims' links) refer to, under the
 * installed pack's topic. `exportPack` filters only by origin and pack, hence this module.
 */
import type { Actor, Claim, Pack, Statement } from '../core/pack-schema';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../core/pack-schema';
import { validatePack } from '../core/pack-validate';
import { headerKey } from '../db/bundled';
import { searchStatements, type StatementQuery } from '../db/queries';
import { isLive, toRecord } from '../db/rows';
import type { ClaimRow, CounterpointDB, PackHeader } from '../db/schema';
import { today } from './corpus';
import { msg } from './i18n';

/** A statement search without paging. */
export type StatementFilter = Omit<StatementQuery, 'offset' | 'limit'>;

/** The pack of the statements matching `filter`; throws if it would not pass validation. */
export async function exportFiltered(db: CounterpointDB, filter: StatementFilter, description: string): Promise<Pack> {
  // The search runs outside the transaction: its native index reads would let a Dexie transaction commit.
  const { items } = await searchStatements(db, { ...filter, offset: 0, limit: Number.MAX_SAFE_INTEGER });
  return db.transaction('r', db.actors, db.claims, db.statements, db.meta, db.packs, async () => {
    const actorIds = [...new Set(items.map((s) => s.actorId))].sort();
    const actors = (await db.actors.bulkGet(actorIds)).filter(isLive);
    const claims = new Map<string, ClaimRow>();
    let pending = [...new Set(items.flatMap((s) => s.claimIds))];
    while (pending.length > 0) {
      const found = (await db.claims.bulkGet(pending)).filter(isLive).filter((c) => !claims.has(c.id));
      for (const c of found) claims.set(c.id, c);
      pending = [...new Set(found.flatMap((c) => (c.links ?? []).map((l) => l.claimId)))].filter((id) => !claims.has(id));
    }
    const header = await installedHeader(db);
    const pack: Pack = {
      ...header,
      id: `${header.id}-selection`.slice(0, 120),
      title: msg('optionsSelectionTitle', header.title).slice(0, 200),
      description: description.slice(0, 2000),
      updated: today(),
      actors: actors.map((a) => toRecord(a) as Actor),
      claims: [...claims.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((c) => toRecord(c) as Claim),
      statements: items.map((s) => toRecord(s) as Statement),
    };
    const errors = validatePack(pack);
    if (errors.length > 0) throw new Error(msg('optionsExportInvalid', errors[0]?.message ?? ''));
    return pack;
  });
}

/** The header (and topic) of the bundled pack, else of any installed pack, else a placeholder. */
async function installedHeader(db: CounterpointDB): Promise<PackHeader> {
  const packs = await db.packs.toArray();
  const chosen = packs.find((p) => p.source === 'bundled') ?? packs[0];
  const stored = chosen ? await db.meta.get(headerKey(chosen.id)) : undefined;
  if (stored) return stored.value as PackHeader;
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: 'my-corpus',
    version: '1.0.0',
    title: msg('optionsMyCorpus'),
    language: 'en',
    updated: today(),
    topic: { name: msg('optionsMyCorpus'), quickCheck: ['said'], terms: [], negative: [], requires: [], threshold: 0 },
  };
}
