/**
 * What the engine reports of each remark it reads (`AnalyseOptions.onDecision`): the outcome and why, in the order it
 * decides. The remarks are written for these tests (our own wording, nobody's words).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEngine } from '../../scripts/check';
import { Engine } from '../../src/core/engine';
import type { Pack } from '../../src/core/pack-schema';
import { declinedDecision, type QuoteDecision } from '../../src/core/quote-decision';
import type { ClaimEvidence } from '../../src/core/claim-judge';

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

  it('not read: a question, and a short quote nobody is named as saying', () => {
    const paragraphs = [
      '"Why would we shelter people who kill our own brothers?" Taliban spokesman Zabihullah Mujahid asked.',
      'Residents described the night as "a nightmare".',
    ];
    expect(decisionFor(paragraphs, 'Why would we')).toMatchObject({
      outcome: 'not-read',
      why: expect.stringMatching(/question/),
    });
    expect(decisionFor(paragraphs, 'a nightmare')).toMatchObject({
      outcome: 'not-read',
      why: expect.stringMatching(/scare quote/),
    });
  });

  it("no claim: a condolence meets no claim's frame; a remark on talks scores too little; two claims nearly tie", () => {
    const paragraphs = [
      'Funerals were held in Bannu on Wednesday. "Our hearts go out to the families of those who died," the Foreign Office said in a statement.',
      '"Talks are the only way forward for both neighbours," said Asif Durrani.',
      '"The TTP plans its attacks from Afghan soil with the rifles the Americans left behind," a Pakistani official said.',
    ];
    expect(decisionFor(paragraphs, 'Our hearts go out')).toMatchObject({ outcome: 'no-claim', declined: 'no-frame' });
    const low = decisionFor(paragraphs, 'Talks are the only way');
    expect(low).toMatchObject({ outcome: 'no-claim', declined: 'low', claimId: 'pakistan-afghanistan-dialogue' });
    expect(low.total).toBeLessThan(6);
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

  it('changes nothing of the matching', () => {
    const text =
      LEAD +
      '"Nobody is allowed to use Afghan soil against any country," Taliban spokesman Zabihullah Mujahid said.\n\n' +
      '"Talks are the only way forward for both neighbours," said Asif Durrani.';
    const plain = engine.analyse(text);
    const told = engine.analyse(text, { onDecision: () => undefined, onEvidence: () => undefined });
    expect(told.quotes).toEqual(plain.quotes);
  });
});

describe('a judge that names no claim, in words', () => {
  const e = (claimId: string, total: number) => ({ claimId, total }) as ClaimEvidence;
  it('says which step refused, and with what scores', () => {
    expect(declinedDecision({ reason: 'no-frame' })).toMatchObject({ outcome: 'no-claim', declined: 'no-frame' });
    expect(declinedDecision({ reason: 'low', best: e('a', 4.26) })).toMatchObject({ declined: 'low', claimId: 'a', total: 4.26 });
    expect(declinedDecision({ reason: 'low', best: e('a', 4.26) }).why).toMatch(/a, scores 4\.3/);
    const rival = declinedDecision({ reason: 'rival', best: e('a', 10), rival: e('b', 9) });
    expect(rival).toMatchObject({ declined: 'rival', claimId: 'a' });
    expect(rival.why).toMatch(/a \(10\) and b \(9\)/);
  });
});
