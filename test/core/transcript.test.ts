import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../scripts/check';
import { findQuotes, type FoundQuote } from '../../src/core/quotes';
import { deniesByReference } from '../../src/core/stance-words';

const engine = loadEngine();

/** A panel show printed as a transcript, in our own words. */
const PANEL = [
  "Transcript: Islamabad and Kabul trade charges over the TTP on 'Evening Panel'",
  '',
  'EVENING PANEL - Transcript (edited)',
  '',
  "HOST (AYESHA MALIK): Good evening. Talks between Pakistan and Afghanistan resume next week. With me is Defence Minister Khawaja Asif. Minister, the Taliban keep saying the TTP is Pakistan's internal problem.",
  '',
  'KHAWAJA ASIF: That is simply not true. The TTP leadership lives in Afghanistan and the attacks on our soldiers are planned there.',
  '',
  'HOST: What do you want from Kabul in the talks?',
  '',
  'KHAWAJA ASIF (by phone): We want them to stop the use of Afghan soil for attacks on Pakistan. What else is there to discuss?',
  '',
  'CORRESPONDENT (Kabul): The Taliban spokesman Zabihullah Mujahid told us this afternoon that nobody is allowed to use Afghan soil against Pakistan.',
  '',
  'KABUL-BASED ANALYST: The Taliban will not hand over men they regard as guests, whatever they say in public.',
  '',
  "NAJIB SABERI: Every time there is an attack in Waziristan, Islamabad points at Kabul. Mujahid insists that Pakistan asked for the ceasefire in the first place. The TTP is Pakistan's internal problem, and Islamabad must solve it at home.",
].join('\n');

const direct = (found: FoundQuote[]) => found.filter((q) => q.kind === 'direct');
const holding = (found: FoundQuote[], words: string) => found.filter((q) => q.text.includes(words));

describe('a transcript: each turn is its speaker’s own words', () => {
  const found = findQuotes(PANEL);

  it('a guest’s turn is a direct quote of the guest, named as running text names them, notes left out', () => {
    const [denial] = holding(found, 'That is simply not true');
    expect(denial).toMatchObject({ kind: 'direct', speaker: { text: 'Khawaja Asif' } });
    const [demand] = holding(found, 'stop the use of Afghan soil');
    expect(demand!.text).toBe('We want them to stop the use of Afghan soil for attacks on Pakistan.');
    expect(demand!.speaker?.text).toBe('Khawaja Asif');
    // The name's words in the text: the speaker grammar reads them.
    expect(PANEL.slice(demand!.speaker!.start, demand!.speaker!.end)).toBe('KHAWAJA ASIF');
  });

  it('the programme’s own voice (host, correspondent) is narration: its reports are read, its turns are no remark', () => {
    expect(holding(direct(found), 'Good evening')).toHaveLength(0);
    expect(holding(direct(found), 'told us this afternoon')).toHaveLength(0);
    const [report] = holding(found, 'nobody is allowed to use Afghan soil');
    expect(report).toMatchObject({ kind: 'reported', speaker: { text: 'Zabihullah Mujahid' } });
  });

  it('a question asks rather than states; a sentence holding a report of its own is the report’s', () => {
    expect(holding(found, 'What else is there to discuss')).toHaveLength(0);
    const [report] = holding(found, 'Pakistan asked for the ceasefire');
    expect(report).toMatchObject({ kind: 'reported', speaker: { text: 'Mujahid' } });
    const saberi = direct(found).filter((q) => q.speaker?.text === 'Najib Saberi');
    expect(saberi.map((q) => q.text)).toEqual([
      'Every time there is an attack in Waziristan, Islamabad points at Kabul.',
      "The TTP is Pakistan's internal problem, and Islamabad must solve it at home.",
    ]);
  });

  it('a role for a label is a description, not a name made of capitals', () => {
    const [analyst] = holding(found, 'hand over men they regard as guests');
    expect(analyst!.speaker).toMatchObject({ text: 'a kabul-based analyst' });
    expect(analyst!.speaker!.end).toBe(analyst!.speaker!.start);
  });

  it('"That is simply not true." opening a turn is a remark of its own, a denial of what the turn before said', () => {
    const [denial] = holding(found, 'That is simply not true');
    expect(denial!.text).toBe('That is simply not true.');
    expect(deniesByReference(denial!.text)).toBe(true);
    // The rest of the turn is a remark of its own.
    expect(holding(direct(found), 'The TTP leadership lives in Afghanistan')[0]!.text).toMatch(/^The TTP leadership/);
  });
});

