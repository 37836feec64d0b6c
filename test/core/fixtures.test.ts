/**
 * Walks every labelled fixture page (fixtures/pages/<slug>/) through the engine and holds the quality figures
 * (scripts/quality-lib.ts, docs/quality.md) to floors: the figures reached when this test was written, rounded
 * down to two decimals. Raise a floor when the engine improves; never lower one to make a change pass.
 *
 * One was lowered on purpose, with the evidence: since counter-claims are named only where the quote's
 * side is known (quote-stance.ts `inferStance`), denial recall here fell from 0.65 to 0.49 and a fifth of the
 * cards show what was said on the claim without a counter, while on articles written apart from the
 * engine the first counter-claim went from 0.72 to 0.81 right (docs/quality.md). A wrong counter-claim
 * is worse than none. Precision@1 is counted over the cards that show a counter.
 *
 * Both counter floors were lowered again, with the evidence: since a claim must lead the next
 * unlinked one by 35% of its score, and a claim whose side is a guess must score 12 (18 since 2026-12-06; claim-judge.ts,
 * calibrated on the tune splits of three sets of articles written apart from the engine), two
 * denials here go unshown (0.49 → 0.45) and one right counter of 29 (0.97 → 0.96), while on the
 * held-out fresh articles the card's claim went from 0.73 to 0.86 right (docs/quality.md).
 *
 * Raised on 2026-12-06: every bare clause read as a reported claim (reported-clause recall 0.61 → 0.68), and a
 * remark stating its claim plainly where the speaker's country asserts it has a sure side (quote-stance.ts `plainly`):
 * counters shown on 0.97 of the cards, denial recall 0.61.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../scripts/check';
import { evaluate, loadRuns, type FixtureRun, type QualityReport } from '../../scripts/quality-lib';
import type { Pack } from '../../src/core/pack-schema';

const PACK_FILE = resolve(import.meta.dirname, '../../public/packs/pak-afghan-security.json');

/**
 * Topic decisions known to be wrong today, with the reason. The test fails if one of them starts passing
 * (remove it from here then) or if any other page goes wrong.
 */
const KNOWN_TOPIC_FAILURES: Record<string, string> = {
  // The article is inserted by an inline script 300 ms after load; linkedom runs no scripts, so the harness sees no article.
  'ontopic-kabultoday-istanbul-talks-late': 'late content, not in the initial DOM',
};

const FLOORS = {
  topic: { precision: 1, recall: 0.91, f1: 0.95, accuracy: 0.97 },
  actors: { precision: 0.9, recall: 0.87, f1: 0.88 },
  quotes: { precision: 1, recall: 0.89, f1: 0.94, quoteRecall: 0.97, reportedRecall: 0.68 },
  speakers: { accuracy: 1, coverage: 0.88 },
  counter: { precisionAt1: 0.97, counterShown: 0.97, denialRecall: 0.61 },
} as const;

let runs: FixtureRun[];
let report: QualityReport;

beforeAll(async () => {
  const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
  runs = await loadRuns(loadEngine(PACK_FILE));
  report = evaluate(runs, pack);
}, 60_000);

describe('fixture pages', () => {
  it('are all labelled', () => {
    expect(runs.length).toBeGreaterThanOrEqual(44);
    const unlabelled = runs.filter((r) => !['seed', 'on-topic', 'near-miss', 'off-topic'].includes(r.expected.kind));
    expect(
      unlabelled.map((r) => r.slug),
      'fixtures with kind TODO or unknown',
    ).toEqual([]);
  });

  it('get the topic decision their label says (known failures listed above)', () => {
    const wrong = runs
      .filter((r) => r.analysis.topic.onTopic !== r.expected.onTopic)
      .map(
        (r) =>
          `${r.slug}: engine ${r.analysis.topic.onTopic ? 'on' : 'off'} (score ${r.analysis.topic.score}), expected ${r.expected.onTopic ? 'on' : 'off'}`,
      );
    const unexpected = wrong.filter((w) => !(w.split(':')[0]! in KNOWN_TOPIC_FAILURES));
    expect(unexpected, `topic failures:\n${wrong.join('\n')}`).toEqual([]);
    const fixed = Object.keys(KNOWN_TOPIC_FAILURES).filter((slug) => !wrong.some((w) => w.startsWith(`${slug}:`)));
    expect(fixed, 'known failures that now pass: remove them from KNOWN_TOPIC_FAILURES and raise the floors').toEqual([]);
  });

  it('put every seed page on topic', () => {
    const seeds = runs.filter((r) => r.expected.kind === 'seed');
    expect(seeds.length).toBe(5);
    expect(seeds.filter((r) => !r.analysis.topic.onTopic).map((r) => r.slug)).toEqual([]);
  });

  it('keep every off-topic and near-miss page off topic', () => {
    const off = runs.filter((r) => r.expected.kind === 'off-topic' || r.expected.kind === 'near-miss');
    expect(off.length).toBeGreaterThanOrEqual(32);
    const alarms = off.filter((r) => r.analysis.topic.onTopic).map((r) => `${r.slug} (score ${r.analysis.topic.score})`);
    expect(alarms, 'false alarms').toEqual([]);
  });

  it('show nothing on off-topic pages', () => {
    for (const r of runs.filter((x) => !x.analysis.topic.onTopic)) {
      expect(r.analysis.quotes, r.slug).toEqual([]);
      expect(r.analysis.actors, r.slug).toEqual([]);
    }
  });

  for (const [section, floors] of Object.entries(FLOORS)) {
    it(`keep ${section} figures at or above their floors`, () => {
      const got = report[section as keyof typeof FLOORS] as unknown as Record<string, number>;
      for (const [figure, floor] of Object.entries(floors)) {
        const misses = Object.entries(report.misses)
          .flatMap(([slug, list]) =>
            list.filter((m) => m.startsWith(section.replace(/s$/, '').replace('counter', 'c'))).map((m) => `${slug}: ${m}`),
          )
          .slice(0, 30);
        expect(got[figure], `${section}.${figure} fell below ${floor}\n${misses.join('\n')}`).toBeGreaterThanOrEqual(floor);
      }
    });
  }
});
