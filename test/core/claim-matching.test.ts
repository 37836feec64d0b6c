/**
 * Claim matching on remarks written for these tests (our own wording, nobody's words): the claim a
 * remark makes, the side it takes, and the remarks that make none. Each case has its mirror image,
 * so a rule that only fits one side fails here.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../scripts/check';
import type { PageQuote } from '../../src/core/analysis';
import { belittledClaim, blamesOtherSide, dismissesAFigure, sideOfPlace, statedDenial } from '../../src/core/stance-words';
import { ClaimIndex, clearSide, statementSource } from '../../src/core/claim-index';
import { inferStance } from '../../src/core/rank';
import { isName } from '../../src/core/remark-kind';
import { scoreSet } from '../../scripts/eval-set';
import type { Pack } from '../../src/core/pack-schema';
import { readFileSync } from 'node:fs';
import { Engine } from '../../src/core/engine';
import { learnedSideShown, WEAK_CARD_AGREEMENT } from '../../src/core/learned-reading';
import type { QuoteDecision } from '../../src/core/quote-decision';
import { wordFeatures, type ClaimWordsModel } from '../../src/core/claim-words';
import { resolve } from 'node:path';

const PACK_FILE = resolve(import.meta.dirname, '../../public/packs/pak-afghan-security.json');
const EVAL_EXTRA = resolve(import.meta.dirname, '../../fixtures/eval-extra');

const engine = loadEngine();
/** The engine reading with its own evidence alone, without the learned reading (claim-words.ts). */
const evidenceOnly = () =>
  new Engine(JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack, {
    claimWords: { version: 1, claims: [], bias: [0], weights: {}, scale: 1 },
  });

/** On-topic lead that quotes nobody, so the paragraph under test decides what is matched. */
const LEAD =
  'PESHAWAR: Pakistan and the Afghan Taliban traded accusations on Tuesday after militants attacked a checkpost in ' +
  'North Waziristan, the latest in a run of cross-border attacks that Islamabad blames on the banned TTP.\n\n';

/** The card, if any, on the quote holding `words`. */
function cardFor(paragraph: string, words: string): PageQuote | undefined {
  const a = engine.analyse(LEAD + paragraph);
  expect(a.topic.onTopic).toBe(true);
  return a.quotes.find((q) => q.text.includes(words));
}

/** The claims whose frame the quote starting with `quoteStart` meets, best first (all quotes when it is empty). */
function framesMet(text: string, quoteStart = ''): string[] {
  const met: string[] = [];
  engine.analyse(text, {
    onEvidence: (q, evidence) => {
      if (q.text.startsWith(quoteStart)) met.push(...evidence.filter((e) => e.frame?.met).map((e) => e.claimId));
    },
  });
  return met;
}

const side = (stance: string) => (stance === 'denies' || stance === 'disputes' ? 'against' : 'for');

describe("a haven across the speaker's border", () => {
  it('is in Pakistan when a Kabul spokesman speaks of it, so his remark is not read as the claim about Afghan soil', () => {
    const ranked = framesMet(
      LEAD +
        '"The men who attack Afghan cities have safe havens across the border, and everyone knows it," Taliban spokesman Zabihullah Mujahid said.',
      'The men who attack',
    );
    expect(ranked[0]).toBe('terrorist-safe-havens-in-pakistan');
    const card = cardFor(
      '"The men who attack Afghan cities have safe havens across the border, and everyone knows it," Taliban spokesman Zabihullah Mujahid said.',
      'safe havens across the border',
    );
    expect(card?.claims.some((c) => c.claimId === 'afghan-soil-used-by-ttp') ?? false).toBe(false);
  });
});

describe('the claim a remark makes', () => {
  it.each([
    // A Kabul denial in the first person: "our land" is Afghan soil when a Taliban spokesman says it.
    [
      '"We have never let anyone use our land against a neighbour, and we never will," Taliban spokesman Zabihullah Mujahid said.',
      'use our land',
      'afghan-soil-used-by-ttp',
      'against',
    ],
    // Its mirror: Islamabad says the same soil is used.
    [
      '"Terrorists keep using Afghan territory to plan and launch attacks on Pakistan," Foreign Office spokesperson Mumtaz Zahra Baloch told reporters.',
      'using Afghan territory',
      'afghan-soil-used-by-ttp',
      'for',
    ],
    // Paraphrase: hideouts across the border are havens on the Afghan side, not a strike and not US weapons.
    [
      'The Foreign Office said the attackers "had been sheltering in hideouts across the border in Afghanistan before the raid."',
      'hideouts across the border',
      'afghan-soil-used-by-ttp',
      'for',
    ],
    // Whose hideouts: the place next to them decides between an accusation and its mirror.
    [
      '"Militant groups still find refuge inside Pakistan while they plot attacks in Afghanistan," State Department spokesman Ned Price told reporters.',
      'refuge inside Pakistan',
      'terrorist-safe-havens-in-pakistan',
      'for',
    ],
    // Who is blamed decides the side: Kabul puts the first shot on Pakistan.
    [
      '"It was the Pakistani troops who opened fire first, and our forces only answered," Afghan defence ministry spokesman Enayatullah Khwarazmi said.',
      'opened fire first',
      'border-clashes-initiated-by-afghan-forces',
      'against',
    ],
    // Its mirror: the ISPR puts it on Afghan forces.
    [
      'The ISPR said Afghan border forces had "opened unprovoked fire on our posts without any provocation."',
      'opened unprovoked fire',
      'border-clashes-initiated-by-afghan-forces',
      'for',
    ],
    // The reports about a claim called false: a denial of the claim.
    [
      '"The reports about Mullah Omar living and dying in a Karachi hospital are baseless propaganda," Foreign Office spokesman Qazi Khalilullah said.',
      'reports about Mullah Omar',
      'mullah-omar-was-in-pakistan',
      'against',
    ],
    // Someone else's denial, quoted to answer it: the speaker asserts the claim.
    [
      '"Kabul denies it every week, but the facts are clear: TTP terrorists use Afghan soil to plan attacks against Pakistan," Foreign Office spokesperson Mumtaz Zahra Baloch said.',
      'Kabul denies it every week',
      'afghan-soil-used-by-ttp',
      'for',
    ],
    // Its mirror from Kabul.
    [
      '"Islamabad denies it, but Pakistani jets killed women and children in their homes in Paktika," Zabihullah Mujahid said.',
      'Islamabad denies it',
      'pakistani-strikes-killed-afghan-civilians',
      'for',
    ],
    // A denial verb around a report: the Taliban call the US-weapons story baseless.
    [
      'Zabihullah Mujahid rejected reports that militants in Pakistan were fighting with American weapons left behind in Afghanistan.',
      'American weapons left behind',
      'us-weapons-left-in-afghanistan-used-by-militants-in-pakistan',
      'against',
    ],
    // A toll that names the claim's own number is the claim, though the remark names neither the border nor the clash.
    [
      'Taliban spokesman Zabihullah Mujahid said 58 Pakistani soldiers had been killed in the fighting overnight.',
      '58 Pakistani soldiers',
      'oct-2025-clashes-58-pakistani-soldiers-killed',
      'for',
    ],
    // Paraphrases of Kabul's "Pakistan's own problem": where the TTP was born and where it must be solved.
    [
      '"The TTP is a problem that was born in Pakistan, and Pakistan has to solve it inside its own borders," Taliban spokesman Zabihullah Mujahid told reporters in Kabul, saying Islamabad should stop blaming Afghanistan.',
      'born in Pakistan',
      'ttp-is-pakistans-internal-problem',
      'for',
    ],
    // The Durand Line refused as the line the British drew, without its name.
    [
      '"Afghanistan has never accepted the line drawn by the British, and no government in Kabul ever will," said Sher Mohammad Abbas Stanikzai, the deputy foreign minister.',
      'line drawn by the British',
      'durand-line-is-international-border',
      'against',
    ],
    // Talks blamed on the other delegation for refusing to sign what it agreed.
    [
      '"The Afghan delegation accepted our position at the table and then refused to put any of it in writing," Defence Minister Khawaja Muhammad Asif said of the Istanbul talks.',
      'refused to put any of it in writing',
      'istanbul-talks-collapse-caused-by-kabul',
      'for',
    ],
    // Leaders who live on Pakistani soil: Kabul's charge that Pakistan shelters the Taliban, without "shelter".
    [
      'President Ashraf Ghani said Pakistan should act against "the Taliban commanders who live on Pakistani soil and direct the war from there."',
      'live on Pakistani soil',
      'pakistan-supports-afghan-taliban-insurgency',
      'for',
    ],
    // The ISI named by what it is, Pakistan's intelligence service.
    [
      'Admiral Mike Mullen told senators that "the Haqqani network acts as a veritable arm of Pakistan\'s intelligence service, and it planned the attack on our embassy."',
      'veritable arm',
      'isi-backs-haqqani-network',
      'for',
    ],
  ])('%s', (paragraph, words, claimId, expectedSide) => {
    const card = cardFor(paragraph, words);
    expect(card, 'a card on the remark').toBeDefined();
    const first = card!.claims[0]!;
    expect(first.claimId).toBe(claimId);
    expect(side(first.stance)).toBe(expectedSide);
    const counter = card!.related.find((r) => r.relation === 'counter');
    // The first counter-claim answers the same claim (or asserts a mirror of it), never another subject.
    if (counter)
      expect([claimId, ...(engine.index.claims.get(claimId)?.links ?? []).map((l) => l.claimId)]).toContain(counter.claimId);
  });
});

describe('where a remark puts the havens', () => {
  it('a remark that puts them in Pakistan makes the claim of havens there, not its Afghan mirror', () => {
    const card = cardFor(
      '"The raid proves that the Daesh chiefs and their hideouts are in Pakistan and not in Afghanistan," Taliban deputy spokesman Hamdullah Fitrat said.',
      'hideouts are in Pakistan',
    );
    expect(card?.claims[0]).toMatchObject({ claimId: 'isis-k-operates-from-pakistan', stance: 'asserts' });
  });

  it('and its mirror, putting them in Afghanistan, does not make that claim', () => {
    const card = cardFor(
      '"The Daesh chiefs and their hideouts are in Afghanistan and not in Pakistan," Foreign Office spokesperson Mumtaz Zahra Baloch said.',
      'hideouts are in Afghanistan',
    );
    expect(card?.claims.some((c) => c.claimId === 'isis-k-operates-from-pakistan' && c.stance === 'asserts') ?? false).toBe(
      false,
    );
  });

  it('the place decides between mirrored claims whose words a remark shares', () => {
    const card = cardFor(
      '"Militant groups still find refuge inside Pakistan while they plot attacks in Afghanistan," State Department spokesman Ned Price told reporters.',
      'refuge inside Pakistan',
    );
    expect(card?.claims[0]?.claimId).toBe('terrorist-safe-havens-in-pakistan');
    expect(card?.claims.some((c) => c.claimId === 'afghan-soil-used-by-ttp')).toBe(false);
  });

  it('a denial that puts them elsewhere still denies the claim it answers', () => {
    const card = cardFor(
      '"These charges are baseless. Daesh is present in Afghanistan, and Pakistan is one of its main victims," Foreign Office spokesperson Mumtaz Zahra Baloch said.',
      'Daesh is present in Afghanistan',
    );
    expect(card?.claims[0]).toMatchObject({ claimId: 'isis-k-operates-from-pakistan', stance: 'denies' });
  });
});

