/**
 * What the engine reports of each remark it reads (`AnalyseOptions.onDecision`): the outcome and why, in the order it
 * decides. The remarks are written for these tests (our own wording, nobody's words).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEngine } from '../../scripts/check';
import { Engine } from '../../src/core/engine';
import type { Pack } from '../../src/core/pack-schema';
import { declinedDecision, sideUnknown, type QuoteDecision } from '../../src/core/quote-decision';
import { MIN_TOTAL, MIN_TOTAL_PLAIN, MIN_TOTAL_UNSURE, type ClaimEvidence } from '../../src/core/claim-judge';
import { FIXTURES_DIR, fixtureSlugs, readArticle } from '../../scripts/quality-lib';

const PACK_FILE = resolve(import.meta.dirname, '../../public/packs/pak-afghan-security.json');
const engine = loadEngine();

const LEAD =
  'Pakistan and Kabul trade charges after checkpost attack\n\nPESHAWAR: Pakistan and the Afghan Taliban traded accusations ' +
  'on Tuesday after militants attacked a checkpost in North Waziristan, the latest in a run of cross-border attacks that ' +
  'Islamabad blames on the banned TTP.\n\n';

/** Each remark read in the paragraphs, with what became of it. */
function decisions(paragraphs: string[], on: Engine = engine): { text: string; d: QuoteDecision; cards: string[] }[] {
  const out: { text: string; d: QuoteDecision }[] = [];
  const a = on.analyse(LEAD + paragraphs.join('\n\n'), { onDecision: (q, d) => out.push({ text: q.text, d }) });
  expect(a.topic.onTopic).toBe(true);
  return out.map((x) => ({ ...x, cards: a.quotes.map((q) => q.text) }));
}

function decisionFor(paragraphs: string[], words: string, on?: Engine): QuoteDecision {
  const found = decisions(paragraphs, on).find((x) => x.text.includes(words));
  expect(found, `no remark read holding "${words}"`).toBeDefined();
  return found!.d;
}

