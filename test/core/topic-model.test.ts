/**
 * The topic decision on an article's text (`TopicModel.score`): its cues add up to a score, and
 * every requirement must be met, some more than once.
 */
import { describe, expect, it } from 'vitest';
import { TopicModel } from '../../src/core/topic';
import { fold, tokenize } from '../../src/core/text';
import type { Topic } from '../../src/core/pack-schema';

const topic = {
  name: 'Border security',
  quickCheck: ['border'],
  terms: [{ term: 'militants', weight: 4 }],
  negative: [{ term: 'cricket', weight: -6 }],
  requires: [
    { name: 'a place', anyOf: ['Chaman', 'Torkham'] },
    { name: 'a security signal', anyOf: ['attack', 'militants'], minCount: 2 },
  ],
  threshold: 8,
} as unknown as Topic;
const model = new TopicModel(topic);
const score = (text: string) => model.score(tokenize(fold(text)));

describe('TopicModel', () => {
  it('is on topic only when every requirement is met as often as it asks', () => {
    expect(score('Militants attacked Chaman; more militants came.').onTopic).toBe(true);
    expect(score('Militants came to Chaman. Militants left. Militants stayed away from the border.').onTopic).toBe(true);
    // One security signal where two are required.
    const short = score('Militants came to the border at Chaman.');
    expect(short.onTopic).toBe(false);
    expect(short.reasons.join(' ')).toContain('missing: a security signal');
  });

  it('counts the requirements to the end of the text when the first is met early', () => {
    const late = score('Chaman stayed quiet all week. '.repeat(40) + 'Then militants attacked, and the militants fled.');
    expect(late.onTopic).toBe(true);
    expect(score('Chaman stayed quiet all week. '.repeat(40) + 'Then militants fled.').reasons.join(' ')).toContain('missing');
  });

  it('lets near-miss words pull the score below the threshold', () => {
    expect(score('Militants attacked Chaman; more militants came to the cricket ground.').onTopic).toBe(false);
  });
});