describe('a border clash is at the border', () => {
  const CLASH = 'border-clashes-initiated-by-afghan-forces';
  it("a raid's gunmen opening fire make no claim that Afghan forces started a border clash", () => {
    // Written for this test: "opened fire" meets both the clash and its start, but says nothing of the border.
    const article =
      'BANNU: Gunmen stormed a police station in Bannu overnight, the third attack on the police in the district this ' +
      'month, as the TTP steps up its campaign in Khyber Pakhtunkhwa.\n\n' +
      'The military said the attackers "drove a truck packed with explosives into the gate of the police station and then opened fire on the guards inside."\n\n' +
      // An Afghan side, after the remark: a page that names none is not read at all.
      'There was no comment from Kabul.';
    const weighed: string[] = [];
    const met: string[] = [];
    engine.analyse(article, {
      onEvidence: (q, evidence) => {
        if (!q.text.startsWith('drove a truck')) return;
        weighed.push(...evidence.map((e) => e.claimId));
        met.push(...evidence.filter((e) => e.frame?.met).map((e) => e.claimId));
      },
    });
    expect(weighed).toContain(CLASH);
    expect(met).not.toContain(CLASH);
  });

  it('while Afghan forces opening fire on border posts do', () => {
    const clash = cardFor(
      'The ISPR said Afghan forces had opened fire without any provocation on Pakistani border posts in Kurram late on Saturday.',
      'opened fire without any provocation',
    );
    expect(clash?.claims[0]?.claimId).toBe(CLASH);
    expect(clash?.claims[0]?.stance).toBe('asserts');
  });
});

describe('remarks that make no claim of the pack get no card', () => {
  it.each([
    [
      'a name in scare quotes',
      'Officials called the attackers members of "Fitna al Khawarij" and promised to pursue them.',
      'Fitna al Khawarij',
    ],
    [
      'a label in quote marks that implies a claim',
      'Pakistani officials accused India of backing Baloch separatists, whom Islamabad now calls "Fitna al-Hindustan".',
      'Fitna al-Hindustan',
    ],
    [
      'condolences',
      '"We share the grief of the families of the martyred soldiers and pray for the wounded," Foreign Office spokesperson Mumtaz Zahra Baloch said.',
      'share the grief',
    ],
    [
      'procedure',
      '"The next round of the talks will be held in the second week of the month," Foreign Office spokesperson Mumtaz Zahra Baloch said.',
      'next round',
    ],
    [
      'a condition',
      '"If they break the truce again, we will answer with full force," Khawaja Asif said of the Afghan Taliban.',
      'break the truce',
    ],
    // A demand and a pledge negate the claim's words but state nothing of what is: Islamabad, on
    // record asserting that Afghan soil is used, asks or promises that it will not be.
    [
      'a demand',
      '"Kabul must make sure that its territory is not used against Pakistan by any group," Foreign Office spokesperson Mumtaz Zahra Baloch told reporters.',
      'its territory is not used',
    ],
    [
      'a reported demand',
      'Defence Minister Khawaja Asif said Islamabad expected the Taliban government not to let Afghan soil be used to plan attacks on Pakistan.',
      'not to let Afghan soil',
    ],
    // A request whose words negate the claim, from a speaker on record asserting it: the record does not make the request a statement.
    [
      'a request to ensure something does not happen',
      'Foreign Office spokesperson Mumtaz Zahra Baloch said Pakistan had asked the Afghan authorities to ensure that American weapons "do not end up with terrorist groups".',
      'do not end up',
    ],
    // Read from the negation alone, which a demand's own "not" makes: no surer reading says the side.
    [
      'an expectation from a speaker with no record on the claim',
      '"We expect that Afghanistan will not let its soil be used against Pakistan, and we will raise this with Kabul," a senior Pakistani military spokesman told reporters.',
      'will not let its soil',
    ],
    [
      'a pledge',
      '"Once this agreement is signed, no attack on Pakistan will be launched from Afghan soil again," Khawaja Asif said.',
      'no attack on Pakistan',
    ],
    // The accounts of a claim spoken of as a topic, with nothing sure to say which side.
    [
      'looking into reports of a claim',
      'The UN Assistance Mission in Afghanistan said it was looking into reports of civilian deaths after the strikes in Paktika.',
      'looking into reports',
    ],
    [
      'inquiries into reports of a claim',
      'The UN Assistance Mission in Afghanistan said it was gathering information on reports of civilian deaths after the strikes in Paktika.',
      'gathering information',
    ],
    [
      'procedure in view of reports about a claim',
      'The Foreign Office said the second round of talks between the Afghan government and the Taliban in Murree had been postponed "in view of the reports about the death of Mullah Omar in a Karachi hospital".',
      'in view of the reports',
    ],
    // A few words lifted into a sentence, whose side nothing tells, are too little for a claim.
    [
      'a call in a fragment',
      'A regional diplomat called for "calm on both sides and a return to dialogue" after the clashes.',
      'return to dialogue',
    ],
    [
      'a question',
      '"Who gave these men their rifles and their safe passage across the border?" Khawaja Asif asked.',
      'safe passage',
    ],
  ])('%s', (_kind, paragraph, words) => {
    expect(cardFor(paragraph, words)).toBeUndefined();
  });
});

describe('a remark reported from a mission whose name ends in its place', () => {
  it('has the mission for its speaker, and its report that civilians were killed makes the claim', () => {
    const card = cardFor(
      'The United Nations Assistance Mission in Afghanistan (UNAMA) said it had received credible reports that civilians, including children, had been killed in Pakistani air strikes in Paktika.',
      'credible reports that',
    );
    expect(card?.speaker?.actorId).toBe('unama');
    expect(card?.claims[0]).toMatchObject({ claimId: 'pakistani-strikes-killed-afghan-civilians', stance: 'asserts' });
    // A body of no country and no armed side that states the claim plainly puts it forward: counters are named.
    expect(card?.claims[0]?.sideUnsure).toBeUndefined();
    const counters = card!.related.filter((r) => r.relation === 'counter');
    expect(counters.length).toBeGreaterThan(0);
    expect(counters.every((r) => side(r.stance) === 'against')).toBe(true);
  });

  it.each([
    // A person the pack does not know, who might be of either side.
    'A local elder, Gul Agha, said it had received credible reports that civilians, including children, had been killed in Pakistani air strikes in Paktika.',
    // An armed group the pack holds, with no country: it has a side of its own.
    'The Hafiz Gul Bahadur group said it had received credible reports that civilians, including children, had been killed in Pakistani air strikes in Paktika.',
  ])('names no counter-claim when the same words come from a speaker who is not neutral: %s', (paragraph) => {
    const card = cardFor(paragraph, 'credible reports that');
    expect(card?.related.filter((r) => r.relation === 'counter') ?? []).toEqual([]);
  });
});

describe('credible reports of what a claim says', () => {
  it('make the claim: only information sought on reports is a topic', () => {
    const card = cardFor(
      '"There are credible reports of Pakistani air strikes killing women and children in Paktika," Zabihullah Mujahid said.',
      'credible reports of',
    );
    expect(card?.claims[0]).toMatchObject({ claimId: 'pakistani-strikes-killed-afghan-civilians', stance: 'asserts' });
  });
});

describe('two clauses reported in one sentence', () => {
  it("do not lend each other the parts of a claim's frame, while a fragment still takes them from the writer's words", () => {
    const met = new Map<string, boolean | undefined>();
    engine.analyse(
      LEAD +
        'The Taliban spokesman said the Durand Line had not been raised in Doha and that no Afghan government had ever accepted it as a frontier.',
      {
        onEvidence: (q, evidence) =>
          met.set(q.text, evidence.find((e) => e.claimId === 'durand-line-is-international-border')?.frame?.met),
      },
    );
    // "accepted" is the second clause's: the first says only that the line was not raised.
    expect(met.get('the Durand Line had not been raised in Doha')).toBe(false);
    // The writer's words around a fragment still count: "called the line an "imaginary" one" takes the line from them.
    const alone = new Map<string, boolean | undefined>();
    engine.analyse(LEAD + 'Speaking of the Durand Line, the Taliban spokesman called it "an imaginary line".', {
      onEvidence: (q, evidence) =>
        alone.set(q.text, evidence.find((e) => e.claimId === 'durand-line-is-international-border')?.frame?.met),
    });
    expect([...alone.values()]).toContain(true);
  });
});

describe('UN bodies by the names articles give them', () => {
  it.each([
    [
      "The UN Security Council's monitoring team said that al-Qaeda had set up new training camps in several Afghan provinces since 2021.",
      'training camps',
      'un-monitoring-team',
    ],
  ])('%s', (paragraph, words, actorId) => {
    expect(cardFor(paragraph, words)?.speaker?.actorId).toBe(actorId);
  });

  it("does not take a country's mission at the UN for UNAMA", () => {
    const card = cardFor(
      "Pakistan's UN mission said that terrorists were using Afghan territory to plan attacks on Pakistan.",
      'Afghan territory',
    );
    expect(card?.speaker?.actorId).not.toBe('unama');
  });
});

describe('a minister of the Taliban government', () => {
  it("speaks for Afghanistan: Kabul's side on the fence is read from the country as well as the words", () => {
    const card = cardFor(
      '"Pakistan has no right to put a fence across this line," Abdul Mateen Qani told reporters in Kabul.',
      'no right',
    );
    expect(card?.claims[0]).toMatchObject({ claimId: 'pakistan-entitled-to-fence-border', stance: 'denies' });
    expect(card?.claims[0]?.sideUnsure).toBeUndefined();
  });
});

