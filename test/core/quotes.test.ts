import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seed } from '../helpers/seeds';
import { findQuotes, type FoundQuote } from '../../src/core/quotes';
import { findCues, mayHoldCue } from '../../src/core/attribution-cues';
import { tokenizeSentence } from '../../src/core/sentence-tokens';
import { paragraphs } from '../../src/core/quote-marks';

const quoted = (found: FoundQuote[]) => found.filter((q) => q.kind !== 'reported');
const reported = (found: FoundQuote[]) => found.filter((q) => q.kind === 'reported');
const one = (found: FoundQuote[], start: string) => {
  const hits = found.filter((q) => q.text.startsWith(start));
  expect(hits, `one quote starting "${start}"`).toHaveLength(1);
  return hits[0]!;
};
/** [kind, text, speaker text, cue] of every quote, for compact expectations. */
const summary = (found: FoundQuote[]) => found.map((q) => [q.kind, q.text, q.speaker?.text, q.speaker?.via]);

/** Offsets must point at the very text reported. */
function expectConsistent(text: string, found: FoundQuote[]) {
  for (const q of found) {
    expect(q.parts.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(q.text);
    expect(q.start).toBeLessThanOrEqual(q.parts[0]!.start);
    expect(q.end).toBeGreaterThanOrEqual(q.parts[q.parts.length - 1]!.end);
    if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
  }
}

describe('findQuotes on the seed articles', () => {
  it('000 (UrduPoint): every quote, "Kibry" kept as written, the stray closing mark ignored', () => {
    const text = seed('000');
    const found = findQuotes(text);
    expectConsistent(text, found);
    expect(summary(quoted(found))).toEqual([
      ['direct', 'Pakistan has also been a major victim of terrorism', 'He', 'pointing out'],
      [
        'direct',
        "So, we're all -- we all have a shared sense of -- of the importance of closing down those safe havens and -- and not allowing them to be used by the Taliban or other terrorist networks to sow discord. And again, we're having that conversation with the Pakistanis all the time",
        'Kirby',
        'said',
      ],
      ['fragment', 'not heading in the right direction', 'the Pentagon official', 'said'],
      ['direct', 'The Afghan government possesses capability and capacity to defend itself', 'Kibry', 'said'],
    ]);
    expect(summary(reported(found))).toContainEqual([
      'reported',
      'Afghan security forces have the resources required to fight the Afghan Taliban',
      'Kirby',
      'said',
    ]);
  });

  it('001 (ANI): titles dropped from "Pentagon Press Secretary John F. Kirby"; a fragment with no cue has no speaker', () => {
    const text = seed('001');
    const found = findQuotes(text);
    expectConsistent(text, found);
    const first = one(found, 'We continue to have conversations');
    expect(first.kind).toBe('direct');
    expect(first.text).toBe(
      "We continue to have conversations with Pakistani leadership about the safe havens that exist along that border between Afghanistan and Pakistan. And we're mindful that those safe havens are only providing a source of more insecurity, more instability inside Afghanistan",
    );
    expect(first.speaker).toMatchObject({ text: 'John F. Kirby', via: 'said' });
    expect(one(found, 'We all have a shared sense').speaker).toMatchObject({ text: 'Kirby', via: 'added' });
    expect(one(found, 'The US will continue to support').speaker).toMatchObject({ text: 'Kirby', via: 'said' });
    const press = one(found, 'press the Taliban');
    expect(press).toMatchObject({ kind: 'fragment', text: 'press the Taliban to stop their military offensive' });
    expect(press.speaker).toBeUndefined();
    expect(quoted(found)).toHaveLength(4);
    expect(one(found, 'Pakistani safe heavens are helping').speaker).toMatchObject({ text: 'The US', via: 'said' });
  });

  it('002 (Kirby briefing): quotes before and after the attribution, pronoun speakers', () => {
    const text = seed('002');
    const found = findQuotes(text);
    expectConsistent(text, found);
    expect(summary(quoted(found)).map(([kind, t, who, via]) => [kind, (t as string).slice(0, 20), who, via])).toEqual([
      ['direct', 'Our message to the P', 'Kirby', 'said'],
      ['direct', 'But as for what the ', 'he', 'said'],
      ['direct', 'We recognise that Pa', 'Kirby', 'said'],
      ['direct', 'The Pakistani people', 'he', 'added'],
      ['direct', 'Our mission in Afgha', 'Kirby', 'said'],
    ]);
    expect(one(found, 'The Pakistani people').text).toContain('a safe haven (for terrorists) there');
    expect(one(found, 'The United States shares').speaker).toMatchObject({ text: 'the Pentagon', via: 'said' });
    expect(one(found, 'the US has had discussions').speaker).toMatchObject({ text: 'John Kirby', via: 'said' });
  });

  it('003 (Pakistan on US arms): Khan, Fitrat (not the television), Trump (never Biden), brackets kept', () => {
    const text = seed('003');
    const found = findQuotes(text);
    expectConsistent(text, found);
    expect(summary(quoted(found))).toEqual([
      ['fragment', 'terrorists', 'Pakistan', 'says'], // headline ‘terrorists’
      ['fragment', 'terrorists', 'Pakistan', 'says'], // headline 'terrorists'
      ['fragment', 'sufficient proof', 'Pakistan', 'said'],
      ['fragment', 'remains a source of concern', 'Shafqat Ali Khan', 'stated'],
      ['direct', 'The proofs are regularly provided', 'Khan', 'said'],
      [
        'direct',
        'We have given sufficient proof, and this remains an important component of our engagement with the Taliban authorities to convey that the terrorists enjoy sanctuary [in Afghanistan] for attacks inside Pakistan',
        'the spokesperson',
        'asserted',
      ],
      ['fragment', 'do not fall into the wrong hands.', 'Khan', 'said'],
      [
        'direct',
        'All weapons and military equipment are safely stored and maintained to prevent any potential misuse',
        'Fitrat',
        'quoted … as',
      ],
      ['fragment', 'gave our military equipment, a big chunk of it, to the enemy.', 'Donald Trump', 'claiming'],
      [
        'direct',
        'If we’re going to pay billions of dollars a year, tell them we’re not going to give them the money unless they give back our military equipment',
        'he',
        'said',
      ],
      ['fragment', 'spoils of the war.', 'Taliban officials', 'claim'],
    ]);
    const trump = one(found, 'gave our military equipment');
    expect(trump.speaker?.text ?? '').not.toContain('Biden');
    const claim = one(found, 'it had provided Taliban leaders');
    expect(claim.kind).toBe('reported');
    expect(claim.speaker).toMatchObject({ text: 'Pakistan', via: 'said' });
    expect(claim.text).toBe(
      'it had provided Taliban leaders in Afghanistan with “sufficient proof” to substantiate its claims that militants are using modern weapons left behind by the United States military for cross-border terrorism',
    );
    expect(one(found, 'the military hardware in question').speaker).toMatchObject({
      text: 'Hamdullah Fitrat',
      via: 'dismissed',
    });
  });

  it('004 (Bayan News): "The ministry" speaks, descriptors and parentheticals resolved', () => {
    const text = seed('004');
    const found = findQuotes(text);
    expectConsistent(text, found);
    expect(summary(quoted(found))).toEqual([
      ['direct', 'We want both sides to resolve any disputes through dialogue.', 'He', 'said'],
      [
        'direct',
        'These terrorists pose a serious threat to Pakistan’s security and have consistently used Afghan soil to carry out terrorist attacks inside Pakistan.',
        'The ministry',
        'added',
      ],
    ]);
    expect(one(found, 'the main objective of the attacks').speaker?.text).toBe('The Pakistani Ministry of Foreign Affairs');
    expect(one(found, 'the Taliban must ensure').speaker?.text).toBe('The White House spokesperson');
    expect(found.some((q) => q.text.startsWith('in the border clashes, one Pakistani soldier'))).toBe(false); // "It is said that"
  });
});

describe('quote marks', () => {
  it('finds straight, curly and guillemet quotes, and “…" closed by a straight mark', () => {
    expect(findQuotes('"We will stay," he said.')[0]).toMatchObject({
      kind: 'direct',
      text: 'We will stay',
      start: 0,
      end: 15,
    });
    expect(findQuotes('“We will stay,” he said.')[0]).toMatchObject({
      text: 'We will stay',
      speaker: { text: 'he' },
    });
    expect(findQuotes('«Nous restons», a-t-il dit.')[0]).toMatchObject({ text: 'Nous restons' });
    expect(findQuotes('“We have evidence," the minister said.')[0]).toMatchObject({
      text: 'We have evidence',
      speaker: { text: 'the minister', via: 'said' },
    });
  });

  it('keeps apostrophes out and finds single curly quotes used as marks', () => {
    const text = "“Pakistan's claims don't hold,” he said of the ’80s and the ‘proxy war’ talk.";
    expect(quoted(findQuotes(text)).map((q) => q.text)).toEqual(["Pakistan's claims don't hold", 'proxy war']);
    expect(findQuotes("Pakistan's army said it won't go back to the '90s.").filter((q) => q.kind !== 'reported')).toEqual([]);
  });

  it('cuts an unclosed curly quote at the paragraph end and drops an unclosed straight one', () => {
    expect(quoted(findQuotes('He called it “a betrayal of trust\n\nNext paragraph.'))).toMatchObject([
      { text: 'a betrayal of trust' },
    ]);
    expect(quoted(findQuotes('He said "this never closes\n\nNext "paragraph" here.'))).toMatchObject([{ text: 'paragraph' }]);
    expect(quoted(findQuotes('He bought a 5" screen.'))).toEqual([]);
  });

  it('continues a quote into the next paragraph that opens with a mark', () => {
    const text = '“We will fight on.\n\n“We will never surrender.”\n\nThe crowd cheered.';
    const [q] = findQuotes(text);
    expect(q).toMatchObject({ kind: 'direct', text: 'We will fight on. We will never surrender.', start: 0, end: 46 });
    expect(q!.parts).toHaveLength(2);
  });

  it('joins a quote broken by its attribution into one quote with two parts', () => {
    const text = '"We will not allow it," Kirby added, "and we will keep talking to Islamabad."';
    const found = findQuotes(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'direct',
      text: 'We will not allow it … and we will keep talking to Islamabad.',
      start: 0,
      end: text.length,
      speaker: { text: 'Kirby', via: 'added', start: 24, end: 29 },
    });
    expect(found[0]!.parts).toHaveLength(2);
  });

  it('does not join two quotes separated by a full stop', () => {
    expect(quoted(findQuotes('“We are ready,” Kirby said. “The talks go on.”'))).toHaveLength(2);
  });
});

