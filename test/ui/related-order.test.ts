/** The order of a card's counter-claims in the sidebar. */
import { describe, expect, it } from 'vitest';
import type { RelatedStatement } from '../../src/shared/types';
import { counterOrder } from '../../src/sidebar/related-order';

const item = (statementId: string, date: string, via: RelatedStatement['via']): RelatedStatement =>
  ({ statementId, date, via, relation: 'counter', stance: via === 'same-claim' ? 'denies' : 'asserts' }) as RelatedStatement;

describe('counterOrder', () => {
  it('puts the answers to the claim itself before the accusation pointed the other way, each newest first', () => {
    const items = [
      item('mirror-2025', '2025-10-16', 'mirror'),
      item('denial-2023', '2023-11', 'same-claim'),
      item('contradicts-2024', '2024-01-02', 'contradicts'),
      item('denial-2024', '2024-06-01', 'same-claim'),
    ];
    expect(items.sort(counterOrder).map((r) => r.statementId)).toEqual([
      'denial-2024',
      'denial-2023',
      'mirror-2025',
      'contradicts-2024',
    ]);
  });
});