describe('a remark that states its claim plainly', () => {
  const paragraph = (who: string) =>
    `"Afghan citizens carried out several of the suicide bombings in Balochistan this year," ${who} said.`;

  it('asserts it surely when the speaker is of the country that asserts it: counters are named', () => {
    const card = cardFor(paragraph('Pakistani officials'), 'Afghan citizens');
    expect(card?.claims[0]).toMatchObject({ claimId: 'afghan-nationals-involved-in-attacks-in-pakistan', stance: 'asserts' });
    expect(card?.claims[0]?.sideUnsure).toBeUndefined();
    const counters = card!.related.filter((r) => r.relation === 'counter');
    expect(counters.length).toBeGreaterThan(0);
    expect(counters.every((r) => side(r.stance) === 'against')).toBe(true);
  });

  it("reads a provincial government's minister as speaking for its country (Balochistan: Pakistan)", () => {
    const card = cardFor(
      '"Afghan nationals took part in the attack on the police station," said Jan Achakzai, the caretaker information minister.',
      'Afghan nationals took part',
    );
    expect(card?.speaker?.actorId).toBe('jan-achakzai');
    expect(card?.claims[0]).toMatchObject({ claimId: 'afghan-nationals-involved-in-attacks-in-pakistan', stanceFrom: 'place' });
    expect(card!.related.some((r) => r.relation === 'counter')).toBe(true);
  });

  it('tells no side when the speaker is of the country that denies it: the words and the country disagree', () => {
    // Shown only with strong evidence (MIN_TOTAL_UNSURE), and then with its side unclear: never with counter-claims.
    const card = cardFor(paragraph('an Afghan official in Kabul'), 'Afghan citizens');
    expect(card === undefined || card.claims[0]!.sideUnsure === true).toBe(true);
    expect(card?.related.some((r) => r.relation === 'counter') ?? false).toBe(false);
  });

  it('needs the claim named with more than the least evidence for a card (MIN_TOTAL_PLAIN)', () => {
    // Both make the claim plainly; the shorter names it with less evidence than a side read this way needs.
    expect(
      cardFor('"Two of the attackers were Afghan nationals," Pakistani officials said.', 'Two of the attackers'),
    ).toBeUndefined();
    const card = cardFor(
      '"Afghan nationals took part in the attack on the checkpost," Pakistani officials said.',
      'Afghan nationals took part',
    );
    expect(card?.claims[0]).toMatchObject({ claimId: 'afghan-nationals-involved-in-attacks-in-pakistan', stance: 'asserts' });
    expect(card!.related.some((r) => r.relation === 'counter')).toBe(true);
  });

  it('is no plain statement when a negation covers the claim', () => {
    const card = cardFor(
      '"Afghan citizens did not carry out any of the suicide bombings in Balochistan this year," Pakistani officials said.',
      'Afghan citizens',
    );
    expect(card?.claims[0]?.stance).not.toBe('asserts');
  });
});

describe('who is blamed', () => {
  it('tells no side of a claim about what ought to be done', () => {
    // "Pakistan and the Taliban government should resolve their disputes through dialogue" blames
    // nobody: a remark naming only the Afghan side is no denial of it.
    const card = cardFor(
      '"We believe in dialogue with Afghanistan to resolve all the differences between the two neighbours, and our channels are open," Foreign Office spokesperson Mumtaz Zahra Baloch said.',
      'We believe in dialogue',
    );
    for (const c of card?.claims ?? []) if (c.claimId === 'pakistan-afghanistan-dialogue') expect(side(c.stance)).toBe('for');
  });
});

describe('a negated prevention', () => {
  it.each([
    [
      '"Kabul has done nothing to stop the TTP from using Afghan soil to attack Pakistan," Foreign Office spokesperson Mumtaz Zahra Baloch said.',
      'done nothing to stop',
      'afghan-soil-used-by-ttp',
    ],
    [
      '"Islamabad has never acted against the Daesh camps in Balochistan and Khyber," Zabihullah Mujahid said.',
      'never acted against',
      'isis-k-operates-from-pakistan',
    ],
  ])('affirms the claim, with its side known: %s', (paragraph, words, claimId) => {
    const first = cardFor(paragraph, words)?.claims[0];
    expect(first?.claimId).toBe(claimId);
    expect(side(first!.stance)).toBe('for');
    expect(first!.sideUnsure).toBeUndefined();
  });
});

describe('negation', () => {
  it('does not read "not in Afghanistan" as the claim that the TTP is not Afghanistan\'s problem', () => {
    const met = framesMet(
      LEAD +
        'Taliban spokesman Zabihullah Mujahid said the fighters Pakistan named were not in Afghanistan and had never been there.',
    );
    expect(met).not.toContain('ttp-is-pakistans-internal-problem');
  });

  it.each([
    '"Pakistan\'s security problems are its own and must not be blamed on Afghanistan," Taliban spokesman Zabihullah Mujahid said.',
    "Taliban spokesman Zabihullah Mujahid said Afghanistan could not be made responsible for Pakistan's own security problems.",
  ])('tells no side of a claim whose own proposition is negative ("not Afghanistan\'s responsibility"): %s', (paragraph) => {
    const card = cardFor(paragraph, 'Afghanistan');
    const claim = card?.claims.find((c) => c.claimId === 'ttp-is-pakistans-internal-problem');
    expect(claim).toMatchObject({ stance: 'asserts' });
    expect(claim?.sideUnsure).toBeUndefined();
  });

  it('reads a negation that covers the claim as a denial, and an aim ("an interest in not allowing") as no denial', () => {
    const denial = cardFor(
      '"There are no militant sanctuaries left anywhere on our side of the border," army spokesman Ahmed Sharif Chaudhry said.',
      'no militant sanctuaries',
    );
    expect(denial?.claims[0]?.claimId).toBe('terrorist-safe-havens-in-pakistan');
    expect(side(denial!.claims[0]!.stance)).toBe('against');
  });
});

describe('an incident referred back to', () => {
  const lead =
    'PESHAWAR: Militants of the banned TTP stormed the Badaber air base outside Peshawar on Friday, killing 29 people, and ' +
    'Islamabad again accused the Afghan Taliban of giving the militants sanctuary across the border.\n\n' +
    'Pakistani troops killed all the attackers after a siege of several hours, the military said.\n\n';
  const card = (paragraph: string) => engine.analyse(lead + paragraph).quotes[0];

  it("is the incident the article's lead names", () => {
    expect(
      card(
        '"This attack was planned in Afghanistan, and the attackers were trained there," army spokesman Asim Saleem Bajwa told reporters.',
      )?.claims[0],
    ).toMatchObject({ claimId: 'badaber-airbase-attack-2015-planned-in-afghanistan', stance: 'asserts' });
  });

  it('is referred back to by "the bomber" too', () => {
    const met = framesMet(
      lead +
        '"The bomber\'s handler sat in Afghanistan and gave him his orders from there," army spokesman Asim Saleem Bajwa told reporters.',
      "The bomber's handler",
    );
    expect(met[0]).toBe('badaber-airbase-attack-2015-planned-in-afghanistan');
  });

  it('goes before the general claim whose words it shares, with the general one second', () => {
    const denial = (lead: string) =>
      engine
        .analyse(lead + 'The Taliban foreign ministry rejected the claim that the attack had been directed from Afghan soil.')
        .quotes.find((q) => q.text === 'the attack had been directed from Afghan soil');
    const jaffar =
      'QUETTA: Pakistan said on Friday that the separatists who hijacked the Jaffar Express in Balochistan this week had ' +
      'been in contact with handlers in Afghanistan throughout the siege.\n\n';
    expect(denial(jaffar)?.claims.map((c) => [c.claimId, c.stance])).toEqual([
      ['jaffar-express-attack-directed-from-afghanistan', 'denies'],
      ['afghan-soil-used-by-ttp', 'denies'],
    ]);
    // Its mirror: under a lead that names no incident, the remark makes the general claim.
    expect(denial(LEAD)?.claims[0]).toMatchObject({ claimId: 'afghan-soil-used-by-ttp', stance: 'denies' });
  });

  it('is denied by a remark denying any part in it, however few words it shares with the claim', () => {
    const jaffar =
      'QUETTA: Pakistan said on Friday that the separatists who hijacked the Jaffar Express in Balochistan this week had ' +
      'been in contact with handlers in Afghanistan throughout the siege.\n\n' +
      'Islamabad has long accused the Afghan Taliban of letting the TTP and Baloch militants use Afghan soil for attacks ' +
      'on Pakistan.\n\n';
    const remark = (lead: string, words: string) =>
      engine.analyse(lead + `A Taliban foreign ministry spokesman said ${words}.`).quotes.find((q) => q.text === words);
    expect(remark(jaffar, 'Afghanistan had nothing to do with the attack')?.claims[0]).toMatchObject({
      claimId: 'jaffar-express-attack-directed-from-afghanistan',
      stance: 'denies',
    });
    expect(
      remark(jaffar, "linking Afghanistan to this attack was an attempt to hide Pakistan's own failures")?.claims[0],
    ).toMatchObject({ claimId: 'jaffar-express-attack-directed-from-afghanistan', stance: 'denies' });
    // Its mirrors: the same words under a lead that names no incident, a condemnation of the incident, a part in
    // something else, and the denial quoted to be answered, deny nothing.
    expect(remark(jaffar, 'Afghanistan had not been involved in the negotiations after the attack')).toBeUndefined();
    expect(
      remark(jaffar, 'the claim that Afghanistan had nothing to do with the attack did not survive the evidence')?.claims[0]
        ?.stance,
    ).not.toBe('denies');
    expect(remark(LEAD, 'Afghanistan had nothing to do with the attack')).toBeUndefined();
    expect(remark(jaffar, 'Afghanistan condemned the attack on the train in the strongest terms')).toBeUndefined();
  });

  it('is not read into a remark about attacks in general', () => {
    const general = card(
      '"Attacks on Pakistan are planned in Afghanistan, and the attackers are trained there," army spokesman Asim Saleem Bajwa told reporters.',
    );
    expect(general?.claims.some((c) => c.claimId === 'badaber-airbase-attack-2015-planned-in-afghanistan') ?? false).toBe(false);
  });
});