describe('speakers', () => {
  const speakerOf = (text: string) => quoted(findQuotes(text))[0]?.speaker;

  it.each([
    ['Kirby said: “The talks continue.”', 'Kirby', 'said'],
    ['Kirby told reporters: “The talks continue.”', 'Kirby', 'told'],
    ['“The border stays closed,” said the spokesperson.', 'the spokesperson', 'said'],
    ['“The border stays closed,” the White House spokesperson stated.', 'the White House spokesperson', 'stated'],
    ['Mujahid, who spoke from Kabul, said “the claims are baseless.”', 'Mujahid', 'said'],
    ['Mujahid, the Taliban spokesman, insisted: "We have no role in this."', 'Mujahid', 'insisted'],
    ['"These are terrorists," Foreign Ministry spokesperson Shafqat Ali Khan told reporters.', 'Shafqat Ali Khan', 'told'],
    ['“The talks failed,” according to the ministry.', 'the ministry', 'according to'],
    ['State television quoted Mujahid as saying “no one will be allowed to use Afghan soil.”', 'Mujahid', 'quoted … as'],
    ['“All weapons are safely stored,” Fitrat was quoted as saying.', 'Fitrat', 'quoted … as'],
    ['“The strikes hit only hideouts,” the statement read.', 'the statement', 'read'],
    ['“The talks failed,” two Pakistani officials said.', 'two Pakistani officials', 'said'],
    ['“No one uses our soil,” Mujahid was quoted by state television as saying.', 'Mujahid', 'quoted … as'],
    ['The deputy spokesman has been quoted as saying “the weapons are in our depots.”', 'The deputy spokesman', 'quoted … as'],
    ['Dar says “the patience has run out.”', 'Dar', 'says'],
    ['She warned: “There will be a response.”', 'She', 'warned'],
    ['The Pentagon official emphasised that “the safe havens must close.”', 'The Pentagon official', 'emphasised'],
    ['They denied that “any fighters crossed the border.”', 'They', 'denied'],
  ])('%s → %s', (text, who, via) => {
    expect(speakerOf(text)).toMatchObject({ text: who, via });
    const s = speakerOf(text)!;
    expect(text.slice(s.start, s.end)).toBe(who);
  });

  it('takes the speaker from a paragraph that ends with a colon', () => {
    expect(speakerOf('Kirby said:\n\n“The talks continue.”')).toMatchObject({ text: 'Kirby', via: 'said' });
  });

  it('gives no speaker when two candidates disagree', () => {
    expect(speakerOf('Kirby said “we are talking,” Khan said.')).toBeUndefined();
  });

  it('gives no speaker when the cue is more than ~30 words away', () => {
    const text =
      'Kirby said that the United States, after many months of difficult and at times painful negotiations with the parties in the region and beyond, and after a great deal of reflection on all sides of the matter at hand, “remains committed.”';
    expect(speakerOf(text)).toBeUndefined();
  });

  it('gives no speaker for a medium or a bare mention, and never guesses', () => {
    expect(speakerOf('The report mentions “safe heavens” twice.')).toBeUndefined();
    expect(speakerOf('Khalilzad will "press the Taliban" in Doha.')).toBeUndefined();
    expect(speakerOf('The so-called "safe havens" remain a sore point, officials said.')).toBeUndefined();
  });
});