describe('what the engine reports of each remark', () => {
  it('a card, with its claim, side and where the side was read, for the remark that gets one', () => {
    const paragraphs = [
      '"Nobody is allowed to use Afghan soil against any country, and there are no TTP camps in Afghanistan," Taliban spokesman Zabihullah Mujahid said.',
    ];
    const all = decisions(paragraphs);
    const d = all.find((x) => x.text.startsWith('Nobody is allowed'))!;
    expect(d.d).toMatchObject({ outcome: 'card', claimId: 'afghan-soil-used-by-ttp', speaker: 'Zabihullah Mujahid' });
    expect(d.d.why).toMatch(/afghan-soil-used-by-ttp, denies/);
    expect(d.cards).toContain(d.text);
  });

  it('not read: a question, a short quote nobody is named as saying, and condolences', () => {
    const paragraphs = [
      '"Why would we shelter people who kill our own brothers?" Taliban spokesman Zabihullah Mujahid asked.',
      'Residents described the night as "a nightmare".',
      'Funerals were held in Bannu on Wednesday. "Our hearts go out to the families of those who died," the Foreign Office said in a statement.',
    ];
    expect(decisionFor(paragraphs, 'Our hearts go out')).toMatchObject({
      outcome: 'not-read',
      why: expect.stringMatching(/condolences or sympathy/),
    });
    expect(decisionFor(paragraphs, 'Why would we')).toMatchObject({
      outcome: 'not-read',
      why: expect.stringMatching(/question/),
    });
    expect(decisionFor(paragraphs, 'a nightmare')).toMatchObject({
      outcome: 'not-read',
      why: expect.stringMatching(/scare quote/),
    });
  });

  it("no claim: a tally meets no claim's frame; a remark on talks scores too little; two claims nearly tie", () => {
    const paragraphs = [
      '"Eleven of the wounded were flown to Peshawar overnight," the Foreign Office said in a statement.',
      '"Talks are the only way forward for both neighbours," said Asif Durrani.',
      '"The TTP plans its attacks from Afghan soil with the rifles the Americans left behind," a Pakistani official said.',
    ];
    expect(decisionFor(paragraphs, 'Eleven of the wounded')).toMatchObject({ outcome: 'no-claim', declined: 'no-frame' });
    const low = decisionFor(paragraphs, 'Talks are the only way');
    expect(low).toMatchObject({ outcome: 'no-claim', declined: 'low', claimId: 'pakistan-afghanistan-dialogue' });
    expect(low.total).toBeLessThan(MIN_TOTAL);
    const tie = decisionFor(paragraphs, 'The TTP plans its attacks');
    expect(tie).toMatchObject({ outcome: 'no-claim', declined: 'rival' });
    expect(tie.why).toMatch(/ambiguous/);
  });

  it('too weak for a card, and a claim whose side nothing tells', () => {
    const paragraphs = [
      '"Weapons move through the markets on both sides of the border," an analyst in Peshawar said.',
      'A researcher in Lahore said the TTP continued to use Afghan territory to plan attacks on Pakistan.',
    ];
    expect(decisionFor(paragraphs, 'Weapons move')).toMatchObject({ outcome: 'weak' });
    const unknown = decisionFor(paragraphs, 'continued to use Afghan territory');
    expect(unknown).toMatchObject({ outcome: 'side-unknown', claimId: 'afghan-soil-used-by-ttp' });
    expect(unknown.why).toMatch(/nothing tells the side/);
  });

  it('nothing to show: a sure claim the corpus holds nothing on', () => {
    const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
    const claimId = 'afghan-soil-used-by-ttp';
    const bare: Pack = {
      ...pack,
      claims: pack.claims
        .map((c) => ({ ...c, links: (c.links ?? []).filter((l) => l.claimId !== claimId) }))
        .map((c) => (c.id === claimId ? { ...c, links: [] } : c)),
      statements: pack.statements.filter((s) => !s.stances.some((x) => x.claimId === claimId)),
    };
    const d = decisionFor(
      ['Taliban spokesman Zabihullah Mujahid rejected as baseless the claim that the TTP uses Afghan soil to attack Pakistan.'],
      'the TTP uses Afghan soil',
      new Engine(bare),
    );
    expect(d).toMatchObject({ outcome: 'nothing-said', claimId });
  });

  it('outranked: a clause whose card loses to a surer clause of the same quote', () => {
    const paragraphs = [
      '"Pakistan has lost eighty thousand lives to terrorism, more than any other country; the TTP uses Afghan soil to plan and launch its attacks inside Pakistan," Foreign Office spokesperson Mumtaz Zahra Baloch said.',
    ];
    const all = decisions(paragraphs);
    const lost = all.find((x) => x.text === 'Pakistan has lost eighty thousand lives to terrorism, more than any other country');
    expect(lost?.d).toMatchObject({ outcome: 'outranked', claimId: 'pakistan-victim-of-terrorism' });
    expect(lost?.d.why).toMatch(/another clause of the quote is surer: “the TTP uses Afghan soil/);
    const won = all.find((x) => x.text.startsWith('the TTP uses Afghan soil'));
    expect(won?.d).toMatchObject({ outcome: 'card', claimId: 'afghan-soil-used-by-ttp' });
    expect(won?.cards).toEqual([won?.text]);
  });

  it('off topic: a card drafted in an article its remarks do not put on topic', () => {
    const text =
      'Selectors name squad for the home series\n\nLAHORE: The national selectors on Monday named a sixteen-member squad for ' +
      'the home series, recalling two fast bowlers and leaving out the vice-captain after a poor run with the bat.\n\n' +
      'The chief selector said the team would train in Lahore for two weeks before the first match. Ticket sales open on ' +
      'Friday, and the board expects full stands at the Gaddafi Stadium.\n\nSpeaking at the same event, the interior ' +
      'minister said security for the visiting side would be tight. "The TTP uses Afghan soil to plan its attacks inside ' +
      'Pakistan," he said, adding that the police were ready.';
    const all: QuoteDecision[] = [];
    const a = engine.analyse(text, { onDecision: (_q, d) => all.push(d) });
    expect(a.topic.onTopic).toBe(false);
    expect(a.quotes).toEqual([]);
    expect(all.find((d) => d.claimId === 'afghan-soil-used-by-ttp')).toMatchObject({ outcome: 'off-topic' });
    expect(all.some((d) => d.outcome === 'card')).toBe(false);
  });

  it('reports a card for every card shown and for no other remark, on every fixture page', async () => {
    let shown = 0;
    for (const slug of fixtureSlugs()) {
      const { text } = await readArticle(`${slug}.html`, readFileSync(join(FIXTURES_DIR, slug, 'source.html'), 'utf8'));
      const all: QuoteDecision[] = [];
      const a = engine.analyse(text, { onDecision: (_q, d) => all.push(d) });
      expect(all.filter((d) => d.outcome === 'card').length, slug).toBe(a.quotes.length);
      shown += a.quotes.length;
    }
    expect(shown).toBeGreaterThan(50);
  });
});

