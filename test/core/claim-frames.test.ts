/**
 * The words matching compares (lexicon.ts) and claim frames (claim-frames.ts): paraphrases meet,
 * unrelated words that stem alike do not, and a frame needs every part close together in the quote.
 */
import { describe, expect, it } from 'vitest';
import { compileCount, compileFrame, matchFrame, refersToIncident } from '../../src/core/claim-frames';
import { textTerms } from '../../src/core/claim-profile';
import { termsOf, BREAK, NEGATORS } from '../../src/core/lexicon';
import { fold, tokenize } from '../../src/core/text';
import type { Pack } from '../../src/core/pack-schema';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const terms = (text: string, place?: string) => termsOf(tokenize(fold(text)), text, place);

describe('lexicon', () => {
  it('gives paraphrases one term', () => {
    expect(textTerms('Afghan territory')).toEqual(textTerms('Afghanistan soil'));
    expect(textTerms('hideouts')).toEqual(textTerms('sanctuaries'));
    expect(textTerms('militant strongholds')).toEqual(textTerms('militant hideouts'));
    expect(textTerms('safe heavens')).toEqual(textTerms('safe havens'));
    expect(textTerms('airstrikes')).toEqual(textTerms('bombing'));
  });

  it('keeps apart words that only look alike', () => {
    expect(textTerms('ISI')).not.toEqual(textTerms('ISIS'));
    expect(textTerms('international')).not.toEqual(textTerms('internal'));
    expect(terms('the US said')).toContain('america');
    expect(terms('told us that')).not.toContain('america');
    expect(terms('U.S. weapons')).toContain('america');
  });

  it("reads a speaker's first person as their country", () => {
    expect(terms('nobody may use our land', 'afghan')).toEqual(expect.arrayContaining(['afghan', 'soil']));
    expect(terms('nobody may use our land')).not.toContain('afghan');
  });

  it('reads "across the border" as the country beyond the speaker\'s, keeping the phrase\'s own words', () => {
    expect(terms('their camps across the border are intact', 'afghan')).toEqual(
      expect.arrayContaining(['pakistan', 'across', 'border']),
    );
    expect(terms('the commanders sit on the other side of the border', 'pakistan')).toContain('afghan');
    expect(terms('the commanders sit on the other side of the Durand Line', 'afghan')).toContain('pakistan');
    // No speaker, or one of neither side: no country.
    expect(terms('their camps across the border are intact')).not.toContain('pakistan');
    expect(terms('their camps across the border are intact', 'america')).not.toContain('pakistan');
    expect(terms('their camps across the border are intact', 'america')).not.toContain('afghan');
  });

  it('marks where a sentence ends, and drops a negation that opens an aim', () => {
    expect(terms('No. They use the soil.')).toContain(BREAK);
    expect(terms('an interest in not allowing havens')).not.toContain('not');
    expect(terms('we do not allow havens')).toContain('not');
    // "no end to" affirms; "do not end up with" is another verb, and the negation stays.
    expect(terms('there is no end to the attacks')).not.toContain('no');
    expect(terms('the rifles do not end up with militants')).toContain('not');
  });

  it.each([
    'the sanctuaries are doing nothing but harm',
    'the havens in Karachi were not a rumour',
    'it is no secret that the havens exist',
    'attacks from across the border have continued without a break',
    'not only the havens but the camps',
    'without any doubt the soil is used',
    'they opened fire without any provocation',
  ])('keeps a negator that affirms out of the terms: %s', (text) => {
    expect(terms(text).filter((t) => NEGATORS.has(t))).toEqual([]);
  });

  it.each([
    'there are no havens left',
    'nothing is launched from our soil',
    'they operate without any base',
    'not a single haven remains',
  ])('keeps a negator that denies: %s', (text) => {
    expect(terms(text).some((t) => NEGATORS.has(t))).toBe(true);
  });
});

