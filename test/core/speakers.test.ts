/**
 * Speaker resolution (src/core/speakers.ts) on short texts written for these tests: each rule, and
 * the case where it must give no speaker rather than a wrong one.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../scripts/check';
import { ActorModel } from '../../src/core/actors';
import { findQuotes } from '../../src/core/quotes';
import { resolveSpeakers, UNLISTED_PREFIX } from '../../src/core/speakers';
import { fold, tokenize } from '../../src/core/text';

const engine = loadEngine();
const model = new ActorModel([...engine.index.actors.values()]);

/** The speaker name of each quote of `text`, in order ('-' for none). */
function speakers(text: string): string[] {
  const quotes = findQuotes(text);
  const resolved = resolveSpeakers(text, quotes, model.find(text, tokenize(fold(text))), model.byId);
  return quotes.filter((q) => q.kind !== 'reported').map((q) => resolved.get(q)?.name ?? '-');
}

describe('speakers', () => {
  it('gives the person, not the office, when a phrase names both', () => {
    expect(
      speakers('Pakistan’s Foreign Office spokeswoman, Mumtaz Zahra Baloch, said the border "stays closed for now".'),
    ).toEqual(['Mumtaz Zahra Baloch']);
  });

  it('names a person the pack does not hold, and finds them again by surname', () => {
    const text =
      'Pentagon spokesman Carl Hobbes said the review was routine. "Nothing has been decided on the money," he said.\n\n' +
      '"The certification was simply not made this year," Mr Hobbes said.';
    expect(speakers(text)).toEqual(['Carl Hobbes', 'Carl Hobbes']);
    const quotes = findQuotes(text);
    const first = resolveSpeakers(text, quotes, model.find(text, tokenize(fold(text))), model.byId)
      .values()
      .next().value;
    expect(first?.actorId.startsWith(UNLISTED_PREFIX)).toBe(true);
  });

  it('resolves "he" to the last person quoted, not to an earlier pack actor', () => {
    const text =
      'Zabihullah Mujahid spoke first. Later, envoy Tomas Verlaine said the talks were over. "We are done for this round," he said.';
    expect(speakers(text)).toEqual(['Tomas Verlaine']);
  });

  it('resolves "she" to a person introduced by title after the last speaker, though the pack does not hold her', () => {
    const text =
      '"The gate will open on Monday," said Kirby.\n\n' +
      'Researcher Lina Marchetti of the Quetta Policy Forum doubted it would happen. "Nobody at the crossing believes that," she said.';
    expect(speakers(text)).toEqual(['John Kirby', 'Lina Marchetti']);
  });

  it('resolves "the ministry" to the latest ministry the article introduced', () => {
    const text =
      'Pakistan’s Foreign Office protested on Monday. The Taliban defence ministry answered on Tuesday.\n\n' +
      'The ministry said "the strikes will be answered at a time of our choosing".';
    expect(speakers(text)).toEqual(['Ministry of National Defence of Afghanistan (Taliban government)']);
  });

  it('gives "the ministry" nobody when no ministry was introduced', () => {
    expect(speakers('The ministry said "the strikes will be answered at a time of our choosing".')).toEqual(['-']);
  });

  it('resolves "the spokesman" to the latest actor with that role, and leaves "its spokesman" alone', () => {
    const intro = 'Foreign Office spokesman Mohammad Faisal read out a statement in Islamabad.\n\n';
    expect(speakers(intro + '"Partners do not threaten each other," the spokesman said.')).toEqual(['Mohammad Faisal']);
    expect(speakers(intro + 'Delhi hit back: its foreign ministry spokesman said "the charge is absurd".')).toEqual(['-']);
  });

  it('gives "the statement" the speaker who issued it in the paragraph before', () => {
    const text =
      'In a statement, the ISPR said the troops had "returned fire in self-defence" near the crossing.\n\n' +
      '"Our posts were targeted without any provocation," the statement said.';
    expect(speakers(text)).toEqual(['Inter-Services Public Relations', 'Inter-Services Public Relations']);
  });

  it('continues the previous speaker for a quote with no attribution, in the same or the next paragraph', () => {
    const text =
      '"The talks are over for now," Khawaja Asif told a television channel. "They would sign nothing."\n\n' +
      '"Verbal promises are not enough between states."';
    expect(speakers(text)).toEqual(['Khawaja Muhammad Asif', 'Khawaja Muhammad Asif', 'Khawaja Muhammad Asif']);
  });

  it('does not continue the previous speaker when someone else is named in between', () => {
    const text =
      '"The talks are over for now," Khawaja Asif told a television channel.\n\n' +
      'Zabihullah Mujahid gave a different account on Saturday.\n\n' +
      '"We came in good faith and left in good faith."';
    expect(speakers(text)).toEqual(['Khawaja Muhammad Asif', '-']);
  });

  it('reads "the X of the Y" and "the Y’s X" as an institution of Y, not as Y', () => {
    expect(speakers('The Ministry of National Defence of the Islamic Emirate said its forces struck "several points".')).toEqual([
      'Ministry of National Defence of Afghanistan (Taliban government)',
    ]);
    expect(speakers('The Islamic Emirate’s health ministry said "the clinics are full".')).toEqual(['-']);
  });
});
