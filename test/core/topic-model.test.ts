/**
 * The topic decision on an article's text (`TopicModel.score`): its cues add up to a score, and
 * every requirement must be met, some more than once.
 */
import { describe, expect, it } from 'vitest';
import { TopicModel, compileQuickCheck, quickCheckData } from '../../src/core/topic';
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

  it('tells which parties (requirements asked once) a text never names', () => {
    // One security signal where two are asked: a matter said too little of, not a party left out.
    expect(score('Militants came to the border at Chaman.').absent).toEqual([]);
    expect(score('Militants attack the post; militants fled.').absent).toEqual(['a place']);
    expect(score('Militants attacked Chaman; more militants came.').absent).toEqual([]);
  });

  it('lets the cheap first check find a term of two words across any white space, as the full score does', () => {
    const twoWords = { ...topic, requires: [{ name: 'a place', anyOf: ['Spin Boldak'] }] } as Topic;
    const quick = compileQuickCheck(quickCheckData(twoWords));
    for (const text of ['Spin Boldak', 'Spin\u00a0Boldak', 'Spin\nBoldak', 'Spin  Boldak']) {
      expect(new TopicModel(twoWords).score(tokenize(fold(`${text}: militants attack; militants fled.`))).absent, text).toEqual(
        [],
      );
      expect(quick(`${text}: militants attack the border`), text).toBe(true);
    }
    expect(quick('Spin the Boldak: militants attack the border')).toBe(false);
  });

  it('asks the cheap first check for the parties only', () => {
    expect(quickCheckData(topic).groups).toEqual([['Chaman', 'Torkham']]);
    const quick = compileQuickCheck(quickCheckData(topic));
    // No security word: the full score turns it down, but the page's remarks may still lift it.
    expect(quick('Chaman and the border')).toBe(true);
    expect(quick('Militants at the border')).toBe(false);
  });
});

describe('a near miss that drowns a requirement', () => {
  // A near-miss word too light to pull the score under the threshold: only how often it is named counts here.
  const model = new TopicModel({ ...topic, negative: [{ term: 'Herat', weight: -1 }], threshold: 4 } as Topic);
  const score = (text: string) => model.score(tokens(text));
  const tokens = (text: string) => tokenize(fold(text));
  const onTopic = 'Militants attacked Chaman; more militants came.';

  it('is off topic when near-miss words outnumber a requirement more than twice over', () => {
    const drowned = score(`${onTopic} Herat, Herat and Herat mourned.`);
    expect(drowned.score).toBeGreaterThanOrEqual(4);
    expect(drowned.onTopic).toBe(false);
    expect(drowned.nearMiss).toBe(true);
    expect(drowned.absent).toEqual([]);
    expect(drowned.reasons.join(' ')).toContain('near-miss cues (3) drown a place');
  });

  it('is on topic while each requirement is named at least half as often as the near miss', () => {
    const held = score(`${onTopic} Herat and Herat mourned.`);
    expect(held.onTopic).toBe(true);
    expect(held.nearMiss).toBe(false);
    // Named twice, the place holds against four near-miss words, even when they come first.
    const late = score(`Herat, Herat, Herat and Herat mourned. ${onTopic} Chaman buried its dead.`);
    expect(late.onTopic).toBe(true);
  });

  it('drowns a requirement the text falls short of only where the near miss outnumbers the count it asks for', () => {
    // No place named: one or two near-miss words leave it to the page's remarks; three drown it.
    expect(score('Militants attack the post in Herat; militants fled.').nearMiss).toBe(false);
    expect(score('Militants attack the post in Herat and Herat; militants fled.').nearMiss).toBe(false);
    const drowned = score('Militants attack the post in Herat, Herat and Herat; militants fled.');
    expect(drowned.nearMiss).toBe(true);
    expect(drowned.reasons.join(' ')).toContain('near-miss cues (3) drown a place');
  });
});