describe('a claim left out of its card, in words', () => {
  const e = { claimId: 'c', total: 8 } as ClaimEvidence;
  it('says which rule held it back', () => {
    const side = (read: Parameters<typeof sideUnknown>[1]) => sideUnknown(e, read).why;
    expect(side({ kind: 'side', read: undefined, learned: false, lifted: false })).toMatch(
      new RegExp(`nothing tells the side.*${MIN_TOTAL_UNSURE}`),
    );
    expect(
      side({ kind: 'side', read: { stance: 'asserts', from: 'place', sure: false }, learned: false, lifted: false }),
    ).toMatch(/read from place is a guess/);
    expect(
      side({
        kind: 'side',
        read: { stance: 'asserts', from: 'place', sure: true, plainly: true },
        learned: false,
        lifted: false,
      }),
    ).toMatch(new RegExp(`stating the claim plainly.*${MIN_TOTAL_PLAIN}`));
    expect(side({ kind: 'side', read: { stance: 'asserts', from: 'camp', sure: true }, learned: true, lifted: false })).toMatch(
      /learned reading alone.*here camp/,
    );
    expect(side({ kind: 'side', read: undefined, learned: false, lifted: true })).toMatch(/lifted into the writer's sentence/);
    expect(side({ kind: 'demand' })).toMatch(/demand or a pledge/);
    expect(side({ kind: 'reports' })).toMatch(/reports of the claim/);
    expect(sideUnknown(e, { kind: 'demand' })).toMatchObject({ outcome: 'side-unknown', claimId: 'c', total: 8 });
  });
});

describe('a judge that names no claim, in words', () => {
  const e = (claimId: string, total: number) => ({ claimId, total }) as ClaimEvidence;
  it('says which step refused, and with what scores', () => {
    expect(declinedDecision({ reason: 'no-frame' })).toMatchObject({ outcome: 'no-claim', declined: 'no-frame' });
    expect(declinedDecision({ reason: 'ruled-out' })).toMatchObject({ outcome: 'no-claim', declined: 'ruled-out' });
    const low = declinedDecision({ reason: 'low', best: e('a', 4.26), score: 4.26 });
    expect(low).toMatchObject({ declined: 'low', claimId: 'a', total: 4.26 });
    expect(low.why).toMatch(/a, scores 4\.3/);
    const rival = declinedDecision({ reason: 'rival', best: e('a', 10), rival: e('b', 9), score: 10 });
    expect(rival).toMatchObject({ declined: 'rival', claimId: 'a' });
    expect(rival.why).toMatch(/a \(10\) and b \(9\)/);
    // Read with the sentence before, a claim whose frame is not met may be the rival and weigh more.
    const over = declinedDecision({ reason: 'rival', best: e('a', 7), rival: e('b', 9.5), score: 7 });
    expect(over.why).toMatch(/b \(9\.5, its frame not met\) weighs more than a \(7\)/);
  });
});
