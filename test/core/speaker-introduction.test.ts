/**
 * Whom a person the pack does not hold speaks for (speaker-introduction.ts), read from the words
 * the article introduces them with; our own sentences, with the mirror cases that must tell nothing.
 */
import { describe, expect, it } from 'vitest';
import { descriptionsOf, introducedAs } from '../../src/core/speaker-introduction';

const NAME = 'Karim Daud';
const described = (text: string) => descriptionsOf(text, NAME).map((d) => text.slice(d.start, d.end));
/** Mentions of pack actors as the actor model would give them: "Foreign Office" and "Taliban" here. */
function mentionsIn(text: string) {
  return [...text.matchAll(/Foreign Office|Taliban/g)].map((m) => ({
    actorId: m[0] === 'Taliban' ? 'taliban-government' : 'pakistan-foreign-ministry',
    start: m.index,
    end: m.index + m[0].length,
  }));
}
const introduced = (text: string) => introducedAs(text, NAME, mentionsIn(text), () => false);

describe('the words that introduce a person', () => {
  it('finds a description after the name, one before it, and a title', () => {
    expect(described('Karim Daud, a spokesman for the Afghan defence ministry, said on Monday')).toContain(
      'a spokesman for the Afghan defence ministry',
    );
    expect(described("Trade talks ended as the Taliban's deputy minister, Karim Daud, left")).toContain(
      "the Taliban's deputy minister",
    );
    expect(described('The fighting coincided with a visit to India by Afghan envoy Karim Daud.')).toEqual(['Afghan envoy']);
  });

  it('does not read a clause about the person as a description of them', () => {
    expect(described('Karim Daud, who visited Pakistan last week, said')).toEqual([]);
    expect(described('Karim Daud, was on a visit to India when')).toEqual([]);
  });
});

describe('whom the person speaks for', () => {
  it('is the institution of the pack the description names, else the country', () => {
    expect(introduced('Foreign Office spokesman Karim Daud said').actorId).toBe('pakistan-foreign-ministry');
    expect(introduced("The Taliban's acting minister, Karim Daud, said").actorId).toBe('taliban-government');
    expect(introduced('Karim Daud, an Afghan provincial governor, said')).toEqual({ place: 'afghan' });
  });

  it('reads a description that opens with the office, a province or a government by its rulers, and whom the office serves', () => {
    expect(introduced('Karim Daud, deputy spokesperson to the Afghan president, said')).toEqual({ place: 'afghan' });
    expect(introduced("Balochistan's caretaker home minister Karim Daud said")).toEqual({ place: 'pakistan' });
    expect(introduced('Karim Daud, spokesman for the provincial government in Kandahar, said')).toEqual({ place: 'afghan' });
    // An office held for a person the pack holds speaks for that person's side.
    const serving = 'Karim Daud, deputy spokesperson to President Ashraf Ghani, said';
    const ghani = { actorId: 'ashraf-ghani', start: serving.indexOf('Ashraf'), end: serving.indexOf(', said') };
    expect(introducedAs(serving, NAME, [ghani], (id) => id === 'ashraf-ghani')).toEqual({ actorId: 'ashraf-ghani' });
    // Meeting a person is no office held for them, and an armed group named for a province is no government.
    const meeting = 'Karim Daud, an official who met President Ashraf Ghani, said';
    expect(
      introducedAs(meeting, NAME, [{ ...ghani, start: meeting.indexOf('Ashraf'), end: meeting.indexOf(', said') }], () => true),
    ).toEqual({});
    expect(introduced('Karim Daud, a commander of the Balochistan Liberation Army, said')).toEqual({});
  });

  it('is nobody for a former official, a relation to someone, or a description that holds no office', () => {
    expect(introduced('Former Pakistani ambassador Karim Daud said')).toEqual({});
    expect(introduced('Karim Daud, an ally of the Afghan Taliban, said')).toEqual({});
    expect(introduced('Karim Daud, a Pakistani analyst, said')).toEqual({});
    expect(introduced('Karim Daud said')).toEqual({});
  });

  it('reads the place a sentence names before the description as not the person’s', () => {
    expect(introduced('A visit to India by Afghan envoy Karim Daud ended on Friday.')).toEqual({ place: 'afghan' });
    expect(introduced('A visit to Pakistan by the Afghan minister, Karim Daud, ended on Friday.')).toEqual({ place: 'afghan' });
  });
});