describe('a remark that refers back to the sentence before', () => {
  const SHOWN =
    'Officials in Islamabad laid out rifles and night-vision sights from the stocks the US left behind in Afghanistan in 2021. ';

  it('takes the part of the claim it lacks ("these weapons") from that sentence, and its side from its own words', () => {
    const charge = cardFor(
      `${SHOWN}"These weapons have reached TTP terrorists, who use them in their attacks on Pakistan," Foreign Office spokesperson Mumtaz Zahra Baloch said.`,
      'These weapons',
    );
    expect(charge?.claims[0]).toMatchObject({
      claimId: 'us-weapons-left-in-afghanistan-used-by-militants-in-pakistan',
      stance: 'asserts',
    });
    expect(charge?.related.some((r) => r.relation === 'counter')).toBe(true);
    const denial = cardFor(
      `${SHOWN}"These weapons have never reached TTP terrorists, and nobody uses them in attacks on Pakistan," Taliban spokesman Zabihullah Mujahid said.`,
      'These weapons',
    );
    expect(denial?.claims[0]).toMatchObject({
      claimId: 'us-weapons-left-in-afghanistan-used-by-militants-in-pakistan',
      stance: 'denies',
    });
  });

  describe('naming the weapons by reference while its own words meet other frames in passing', () => {
    // "terrorist groups in Afghanistan" and "kill our soldiers" meet other claims' frames; the claim the remark's words
    // weigh most for is the one about the weapons that the sentence before says the US left behind.
    const TURNED =
      '"The TTP and other terrorist groups have turned these modern weapons on Pakistan and used them to kill our soldiers and civilians," Foreign Office spokesperson Mumtaz Zahra Baloch said.';
    const HELD =
      '"These modern weapons are in the hands of terrorist groups in Afghanistan, and the TTP uses them against Pakistan," Foreign Office spokesperson Mumtaz Zahra Baloch said.';
    const WEAPONS = 'us-weapons-left-in-afghanistan-used-by-militants-in-pakistan';
    const claimsOn = (before: string, remark: string) => cardFor(before + remark, 'modern weapons')?.claims ?? [];

    it.each([TURNED, HELD])('is read with that sentence: %s', (remark) => {
      expect(claimsOn(SHOWN, remark)[0]).toMatchObject({ claimId: WEAPONS, stance: 'asserts' });
    });

    it('takes nothing from a sentence before that does not say it ("rifles seized in a raid")', () => {
      const seized = 'Officials in Islamabad laid out rifles seized from militants in a raid near Bannu. ';
      expect(claimsOn(seized, TURNED).map((c) => c.claimId)).not.toContain(WEAPONS);
    });
  });

  it('makes no claim without that sentence, nor when it pledges instead of stating', () => {
    expect(
      cardFor(
        '"These weapons have reached TTP terrorists, who use them in their attacks on Pakistan," Foreign Office spokesperson Mumtaz Zahra Baloch said.',
        'These weapons',
      ),
    ).toBeUndefined();
    expect(
      cardFor(
        `${SHOWN}"We will not let these weapons be used by TTP terrorists in attacks on Pakistan," Taliban spokesman Zabihullah Mujahid said.`,
        'these weapons be used',
      ),
    ).toBeUndefined();
  });
});

describe('a condition contrary to fact', () => {
  it('denies what it supposes, read from the condition alone', () => {
    const card = cardFor(
      '"If terrorists were using Afghan territory to plan attacks on Pakistan, Islamabad would have shown us the proof by now," Zabihullah Mujahid said.',
      'If terrorists were',
    );
    expect(card?.claims[0]).toMatchObject({ claimId: 'afghan-soil-used-by-ttp', stance: 'denies', stanceFrom: 'words' });
  });

  it('is no claim when the condition is open, or when the claim is only in what would follow', () => {
    expect(
      cardFor('"If terrorism comes out of Afghanistan again, we will answer it," Khawaja Asif said.', 'If terrorism comes'),
    ).toBeUndefined();
    expect(
      cardFor(
        '"If Kabul were honest, it would admit that TTP fighters use Afghan soil to plan attacks on Pakistan," Khawaja Asif said.',
        'If Kabul were honest',
      ),
    ).toBeUndefined();
  });
});

describe('the same words stated, not requested', () => {
  it('make the claim, with counters', () => {
    const card = cardFor(
      'Foreign Office spokesperson Mumtaz Zahra Baloch said American weapons left behind in Afghanistan "have ended up with terrorist groups".',
      'have ended up',
    );
    expect(card?.claims[0]).toMatchObject({
      claimId: 'us-weapons-left-in-afghanistan-used-by-militants-in-pakistan',
      stance: 'asserts',
    });
    expect(card?.related[0]?.relation).toBe('counter');
  });
});

describe('a speaker the pack does not hold', () => {
  const remark = ' "We do not allow anyone to use Afghan territory against any other country," Daud said.';
  it('speaks for the institution the article introduced them with', () => {
    const card = cardFor("The Taliban's deputy foreign minister, Karim Daud, spoke in Kabul." + remark, 'do not allow');
    expect(card?.speaker?.actorId).toBe('unlisted:karim-daud');
    expect(card?.claims[0]).toMatchObject({ claimId: 'afghan-soil-used-by-ttp', stance: 'denies' });
    expect(card?.claims[0]?.sideUnsure).toBeUndefined();
    expect(card?.related[0]?.relation).toBe('counter');
  });

  it("takes the side of the institution's camp", () => {
    const card = cardFor(
      'Foreign Office spokesman Karim Daud spoke in Islamabad. "Our strikes hit only the hideouts of terrorists in Khost and Paktika," Daud said.',
      'Our strikes',
    );
    expect(card?.claims[0]).toMatchObject({
      claimId: 'pakistani-strikes-targeted-terrorist-hideouts',
      stance: 'asserts',
      stanceFrom: 'camp',
    });
    expect(card?.related[0]?.relation).toBe('counter');
  });

  it('tells no side when the introduction names no office, or the other country', () => {
    for (const intro of [
      'Karim Daud, a Kabul-based analyst, spoke in Kabul.',
      "Pakistan's deputy interior minister, Karim Daud, spoke in Islamabad.",
    ]) {
      const card = cardFor(intro + remark, 'do not allow');
      expect(card?.related.some((r) => r.relation === 'counter') ?? false).toBe(false);
    }
  });
});

describe('stance from the words, then the side', () => {
  const soil = new Set(['afghan', 'pakistan']); // "Afghan soil is used … inside Pakistan": Afghan first, the accused
  it('reads a stated denial from the attribution verb or from words calling the claim false', () => {
    expect(statedDenial('militants use Afghan soil', 'rejected')?.reason).toBe('denial verb');
    expect(statedDenial('these reports are baseless propaganda', 'said')?.reason).toBe('denial words');
    expect(statedDenial('militants use Afghan soil', 'said')).toBeUndefined();
    // An accusation puts the claim forward.
    expect(statedDenial('Pakistan of hosting the Taliban leadership', 'accused')).toEqual({
      stance: 'asserts',
      reason: 'accusation verb',
    });
  });

  it("reads a denial verb as the speaker's own only when its subject is the speaker", () => {
    // Someone else's denial, reported so as to answer it, is no denial by the speaker.
    expect(statedDenial('Kabul denies it every week, but the facts are clear', 'said')).toBeUndefined();
    expect(statedDenial('the Taliban have always rejected our evidence', 'said')).toBeUndefined();
    expect(statedDenial("despite Kabul's denial, the camps are still there", 'said')).toBeUndefined();
    // The speaker's own, with "we" or with no subject of its own.
    expect(statedDenial('we reject these allegations completely', 'said')?.reason).toBe('denial words');
    expect(statedDenial('we have done nothing of the kind, and deny it completely', 'said')?.reason).toBe('denial words');
    expect(statedDenial('Denied, every word of it', 'said')?.reason).toBe('denial words');
    // "Propaganda" naming a kind of network calls nothing false.
    expect(statedDenial('the group operates from Afghan soil, and its propaganda networks must be shut', 'said')).toBeUndefined();
    expect(statedDenial('these stories are Indian propaganda', 'said')?.reason).toBe('denial words');
  });

  it.each([
    'we asked them again and again to deny these groups safe havens',
    'the camps across the border are not a myth',
    'the answer lies in Kabul, where the group is based',
    'this is no fiction: the fighters cross every week',
  ])('reads no denial in words that only look like one: %s', (quote) => {
    expect(statedDenial(quote, 'said')).toBeUndefined();
  });

  it.each([
    'these reports are lies spread by our enemies',
    'the story is a myth',
    'the allegations are baseless and we deny them',
  ])('still reads a denial in: %s', (quote) => {
    expect(statedDenial(quote, 'said')?.reason).toBe('denial words');
  });

  it('reads who is blamed for a one-sided claim', () => {
    const clashes = new Set(['afghan']); // "Afghan forces started the border clashes"
    expect(blamesOtherSide(['pakistan', 'troop', 'fire', 'first'], clashes)?.stance).toBe('denies');
    expect(blamesOtherSide(['afghan', 'forc', 'fire', 'first'], clashes)).toBeUndefined();
    expect(blamesOtherSide(['pakistan', 'fire'], soil)).toBeUndefined(); // two places: nobody is singled out
  });

  it("uses the speaker's country only where nothing else tells: the accused side denies, the other asserts", () => {
    expect(sideOfPlace('afghan', soil)).toBe('denies');
    expect(sideOfPlace('pakistan', soil)).toBe('asserts');
    expect(sideOfPlace('america', soil)).toBeUndefined();
    expect(sideOfPlace(undefined, soil)).toBeUndefined();
  });

  it('reads the other side as asserting a claim that names only the side it accuses, and asks more evidence of it', () => {
    const leaders = new Set(['afghan']); // "TTP leaders are based in Afghanistan"
    expect(sideOfPlace('pakistan', leaders)).toBe('asserts');
    expect(sideOfPlace('afghan', leaders)).toBe('denies');
    const omar = new Set(['pakistan']); // "Mullah Omar was in Pakistan"
    expect(sideOfPlace('afghan', omar)).toBe('asserts');
    expect(sideOfPlace('pakistan', omar)).toBe('denies');
    expect(sideOfPlace('india', leaders)).toBeUndefined();
    expect(sideOfPlace('america', omar)).toBeUndefined();
    // End to end: a Pakistani minister's reported clause, which no record, camp or word of its own tells the side of.
    const strong = cardFor(
      'Defence Minister Khawaja Asif told the National Assembly on Monday that the TTP leadership was based in Afghanistan and its fighters were sheltered there.',
      'TTP leadership was based',
    );
    const claim = strong?.claims.find((c) => c.claimId === 'ttp-leadership-based-in-afghanistan');
    expect(claim).toMatchObject({ stance: 'asserts', stanceFrom: 'place' });
    expect(claim?.sideUnsure).toBeUndefined();
    expect(strong?.related.some((r) => r.relation === 'counter')).toBe(true);
    // The same reading on weaker evidence that the remark makes the claim at all names no counter-claim.
    const weak = cardFor(
      'Defence Minister Khawaja Asif told the National Assembly on Monday that the leadership of the TTP was being sheltered in Afghanistan.',
      'being sheltered',
    );
    expect(weak?.related.some((r) => r.relation === 'counter') ?? false).toBe(false);
  });

  it("gives an armed group's spokesman no side from the country the group is named for", () => {
    const index = engine.index;
    expect(index.speaksForArmedGroup('muhammad-khurasani')).toBe(true);
    expect(index.speaksForArmedGroup('tehrik-i-taliban-pakistan')).toBe(true);
    expect(index.speaksForArmedGroup('khawaja-asif')).toBe(false);
    // "Our fighters cross from Afghan soil", from a TTP spokesman: not Pakistan's side on the claim (it asserts it).
    const remark = {
      quote: 'our fighters cross from Afghan soil to strike the army',
      terms: ['fighter', 'cross', 'afghan', 'soil', 'strike', 'armi'],
      place: 'pakistan',
    };
    const SOIL = 'afghan-soil-used-by-ttp';
    expect(inferStance(index, 'muhammad-khurasani', SOIL, remark)).toBeUndefined();
    expect(inferStance(index, undefined, SOIL, remark)).toMatchObject({ stance: 'asserts', from: 'place' });
    // Nor do the group's spokesmen's statements count towards Pakistan's side on a claim: only towards the group's own.
    const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
    const members = pack.statements.filter(
      (st) => index.speaksForArmedGroup(st.actorId) && st.actorId !== 'tehrik-i-taliban-pakistan',
    );
    expect(members.length).toBeGreaterThan(0);
    const theirs = new ClaimIndex(pack.actors, pack.claims, statementSource(members));
    for (const st of members)
      for (const x of st.stances) {
        expect(theirs.placeStances.get('pakistan')?.get(x.claimId)).toBeUndefined();
        expect(theirs.campStances.get(theirs.campOf(st.actorId))?.get(x.claimId)?.length).toBeGreaterThan(0);
      }
  });

  it("reads the country's side from how its actors stand on the claim before guessing from the claim's wording", () => {
    // A claim in Pakistan's favour that names Pakistan first: Pakistani actors assert it, so a
    // Pakistani speaker nobody has on record is read as asserting, not as the accused denying.
    const card = cardFor(
      'A senior Pakistani security official said: "Pakistan has every right to fence its own side of the border and build gates at the crossings."',
      'every right to fence',
    );
    expect(card?.claims[0]).toMatchObject({
      claimId: 'pakistan-entitled-to-fence-border',
      stance: 'asserts',
      stanceFrom: 'place',
    });
  });

  it('reads no accused side from the wording of a claim nobody denies, or of one saying what ought to be', () => {
    const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
    /** The bundled corpus with `claimId`'s stances by `speakers` taken out, and `extra` statements added. */
    const indexWithout = (claimId: string, speakers: ReadonlySet<string>, extra: Pack['statements'] = []) =>
      new ClaimIndex(
        pack.actors,
        pack.claims,
        statementSource([
          ...pack.statements
            .map((st) => ({ ...st, stances: st.stances.filter((x) => x.claimId !== claimId || !speakers.has(st.actorId)) }))
            .filter((st) => st.stances.length > 0),
          ...extra,
        ]),
      );
    // "Pakistan has been a victim of terrorism" names Pakistan without accusing it. With no Pakistani
    // statement on the claim to tell the country's side, a Pakistani saying it is not read as denying it.
    const VICTIM = 'pakistan-victim-of-terrorism';
    const index = indexWithout(VICTIM, new Set(['anwaar-ul-haq-kakar', 'mumtaz-zahra-baloch']));
    expect(index.contested.has(VICTIM)).toBe(false);
    expect(index.placeStances.get('pakistan')?.get(VICTIM)).toBeUndefined();
    const victim = {
      quote: 'Pakistan is itself the biggest victim of terrorism',
      terms: ['pakistan', 'victim', 'terror'],
      place: 'pakistan',
    };
    expect(inferStance(index, undefined, VICTIM, victim)?.stance).not.toBe('denies');

    // Nor from the wording of a claim about what ought to be, though someone denies it: with no Pakistani
    // statement on talks with the TTP to tell the country's side, "Pakistan should talk" names Pakistan
    // without accusing it.
    const TALKS = 'pakistan-should-negotiate-with-ttp';
    const denier = pack.statements.find((st) => st.actorId === 'zabihullah-mujahid')!;
    const contested = indexWithout(TALKS, new Set(['mumtaz-zahra-baloch', 'imran-khan']), [
      { ...denier, id: 'test-denial', stances: [{ claimId: TALKS, stance: 'denies' }] },
    ]);
    expect(contested.contested.has(TALKS)).toBe(true);
    expect(contested.normative.has(TALKS)).toBe(true);
    const talk = {
      quote: 'Pakistan should settle this with the TTP through talks',
      terms: ['pakistan', 'ttp', 'talk'],
      place: 'pakistan',
    };
    expect(inferStance(contested, undefined, TALKS, talk)?.stance).not.toBe('denies');

    // A claim someone denies keeps the reading: the accused country's speaker denies it.
    const SOIL = 'afghan-soil-used-by-ttp';
    expect(index.contested.has(SOIL)).toBe(true);
    expect(sideOfPlace('afghan', index.profiles.placesOf(SOIL))).toBe('denies');
  });

  it("reads no side from a camp with one statement on the claim (another government's)", () => {
    // Khawaja Asif's camp holds one statement on talks with the TTP, Imran Khan's of 2021 asserting
    // them; Asif's remark against them is no assertion, whatever it is.
    const card = cardFor(
      '"Two years ago we were told that talking to the TTP would bring peace, and the militants were allowed to come back for negotiations; they brought war with them," Defence Minister Khawaja Asif said.',
      'talking to the TTP',
    );
    for (const c of card?.claims ?? [])
      if (c.claimId === 'pakistan-should-negotiate-with-ttp') expect(c.stanceFrom === 'camp' && !c.sideUnsure).toBe(false);
  });

  it('takes a side from a tally only where three in four of at least two statements are on it', () => {
    expect(
      clearSide([
        { stance: 'asserts', count: 3, first: 0 },
        { stance: 'denies', count: 1, first: 1 },
      ]),
    ).toBe('asserts');
    expect(
      clearSide([
        { stance: 'asserts', count: 2, first: 0 },
        { stance: 'denies', count: 2, first: 1 },
      ]),
    ).toBeUndefined();
    expect(clearSide([{ stance: 'denies', count: 1, first: 0 }])).toBeUndefined();
    expect(
      clearSide([
        { stance: 'qualifies', count: 2, first: 0 },
        { stance: 'asserts', count: 1, first: 1 },
      ]),
    ).toBe('qualifies');
  });
});