/** A debate whose guest makes two claims in one turn, in our own words. */
const DEBATE = [
  'Transcript: talks with the TTP and the strikes in Afghanistan on "Night Debate"',
  '',
  'NIGHT DEBATE - Transcript (edited)',
  '',
  'ANCHOR (SANA BUTT): Good evening. Pakistan and Afghanistan are trading charges again after strikes across the border. Should Islamabad talk to the TTP or keep striking its camps inside Afghanistan? Minister, you first.',
  '',
  'KHAWAJA ASIF: Sana, Afghan soil is being used by the TTP to plan and launch attacks inside Pakistan. The American weapons left behind in Afghanistan are now in the hands of the TTP, and they use them against our soldiers. Then their spokesman goes on television and says our strikes killed dozens of women and children in Khost.',
  '',
  'ANCHOR: Senator, you disagree?',
  '',
  'SENATOR: When we bomb villages in Afghanistan, ordinary families die.',
  '',
  'ANCHOR: We will leave it there.',
].join('\n');

describe('a turn of several sentences that makes no one claim as a whole', () => {
  const a = engine.analyse(DEBATE);

  it('is read sentence by sentence, as the guest: the sentence that makes a claim gets the card', () => {
    expect(a.quotes.some((q) => q.text.startsWith('Sana, Afghan soil') && q.text.includes('weapons'))).toBe(false);
    const soil = a.quotes.find(
      (q) => q.text === 'Sana, Afghan soil is being used by the TTP to plan and launch attacks inside Pakistan.',
    );
    expect(soil?.speaker?.name).toBe('Khawaja Muhammad Asif');
    expect(soil?.claims[0]).toMatchObject({ claimId: 'afghan-soil-used-by-ttp', stance: 'asserts' });
  });

  it('leaves out a sentence that reports what someone said', () => {
    expect(a.quotes.some((q) => q.text.includes('goes on television and says'))).toBe(false);
  });
});

describe('a remark calling what was just said untrue (stance-words.ts deniesByReference)', () => {
  it.each([
    'That is simply not true.',
    "No, it's propaganda.",
    "With respect, that is the Taliban's propaganda line. Our strikes hit hideouts.",
    'That is a lie.',
    'This is not the case, and Kabul knows it.',
  ])('"%s" denies the sentence before it', (remark) => expect(deniesByReference(remark)).toBe(true));

  it.each([
    'It is wrong to blame Afghanistan for every attack in Waziristan, whatever Islamabad says about the border.',
    'That is why we will not talk to the TTP.',
    'The reports that civilians died are being checked.',
  ])('"%s" does not', (remark) => expect(deniesByReference(remark)).toBe(false));
});

