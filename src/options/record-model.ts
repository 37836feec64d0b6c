/** Actor and claim forms: their state, validation (messages per field) and conversion to records. */
import type { Actor, ActorKind, Claim, ClaimLink } from '../core/pack-schema';
import { foldKey } from '../db/rows';
import type { ActorRow, ClaimRow } from '../db/schema';
import { splitList } from './Field';
import { msg } from './i18n';

export const ACTOR_KINDS: ActorKind[] = ['person', 'government-body', 'armed-group', 'state', 'organisation', 'media'];

export interface ActorDraft {
  base?: ActorRow;
  name: string;
  aliases: string;
  kind: ActorKind;
  affiliation: string;
  role: string;
  descriptors: string;
}
export type ActorErrors = Partial<Record<'name' | 'aliases' | 'kind' | 'affiliation' | 'role' | 'descriptors', string>>;

export function actorDraft(row?: ActorRow): ActorDraft {
  return {
    base: row,
    name: row?.name ?? '',
    aliases: (row?.aliases ?? []).join('\n'),
    kind: row?.kind ?? 'person',
    affiliation: row?.affiliation ?? '',
    role: row?.role ?? '',
    descriptors: (row?.descriptors ?? []).join('\n'),
  };
}

const tooLong = (items: string[], max: number) => items.find((s) => s.length > max);

/** Checks an actor form; `others` are the other live actors, whose names and aliases must not be reused. */
export function validateActor(d: ActorDraft, others: ActorRow[]): ActorErrors {
  const errors: ActorErrors = {};
  const taken = new Map<string, string>();
  for (const a of others) if (a.id !== d.base?.id) for (const k of a.aliasKeys) taken.set(k, a.name);
  const name = d.name.trim();
  if (!name) errors.name = msg('optionsErrActorName');
  else if (name.length > 160) errors.name = msg('optionsErrMax', 160);
  else if (taken.has(foldKey(name))) errors.name = msg('optionsErrNameTaken', taken.get(foldKey(name)) ?? '');
  const aliases = splitList(d.aliases);
  const long = tooLong(aliases, 160);
  const clash = aliases.find((a) => taken.has(foldKey(a)));
  if (long) errors.aliases = msg('optionsErrItemTooLong', long.slice(0, 40), 160);
  else if (clash) errors.aliases = msg('optionsErrAliasTaken', clash, taken.get(foldKey(clash)) ?? '');
  if (!ACTOR_KINDS.includes(d.kind)) errors.kind = msg('optionsErrKind');
  if (d.affiliation.trim().length > 160) errors.affiliation = msg('optionsErrMax', 160);
  if (d.role.trim().length > 200) errors.role = msg('optionsErrMax', 200);
  const descriptor = tooLong(splitList(d.descriptors), 80);
  if (descriptor) errors.descriptors = msg('optionsErrItemTooLong', descriptor.slice(0, 40), 80);
  return errors;
}

/** The actor a (valid) form describes; a new actor gets an id made from its name. */
export function draftToActor(d: ActorDraft, ids: Set<string>): Actor {
  const name = d.name.trim();
  const actor: Actor = {
    id: d.base?.id ?? uniqueId(name, ids),
    name,
    aliases: splitList(d.aliases).filter((a) => foldKey(a) !== foldKey(name)),
    kind: d.kind,
  };
  if (d.affiliation.trim()) actor.affiliation = d.affiliation.trim();
  if (d.role.trim()) actor.role = d.role.trim();
  const descriptors = splitList(d.descriptors);
  if (descriptors.length > 0) actor.descriptors = descriptors;
  return actor;
}

export interface ClaimDraft {
  base?: ClaimRow;
  text: string;
  tags: string;
  cues: string;
  links: { claimId: string; relation: ClaimLink['relation'] }[];
}
export type ClaimErrors = Partial<Record<'text' | 'tags' | 'cues' | 'links', string>>;

export function claimDraft(row?: ClaimRow): ClaimDraft {
  return {
    base: row,
    text: row?.text ?? '',
    tags: (row?.tags ?? []).join(', '),
    cues: (row?.cues ?? []).join('\n'),
    links: (row?.links ?? []).map((l) => ({ ...l })),
  };
}

export function validateClaim(d: ClaimDraft): ClaimErrors {
  const errors: ClaimErrors = {};
  const text = d.text.trim();
  if (!text) errors.text = msg('optionsErrClaimText');
  else if (text.length > 300) errors.text = msg('optionsErrTooLong', text.length, 300);
  const tag = tooLong(splitList(d.tags, true), 60);
  if (tag) errors.tags = msg('optionsErrItemTooLong', tag.slice(0, 40), 60);
  const cues = splitList(d.cues);
  const cue = tooLong(cues, 120);
  if (cues.length === 0) errors.cues = msg('optionsErrNoCue');
  else if (cue) errors.cues = msg('optionsErrItemTooLong', cue.slice(0, 40), 120);
  if (d.links.some((l) => !l.claimId)) errors.links = msg('optionsErrEmptyLink');
  else if (d.base && d.links.some((l) => l.claimId === d.base?.id)) errors.links = msg('optionsErrSelfLink');
  else if (new Set(d.links.map((l) => l.claimId)).size !== d.links.length) errors.links = msg('optionsErrDupLink');
  return errors;
}

export function draftToClaim(d: ClaimDraft, ids: Set<string>): Claim {
  const text = d.text.trim();
  const claim: Claim = {
    id: d.base?.id ?? uniqueId(text.split(/\s+/).slice(0, 6).join(' '), ids),
    text,
    tags: splitList(d.tags, true),
    cues: splitList(d.cues),
  };
  if (d.links.length > 0) claim.links = d.links.map((l) => ({ claimId: l.claimId, relation: l.relation }));
  return claim;
}

/** A lower-case id from a text ("Hamdullah Fitrat" → "user-hamdullah-fitrat"), unique among `ids`. */
export function uniqueId(text: string, ids: Set<string>): string {
  const slug = foldKey(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'record';
  let id = `user-${slug}`;
  for (let i = 2; ids.has(id); i++) id = `user-${slug}-${i}`;
  return id;
}