describe('claim frames', () => {
  const frame = compileFrame([
    ['afghan', 'across the border'],
    ['soil', 'haven'],
    ['use', 'militant', 'haven'],
  ])!;
  const match = (quote: string, context = '', place?: string) => matchFrame(frame, terms(quote, place), terms(context), () => 1);

  it('is met when every part is in the quote, close together', () => {
    expect(match('militants keep using Afghan territory').met).toBe(true);
    expect(match('the attackers sheltered in hideouts across the border').met).toBe(true);
    expect(match('nobody uses our land against a neighbour', '', 'afghan').met).toBe(true);
  });

  it('is not met by a part missing, or by parts scattered over a long remark', () => {
    expect(match("a violation of Afghanistan's territory and airspace").met).toBe(false);
    expect(
      match(
        'Afghan officials met their counterparts on Monday and after a long day of talks about trade, refugees, transit fees and ' +
          'water, the visitors went home; their soil and their use of it were never raised',
      ).met,
    ).toBe(false);
  });

  it('lets a short fragment take one part from its sentence, and a full quote none', () => {
    expect(match('used as a launch base', 'Officials said Afghan soil was').met).toBe(false);
    expect(match('safe havens used', 'officials in Afghanistan said').met).toBe(true);
    expect(
      match('havens used by the militants to plan raids, train recruits and store rifles', 'officials in Afghanistan said').met,
    ).toBe(false);
  });

  it('lets a remark holding two parts take the third from the sentence before, when it is read so', () => {
    const borrowing = (quote: string, before: string, context = '') =>
      matchFrame(frame, terms(quote), terms(context), () => 1, undefined, undefined, false, terms(before));
    // "These hideouts are used to plan raids", after a sentence that says where they are.
    const before = 'Officials showed maps of camps in Afghanistan.';
    expect(borrowing('these hideouts are used by the militants to plan raids on our posts', before).met).toBe(true);
    expect(match('these hideouts are used by the militants to plan raids on our posts').met).toBe(false);
    // Its own sentence lends the part too.
    expect(
      borrowing('these hideouts are used by the militants to plan raids on our posts', '', 'officials in Afghanistan said').met,
    ).toBe(true);
    // A two-part frame lends no part: a remark holding one part of a proposition borrows nothing.
    const two = compileFrame([['afghan'], ['soil', 'haven']])!;
    expect(
      matchFrame(two, terms('these hideouts keep growing'), [], () => 1, undefined, undefined, false, terms(before)).met,
    ).toBe(false);
  });

  it('tells a negation that covers the frame from one in another sentence', () => {
    expect(match('we do not let militants use Afghan soil', '', undefined).negated).toBe(true);
    expect(match('This is not new. Militants use Afghan soil').negated).toBe(false);
  });

  it('reads a negation of the verb before the tightest run of the frame', () => {
    // Met tightest by "Afghan soil against"; the negation governs "use", just before it.
    const against = compileFrame([['afghan'], ['soil'], ['use', 'against']])!;
    const at = (quote: string) => matchFrame(against, terms(quote), [], () => 1);
    expect(at('we do not allow anyone to use Afghan soil against a neighbour').negated).toBe(true);
    // The same words with the negation on something else, further back, are not a denial.
    expect(at('we do not know whether anyone went to use Afghan soil against a neighbour').negated).toBe(false);
    // Widened back, only a negated verb counts: "none of its fighters" negates the fighters, not the killing after it.
    const killed = compileFrame([
      ['kill', 'dead'],
      ['civilian', 'children'],
    ])!;
    const of = (quote: string) => matchFrame(killed, terms(quote), [], () => 1);
    expect(of('none of its fighters were among the dead and that those killed were women and children').negated).toBe(false);
    expect(of('we did not kill any women and children').negated).toBe(true);
  });

  it('reads "no one is allowed to use" as a negation of the use', () => {
    const against = compileFrame([['afghan'], ['soil'], ['use', 'against']])!;
    const at = (quote: string) => matchFrame(against, terms(quote), [], () => 1);
    // The negated subject of a verb of letting denies what it would let: "no group was permitted to use".
    expect(at('no group was permitted to use Afghan territory against any country').negated).toBe(true);
    expect(at('no armed faction is allowed to use Afghan soil against a neighbour').negated).toBe(true);
    // The same subject without a verb of letting is a count, not a denial of the use.
    expect(at('no group was named, but militants use Afghan territory against Pakistan').negated).toBe(false);
    // A verb of letting with nothing negated lets it.
    expect(at('Kabul permitted groups to use Afghan territory against Pakistan').negated).toBe(false);
  });

  it('reads a negated prevention as affirming what it did not prevent', () => {
    expect(match('Kabul has done nothing to stop militants from using Afghan soil').negated).toBe(false);
    expect(match('they never prevented the militants from using Afghan soil').negated).toBe(false);
    expect(match('Kabul has not acted against militants on Afghan soil').negated).toBe(false);
    // A prevention that is not negated, or a negation of the use itself, stays as it was.
    expect(match('militants do not use Afghan soil, and we stop anyone who tries').negated).toBe(true);
  });
});