describe('not a transcript', () => {
  const paragraphs = (...lines: string[]) => lines.join('\n\n');

  it('a dateline and an update or two are not turns', () => {
    const text = paragraphs(
      'ISLAMABAD: Pakistan and Afghanistan will resume talks in Istanbul next week after a pause of a month.',
      'UPDATE: The Afghan delegation will travel to Istanbul on Monday for the talks on the border crossings.',
      'UPDATE: The talks will focus on the border crossings that have been shut for weeks to trade and travel.',
    );
    expect(direct(findQuotes(text))).toHaveLength(0);
  });

  it('a round-up by district, each place once, is no conversation', () => {
    const text = paragraphs(
      'NORTH WAZIRISTAN: Militants attacked a checkpost near Mir Ali overnight and two soldiers were martyred.',
      'BANNU: The TTP has used Afghan soil to plan these attacks, and the police station came under fire again.',
      'LAKKI MARWAT: A bomb went off near a school before dawn, and nobody was hurt in the blast.',
    );
    expect(direct(findQuotes(text))).toHaveLength(0);
  });

  it("an explainer's headings are no speakers", () => {
    const text = paragraphs(
      'WHAT HAPPENED: Pakistani jets struck targets in Khost and Paktika before dawn on Monday.',
      "KABUL'S VIEW: The TTP is Pakistan's internal problem, and the strikes hit homes, not hideouts.",
      "ISLAMABAD'S VIEW: Afghan soil is used by the TTP to plan attacks on Pakistan.",
      'WHAT NEXT: Talks are due in Doha next week, with Qatar and Turkey mediating.',
    );
    expect(direct(findQuotes(text))).toHaveLength(0);
  });

  it('an article quoting a speaker once with a label has too few turns to be a transcript', () => {
    const text = paragraphs(
      'KHAWAJA ASIF: We will respond to every attack that comes from across the border.',
      'The minister spoke in Sialkot on Sunday, a day after an attack on a checkpost in Bajaur.',
    );
    expect(direct(findQuotes(text))).toHaveLength(0);
  });
});