describe('belittling words', () => {
  const frame = (at: number[], window: [number, number]) => ({
    met: true,
    inQuote: 2,
    weight: 1,
    negated: false,
    at: new Set(at),
    window,
  });

  it('deny the claim they belittle where the remark names it, in its clause, and only there', () => {
    // "posts along the imaginary line": the belittling word is inside the run that met the frame.
    expect(belittledClaim(['post', 'along', 'imaginari', 'line'], frame([2, 3], [2, 3]))?.stance).toBe('denies');
    // "not an imaginary line": negated in its clause.
    expect(belittledClaim(['border', 'not', 'imaginari', 'line'], frame([2, 3], [2, 3]))).toBeUndefined();
    // A belittling word in another clause, or far before the words that met the frame.
    expect(belittledClaim(['imaginari', '|', 'durand', 'line', 'recogn'], frame([2, 3, 4], [2, 4]))).toBeUndefined();
    expect(
      belittledClaim(['imaginari', 'fear', 'taliban', 'serious', 'durand', 'line', 'recogn'], frame([4, 5, 6], [4, 6])),
    ).toBeUndefined();
    expect(belittledClaim(['imaginari', 'line'], { ...frame([0, 1], [0, 1]), met: false })).toBeUndefined();
  });

  const ASIF = 'Defence Minister Khawaja Asif said.';
  const BALOCH = 'Foreign Office spokesperson Mumtaz Zahra Baloch said.';
  const DURAND = 'durand-line-is-international-border';
  const FLOCKS = ' every spring with their flocks, and nobody asked for papers," said Haji Gul, a tribal elder from Kunar.';
  it.each([
    // Where nobody is on record, the belittling word tells the side (its mirror, "recognised", below).
    [`"Our fathers crossed the imaginary line${FLOCKS}`, 'Our fathers', DURAND, 'against'],
    // Negated belittling words deny nothing.
    [
      `"The Durand Line is an internationally recognised border, not an imaginary line," ${BALOCH}`,
      'not an imaginary',
      DURAND,
      'for',
    ],
    [`"Nobody can call the Durand Line imaginary: it is the international border," ${BALOCH}`, 'Nobody can call', DURAND, 'for'],
    [
      `"It is no fiction that Afghan soil is used by the TTP to attack Pakistan," ${ASIF}`,
      'no fiction',
      'afghan-soil-used-by-ttp',
      'for',
    ],
    // A speaker's "us" is their country in the terms the frame is matched on: the belittling word is read on those.
    [
      `"The TTP attack us, they attack us, and they attack us from Afghan soil, imaginary as some people pretend," ${ASIF}`,
      'they attack us',
      'afghan-soil-used-by-ttp',
      'for',
    ],
  ])('%s', (paragraph, words, claimId, expectedSide) => {
    const first = cardFor(paragraph, words)?.claims[0];
    expect(first?.claimId).toBe(claimId);
    expect(side(first!.stance)).toBe(expectedSide);
  });

  it.each([
    // Deflection is not the claim: an Indian denial telling Pakistan to look at problems of its own making.
    [
      '"These charges have no basis. Pakistan would do better to look at the problems of its own making," said Randhir Jaiswal, spokesman of the Indian foreign ministry.',
      'problems of its own making',
      'ttp-is-pakistans-internal-problem',
    ],
    // Incidents at the border to be settled by talks: no word on the Durand Line.
    [
      'The Afghan foreign ministry said incidents at the border "should be settled through talks between officials of the two countries, not by force."',
      'settled through talks',
      'durand-line-is-international-border',
    ],
    // Commitments a round of talks would check: no collapse of the talks.
    [
      'Officials said the Istanbul round would set up a mechanism to check that "the commitments were being kept by both sides."',
      'commitments were being kept',
      'istanbul-talks-collapse-caused-by-kabul',
    ],
  ])('gives %s no card for the claim its words only brush', (paragraph, words, claimId) => {
    expect(cardFor(paragraph, words)?.claims.some((c) => c.claimId === claimId) ?? false).toBe(false);
  });

  it("gives the October 2025 toll claim to no other clash's toll", () => {
    // Soldiers killed near the border are not the 58 of the October clashes: the claim needs its number, or posts captured.
    expect(
      cardFor(
        'Inter-Services Public Relations said two soldiers had been martyred and 40 attackers killed when militants stormed a post near the Afghan border in Bajaur.',
        'two soldiers',
      ),
    ).toBeUndefined();
  });

  it('reads no side against from the mirror of a belittling word ("recognised")', () => {
    // Too weak for a card whose side is a guess; whatever is read, it is not a denial.
    const first = cardFor(`"Our fathers crossed the internationally recognised border${FLOCKS}`, 'Our fathers')?.claims[0];
    expect(first === undefined || side(first.stance) === 'for').toBe(true);
  });
});