describe('a claim that is a count', () => {
  const requires = [
    ['guard', 'officer', 'killed'],
    ['40', 'forty'],
    ['raid', 'attack', '40', 'forty'],
  ];
  const frame = compileFrame(requires)!;
  const count = compileCount(requires, 'In 2 raids gunmen killed 40 Pakistani border guards in the night')!;
  const match = (quote: string) => matchFrame(frame, terms(quote), [], () => 1, undefined, undefined, false, undefined, count);

  it("knows what it counts, whose, and the claim's number as written, not inside another number", () => {
    expect([...count.counted]).toEqual(['border', 'guard']);
    expect(count.whose).toBe('pakistan');
    expect(count.number.test(fold('Officials said forty guards died'))).toBe(true);
    expect(count.number.test(fold('Officials said 40 guards died'))).toBe(true);
    for (const other of ['140 guards', '40,000 refugees', 'a 40-year-old guard', 'a rate of 5.40'])
      expect(count.number.test(fold(other))).toBe(false);
    expect(compileCount([['guard'], ['raid']], 'Gunmen raided a border post')).toBeUndefined();
    // The number is the pack's own alternative, even where another alternative of its group is a stopword.
    expect(compileCount([['guard'], ['the', '40']], 'Gunmen killed 40 guards')?.number.test('the guards')).toBe(false);
  });

  it('is met by another number of the same thing, said with a word of the claim, which disputes it', () => {
    expect(match('twelve of our guards were killed in the raid')).toMatchObject({ met: true, recount: true });
    expect(match('12 Pakistani guards died')).toMatchObject({ met: true, recount: true });
  });

  it("its own number meets it plainly; a year, a date, another side, something else counted, or a count without the claim's words do not recount it", () => {
    expect(match('40 guards were killed in the raid')).toMatchObject({ met: true });
    expect(match('40 guards were killed in the raid').recount).toBeUndefined();
    expect(match('in 2025 guards died in the raid').met).toBe(false);
    expect(match('on 12 October guards were killed in the raid').met).toBe(false);
    expect(match('nine Afghan guards died in the raid').met).toBe(false);
    expect(match('200 Taliban guards died in the raid').met).toBe(false);
    expect(match('12 attackers were killed by the guards').met).toBe(false);
    expect(match('29 guards were wounded').met).toBe(false);
    // Without the count (an article that does not report the claim's number), another number meets nothing.
    expect(matchFrame(frame, terms('12 Pakistani guards died'), [], () => 1).met).toBe(false);
  });

  it('never borrows its number from the sentence before', () => {
    const borrowing = (quote: string, before: string) =>
      matchFrame(frame, terms(quote), [], () => 1, undefined, undefined, false, terms(before), count);
    expect(borrowing('guards died in the attack', 'Gunmen said 40 had been killed.').met).toBe(false);
    expect(borrowing('guards died in the attack', 'Gunmen said forty had been killed.').met).toBe(false);
  });
});

describe("the bundled pack's frames", () => {
  const pack = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../public/packs/pak-afghan-security.json'), 'utf8'),
  ) as Pack;
  const frameOf = (id: string) => compileFrame(pack.claims.find((c) => c.id === id)?.requires)!;
  const meets = (id: string, quote: string) => matchFrame(frameOf(id), terms(quote), [], () => 1).met;

  it('read "Pakistan\'s own issue" as the TTP being Pakistan\'s internal problem, and a neighbour running its own affairs as nothing', () => {
    expect(meets('ttp-is-pakistans-internal-problem', "The TTP is Pakistan's own issue")).toBe(true);
    expect(meets('ttp-is-pakistans-internal-problem', 'insecurity there is a matter for Pakistan to resolve')).toBe(true);
    expect(meets('ttp-is-pakistans-internal-problem', 'Islamabad was unhappy that Kabul was running its own affairs')).toBe(
      false,
    );
  });

  it('read Mullah Omar as having been in Pakistan only where a place in Pakistan is named, not wherever his death is', () => {
    expect(meets('mullah-omar-was-in-pakistan', 'Omar died in a Karachi hospital in April 2013')).toBe(true);
    expect(meets('mullah-omar-was-in-pakistan', 'Mullah Omar had lived in Quetta for years')).toBe(true);
    expect(meets('mullah-omar-was-in-pakistan', 'Omar had been ill for a long time and died in April 2013')).toBe(false);
    expect(meets('mullah-omar-was-in-pakistan', "the leaders had kept Omar's death secret for two years")).toBe(false);
  });
});

describe('a remark referring back to the incident', () => {
  it.each([
    ['the attack had been directed from Afghan soil'],
    ["the bomber's handler had called him from across the border"],
    ['the attacker was in touch with his handlers until the end'],
    ['the hijackers had crossed over a week before'],
  ])('refers back: %s', (remark) => {
    expect(refersToIncident(remark)).toBe(true);
  });

  it.each([
    ['a bomber could strike anywhere'],
    ['the attackers are trained there'], // attackers in general, as often as the incident's
    ['bombers of the air force'],
  ])('names no particular incident: %s', (remark) => {
    expect(refersToIncident(remark)).toBe(false);
  });
});
