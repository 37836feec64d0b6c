/**
 * The evaluation-set scorer (scripts/eval-set.ts) against figures worked out by hand on a tiny set
 * written for this test, with a stand-in engine whose answers are fixed: the definitions are tested
 * apart from the engine. And `npm run quality` when a set is not there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis, PageQuote, RelatedStatement } from '../../src/core/analysis';
import type { Pack } from '../../src/core/pack-schema';
import { readSet, scoreSet } from '../../scripts/eval-set';

const root = resolve(import.meta.dirname, '../..');
const pack = JSON.parse(readFileSync(join(root, 'public/packs/pak-afghan-security.json'), 'utf8')) as Pack;
const SOIL = 'afghan-soil-used-by-ttp';

const ON = {
  id: 't-2',
  title: 'Islamabad repeats charge over militants across the border',
  text:
    'Officials in Islamabad spoke on Monday.\n\n' +
    '"Fighters keep crossing from Afghan soil," the spokesperson said.\n\n' +
    '"We will meet again next week," she added.\n\n' +
    '"Nobody uses our land," a Kabul official said.',
  onTopic: true,
  actors: ['Mumtaz Zahra Baloch'],
  quotes: [
    {
      text: 'Fighters keep crossing from Afghan soil',
      direct: true,
      speaker: 'Mumtaz Zahra Baloch',
      claims: [{ claimId: SOIL, stance: 'asserts' }],
    },
    { text: 'We will meet again next week', direct: true, speaker: 'Mumtaz Zahra Baloch', claims: [] },
    { text: 'Nobody uses our land', direct: true, speaker: null, claims: [{ claimId: SOIL, stance: 'denies' }] },
  ],
};
const NEAR = {
  id: 't-4',
  title: 'Cricket in Rawalpindi',
  text: 'Pakistan beat Afghanistan by six wickets.',
  onTopic: false,
  quotes: [],
};
const HELD = { id: 't-1', title: 'Held out', text: 'Not scored in the tune split.', onTopic: true, quotes: [] };

function related(statementId: string, relation: RelatedStatement['relation']): RelatedStatement {
  return {
    statementId,
    actorId: 'x',
    speaker: 'x',
    date: '2024',
    claimId: SOIL,
    stance: pack.statements.find((s) => s.id === statementId)!.stances[0]!.stance,
    relation,
    sources: [],
    score: 1,
    reason: '',
    via: 'same-claim',
  };
}

function card(text: string, claimId: string, stance: PageQuote['claims'][number]['stance'], rel: RelatedStatement[]): PageQuote {
  return {
    index: 0,
    kind: 'direct',
    text,
    parts: [],
    speaker: { actorId: 'mumtaz-zahra-baloch', name: 'Mumtaz Zahra Baloch' },
    claims: [{ claimId, text: '', stance, score: 1 }],
    related: rel,
  };
}

/** A stand-in engine: the on-topic article gets two cards, one right (with a denial as its counter) and one on a remark that makes no claim. */
const engine = {
  analyse(text: string): Analysis {
    const on = text.includes('Fighters keep crossing');
    return {
      topic: { onTopic: on, score: on ? 20 : 3, reasons: [] },
      actors: on ? [{ id: 'mumtaz-zahra-baloch', name: 'Mumtaz Zahra Baloch', mentions: 1 }] : [],
      quotes: on
        ? [
            card('Fighters keep crossing from Afghan soil', SOIL, 'asserts', [related('st-001', 'counter')]),
            card('We will meet again next week', 'doha-ceasefire-violated-by-attacks-from-afghanistan', 'asserts', [
              related('st-006', 'supports'),
            ]),
          ]
        : [],
      elapsedMs: 0,
    };
  },
};

function writeSet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-evalset-'));
  writeFileSync(join(dir, 't.json'), JSON.stringify([ON, NEAR, HELD]));
  // The second annotator agrees on the first quote and gives the third no claim.
  writeFileSync(join(dir, 't.alt.json'), JSON.stringify({ 't-2': [[{ claimId: SOIL, stance: 'asserts' }], [], []] }));
  return dir;
}

describe('evaluation-set scorer', () => {
  it('merges the second labelling: either annotator for precision, both for recall', () => {
    const [first] = readSet(writeSet());
    expect(first!.quotes[2]!.accept).toEqual([{ claimId: SOIL, stance: 'denies' }]);
    expect(first!.quotes[2]!.agreed).toEqual([]);
    expect(first!.quotes[0]!.agreed).toEqual([{ claimId: SOIL, stance: 'asserts' }]);
  });

  it('gives the figures worked out by hand', async () => {
    const r = await scoreSet(engine, pack, writeSet(), 'tune');
    expect(r.n).toBe(2); // t-1 is held out
    expect(r.topic).toEqual({ P: 1, R: 1, F1: 1, FPR: 0 });
    expect(r.cards).toBe(2);
    expect(r.cardClaimPrecision).toBe(0.5); // the card on "meet again" names a claim nobody labelled
    expect(r.cardsWhereNothingApplies).toBe(1);
    expect(r.topCounterPrecision).toEqual({ value: 1, right: 1, of: 1 }); // st-001 denies what the quote asserts
    expect(r.counterRecall).toEqual({ value: 1, right: 1, of: 1 }); // the third quote is not agreed, so not counted
    expect(r.denialRecall).toEqual({ value: 1, right: 1, of: 1 });
    expect(r.labelledQuotesWithCard).toBe(0.67);
    expect(r.speaker).toEqual({ accuracy: 1, coverage: 1 });
  });

  it('counts a false alarm on a near miss', async () => {
    const alarmed = {
      analyse: (text: string) => ({ ...engine.analyse(text), topic: { onTopic: true, score: 20, reasons: [] } }),
    };
    const r = await scoreSet(alarmed, pack, writeSet(), 'tune');
    expect(r.topic.FPR).toBe(1);
    expect(r.topic.P).toBe(0.5);
  });
});

describe('npm run quality', () => {
  it('says so when a set is not there, and scores the fixtures alone', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/quality.ts', '--set', join(tmpdir(), 'no-such-set'), '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const report = JSON.parse(out) as { evaluation: unknown[]; missingSets: string[]; fixtures: { fixtures: number } };
    expect(report.evaluation).toEqual([]);
    expect(report.missingSets).toEqual([join(tmpdir(), 'no-such-set')]);
    expect(report.fixtures.fixtures).toBeGreaterThan(40);
  });
});