describe('counter-claims only where the side is known', () => {
  const CLAIM = 'pakistani-strikes-killed-afghan-civilians';
  it.each([
    // A denial read from a negation alone, by nobody the pack knows: the claim's statements by side, no counter.
    [
      'A shopkeeper in the town told reporters that "Pakistani air strikes did not kill civilians here: no women or children were killed, and no civilian homes were hit by the bombing."',
      'did not kill',
      { stanceFrom: 'negation', sideUnsure: true },
      undefined,
    ],
    // The same kind of words from a camp on record against the claim: the assertions are its counters.
    [
      'Foreign Office spokesperson Mumtaz Zahra Baloch said Pakistani jets "never bombed homes or killed civilians in Afghanistan."',
      'never bombed',
      { stance: 'denies' },
      'for',
    ],
    // A speaker whose words contradict their record: no counter either way.
    [
      'Taliban spokesman Zabihullah Mujahid said that "Pakistani air strikes did not kill civilians here: no women or children were killed, and no civilian homes were hit by the bombing."',
      'did not kill',
      { sideUnsure: true },
      undefined,
    ],
    // Its mirror: the speaker on record, whose words agree, gets the denials as counters.
    [
      'Taliban spokesman Zabihullah Mujahid said: "Pakistani jets bombed homes and killed civilians, women and children among them."',
      'bombed homes',
      { stance: 'asserts', stanceFrom: 'record' },
      'against',
    ],
  ] as const)('%s', (paragraph, words, claim, counterSide) => {
    const card = cardFor(paragraph, words);
    expect(card?.claims[0]).toMatchObject({ claimId: CLAIM, ...claim });
    const counters = card!.related.filter((r) => r.relation === 'counter');
    const context = card!.related.filter((r) => r.relation === 'context');
    if (counterSide) {
      expect(card!.claims[0]!.sideUnsure).toBeUndefined();
      expect(counters.length).toBeGreaterThan(0);
      expect(counters.every((r) => side(r.stance) === counterSide)).toBe(true);
      expect(context).toEqual([]);
    } else {
      // Nothing is called a counter; what was said on the claim is there, from both sides.
      expect(counters).toEqual([]);
      expect(new Set(context.map((r) => side(r.stance)))).toEqual(new Set(['for', 'against']));
    }
  });
});

it("a speaker's record of qualifying a claim tells no side for a new remark: no counter-claim is named unless another reading agrees", () => {
  // Imran Khan is on record only qualifying the claim (and his camp not at all): his side here is a guess.
  const guess = cardFor(
    'Former prime minister Imran Khan said: "There were safe havens for militants on our side of the border in the past, and we cleared many of them."',
    'safe havens',
  );
  // Too weak for a card whose side is a guess (MIN_TOTAL_UNSURE); neither a side nor a counter-claim is read from it.
  expect(guess === undefined || guess.claims[0]!.sideUnsure === true).toBe(true);
  expect(guess?.related.some((r) => r.relation === 'counter') ?? false).toBe(false);
  // Matthew Miller's record qualifies the Durand Line claim, and his government's asserts it: that agreement tells the side.
  const agreed = cardFor(
    'State Department spokesman Matthew Miller told reporters: "Our view is that the Durand Line is the international border between Pakistan and Afghanistan, and we want both sides to keep it calm."',
    'Durand Line',
  );
  expect(agreed?.claims[0]).toMatchObject({ claimId: 'durand-line-is-international-border', stanceFrom: 'record' });
  expect(agreed!.claims[0]!.sideUnsure).toBeUndefined();
  expect(agreed!.related.some((r) => r.relation === 'counter')).toBe(true);
});

it('a reported clause quoting words the corpus holds as a remark takes that remark’s claim and side', () => {
  const card = cardFor(
    'The Foreign Office said it had handed the Taliban "sufficient proof" that militants are attacking Pakistan with American weapons left behind in Afghanistan.',
    'sufficient proof',
  );
  expect(card?.claims[0]).toMatchObject({
    claimId: 'us-weapons-left-in-afghanistan-used-by-militants-in-pakistan',
    stance: 'asserts',
    stanceFrom: 'remark',
  });
  expect(card!.related.some((r) => r.relation === 'counter' && side(r.stance) === 'against')).toBe(true);
});

it('a claim whose side is a guess needs stronger evidence: a short remark by a speaker on record gets a card, the same words by an unknown resident none', () => {
  const paragraph = (who: string) => `${who} said "fighters shelter on Afghan soil."`;
  const known = cardFor(paragraph('Defence Minister Khawaja Asif'), 'fighters shelter');
  expect(known?.claims[0]).toMatchObject({ claimId: 'afghan-soil-used-by-ttp', stance: 'asserts', stanceFrom: 'record' });
  expect(cardFor(paragraph('A resident'), 'fighters shelter')).toBeUndefined();
  // A fuller remark by the same resident, in the resident's own words, states the claim plainly and names the side it
  // accuses: it puts the claim forward, and what was said against it is shown as counter-claims.
  const fuller =
    'militants use Afghan soil to plan and launch attacks inside Pakistan, and they cross from Afghan territory to attack Pakistan';
  const own = cardFor(paragraph('A resident').replace('fighters shelter on Afghan soil', fuller), 'militants use');
  expect(own?.claims[0]).toMatchObject({ claimId: 'afghan-soil-used-by-ttp', stance: 'asserts', stanceFrom: 'plain' });
  expect(own?.claims[0]?.sideUnsure).toBeUndefined();
  expect(own?.related.some((r) => r.relation === 'counter' && (r.stance === 'denies' || r.stance === 'disputes'))).toBe(true);
  // The same words reported by the writer are the writer's wording, not read as the resident putting the claim forward.
  const reported = cardFor(`A resident said ${fuller}.`, 'militants use');
  expect(reported?.claims[0]?.stanceFrom).not.toBe('plain');
  expect(reported?.related.some((r) => r.relation === 'counter') ?? false).toBe(false);
});

describe('a remark in its own words that states a claim plainly', () => {
  // Nobody the pack knows: the side is read from the words alone.
  const said = (words: string) => `"${words}," a man in the crowd said.`;

  it('puts the claim forward when it names the side the claim accuses', () => {
    const card = cardFor(said('Afghan border forces opened fire on our posts first and without any provocation'), 'opened fire');
    expect(card?.claims[0]).toMatchObject({
      claimId: 'border-clashes-initiated-by-afghan-forces',
      stance: 'asserts',
      stanceFrom: 'plain',
    });
    expect(card?.related.find((r) => r.relation === 'counter')).toBeDefined();
  });

  it("reads a phrase lifted into the writer's sentence as the speaker's own words", () => {
    const card = cardFor(
      'An analyst in Kabul spoke of "rifles and night sights that the Americans left behind in Afghanistan" turning up in the tribal districts.',
      'rifles and night sights',
    );
    // The phrase itself says the weapons were left behind; that they turn up in the tribal districts is the writer's.
    expect(card?.claims[0]).toMatchObject({
      claimId: 'us-left-military-equipment-to-taliban',
      stance: 'asserts',
      stanceFrom: 'plain',
    });
  });

  it('tells no side when the agent is only "they": either side might say it of the other', () => {
    expect(cardFor(said('They opened fire on our posts first and without any provocation'), 'opened fire')).toBeUndefined();
  });

  it('is not read over a negation or a word calling the claim false', () => {
    // A negation alone is a weak reading: no card, rather than the claim put forward.
    expect(
      cardFor(said('Afghan border forces did not open fire first, and they never started any clash'), 'did not open'),
    ).toBeUndefined();
    const called = cardFor(said('The story that Afghan border forces opened fire first is baseless propaganda'), 'opened fire');
    expect(called?.claims[0]).toMatchObject({
      claimId: 'border-clashes-initiated-by-afghan-forces',
      stance: 'denies',
      stanceFrom: 'words',
    });
  });
});

describe('a denial that names what it denies only by reference', () => {
  it.each([
    [
      'Islamabad accuses the Taliban government of letting TTP fighters use Afghan territory to plan attacks on Pakistan. Taliban spokesman Zabihullah Mujahid rejected the accusation.',
      'rejected the accusation',
      'zabihullah-mujahid',
      'afghan-soil-used-by-ttp',
    ],
    [
      'Pakistani officials say TTP fighters use Afghan territory to plan attacks on Pakistan, a charge the Taliban government has always denied.',
      'a charge the Taliban government',
      'taliban-government',
      'afghan-soil-used-by-ttp',
    ],
    // A capital rejecting a charge by reference takes a standing position: its government's.
    [
      "American officials have long said that militant groups still enjoy safe havens in Pakistan's tribal areas, a charge Islamabad has rejected repeatedly.",
      'a charge Islamabad',
      'pakistan-government',
      'terrorist-safe-havens-in-pakistan',
    ],
    // A quote that rejects "these allegations" answers the sentence before it, across a paragraph break too.
    [
      'Pakistan accused New Delhi of funding and arming the militants who attacked the train in Balochistan.\n\n"We reject these allegations completely. It is the same old story," Indian foreign ministry spokesman Randhir Jaiswal said.',
      'We reject these allegations',
      'randhir-jaiswal',
      'india-sponsors-terrorism-in-pakistan',
    ],
    // A reported denial of "the allegations made by …", with an aside before its verb.
    [
      'Pakistani ministers said Afghan soil was being used by the TTP to plan attacks on Pakistan. The Taliban government, however, rejected the allegations made by Pakistani ministers.',
      'rejected the allegations made by',
      'taliban-government',
      'afghan-soil-used-by-ttp',
    ],
    // "A says B; C denies this": the clause before the semicolon is what is denied.
    [
      'Islamabad says TTP militants use Afghan soil to plan and launch attacks inside Pakistan; the Taliban government denies this.',
      'the Taliban government denies this',
      'taliban-government',
      'afghan-soil-used-by-ttp',
    ],
  ])('%s', (paragraph, words, speaker, claimId) => {
    const card = cardFor(paragraph, words);
    expect(card?.speaker?.actorId).toBe(speaker);
    expect(card?.claims[0]).toMatchObject({ claimId, stance: 'denies', stanceFrom: 'words' });
    const counters = card!.related.filter((r) => r.relation === 'counter');
    expect(counters.length).toBeGreaterThan(0);
    expect(counters.every((r) => side(r.stance) === 'for')).toBe(true);
  });
});

describe('a semicolon with no report before it, or no denial after it', () => {
  it.each([
    'Militants use Afghan soil to plan and launch attacks inside Pakistan, the report found; the Taliban government denies this.',
    'Islamabad says TTP militants use Afghan soil to plan and launch attacks inside Pakistan; the Taliban government met on Monday.',
  ])('%s', (paragraph) => {
    const a = engine.analyse(LEAD + paragraph);
    expect(a.quotes.some((q) => q.speaker?.actorId === 'taliban-government')).toBe(false);
  });
});

describe('a rejection of "these allegations" with nothing before it to refer to', () => {
  it('gets no card', () => {
    expect(
      cardFor(
        'The two delegations met in Doha for a second day.\n\n"We reject these allegations completely," Indian foreign ministry spokesman Randhir Jaiswal said.',
        'We reject these allegations',
      ),
    ).toBeUndefined();
  });
});