describe('who speaks in a transcript', () => {
  const transcript = (...turns: string[]) => turns.join('\n\n');

  it('a correspondent or a journalist passing on what others said is the programme; a note only mentioning one is not', () => {
    const found = findQuotes(
      transcript(
        'HOST: Who is behind the attacks in Bajaur?',
        'HAMID MIR (journalist, Islamabad): What I hear from officials is that the men who attack Bajaur live across the border.',
        'IMRAN YUSUF (CORRESPONDENT): The attackers came from Kunar before dawn, and the border was shut by noon.',
        'KHAWAJA ASIF (speaking to our correspondent): Kabul knows their names and does nothing about them.',
      ),
    );
    expect(direct(found).map((q) => q.speaker?.text)).toEqual(['Khawaja Asif']);
  });

  it('an interview\'s "A:" names nobody: its answers are no remark of anyone', () => {
    const found = findQuotes(
      transcript(
        'Q: Does the TTP operate from Afghanistan?',
        'A: The TTP leadership lives in Afghanistan, and the attacks are planned there.',
        'Q: And what will Pakistan do?',
        'A: We will defend our people wherever the threat comes from.',
      ),
    );
    expect(direct(found)).toHaveLength(0);
  });

  it('"No. That is simply not true." answers the turn before as "That is simply not true." does ("No." is one sentence with it)', () => {
    const text = transcript(
      "HOST: The Taliban keep saying the TTP is Pakistan's internal problem.",
      'KHAWAJA ASIF: No. That is simply not true. The TTP leadership lives in Afghanistan.',
      'HOST: And the talks?',
    );
    const [denial] = holding(findQuotes(text), 'simply not true');
    expect(denial!.text).toBe('No. That is simply not true.');
    const card = engine.analyse(text).quotes.find((q) => q.text === denial!.text);
    expect(card?.claims[0]).toMatchObject({ claimId: 'ttp-is-pakistans-internal-problem', stance: 'denies' });
  });

  it('"With respect, that is the Taliban\'s propaganda line." answers the turn before too', () => {
    const text = transcript(
      'PANEL TONIGHT: Pakistani jets struck TTP hideouts in Khost and Paktika overnight, and the Taliban vowed a response across the Durand Line.',
      'ANCHOR: But the Afghan side says the strikes in Paktika killed civilians, including young cricketers.',
      "NAEEM AKHTAR: With respect, that is the Taliban's propaganda line. Our strikes hit hideouts, not homes.",
      'ANCHOR: Thank you, General.',
    );
    const [denial] = holding(findQuotes(text), 'propaganda line');
    expect(denial!.text).toBe("With respect, that is the Taliban's propaganda line.");
    const card = engine.analyse(text).quotes.find((q) => q.text === denial!.text);
    expect(card?.claims[0]).toMatchObject({ claimId: 'pakistani-strikes-killed-afghan-civilians', stance: 'denies' });
  });

  it("a title's abbreviation ends no sentence of a turn", () => {
    const found = findQuotes(
      transcript(
        'HOST: General, where were the attackers trained?',
        'NAEEM AKHTAR: Lt. Gen. Chaudhry said the attackers were trained in Kunar and sent across the border. We know where they live.',
        'HOST: Thank you.',
      ),
    );
    // The first sentence is the general's report of Chaudhry, not the guest's remark, "Lt. Gen." and all.
    expect(direct(found).map((q) => q.text)).toEqual(['We know where they live.']);
  });

  it('a place for a label in a conversation (a report read out from a city) is no speaker', () => {
    const found = findQuotes(
      transcript(
        'HOST: What is the mood in the capitals tonight?',
        'KABUL: Shops reopened in the city after a week, and the border crossing at Torkham is open again.',
        'SADIA NAWAZ (ANALYST): The TTP is still based in Afghanistan, whatever the mood in the capitals.',
        'HOST: Thank you both.',
      ),
    );
    expect(direct(found).map((q) => q.speaker?.text)).toEqual(['Sadia Nawaz']);
  });

  it('the first labelled paragraph, a one-word label never used again, is a dateline, not a turn', () => {
    const found = findQuotes(
      transcript(
        'BANNU: Militants attacked a checkpost near the border overnight, and the minister went on air the next evening.',
        'HOST: Minister, who is behind these attacks?',
        'KHAWAJA ASIF: The men who did this came from across the border, and their leaders sit in Afghanistan.',
        'HOST: And what will Pakistan do now?',
        'KHAWAJA ASIF: We will defend our people, wherever the threat comes from.',
      ),
    );
    expect(direct(found).map((q) => q.speaker?.text)).toEqual(['Khawaja Asif', 'Khawaja Asif']);
  });

  it("a heading inside a transcript (an explainer's box) is no speaker", () => {
    const found = findQuotes(
      transcript(
        'HOST: Minister, what does Pakistan want from the talks?',
        'KHAWAJA ASIF: We want the attacks from Afghan soil to stop, and nothing less will do.',
        "THE MINISTER'S CASE: Afghan soil is used by the TTP to plan the attacks on Pakistan.",
        'WHY IT MATTERS: The talks decide whether the border crossings reopen before the winter.',
        'HOST: Thank you, minister.',
      ),
    );
    expect(direct(found).map((q) => q.speaker?.text)).toEqual(['Khawaja Asif']);
  });
});

describe('a transcript read by the engine', () => {
  const a = engine.analyse(PANEL);
  const card = (words: string) => a.quotes.find((q) => q.text.includes(words));

  it('a guest denying what the host just said denies that claim, as the guest', () => {
    const denial = card('That is simply not true');
    expect(denial?.speaker?.name).toBe('Khawaja Muhammad Asif');
    expect(denial?.claims[0]).toMatchObject({ claimId: 'ttp-is-pakistans-internal-problem', stance: 'denies' });
    expect(denial?.related.some((r) => r.relation === 'counter')).toBe(true);
  });

  it('a guest’s claim is the guest’s, and the host’s words are nobody’s card', () => {
    expect(card('stop the use of Afghan soil')?.claims[0]).toMatchObject({
      claimId: 'afghan-soil-used-by-ttp',
      stance: 'asserts',
    });
    expect(card('Good evening')).toBeUndefined();
    expect(a.quotes.every((q) => q.speaker?.name !== 'Host')).toBe(true);
  });

  it('a person the pack does not hold, named in capitals, is named as running text names them', () => {
    const saberi = card('internal problem, and Islamabad');
    expect(saberi?.speaker?.name).toBe('Najib Saberi');
  });
});
