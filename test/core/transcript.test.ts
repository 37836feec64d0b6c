import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../scripts/check';
import { findQuotes, type FoundQuote } from '../../src/core/quotes';

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

  it('"That is simply not true." opening a turn answers the turn before: it is read with what that turn said', () => {
    const [denial] = holding(found, 'That is simply not true');
    expect(denial!.text).toBe('That is simply not true.');
    expect(PANEL.slice(denial!.about!.start, denial!.about!.end)).toMatch(
      /^Minister, the Taliban keep saying the TTP is Pakistan's internal problem\.[\s\S]*That is simply not true\.$/,
    );
    // The rest of the turn is a remark of its own.
    expect(holding(direct(found), 'The TTP leadership lives in Afghanistan')[0]!.text).toMatch(/^The TTP leadership/);
  });
});

describe('not a transcript', () => {
  it('a dateline and an update or two are not turns', () => {
    const text = [
      'Pakistan says talks with Kabul will resume',
      '',
      'ISLAMABAD: Pakistan and Afghanistan will resume talks next week, the Foreign Office said on Friday.',
      '',
      'UPDATE: The Afghan delegation has confirmed it will travel to Istanbul on Monday for the talks.',
      '',
      'UPDATE: Officials said the talks would focus on the border crossings that have been shut for weeks.',
    ].join('\n');
    expect(direct(findQuotes(text))).toHaveLength(0);
  });

  it('a one-word label opening the article and never used again is its dateline, not a turn', () => {
    const text = [
      'PESHAWAR: Militants attacked a checkpost near the border overnight, officials said, and the minister went on air.',
      '',
      'HOST: Minister, who is behind these attacks?',
      '',
      'KHAWAJA ASIF: The men who did this came from across the border, and their leaders sit in Afghanistan.',
      '',
      'HOST: And what will Pakistan do now?',
      '',
      'KHAWAJA ASIF: We will defend our people, wherever the threat comes from.',
    ].join('\n');
    const turns = direct(findQuotes(text));
    expect(turns.map((q) => q.speaker?.text)).toEqual(['Khawaja Asif', 'Khawaja Asif']);
    expect(holding(turns, 'Militants attacked')).toHaveLength(0);
  });

  it('an article quoting a label once ("Q: … A: …" in one answer) has too few turns to be one', () => {
    const text =
      'KHAWAJA ASIF: We will respond to every attack from across the border.\n\nThe minister spoke in Sialkot on Sunday.';
    expect(direct(findQuotes(text))).toHaveLength(0);
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