describe('a quote of several sentences that makes no one claim as a whole', () => {
  it('is read sentence by sentence: the sentence that makes a claim gets the card, as the speaker', () => {
    const paragraph =
      '"Afghan soil is being used by the TTP to plan and launch attacks inside Pakistan. The American weapons left behind ' +
      'in Afghanistan are now in the hands of the TTP, and they use them against our soldiers," Defence Minister Khawaja ' +
      'Asif told reporters in Islamabad.';
    const a = engine.analyse(LEAD + paragraph);
    expect(a.quotes.some((q) => q.text.includes('Afghan soil') && q.text.includes('weapons'))).toBe(false);
    const soil = a.quotes.find(
      (q) => q.text === 'Afghan soil is being used by the TTP to plan and launch attacks inside Pakistan.',
    );
    expect(soil?.speaker?.name).toBe('Khawaja Muhammad Asif');
    expect(soil?.claims[0]).toMatchObject({ claimId: 'afghan-soil-used-by-ttp', stance: 'asserts' });
  });

  it('its mirror: two denials in one quote, the sentence whose claim is the surer carded, once', () => {
    const paragraph =
      '"Nobody is allowed to use Afghan soil against Pakistan or any other country. American weapons in the hands of the ' +
      'TTP did not come from Afghanistan," Taliban spokesman Zabihullah Mujahid said in a statement.';
    const a = engine.analyse(LEAD + paragraph);
    const cards = a.quotes.filter((q) => q.text.includes('Afghan soil') || q.text.includes('American weapons'));
    expect(cards).toHaveLength(1);
    expect(cards[0]?.text).toBe('American weapons in the hands of the TTP did not come from Afghanistan');
    expect(cards[0]?.speaker?.name).toBe('Zabihullah Mujahid');
    expect(cards[0]?.claims[0]).toMatchObject({
      claimId: 'us-weapons-left-in-afghanistan-used-by-militants-in-pakistan',
      stance: 'denies',
    });
  });

  it('a sentence of two clauses joined by a comma and "and" is read clause by clause', () => {
    const a = engine.analyse(
      LEAD +
        '"Afghan soil is being used by the TTP to plan and launch attacks inside Pakistan, and the American weapons left ' +
        'behind in Afghanistan are now in the hands of the TTP," Defence Minister Khawaja Asif said.',
    );
    const soil = a.quotes.find(
      (q) => q.text === 'Afghan soil is being used by the TTP to plan and launch attacks inside Pakistan',
    );
    expect(soil?.speaker?.name).toBe('Khawaja Muhammad Asif');
    expect(soil?.claims[0]).toMatchObject({ claimId: 'afghan-soil-used-by-ttp', stance: 'asserts' });
    expect(a.quotes.some((q) => q.text.includes('Afghan soil') && q.text.includes('weapons'))).toBe(false);
  });

  it('a quote that makes no claim as a whole (a condition) is not read in parts either', () => {
    const a = engine.analyse(
      LEAD +
        '"If Kabul wants good relations with its neighbours, it has to act against these people. Until then we will keep ' +
        'striking the terrorist hideouts wherever they are," a Pakistani security official said.',
    );
    expect(a.quotes.some((q) => q.text.includes('terrorist hideouts'))).toBe(false);
  });

  it('a quote of one sentence is read whole, and only once', () => {
    const a = engine.analyse(
      LEAD + '"Afghan soil is being used by the TTP to plan and launch attacks inside Pakistan," Khawaja Asif said.',
    );
    expect(a.quotes.filter((q) => q.text.includes('Afghan soil'))).toHaveLength(1);
  });
});

describe('money is not equipment', () => {
  const equipment = 'us-left-military-equipment-to-taliban';
  it('aid handed to Pakistan is not the equipment the US left behind, which is', () => {
    const aid = cardFor(
      'US President Donald Trump said the United States had been foolish to hand Pakistan more than $33 billion in aid over 15 years.',
      'foolish to hand Pakistan',
    );
    expect(aid?.claims.some((c) => c.claimId === equipment) ?? false).toBe(false);
    const left = cardFor(
      '"We left billions of dollars worth of our best military equipment behind with the Taliban when we pulled out," Donald Trump said.',
      'We left billions',
    );
    expect(left?.claims[0]).toMatchObject({ claimId: equipment, stance: 'asserts' });
  });
});

describe('a name in quote marks', () => {
  it('is a label, while a quoted phrase that says something is not one', () => {
    for (const name of ['Fitna al-Hindustan', 'Fitna al Khawarij', 'Islamic Emirate', 'Amir ul-Momineen'])
      expect(isName(name)).toBe(true);
    for (const phrase of ['Indian-sponsored', 'fantasy number', 'Pakistan is the victim', 'an attack on Afghan sovereignty'])
      expect(isName(phrase)).toBe(false);
  });
});

describe("the learned reading of a remark's words (claim-words.ts)", () => {
  const NEGOTIATE = 'pakistan-should-negotiate-with-ttp';
  const pack = (): Pack => JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
  /** A model that never names a claim: the engine as it reads without the learned reading. */
  const NEVER: ClaimWordsModel = { version: 1, claims: [], bias: [0], weights: {}, scale: 1 };
  /** A model naming `claimId` with probability `p` for any remark holding `word`. */
  const naming = (claimId: string, word: string, p: number): ClaimWordsModel => ({
    version: 1,
    claims: [claimId],
    bias: [0, 0],
    weights: { [word]: [0, Math.round(Math.log(p / (1 - p)) * 1000)] },
    scale: 1000,
  });
  const card = (e: Engine, paragraph: string, words: string) =>
    e.analyse(LEAD + paragraph).quotes.find((q) => q.text.includes(words));
  const ASKS =
    '"Islamabad should sit down with its own people and settle this by talking," Taliban spokesman Zabihullah Mujahid said.';
  const REFUSES = '"We reject any idea of negotiating with the Khawarij," Foreign Office spokesperson Mumtaz Zahra Baloch said.';

  it('names a claim the evidence alone gives no card, with the side the speaker is on record on', () => {
    expect(card(engine, ASKS, 'sit down')?.claims[0]).toMatchObject({
      claimId: NEGOTIATE,
      stance: 'asserts',
      stanceFrom: 'record',
    });
    expect(card(engine, ASKS, 'sit down')?.related.find((r) => r.relation === 'counter')).toBeDefined();
    expect(card(new Engine(pack(), { claimWords: NEVER }), ASKS, 'sit down')).toBeUndefined();
  });

  it('its mirror: a refusal of talks, with the side its own words tell', () => {
    expect(card(engine, REFUSES, 'negotiating')?.claims[0]).toMatchObject({
      claimId: NEGOTIATE,
      stance: 'denies',
      stanceFrom: 'words',
    });
    expect(card(new Engine(pack(), { claimWords: NEVER }), REFUSES, 'negotiating')).toBeUndefined();
  });

  it('names nothing below its least probability', () => {
    const [term] = wordFeatures('talking');
    expect(card(new Engine(pack(), { claimWords: naming(NEGOTIATE, term!, 0.65) }), ASKS, 'sit down')?.claims[0]?.claimId).toBe(
      NEGOTIATE,
    );
    expect(card(new Engine(pack(), { claimWords: naming(NEGOTIATE, term!, 0.55) }), ASKS, 'sit down')).toBeUndefined();
  });

  it("gives way where another claim's frame is met with more evidence", () => {
    // The learned reading leans to the weapons reaching militants; the remark states that the Americans left them.
    const LEFT = '"The rifles these terrorists carry were left behind by the Americans," Defence Minister Khawaja Asif said.';
    const e = new Engine(pack(), {
      claimWords: naming('us-weapons-left-in-afghanistan-used-by-militants-in-pakistan', wordFeatures('rifles')[0]!, 0.95),
    });
    expect(card(e, LEFT, 'rifles')?.claims[0]?.claimId).not.toBe('us-weapons-left-in-afghanistan-used-by-militants-in-pakistan');
  });

  it("shows a claim it names only with a side read from the remark or the speaker's record, never the camp's or a guess", () => {
    for (const from of ['words', 'record', 'remark', 'negation', 'place', 'neutral'] as const)
      expect(learnedSideShown({ sure: true, from })).toBe(true);
    for (const from of ['camp', 'blame', 'plain'] as const) expect(learnedSideShown({ sure: true, from })).toBe(false);
    expect(learnedSideShown({ sure: false, from: 'words' })).toBe(false);
    expect(learnedSideShown(undefined)).toBe(false);
  });
});

describe('a claim the evidence names too weakly for a card, and the learned reading agrees (learned-reading.ts)', () => {
  const SOLD = 'taliban-sold-or-leaked-us-weapons';
  const pack = (): Pack => JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
  /** A model giving `claimId` the probability `p` for every remark (and "none" the rest). */
  const giving = (claimId: string, p: number): ClaimWordsModel => ({
    version: 1,
    claims: [claimId],
    bias: [Math.round(Math.log(p / (1 - p)) * 1000), 0],
    weights: {},
    scale: 1000,
  });
  /** A paragraph whose sentence before says nothing of the claims, then the remark. */
  const said = (who: string) =>
    `Funerals were held on Wednesday. "Weapons move through the markets on both sides of the border," ${who} said.`;
  const read = (model: ClaimWordsModel, who: string) => {
    const decided: QuoteDecision[] = [];
    const a = new Engine(pack(), { claimWords: model }).analyse(LEAD + said(who), { onDecision: (_q, d) => decided.push(d) });
    return { card: a.quotes.find((q) => q.text.startsWith('Weapons move')), decided };
  };
  const MUJAHID = 'Taliban spokesman Zabihullah Mujahid';

  it("is too weak alone: the evidence names the claim, under the card's least score", () => {
    const { card, decided } = read(giving(SOLD, 0.05), MUJAHID);
    expect(card).toBeUndefined();
    expect(decided.find((d) => d.claimId === SOLD)).toMatchObject({ outcome: 'weak' });
  });

  it(`is shown when the learned reading gives it ${WEAK_CARD_AGREEMENT} or more, with the side the speaker is on record on`, () => {
    const { card, decided } = read(giving(SOLD, WEAK_CARD_AGREEMENT + 0.05), MUJAHID);
    expect(card?.claims).toMatchObject([{ claimId: SOLD, stance: 'denies', stanceFrom: 'record' }]);
    expect(card?.related.some((r) => r.relation === 'counter')).toBe(true);
    expect(decided.find((d) => d.outcome === 'card')?.why).toMatch(/learned reading agreeing/);
  });

  it('is not shown below that, nor when the learned reading leans to another claim', () => {
    expect(read(giving(SOLD, WEAK_CARD_AGREEMENT - 0.1), MUJAHID).card).toBeUndefined();
    expect(read(giving('pakistan-afghanistan-dialogue', 0.55), MUJAHID).card).toBeUndefined();
  });

  it("never shows it with a side the remark's words and speaker do not tell: the same words from another spokesperson", () => {
    const { card, decided } = read(giving(SOLD, 0.55), 'Foreign Office spokesperson Mumtaz Zahra Baloch');
    expect(card).toBeUndefined();
    expect(decided.find((d) => d.claimId === SOLD)).toMatchObject({ outcome: 'side-unknown' });
  });
});