describe('reported claims', () => {
  it.each([
    [
      'Pakistan said Thursday it had provided Taliban leaders with sufficient proof.',
      'it had provided Taliban leaders with sufficient proof',
      'Pakistan',
      'said',
    ],
    [
      'The Taliban denied that their fighters had crossed into Pakistan last week.',
      'their fighters had crossed into Pakistan last week',
      'The Taliban',
      'denied',
    ],
    [
      'Islamabad alleged that the TTP operates from sanctuaries in Afghanistan.',
      'the TTP operates from sanctuaries in Afghanistan',
      'Islamabad',
      'alleged',
    ],
    [
      'According to the ministry, the attackers had crossed the border two days earlier.',
      'the attackers had crossed the border two days earlier',
      'the ministry',
      'according to',
    ],
    [
      'The attackers had crossed the border two days earlier, according to the ministry.',
      'The attackers had crossed the border two days earlier',
      'the ministry',
      'according to',
    ],
    // An attribution closing the sentence, with where, when or to whom after its verb.
    [
      'Pakistan has no intention of holding talks with the banned TTP, the Foreign Office said on Thursday.',
      'Pakistan has no intention of holding talks with the banned TTP',
      'the Foreign Office',
      'said',
    ],
    [
      "American officials have long alleged that the network's leaders move freely in the tribal areas.",
      "the network's leaders move freely in the tribal areas",
      'American officials',
      'alleged',
    ],
    [
      'In a later statement the movement said its leadership had not known that the Al Qaeda chief was in Kabul.',
      'its leadership had not known that the Al Qaeda chief was in Kabul',
      'the movement',
      'said',
    ],
    [
      'The UN monitoring team said that several thousand TTP fighters were based in Afghanistan.',
      'several thousand TTP fighters were based in Afghanistan',
      'The UN monitoring team',
      'said',
    ],
    // A bare clause is a claim, whatever it opens with; the judge decides whether it makes one of the pack's.
    [
      'He said terrorists were operating from the mountains across the river.',
      'terrorists were operating from the mountains across the river',
      'He',
      'said',
    ],
    // A quantifier opens a bare clause as a determiner does.
    [
      'Officials in Khost said no outsiders lived in the village for years.',
      'no outsiders lived in the village for years',
      'Officials',
      'said',
    ],
    [
      'The spokesman said several hundred families left the district after the strikes.',
      'several hundred families left the district after the strikes',
      'The spokesman',
      'said',
    ],
    [
      'The spokesman said most of the dead were women and children from the camp.',
      'most of the dead were women and children from the camp',
      'The spokesman',
      'said',
    ],
    // A participle's subject is the name before a description set off by commas.
    [
      "The chief spokesman Zabihullah Mujahid, the movement's voice, went further on Wednesday, alleging that the camps were across the river.",
      'the camps were across the river',
      'Zabihullah Mujahid',
      'alleging',
    ],
    [
      'The monitoring team said this year that the camps were across the river.',
      'the camps were across the river',
      'The monitoring team',
      'said',
    ],
    // Words saying when or how before "that" are not the clause.
    [
      'The chief spokesman Zabihullah Mujahid said last month that refugees had no role in the unrest.',
      'refugees had no role in the unrest',
      'Zabihullah Mujahid',
      'said',
    ],
    [
      'The ministry said on 28 December that its forces had hit a number of locations in the east.',
      'its forces had hit a number of locations in the east',
      'The ministry',
      'said',
    ],
    // A bare clause whose subject holds a description set off by commas.
    [
      'Spokesman Zabihullah Mujahid said dozens of people, including women and children, had been killed or wounded.',
      'dozens of people, including women and children, had been killed or wounded',
      'Zabihullah Mujahid',
      'said',
    ],
    // A document by its author speaks for the author: the whole phrase is the speaker, so the author can be named.
    [
      'A statement by the Pakistani foreign ministry said Afghan soil was being used by the TTP to plan attacks.',
      'Afghan soil was being used by the TTP to plan attacks',
      'A statement by the Pakistani foreign ministry',
      'said',
    ],
    [
      'A report by the UN monitoring team, sent to the Security Council, said several thousand TTP fighters were based in Afghanistan.',
      'several thousand TTP fighters were based in Afghanistan',
      'A report by the UN monitoring team',
      'said',
    ],
    // Whose a document is, named at length; a document in the plural opening the sentence.
    [
      'A report by the United Nations sanctions monitoring team said that most of the fighters stayed in the east.',
      'most of the fighters stayed in the east',
      'A report by the United Nations sanctions monitoring team',
      'said',
    ],
    [
      'Reports by the monitoring team have said that most of the fighters stayed in the east.',
      'most of the fighters stayed in the east',
      'Reports by the monitoring team',
      'said',
    ],
    // An institution is known by where it sits; a person is not ("a security official in Chaman" is the official).
    [
      'The UN mission in Afghanistan said civilians had been killed in the strikes on Paktika.',
      'civilians had been killed in the strikes on Paktika',
      'The UN mission in Afghanistan',
      'said',
    ],
    [
      'A security official in Chaman said the attackers had crossed the border at night.',
      'the attackers had crossed the border at night',
      'A security official',
      'said',
    ],
    // Nor is a body named without "the" ("Afghan police in Jalalabad": some police there).
    [
      'Afghan police in Jalalabad said a Pakistani fighter jet had been shot down over the city.',
      'a Pakistani fighter jet had been shot down over the city',
      'Afghan police',
      'said',
    ],
    // A bare clause whose subject is a long noun phrase: a place list, a tally.
    [
      'He said air strikes in the Shigal and Dangam districts of Kunar had wounded four more civilians.',
      'air strikes in the Shigal and Dangam districts of Kunar had wounded four more civilians',
      'He',
      'said',
    ],
    [
      'The minister said nine of the eleven suicide bombers in attacks this spring were Afghan citizens.',
      'nine of the eleven suicide bombers in attacks this spring were Afghan citizens',
      'The minister',
      'said',
    ],
    // Verbs of saying in the plural present.
    [
      "The Taliban reply that Pakistan's militancy is its own internal affair and nobody else's.",
      "Pakistan's militancy is its own internal affair and nobody else's",
      'The Taliban',
      'reply',
    ],
    [
      'Kabul countered that the militants had come from camps inside Pakistan.',
      'the militants had come from camps inside Pakistan',
      'Kabul',
      'countered',
    ],
    // An aside set off by commas between the verb and "that".
    [
      'Pakistani officials said, however, that the attackers were Afghan nationals based in Kunar.',
      'the attackers were Afghan nationals based in Kunar',
      'Pakistani officials',
      'said',
    ],
    [
      'The spokesman said, in a statement issued in Kabul on Sunday, that the strikes had killed many civilians in Paktika.',
      'the strikes had killed many civilians in Paktika',
      'The spokesman',
      'said',
    ],
    [
      'The deputy spokesman Hamdullah Fitrat said no Baloch armed group had a presence in Afghanistan.',
      'no Baloch armed group had a presence in Afghanistan',
      'Hamdullah Fitrat',
      'said',
    ],
    [
      'Chief spokesman Zabihullah Mujahid said claims that the Taliban had sold American rifles to other groups were false.',
      'claims that the Taliban had sold American rifles to other groups were false',
      'Zabihullah Mujahid',
      'said',
    ],
    // A name, then a clause set off by a comma that describes them as saying something.
    [
      "Muttaqi's remarks followed a speech by Defence Minister Khawaja Asif, who said the militants were operating out of Afghanistan.",
      'the militants were operating out of Afghanistan',
      'Khawaja Asif',
      'said',
    ],
    // What a relative clause says someone says of its antecedent.
    [
      'Khan repeated his concern over attacks by the TTP, which Islamabad says operates from Afghan soil.',
      'operates from Afghan soil',
      'Islamabad',
      'says',
    ],
    // … and a restrictive one, with "that" and no comma.
    [
      'The faction is a militant group from North Waziristan that Pakistan says now operates out of Afghanistan.',
      'now operates out of Afghanistan',
      'Pakistan',
      'says',
    ],
    // The speaker's own name for something: "condemned what it called …".
    [
      "The Taliban's defence ministry condemned what it called a violation of Afghan airspace and sovereignty.",
      'a violation of Afghan airspace and sovereignty',
      "The Taliban's defence ministry",
      'called',
    ],
    [
      'Former president Hamid Karzai condemned the strikes as a blatant violation of Afghan sovereignty.',
      'the strikes as a blatant violation of Afghan sovereignty',
      'Former president Hamid Karzai',
      'condemned',
    ],
    // A dateline opening the sentence is no part of what was said.
    [
      'ISLAMABAD, Aug 29 (APP): Pakistan will not hold talks with the banned TTP, the Foreign Office said on Thursday.',
      'Pakistan will not hold talks with the banned TTP',
      'the Foreign Office',
      'said',
    ],
    [
      'TTP fighters - dozens of them - crossed into Bajaur from Kunar, the ISPR said on Monday.',
      'TTP fighters - dozens of them - crossed into Bajaur from Kunar',
      'the ISPR',
      'said',
    ],
    [
      'The Taliban were sheltering the TTP leadership in Kabul, two Pakistani officials told Reuters.',
      'The Taliban were sheltering the TTP leadership in Kabul',
      'two Pakistani officials',
      'told',
    ],
    // What a statement recalls, confirms or concludes is reported like what it says.
    [
      'The statement recalled that the gunmen who stopped the bus near Quetta had phoned handlers in Kandahar throughout.',
      'the gunmen who stopped the bus near Quetta had phoned handlers in Kandahar throughout',
      'The statement',
      'recalled',
    ],
    [
      'The commission concluded that the bombers had trained in camps across the border in Kunar.',
      'the bombers had trained in camps across the border in Kunar',
      'The commission',
      'concluded',
    ],
    // An institution whose name ends in its place, with or without its acronym in brackets.
    [
      'The United Nations Assistance Mission in Afghanistan said it had received reports that a school in Khost was hit.',
      'it had received reports that a school in Khost was hit',
      'The United Nations Assistance Mission in Afghanistan',
      'said',
    ],
    [
      'The UN Assistance Mission in Afghanistan (UNAMA) said that eleven people had been wounded in Spin Boldak.',
      'eleven people had been wounded in Spin Boldak',
      'The UN Assistance Mission in Afghanistan',
      'said',
    ],
    // A participle of reporting after a comma, and a second participle after "and".
    [
      'The UN sanctions monitoring team went further, reporting last year that Taliban commanders were moving TTP families into Ghazni.',
      'Taliban commanders were moving TTP families into Ghazni',
      'The UN sanctions monitoring team',
      'reporting',
    ],
    [
      'Senator Jane Doyle, a Republican, went further, calling the aid wasteful and alleging that the army had warned the camps before each raid.',
      'the army had warned the camps before each raid',
      'Jane Doyle',
      'alleging',
    ],
    // The sentence's subject ends before the comma that closes it: "His deputy, Karim Daud, described … and said …".
    [
      'His deputy, Karim Daud, described the report as propaganda and said the rifles had come from markets in Peshawar years ago.',
      'the rifles had come from markets in Peshawar years ago',
      'Karim Daud',
      'said',
    ],
    // A name after a person the spokesman speaks for is that person's, not the spokesman's.
    [
      'A spokesman for the Afghan president, Ashraf Ghani, said that Pakistan was giving safe havens to the Taliban.',
      'Pakistan was giving safe havens to the Taliban',
      'A spokesman for the Afghan president',
      'said',
    ],
    // A possessive title inside the phrase: the office is the governor's, and the spokesman speaks for it.
    [
      "A spokesman for the Kunar governor's office said that mortar rounds fired from across the line had hit two houses.",
      'mortar rounds fired from across the line had hit two houses',
      "A spokesman for the Kunar governor's office",
      'said',
    ],
    // A role with whose it is ("of the foreign ministry"), then the name between commas: the name speaks.
    [
      'In Islamabad, the spokesperson of Pakistan’s foreign ministry, Mumtaz Zahra Baloch, confirmed that the jets had struck camps in Khost.',
      'the jets had struck camps in Khost',
      'Mumtaz Zahra Baloch',
      'confirmed',
    ],
  ])('%s', (text, clause, who, via) => {
    const found = findQuotes(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'reported',
      text: clause,
      speaker: { text: who, via },
    });
    expectConsistent(text, found);
  });

  it("reads a relative clause's claim with its antecedent", () => {
    const text = 'Relations have been tense since the air strikes in Paktika in December, which Kabul said killed civilians.';
    const [claim] = findQuotes(text);
    expect(claim).toMatchObject({ text: 'killed civilians', speaker: { text: 'Kabul', via: 'said' } });
    expect(text.slice(claim!.about!.start, claim!.about!.end)).toBe(
      'air strikes in Paktika in December, which Kabul said killed civilians',
    );
    // "where" and "whose", and a speaker in the plural, read the same way.
    expect(
      findQuotes('Most of the attacks were claimed by the TTP, whose leaders Islamabad says live in Afghanistan.')[0],
    ).toMatchObject({ text: 'live in Afghanistan', speaker: { text: 'Islamabad', via: 'says' } });
    expect(
      findQuotes('He meant Quetta, where US and Afghan officials say the Taliban leadership council meets.')[0],
    ).toMatchObject({
      text: 'the Taliban leadership council meets',
      speaker: { text: 'US and Afghan officials', via: 'say' },
    });
    // The antecedent starts right after a bracket or a comma: its first word is kept.
    const bracketed = 'Islamabad blamed a new group (TTP, which Islamabad says operates from Afghan soil) for the raid.';
    const [inBrackets] = findQuotes(bracketed);
    expect(bracketed.slice(inBrackets!.about!.start, inBrackets!.about!.end)).toBe(
      'TTP, which Islamabad says operates from Afghan soil',
    );
    // The clause ends at the bracket or comma that closes it: the sentence goes on after it.
    expect(inBrackets!.text).toBe('operates from Afghan soil');
    expect(
      findQuotes('Islamabad blamed the Hafiz Gul Bahadur group, which Islamabad says operates from Afghan soil, for the raid.')[0]
        ?.text,
    ).toBe('operates from Afghan soil');
  });

  it('reads a claim whose attribution stands between its subject and its verb, with its subject', () => {
    const text = 'The TTP, Mujahid said, was not part of the Islamic Emirate and did not share its goals.';
    const [claim] = findQuotes(text);
    expect(claim).toMatchObject({
      kind: 'reported',
      text: 'was not part of the Islamic Emirate and did not share its goals',
      speaker: { text: 'Mujahid', via: 'said' },
    });
    expect(text.slice(claim!.about!.start, claim!.about!.end)).toBe(
      'The TTP, Mujahid said, was not part of the Islamic Emirate and did not share its goals',
    );
    expectConsistent(text, [claim!]);
    expect(findQuotes('Its fight with Islamabad, he went on, was a matter for Pakistan alone.')[0]).toMatchObject({
      speaker: { text: 'he', via: 'went on' },
    });
    // Not an apposition, a condition, or an aside that is no attribution.
    for (const other of [
      'Kabul, the capital, was quiet on Friday after a week of protests.',
      'If the talks fail, he said, the border will stay closed for months.',
      'The TTP, meanwhile, has stepped up its attacks on police posts in the north-west.',
    ])
      expect(reported(findQuotes(other))).toEqual([]);
  });

  it('splits off a clause reported with its own verb and an object before "that"', () => {
    const texts = findQuotes(
      'The Islamic Emirate says 46 people, most of them women and children, were killed when aircraft bombed villages in Barmal, and has warned Islamabad that the attack will not go unanswered by its forces.',
    ).map((q) => [q.text, q.speaker?.via]);
    expect(texts).toEqual([
      ['46 people, most of them women and children, were killed when aircraft bombed villages in Barmal', 'says'],
      ['the attack will not go unanswered by its forces', 'warned'],
    ]);
    // Only a description is skipped in a bare clause's subject, not a clause of its own ("…, who were armed, …").
    expect(
      reported(findQuotes('Officials said dozens of men, who were armed, had crossed from Afghanistan through Kunar.')),
    ).toEqual([]);
  });

  /** The speakers of the remarks found in a sentence, as the grammar wrote them. */
  const speakersIn = (sentence: string) => findQuotes(sentence).map((q) => q.speaker?.text);

  it('reads people named by where they are as those people, not as an institution of that place', () => {
    // Capitalised only because they open the sentence (or follow its dateline): "Diplomats in Islamabad" are
    // diplomats, no body seated there.
    const cases: [string, string][] = [
      ['Diplomats in Islamabad said that terrorists were using Afghan territory to attack Pakistan.', 'Diplomats'],
      ['Elders in Spera said no outsiders had lived in the village for years.', 'Elders'],
      ['Residents in the valley said the shells had landed on houses near the school.', 'Residents'],
      ['KABUL (Reuters) - Officials in Kabul said the shells had landed on houses near the school.', 'Officials'],
      ['Later, diplomats in Islamabad said that terrorists were using Afghan territory to attack.', 'diplomats'],
    ];
    for (const [sentence, speaker] of cases) expect(speakersIn(sentence), sentence).toEqual([speaker]);
    // A name followed by where it sits is still no speaker of the place's ("Kirby in Kabul").
    expect(findQuotes('Kirby in Kabul said the strikes had killed many civilians in the village.')).toEqual([]);
  });

  it("reads a name's affiliation in brackets as the name's, as records of UN meetings write a speaker's country", () => {
    const cases: [string, string][] = [
      ['MUNIR AKRAM (Pakistan) said his country had borne the brunt of terrorism from across the border.', 'MUNIR AKRAM'],
      ['Robert Wood (United States) said Washington remained concerned that the groups were still active.', 'Robert Wood'],
      ['VASSILY NEBENZIA (Russian Federation) said that the hasty withdrawal had left huge stocks of arms.', 'VASSILY NEBENZIA'],
      [
        'The Inter-Services Public Relations (ISPR) said the attackers had crossed from the other side.',
        'The Inter-Services Public Relations',
      ],
    ];
    for (const [sentence, speaker] of cases) expect(speakersIn(sentence), sentence).toEqual([speaker]);
    // Brackets after no name, or holding more than a few capitalised words, are not skipped.
    expect(findQuotes('Robert Wood (speaking for the delegation) said the groups were still active there.')).toEqual([]);
    expect(findQuotes('A spokesman (Pakistan) said the groups were still active across the border.')).toEqual([]);
    expect(findQuotes('Robert Wood (Permanent Mission Of The United States) said the groups were active.')).toEqual([]);
  });

  it('emits nothing for short clauses, sentences with a direct quote, or passives', () => {
    expect(findQuotes('He said it.')).toEqual([]);
    expect(findQuotes('Mujahid rejected the claims.')).toEqual([]);
    expect(findQuotes('It is said that one soldier was killed and three others were injured.')).toEqual([]);
    // "reporting" that opens no clause is no cue.
    expect(
      findQuotes(
        'The army issued a statement, noting the raid, and reporting agencies and the police said that ten people died.',
      ).map((q) => q.speaker?.via),
    ).not.toContain('reporting');
    // A participle after "and" with no participle set off before it is no cue.
    expect(
      findQuotes('The army cleared the valley in June and reporting that the roads were open was left to the police.'),
    ).toEqual([]);
    // "said nothing" reports nothing.
    expect(findQuotes('The spokesman said nothing about the convoy attacked near the border in Kurram on Sunday.')).toEqual([]);
    // A long object after "said" with no finite verb of its own is no bare clause.
    expect(findQuotes('The envoy said goodbye to the delegates of both countries at the end of a long day in Doha.')).toEqual([]);
    // "recalled" with no clause after it reports nothing; a person named before a place is not an institution.
    expect(findQuotes('The minister recalled the strikes of 2014 in a long speech to the assembly in Islamabad.')).toEqual([]);
    expect(findQuotes('Kirby in Kabul said that the weapons left behind in 2021 were not a matter for Washington.')).toEqual([]);
    expect(reported(findQuotes('Kirby said, "We recognise that Pakistan has a stake in a stable Afghanistan."'))).toEqual([]);
    // A closing cue that goes on to a clause of its own is not closing the sentence.
    expect(
      findQuotes('The Taliban were sheltering the TTP leadership in Kabul, officials said, adding nothing more.').map(
        (q) => q.text,
      ),
    ).not.toContain('The Taliban were sheltering the TTP leadership in Kabul');
    // A clause set off by a comma after a description, not a name, gives nobody's words.
    expect(
      reported(findQuotes('The attack drew a response from the ministry, who said the militants had come from Afghan soil.')),
    ).toEqual([]);
  });
});

