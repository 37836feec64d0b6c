/** The corpus index: bounded work per claim, and a lazily built word index that warms up. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Engine } from '../../src/core/engine';
import { ClaimIndex, clearSide, statementSource } from '../../src/core/claim-index';
import type { Pack } from '../../src/core/pack-schema';
import { syntheticPack } from '../../scripts/bench/synthetic';

const pack = JSON.parse(readFileSync('public/packs/pak-afghan-security.json', 'utf8')) as Pack;
const seed = readFileSync('fixtures/seeds/003_0ea2dc195ae3d401.txt', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .join('\n\n');

const bigPack = (n: number) => syntheticPack(pack, n);

const proofQuote = (e: Engine) => e.analyse(seed).quotes.find((q) => q.text.startsWith('We have given sufficient proof'))!;

describe('claim index', () => {
  it('answers a large corpus before its word index is built, and the same claims after warming up', () => {
    const engine = new Engine(bigPack(40_000));
    const cold = proofQuote(engine);
    expect(cold.related.some((r) => r.relation === 'counter' && r.stance === 'denies')).toBe(true);
    expect(engine.warmUp()).toBeGreaterThan(0);
    expect(engine.warmUp()).toBe(0);
    const warm = proofQuote(engine);
    expect(warm.claims.map((c) => c.claimId)).toEqual(cold.claims.map((c) => c.claimId));
    expect(warm.related.some((r) => r.relation === 'counter' && r.stance === 'denies')).toBe(true);
  });

  it('shows no more related statements for a huge corpus than for the bundled one (bounded per claim)', () => {
    const small = proofQuote(new Engine(pack)).related.length;
    const big = new Engine(bigPack(40_000));
    big.warmUp();
    expect(proofQuote(big).related.length).toBeLessThanOrEqual(Math.max(small, 12));
  });

  it('indexes the bundled pack at once: nothing left to warm up', () => {
    const engine = new Engine(pack);
    engine.analyse(seed);
    expect(engine.warmUp()).toBe(0);
  });
});

describe('one remark, several reports', () => {
  it('shows a remark reported by two outlets once, with the verbatim quote and both sources', () => {
    const related = proofQuote(new Engine(pack)).related;
    const fitrat = related.filter((r) => r.statementId === 'q-003-6' || r.statementId === 'st-015');
    expect(fitrat).toHaveLength(1);
    expect(fitrat[0]!.quote).toBe(
      'All weapons and military equipment are safely stored and maintained to prevent any potential misuse',
    );
    expect(fitrat[0]!.summary).toBeUndefined();
    expect(fitrat[0]!.sources.length).toBeGreaterThanOrEqual(2);
  });
});

describe('hostile pages', () => {
  it('caps the quotes matched on one page', () => {
    const context =
      'Pakistan says TTP militants attack from Afghan soil; the Taliban deny it after cross-border attacks near Torkham. ';
    const many = Array.from(
      { length: 5000 },
      // Each a denial the pack knows the claim of, so that every one of them would get a card.
      (_, i) =>
        `Zabihullah Mujahid said "we do not allow the TTP or anyone else to use Afghan soil against Pakistan, case ${i}" today.`,
    ).join(' ');
    const analysis = new Engine(pack).analyse(`${context}\n\n${many}`);
    expect(analysis.topic.onTopic).toBe(true);
    // 5,000 remarks would each get a card: the cap (quotes read, not cards) is what stops them.
    expect(analysis.quotes.length).toBeGreaterThan(1900);
    expect(analysis.quotes.length).toBeLessThanOrEqual(2000);
  });

  it('shows a quote broken by its attribution with an ellipsis where the attribution was', () => {
    const text =
      'Pakistan blamed TTP militants sheltering on Afghan soil for cross-border attacks, and the Taliban denied it.\n\n“We have given sufficient proof that the terrorists enjoy sanctuary,” the Foreign Office spokesperson Shafqat Ali Khan said, “for attacks inside Pakistan from Afghan soil.”';
    const q = new Engine(pack).analyse(text).quotes.find((x) => x.parts.length === 2);
    expect(q?.text).toBe(
      'We have given sufficient proof that the terrorists enjoy sanctuary … for attacks inside Pakistan from Afghan soil.',
    );
  });
});

describe('several packs', () => {
  it('counts a page on topic when any installed pack says so, with its own reasons', () => {
    const cricket = {
      name: 'Pakistan cricket',
      quickCheck: ['cricket'],
      terms: [
        { term: 'wickets', weight: 5 },
        { term: 'PCB', weight: 5 },
      ],
      negative: [],
      requires: [{ name: 'cricket', anyOf: ['cricket', 'T20', 'Test match'] }],
      threshold: 8,
    };
    const text =
      'The PCB named its squad for the T20 series; Pakistan won by six wickets in Rawalpindi as cricket returned to the city.';
    expect(new Engine(pack).analyse(text).topic.onTopic).toBe(false);
    const both = new Engine({ ...pack, topics: [pack.topic, cricket] });
    expect(both.analyse(text).topic.onTopic).toBe(true);
    expect(both.analyse(seed).topic.onTopic).toBe(true);
  });
});

describe('camps and countries', () => {
  const index = new ClaimIndex(pack.actors, pack.claims, statementSource(pack.statements));
  const WEAPONS = 'us-weapons-left-in-afghanistan-used-by-militants-in-pakistan';

  it('an armed group speaks for itself, not for the country its affiliation names', () => {
    // The TTP's affiliation is "Pakistan (militant group)": its stances are no record of Pakistan's government.
    expect(index.campOf('tehrik-i-taliban-pakistan')).not.toBe(index.campOf('pakistan-government'));
    expect(index.campStances.get(index.campOf('pakistan-government'))?.get(WEAPONS)).toBeUndefined();
    expect(clearSide(index.placeStances.get('pakistan')?.get(WEAPONS) ?? [])).toBe('asserts');
  });
});

describe('normative claims', () => {
  const index = new ClaimIndex(pack.actors, pack.claims, statementSource(pack.statements));

  it('are the claims about what ought to be or may be done, and only those', () => {
    // Blame tells no side of these (quote-stance.ts): "should resolve … through talks" accuses nobody.
    expect(index.normative.has('pakistan-should-negotiate-with-ttp')).toBe(true);
    expect(index.normative.has('pakistan-entitled-to-fence-border')).toBe(true);
    expect(index.normative.has('afghan-soil-used-by-ttp')).toBe(false);
    expect(index.normative.has('pakistani-strikes-killed-afghan-civilians')).toBe(false);
    expect(index.normative.has('pakistan-afghanistan-dialogue')).toBe(true);
  });
});