describe('a count given differently', () => {
  const CLASH =
    'KABUL: Afghan forces and Pakistani troops fought along the Durand Line overnight, with both sides reporting heavy ' +
    'exchanges of fire at border posts in Kunar and Kurram.\n\n' +
    'Taliban spokesman Zabihullah Mujahid said 58 Pakistani soldiers had been killed in the retaliatory operations.\n\n';
  const COUNT = 'oct-2025-clashes-58-pakistani-soldiers-killed';

  it("disputes the claim's number where the article reports it, with the claim's own statements as counters", () => {
    const a = engine.analyse(
      CLASH + 'The Inter-Services Public Relations said 19 of its soldiers had been martyred and 31 wounded in the fighting.',
    );
    const card = a.quotes.find((q) => q.text.startsWith('19 of its soldiers'));
    expect(card?.claims[0]).toMatchObject({ claimId: COUNT, stance: 'disputes' });
    expect(card?.claims[0]?.sideUnsure).toBeUndefined();
    const counter = card?.related.find((r) => r.relation === 'counter');
    expect(counter?.stance).toBe('asserts');
    // The remark giving the claim's own number still asserts it.
    const own = a.quotes.find((q) => q.text.startsWith('58 Pakistani soldiers'));
    expect(own?.claims[0]).toMatchObject({ claimId: COUNT, stance: 'asserts' });
  });

  it("its mirror: no other count disputes it where the article does not report the claim's number", () => {
    const a = engine.analyse(
      LEAD + 'The Inter-Services Public Relations said 19 of its soldiers had been martyred and 31 wounded in the fighting.',
    );
    expect(a.quotes.find((q) => q.text.startsWith('19 of its soldiers'))?.claims[0]?.claimId).not.toBe(COUNT);
  });

  it('a number called untrue denies the count reported before it, as the speaker says it', () => {
    const a = engine.analyse(
      CLASH + 'A Pakistani security official called the Taliban\'s figure "a number made up for the cameras".',
    );
    const card = a.quotes.find((q) => q.text === 'a number made up for the cameras');
    expect(card?.claims[0]).toMatchObject({ claimId: COUNT, stance: 'denies' });
    expect(card?.claims).toHaveLength(1);
    expect(card?.related.find((r) => r.relation === 'counter')?.stance).toBe('asserts');
  });

  it('its mirror: no number reported before it, or a figure in another clause, and nothing is denied', () => {
    const alone = engine.analyse(
      LEAD + 'A Pakistani security official called the Taliban\'s figure "a number made up for the cameras".',
    );
    expect(alone.quotes.find((q) => q.text === 'a number made up for the cameras')).toBeUndefined();
    const beside = engine.analyse(
      CLASH +
        'The military said Afghan troops had opened fire first on Pakistani border posts and that the Taliban toll was grossly inflated.',
    );
    const fire = beside.quotes.find((q) => q.text.startsWith('Afghan troops had opened fire'));
    expect(fire?.claims[0]?.claimId).not.toBe(COUNT);
    expect(beside.quotes.find((q) => q.text.includes('toll was grossly inflated'))?.claims[0]).toMatchObject({
      claimId: COUNT,
      stance: 'denies',
    });
    expect(dismissesAFigure('the death toll rose to 29 on Sunday')).toBe(false);
    expect(dismissesAFigure('officials called the figures exaggerated')).toBe(true);
    expect(dismissesAFigure('officials called the Taliban figures "inflated and detached from reality"')).toBe(true);
    // A figure who is a person: a senior figure calling something false dismisses no number.
    expect(dismissesAFigure('A senior Taliban figure said the account was "false and baseless"')).toBe(false);
  });

  it("a count of the other side's losses, or of something else, disputes nothing", () => {
    const a = engine.analyse(
      CLASH +
        'Mujahid said nine Afghan soldiers had been killed and sixteen wounded in the fighting along the border.\n\n' +
        'The Inter-Services Public Relations said more than 200 Taliban soldiers had been killed in the fighting along the border.',
    );
    for (const start of ['nine Afghan soldiers', 'more than 200 Taliban soldiers'])
      expect(a.quotes.find((q) => q.text.startsWith(start))?.claims[0]?.claimId).not.toBe(COUNT);
  });
});

describe("the project's evaluation articles", () => {
  it('keep the card and counter figures of their tune split (fixtures/eval-extra) at their floors', async () => {
    // Reached on 2026-12-05 (night) over every set there together, ea.json to ek.json (docs/quality.md), rounded
    // down: card claim 0.89, first counter 0.91 (145/160), counter recall 0.18 (149/806), 12 cards where nothing
    // applies. (Recall was 151 before ", while X said" ended a report: the card that went, on a UN report's
    // finding read as the Taliban's denial of another claim, had counters that happened to fit the labels.)
    // Recall was 0.23 before the card thresholds (claim-judge.ts MIN_CARD_TOTAL) traded it for precision, and
    // card claim 0.90 before the blind sets ej.json and ek.json joined, which are harder. el.json joined on
    // 2026-12-05 without moving them (156/171 first counters, 11 where nothing applies). Reading every bare
    // clause ("said terrorists were operating from Afghan soil") raised right first counters to 161/177 and
    // recall to 0.19, for 15 cards where nothing applies: tallies and a scare-quoted phrase these sets label
    // `[]`, where the shared set labels such tallies with their claim (docs/quality.md). A plainly stated claim's
    // sure side (quote-stance.ts `plainly`) then raised first counters to 178/195 and recall to 0.20; the 58-soldiers frame and
    // denials of "these allegations" read with the sentence they answer, to 185/202 (0.92) and 0.21; a side-unclear
    // card needing a score of 18 (claim-judge.ts MIN_TOTAL_UNSURE), card claim to 0.91 and 13 where nothing
    // applies. The blind set em.json joined on 2026-12-06 and is harder (16/19 first counters on its tune half):
    // together 204/224 (0.91), recall 0.22, 15 where nothing applies; the first-counter floor is the figure with it.
    // On 2026-12-06 (third round) reports read from more verbs and institutions, UNAMA and the Taliban government's
    // ministers given their sides: 215/235 (0.91), recall 0.23 (220/966), 15 where nothing applies; a fragment no
    // longer taking part of its frame from a clause reported beside it: card claim 0.92, 214/232 (0.92), 12.
    // On 2026-12-06 (seventh round) longer bare-clause subjects, accusations after a dateline, a second report after
    // ", and the ministry said" and ministries read from their paragraph: card claim 0.93, 245/263 (0.93), recall 0.26
    // (248/966), 11. On 2026-12-07 (eleventh round) "across the border" read from the speaker's side, quantifiers opening
    // a bare clause, the other country's side of a claim naming only the accused, and no negation read for a claim whose
    // proposition is negative: 265/285 (0.93), recall 0.28 (268/966), 11. On 2026-12-07 (twelfth round) a quote of
    // several sentences or clauses that makes no one claim as a whole read clause by clause: 272/292 (0.93), recall
    // 0.28 (275/966), 11. On 2026-12-07 (thirteenth round) counted claims disputed by another number and denied by a
    // figure called untrue, names in quote marks as labels, and remarks about "the attack" read for the incident the
    // lead names: 278/298 (0.93), recall 0.29 (282/966), 11; the recall floor rises to 0.29.
    // Raise them when the engine improves; never lower them to make a change pass. They hold for the sets they were
    // reached on, ea.json to em.json; a set that joins later keeps floors of its own (below).
    // Since 2026-12-07 (sixteenth round) these tune halves are what the learned reading (claim-words.ts) is fitted on,
    // so these floors hold the engine's own evidence, read without it; the learned reading's figures are held below.
    const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
    const r = await scoreSet(evidenceOnly(), pack, EVAL_EXTRA, 'tune', (file) => /^e[a-m]\.json$/.test(file));
    expect(r.cardClaimPrecision).toBeGreaterThanOrEqual(0.93);
    expect(r.topCounterPrecision.value).toBeGreaterThanOrEqual(0.93);
    expect(r.counterRecall.value).toBeGreaterThanOrEqual(0.29);
    expect(r.cardsWhereNothingApplies).toBeLessThanOrEqual(11);
  });

  it('keep the figures of the blind set en.json on its tune split at its floors', async () => {
    // en.json joined on 2026-12-07, written and labelled without sight of the engine, and scored blind: on its tune
    // half card claim 0.85, first counter 0.84 (26/31), recall 0.26 (27/103), 2 cards where nothing applies; with
    // the border clashes' frame asking for the border (a raid's "opening fire" is no border clash), card claim 0.88,
    // first counter 0.87 (26/30), 1 where nothing applies. Its held-out half is reported, not held here.
    // Read without the learned reading, which is fitted on this tune half too (above).
    const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
    const r = await scoreSet(evidenceOnly(), pack, EVAL_EXTRA, 'tune', (file) => file === 'en.json');
    expect(r.cardClaimPrecision).toBeGreaterThanOrEqual(0.88);
    expect(r.topCounterPrecision.value).toBeGreaterThanOrEqual(0.86);
    expect(r.counterRecall.value).toBeGreaterThanOrEqual(0.26);
    expect(r.cardsWhereNothingApplies).toBeLessThanOrEqual(1);
  });

  it('keep the figures with the learned reading on the tune halves it was fitted on at their floors', async () => {
    // The bundled engine, learned reading and all, on the remarks the reading learned from (2026-12-07, sixteenth
    // round): ea.json to em.json card claim 0.95, first counter 0.94 (381/406), recall 0.40 (386/966), 13 cards where
    // nothing applies (two more than the evidence alone: a fabricated dossier read as India's denial, an illness read
    // as where Mullah Omar was); en.json 0.92, 0.91 (41/45), 0.41 (42/103), 1. Seventeenth round, with a claim too weak
    // alone shown where the reading agrees: 0.95, 0.94 (387/413), 0.41 (393/966), 14 (a toll of refugees read as the
    // strikes' civilian dead); en.json 0.92, 0.90 (43/48), 0.43 (44/103), 1. These measure the fit, and hold that the
    // reading works end to end in the engine; read by models fitted without each set, the tune halves give first
    // counters 0.92 and recall 0.34 (`npx tsx scripts/claim-words-crossfit.ts`, docs/quality.md).
    const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
    const r = await scoreSet(engine, pack, EVAL_EXTRA, 'tune', (file) => /^e[a-m]\.json$/.test(file));
    expect(r.cardClaimPrecision).toBeGreaterThanOrEqual(0.95);
    expect(r.topCounterPrecision.value).toBeGreaterThanOrEqual(0.94);
    expect(r.counterRecall.value).toBeGreaterThanOrEqual(0.41);
    expect(r.cardsWhereNothingApplies).toBeLessThanOrEqual(14);
    const en = await scoreSet(engine, pack, EVAL_EXTRA, 'tune', (file) => file === 'en.json');
    expect(en.cardClaimPrecision).toBeGreaterThanOrEqual(0.92);
    expect(en.topCounterPrecision.value).toBeGreaterThanOrEqual(0.9);
    expect(en.counterRecall.value).toBeGreaterThanOrEqual(0.43);
    expect(en.cardsWhereNothingApplies).toBeLessThanOrEqual(1);
  });
});