describe('robustness', () => {
  it('handles RTL text and zero-width characters', () => {
    const rtl = 'ذبيح الله مجاهد قال: «لن نسمح باستخدام أراضينا» ضد أي دولة.';
    expect(quoted(findQuotes(rtl))).toMatchObject([{ text: 'لن نسمح باستخدام أراضينا' }]);
    const zw = 'Zero\u200Bwidth “quote\u200B here,” he\u200B said.';
    const found = findQuotes(zw);
    expect(found).toMatchObject([{ text: 'quote\u200B here', speaker: { text: 'he' } }]);
  });

  it('stays linear on 10,000 quote marks', () => {
    expect(findQuotes('"a" '.repeat(5000))).toHaveLength(5000);
    expect(findQuotes('“'.repeat(10000))).toHaveLength(1); // one unclosed curly quote, cut at the end
    expect(findQuotes('"'.repeat(10000))).toEqual([]);
    expect(findQuotes('Kirby said “a” and ‘b’ «c» '.repeat(2500)).length).toBeGreaterThanOrEqual(7500);
  });

  it('finishes on 5 MB inputs', { timeout: 60_000 }, () => {
    const sentence = 'Kirby said, “We are here,” and he added that the talks continue for a while. ';
    const big = sentence.repeat(Math.ceil(5e6 / sentence.length));
    expect(findQuotes(big)).toHaveLength(Math.ceil(5e6 / sentence.length));
    expect(findQuotes('a'.repeat(5e6))).toEqual([]);
    expect(findQuotes('"'.repeat(5e6))).toEqual([]);
    expect(findQuotes('said he “a” the Kirby, '.repeat(2e5))).toHaveLength(2e5);
  });

  it('reads a comma-set name at the very start of the text without looking before it', () => {
    // Found by the property below: nothing stands before the first comma to be a title.
    for (const text of [',K, said ', ', Kirby, said that', ',Mujahid, told reporters "no"'])
      expect(() => findQuotes(text)).not.toThrow();
  });

  it('never throws and keeps every offset inside the text (property)', () => {
    const alphabet = fc.constantFrom(
      ...'ab K.,:; \n\n"“”‘’\'«»[]()'.split(''),
      ' said ',
      ' Kirby ',
      ' the spokesperson ',
      ' according to ',
      '\u200B',
      'ق',
      '\u202E',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 200 }).map((xs) => xs.join('')),
        (text) => {
          for (const q of findQuotes(text)) {
            for (const p of q.parts) {
              expect(0 <= p.start && p.start < p.end && p.end <= text.length).toBe(true);
              expect(q.text).toContain(text.slice(p.start, p.end));
            }
            if (q.speaker)
              expect(0 <= q.speaker.start && q.speaker.start < q.speaker.end && q.speaker.end <= text.length).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(() => findQuotes(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('mixed marks', () => {
  it('a straight mark inside a curly quote does not end it when a curly closing mark follows', () => {
    const text = '“We have given sufficient proof, he said "no" then and this remains important,” the spokesperson asserted.';
    const [q] = findQuotes(text);
    expect(q?.text).toBe('We have given sufficient proof, he said "no" then and this remains important');
  });
  it('a curly quote closed by a straight mark still closes', () => {
    const [q] = findQuotes('“We want both sides to resolve any disputes," he said.');
    expect(q?.text).toBe('We want both sides to resolve any disputes');
  });
});

describe('denials, accusations and blame that no verb of saying introduces', () => {
  const claims = (text: string) =>
    reported(findQuotes(text)).map((q) => ({ text: q.text, speaker: q.speaker?.text, via: q.speaker?.via }));

  it.each([
    [
      'The border ministry flatly denied shelling the villages near the crossing.',
      'shelling the villages near the crossing',
      'The border ministry',
      'denied',
    ],
    [
      'Officials in the capital have long rejected charges that the province hosts training camps.',
      'the province hosts training camps',
      'Officials in the capital',
      'rejected',
    ],
    [
      'The governor accused the neighbouring army of arming the rebels, pointing to seized rifles.',
      'the neighbouring army of arming the rebels',
      'The governor',
      'accused',
    ],
    [
      'The interior ministry blamed border guards for starting the exchange of fire.',
      'border guards for starting the exchange of fire',
      'The interior ministry',
      'blamed',
    ],
    // An accusation inside the sentence: its subject is the words before the verb, past an aside.
    [
      'The talks stalled a month after the governor, speaking at a rally, accused the neighbouring army of arming the rebels, and trade fell.',
      'the neighbouring army of arming the rebels',
      'the governor',
      'accused',
    ],
    [
      'Ties have soured, with the capital accusing the province of hiding the rebels and Kabul protesting the expulsions.',
      'the province of hiding the rebels',
      'the capital',
      'accusing',
    ],
    [
      'Ties soured as Washington and the capital accused the province of hiding the rebels.',
      'the province of hiding the rebels',
      'Washington and the capital',
      'accused',
    ],
    // A dateline before the subject, and an adverb before the gerund.
    [
      'WASHINGTON - The senior general accused the neighbouring army on Thursday of directly arming the rebels.',
      'the neighbouring army on Thursday of directly arming the rebels',
      'The senior general',
      'accused',
    ],
    [
      'THE CAPITAL/RIVERTON, July 16 (Wire) - The governor accused the neighbouring army of arming the rebels.',
      'the neighbouring army of arming the rebels',
      'The governor',
      'accused',
    ],
  ])('%s', (sentence, claim, speaker, via) => {
    expect(claims(sentence)).toEqual([{ text: claim, speaker, via }]);
  });

  it.each([
    'If they deny shelling the villages, nothing changes.',
    'The minister denied it.',
    'The governor accused the army.',
    'Nobody blamed the guards for long.',
    'Ties soured after the governor accused the army of treachery.',
    'The talks stalled after it accused the army of arming the rebels.',
  ])('finds no reported claim in: %s', (sentence) => {
    expect(claims(sentence)).toEqual([]);
  });
});

describe('denials that name what they deny only by reference', () => {
  const found = (text: string) =>
    reported(findQuotes(text)).map((q) => ({
      text: q.text,
      speaker: q.speaker?.text,
      via: q.speaker?.via,
      about: q.about && text.slice(q.about.start, q.about.end),
    }));

  it('a sentence denying "the charge" denies what the sentence before it says', () => {
    const text =
      'The province blames the neighbouring government for letting rebels train on its land. The neighbouring government rejects the accusation.';
    expect(found(text)).toContainEqual({
      text: 'The neighbouring government rejects the accusation',
      speaker: 'The neighbouring government',
      via: 'rejects',
      about: 'The province blames the neighbouring government for letting rebels train on its land.',
    });
  });

  it('", a charge X denies" closing a sentence denies the clause before it, which stays the first speaker’s claim', () => {
    const text =
      'Observers have said that rebel commanders live openly in the border towns, a charge the capital has always denied.';
    expect(found(text)).toEqual([
      { text: 'rebel commanders live openly in the border towns', speaker: 'Observers', via: 'said', about: undefined },
      {
        text: 'a charge the capital has always denied',
        speaker: 'the capital',
        via: 'denied',
        about: 'Observers have said that rebel commanders live openly in the border towns',
      },
    ]);
  });

  it('a trailing adverb ends the denial as well: ", a charge the capital has rejected repeatedly"', () => {
    const text =
      'Observers said that rebel commanders were living openly in the border towns, a charge the capital has rejected repeatedly.';
    expect(found(text).map((q) => [q.text, q.speaker, q.via])).toEqual([
      ['rebel commanders were living openly in the border towns', 'Observers', 'said'],
      ['a charge the capital has rejected repeatedly', 'the capital', 'rejected'],
    ]);
  });

  it('a denial by reference may close with a clause of time: ", a charge the capital swiftly rejected as …"', () => {
    const text =
      'The governor accused the capital of arming the rebels in the hills, a charge the capital swiftly rejected as the fighting spread.';
    expect(found(text).map((q) => [q.text, q.speaker, q.via])).toEqual([
      ['the capital of arming the rebels in the hills', 'The governor', 'accused'],
      ['a charge the capital swiftly rejected', 'the capital', 'rejected'],
    ]);
  });

  it.each([
    [
      'The province blames its neighbour for the raids. The neighbour, however, rejected the allegations made by the province.',
      'rejected',
    ],
    ['The province blames its neighbour for the raids. The government of the neighbour has rejected that outright.', 'rejected'],
  ])('an aside, "made by …" or "outright" still make a denial by reference: %s', (text, via) => {
    const denial = found(text).find((q) => q.about);
    expect(denial?.via).toBe(via);
    expect(denial?.about).toBe('The province blames its neighbour for the raids.');
  });

  it('reads a short reported clause when it denies a charge by reference ("said the accusations were baseless")', () => {
    expect(reportedTexts('The general said through his spokesman that the accusations were baseless.')).toEqual([
      'the accusations were baseless',
    ]);
    expect(reportedTexts('The general said through his spokesman that the talks were over.')).toEqual([]);
  });

  it.each([
    // Nothing before it in the paragraph to refer to.
    'The neighbouring government rejects the accusation.',
    // What is rejected is no charge.
    'The province held talks on trade.\n\nThe rebels rejected the talks.',
    'The province held talks on trade. The rebels rejected the offer of talks.',
    // A denial with its own content is another shape (reported-verbs.ts), not a reference.
    'The province held talks on trade. If they deny the charge, nothing changes.',
  ])('finds no denial by reference in: %s', (text) => {
    expect(found(text).filter((q) => q.about)).toEqual([]);
  });
});

describe('one report holding two claims', () => {
  it('"denied A, and said B": two reported claims, the second reported by its own verb, not the denial', () => {
    const text =
      'The spokesman denied that rebel fighters were sheltering in the northern valleys, and said the government would let no armed group use its land.';
    expect(reported(findQuotes(text)).map((q) => [q.text, q.speaker?.via])).toEqual([
      ['rebel fighters were sheltering in the northern valleys', 'denied'],
      ['the government would let no armed group use its land', 'said'],
    ]);
  });

  it.each([
    [
      'The Taliban deny harbouring the groups and say insecurity in Pakistan is a matter for Pakistan to resolve.',
      [
        ['harbouring the groups', 'deny'],
        ['insecurity in Pakistan is a matter for Pakistan to resolve', 'say'],
      ],
    ],
    [
      'The spokesman denied that rebel fighters were sheltering in the valleys and said the government would let no group use its land.',
      [
        ['rebel fighters were sheltering in the valleys', 'denied'],
        ['the government would let no group use its land', 'said'],
      ],
    ],
    [
      'He said the unrest was a matter for the lowlands alone, and suggested the rifles had come from the old bazaars.',
      [
        ['the unrest was a matter for the lowlands alone', 'said'],
        ['the rifles had come from the old bazaars', 'suggested'],
      ],
    ],
    [
      "It said the group operates from Afghan soil with a neighbour's backing, and urged other countries to act against its financing.",
      [
        ["the group operates from Afghan soil with a neighbour's backing", 'said'],
        ['other countries to act against its financing', 'urged'],
      ],
    ],
    [
      'The movement says two shepherds were killed when the shells hit the valley, and has warned that it will answer in its own time.',
      [
        ['two shepherds were killed when the shells hit the valley', 'says'],
        ['it will answer in its own time', 'warned'],
      ],
    ],
  ])('"A and says B" without a comma, or ", and urged B": each clause with its own verb: %s', (text, expected) => {
    expect(reported(findQuotes(text)).map((q) => [q.text, q.speaker?.via])).toEqual(expected);
  });
});

/** The reported claims found in a text, as their words. */
const reportedTexts = (text: string) => reported(findQuotes(text)).map((q) => q.text);

describe('"said that A and that B"', () => {
  it('gives a claim per clause, with or without a comma before "and that"', () => {
    for (const text of [
      'The officer said that the group kept its camps in the northern valleys and that its recruits came from the lowlands.',
      'The officer said that the group kept its camps in the northern valleys, and that its recruits came from the lowlands.',
    ])
      expect(reportedTexts(text)).toEqual([
        'the group kept its camps in the northern valleys',
        'its recruits came from the lowlands',
      ]);
  });

  it('keeps "that" inside a clause that is not a second report ("so that", "and that is why")', () => {
    const text = 'The officer said that the group moved its camps north so that its recruits could train unseen.';
    expect(reportedTexts(text)).toEqual(['the group moved its camps north so that its recruits could train unseen']);
  });
});

describe('"…said A, while B said C"', () => {
  it.each([
    [
      'The officer said the camps had been emptied before the raid, while the rebel commander said his fighters were still in the hills.',
      ['the camps had been emptied before the raid', 'The officer', 'said'],
      ['his fighters were still in the hills', 'the rebel commander', 'said'],
    ],
    // The second subject described between commas.
    [
      'The officer said the camps had been emptied before the raid, while Gul Khan, the rebel commander, said his fighters were still in the hills.',
      ['the camps had been emptied before the raid', 'The officer', 'said'],
      ['his fighters were still in the hills', 'Gul Khan', 'said'],
    ],
    // "…; according to X, …" after a semicolon.
    [
      'The Foreign Office had said that the ceasefire announced on October 15 was agreed at the request of the Taliban; according to the spokesman, the request had come from the Pakistani side.',
      ['the ceasefire announced on October 15 was agreed at the request of the Taliban', 'The Foreign Office', 'said'],
      ['the request had come from the Pakistani side', 'the spokesman', 'according to'],
    ],
  ])("ends the first report where a second opens, and reads it as its own subject's: %s", (text, first, second) => {
    expect(reported(findQuotes(text)).map((q) => [q.text, q.speaker?.text, q.speaker?.via])).toEqual([first, second]);
  });

  it('keeps a semicolon with no "according to" inside the report', () => {
    expect(
      reportedTexts(
        'The ministry said the ceasefire had been agreed at the request of the Taliban; talks would follow in Istanbul.',
      ),
    ).toEqual(['the ceasefire had been agreed at the request of the Taliban; talks would follow in Istanbul']);
  });

  it('keeps "while" that opens no report ("while the talks went on")', () => {
    const text = 'The officer said the camps had been emptied, while the talks went on in the capital.';
    expect(reportedTexts(text)).toEqual(['the camps had been emptied, while the talks went on in the capital']);
    // Nor a clause set off by commas with no verb of saying after it.
    const aside = 'The officer said the camps had been emptied, while the talks, as expected, went on in the capital.';
    expect(reportedTexts(aside)).toEqual(['the camps had been emptied, while the talks, as expected, went on in the capital']);
  });
});

describe('the evidence a speaker cites', () => {
  it.each([
    [
      'The officer said that the raids had come from across the river, citing the bombing of the bridge at Dera in May.',
      'the raids had come from across the river',
    ],
    [
      'The officer said the raids had come from across the river, pointing to the tracks found at the ford.',
      'the raids had come from across the river',
    ],
  ])('is no part of the reported claim: %s', (text, claim) => {
    expect(reportedTexts(text)).toEqual([claim]);
  });

  it('keeps "citing" that follows no comma', () => {
    expect(reportedTexts('The officer said the court was citing old laws in its ruling on the ford.')).toEqual([
      'the court was citing old laws in its ruling on the ford',
    ]);
  });
});

describe('the cue pre-check', () => {
  // findQuotes tokenizes for the grammar only the sentences mayHoldCue lets through: it must never
  // turn away a sentence in which findCues finds a cue.
  const words = [
    'Khan',
    'Mujahid',
    'the',
    'ministry',
    'spokesman',
    'he',
    'officials',
    'Kabul',
    'that',
    'as',
    'on',
    'to',
    'said',
    'Said',
    'SAID',
    'told',
    'according',
    'quoted',
    'went',
    'saying',
    'adding',
    'describing',
    'calling',
    'continued',
    'asked',
    'posted',
    'read',
    'called',
    'described',
    'denied',
    'rejected',
    'warned',
    'wrote',
    'was',
    'by',
    'state',
    'television',
    'so-called',
    'unsaid',
    'retold',
    ',',
    ':',
    '.',
    '—',
  ];
  it('lets through every sentence in which the grammar finds a cue', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), (picked) => {
        const text = picked.join(' ');
        const cues = findCues(tokenizeSentence(text, { start: 0, end: text.length }, []));
        if (cues.length) expect(mayHoldCue(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it('turns away a sentence with no quote and no word of saying', () => {
    expect(mayHoldCue('Pakistani jets struck hideouts in Paktika overnight.')).toBe(false);
    expect(mayHoldCue('Officials said the jets struck hideouts.')).toBe(true);
  });
});

describe('paragraphs', () => {
  /** The definition: the text split at every line break, each piece trimmed, empty ones left out. */
  function reference(text: string) {
    const out: { start: number; end: number }[] = [];
    let from = 0;
    for (const piece of text.split(/[\n\r\u2028\u2029]/)) {
      // Spaces as isSpace has them: white space and the zero-width characters.
      const start = from + (/^[\s\u200b-\u200d\u2060\ufeff]*/.exec(piece)?.[0].length ?? 0);
      const end = Math.max(start, from + piece.replace(/[\s\u200b-\u200d\u2060\ufeff]+$/, '').length);
      if (end > start) out.push({ start, end });
      from += piece.length + 1;
    }
    return out;
  }
  it('are the text between line breaks, trimmed, empty ones left out', () => {
    const unit = fc.constantFrom('a', 'B', ' ', '\t', '\n', '\r', '\u2028', '\u2029', '\u200b', '“', '.');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(paragraphs(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
