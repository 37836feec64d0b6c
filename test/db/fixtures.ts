/** Small packs and fresh databases for the database tests. */
import 'fake-indexeddb/auto';
import type { Pack } from '../../src/core/pack-schema';
import { openDb, type CounterpointDB } from '../../src/db/schema';

let counter = 0;

/** Opens a database with a name no other test uses. */
export function freshDb(): Promise<CounterpointDB> {
  counter++;
  return openDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Version 1.0.0 of a small bundled pack: 2 actors, 2 claims, 3 statements. */
export function packV1(): Pack {
  return {
    format: 'counterpoint-pack',
    formatVersion: 1,
    id: 'test-pack',
    version: '1.0.0',
    title: 'Test pack',
    language: 'en',
    updated: '2025-01-01',
    topic: {
      name: 'Test topic',
      quickCheck: ['taliban'],
      terms: [{ term: 'TTP', weight: 5 }],
      negative: [],
      requires: [],
      threshold: 10,
    },
    actors: [
      { id: 'mujahid', name: 'Zabihullah Mujahid', aliases: ['Mujahid', 'Zabiullah Mujahid'], kind: 'person' },
      { id: 'ispr', name: 'ISPR', aliases: ['Inter-Services Public Relations'], kind: 'government-body' },
    ],
    claims: [
      { id: 'safe-havens', text: 'The TTP has safe havens in Afghanistan.', tags: ['ttp', 'havens'], cues: ['safe havens'] },
      { id: 'us-weapons', text: 'US weapons left in Afghanistan arm the TTP.', tags: ['weapons'], cues: ['US weapons'] },
    ],
    statements: [
      {
        id: 'st-1',
        actorId: 'mujahid',
        quote: 'We do not allow anyone to use Afghan soil against any country.',
        date: '2023-02-10',
        sources: [{ outlet: 'Example News', url: 'https://example.org/1' }],
        stances: [{ claimId: 'safe-havens', stance: 'denies' }],
      },
      {
        id: 'st-2',
        actorId: 'ispr',
        summary: 'The military said militants operate from Afghan territory.',
        date: '2023',
        sources: [{ outlet: 'Example News' }],
        stances: [{ claimId: 'safe-havens', stance: 'asserts' }],
      },
      {
        id: 'st-3',
        actorId: 'ispr',
        summary: 'The military said militants carry weapons left behind by US forces.',
        date: '2024-05',
        sources: [{ outlet: 'Other Outlet', url: 'https://example.org/3' }],
        stances: [
          { claimId: 'us-weapons', stance: 'asserts' },
          { claimId: 'safe-havens', stance: 'asserts' },
        ],
      },
    ],
  };
}

/** Deep copy, so tests can change a pack freely. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
