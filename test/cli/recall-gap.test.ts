/**
 * `scripts/recall-gap.ts`: where each labelled remark whose claim the corpus can counter loses its counter. The article
 * below is written for these tests (our own wording, nobody's words).
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadEngine } from '../../scripts/check';
import { fateOf, formatGap, main, recallGap } from '../../scripts/recall-gap';
import { packLabels } from '../../scripts/eval-set';
import type { PageQuote } from '../../src/core/analysis';
import type { Pack } from '../../src/core/pack-schema';
import type { QuoteDecision } from '../../src/core/quote-decision';

const pack = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/packs/pak-afghan-security.json'), 'utf8'),
) as Pack;
const labels = packLabels(pack);
const soil = { claimId: 'afghan-soil-used-by-ttp', stance: 'denies' };
const dir = mkdtempSync(join(tmpdir(), 'cp-gap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A statement asserting the claim: a counter to a denial of it. */
const asserting = pack.statements.find((s) => s.stances.some((x) => x.claimId === soil.claimId && x.stance === 'asserts'))!;
const denying = pack.statements.find((s) => s.stances.some((x) => x.claimId === soil.claimId && x.stance === 'denies'))!;

const card = (
  claimId: string,
  stance: PageQuote['claims'][number]['stance'],
  statementId: string,
  relation: 'counter' | 'supports',
) =>
  ({
    claims: [{ claimId, stance, text: '', score: 0.7 }],
    related: [{ statementId, relation }],
  }) as unknown as PageQuote;

describe('the fate of a remark', () => {
  it('countered, when a card shows a counter to its labelled claim', () => {
    expect(fateOf([soil], card(soil.claimId, 'denies', asserting.id, 'counter'), [], labels)).toBe('countered');
  });

  it('a card that names another claim, or the other side, or shows no right counter', () => {
    expect(fateOf([soil], card('durand-line-is-international-border', 'asserts', denying.id, 'counter'), [], labels)).toBe(
      'card: other claim',
    );
    expect(fateOf([soil], card(soil.claimId, 'asserts', denying.id, 'counter'), [], labels)).toBe('card: other side');
    expect(fateOf([soil], card(soil.claimId, 'denies', denying.id, 'supports'), [], labels)).toBe('card: no right counter');
  });

  it('without a card: the furthest any reading of the remark got, or not found when none was read', () => {
    const d = (outcome: QuoteDecision['outcome'], declined?: QuoteDecision['declined']): QuoteDecision => ({
      outcome,
      why: '',
      ...(declined ? { declined } : {}),
    });
    expect(fateOf([soil], undefined, [], labels)).toBe('not found');
    expect(fateOf([soil], undefined, [d('not-read')], labels)).toBe('not read');
    expect(fateOf([soil], undefined, [d('no-claim', 'no-frame')], labels)).toBe('no claim: no frame met');
    expect(fateOf([soil], undefined, [d('no-claim', 'low')], labels)).toBe('no claim: score too low');
    expect(fateOf([soil], undefined, [d('no-claim', 'rival')], labels)).toBe('no claim: ambiguous');
    expect(fateOf([soil], undefined, [d('no-claim', 'no-frame'), d('side-unknown'), d('weak')], labels)).toBe('side unknown');
    expect(fateOf([soil], undefined, [d('weak'), d('nothing-said')], labels)).toBe('nothing to show');
    expect(fateOf([soil], undefined, [d('no-claim', 'ruled-out')], labels)).toBe('no claim: ruled out by its form');
    expect(fateOf([soil], undefined, [d('outranked'), d('no-claim')], labels)).toBe('card: another clause surer');
    expect(fateOf([soil], undefined, [d('off-topic')], labels)).toBe('card: article not on topic');
  });
});

describe('a set read for its gaps', () => {
  it("counts only remarks whose claim the corpus holds the other side of, each with its fate, on the split's items", async () => {
    const text =
      'PESHAWAR: Pakistan and the Afghan Taliban traded accusations after militants attacked a checkpost in North Waziristan, the latest of the cross-border attacks Islamabad blames on the TTP.\n\n' +
      '"Nobody is allowed to use Afghan soil against any country," Taliban spokesman Zabihullah Mujahid said.\n\n' +
      '"Our hearts go out to the families of the soldiers," the Foreign Office said.\n\n' +
      'A researcher in Lahore said the TTP continued to use Afghan territory to plan attacks on Pakistan.';
    const item = (id: string) => ({
      id,
      title: 'Kabul and Islamabad trade charges',
      text,
      onTopic: true,
      quotes: [
        { text: 'Nobody is allowed to use Afghan soil against any country', speaker: 'Zabihullah Mujahid', claims: [soil] },
        { text: 'Our hearts go out to the families of the soldiers', speaker: null, claims: [] },
        {
          text: 'the TTP continued to use Afghan territory to plan attacks on Pakistan',
          speaker: null,
          claims: [{ claimId: soil.claimId, stance: 'asserts' }],
        },
      ],
    });
    writeFileSync(join(dir, 'xa.json'), JSON.stringify([item('xa-002'), item('xa-003')]));
    const rows = await recallGap(loadEngine(), pack, dir, 'tune');
    expect(rows.map((r) => [r.item, r.fate])).toEqual([
      ['xa-002', 'countered'],
      ['xa-002', 'side unknown'],
    ]);
    expect(rows[1]!.claimInView).toBe(true);
    expect(rows[1]!.why).toMatch(/nothing tells the side/);
    const table = formatGap('xa', rows);
    expect(table).toMatch(/2 labelled remarks/);
    expect(table).toMatch(/side unknown\s+1\s+0\.50\s+1/);
    expect(table).toMatch(/countered\s+1\s+0\.50/);
  });

  it('counts the remarks of an article the engine finds off topic as such', async () => {
    const item = {
      id: 'xb-002',
      title: 'A cricket series in Karachi',
      text: 'KARACHI: The national side won the third match of the series by six wickets on Sunday.\n\n"We will not allow anyone to use our soil against any country," the captain joked after the match.',
      onTopic: true,
      quotes: [
        {
          text: 'We will not allow anyone to use our soil against any country',
          speaker: null,
          claims: [{ claimId: 'afghan-soil-used-by-ttp', stance: 'denies' }],
        },
      ],
    };
    const set = mkdtempSync(join(tmpdir(), 'cp-gap-off-'));
    writeFileSync(join(set, 'xb.json'), JSON.stringify([item]));
    const rows = await recallGap(loadEngine(), pack, set, 'tune');
    rmSync(set, { recursive: true, force: true });
    expect(rows.map((r) => r.fate)).toEqual(['article off topic']);
  });
});

describe('the command', () => {
  let err: string[];
  beforeEach(() => {
    err = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  });
  afterEach(() => vi.restoreAllMocks());

  it('refuses a split it does not know, and a set that is not there', async () => {
    expect(await main(['--split', 'holdut'])).toBe(2);
    expect(err.join('\n')).toMatch(/--split is tune, holdout or all, not "holdut"/);
    expect(await main(['--split'])).toBe(2);
    expect(await main([join(dir, 'nowhere')])).toBe(2);
    expect(err.join('\n')).toMatch(/no such set: .*nowhere/);
  });
});
