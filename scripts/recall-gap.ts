/**
 * Where counter recall is lost: of the labelled remarks whose claim the corpus holds the other side of (the remarks
 * `counterRecall` counts), what became of each, by the engine's own decision (`AnalyseOptions.onDecision`):
 *
 *   npx tsx scripts/recall-gap.ts [--split tune|holdout|all] [--verbose] [DIR ...]
 *
 * The split is `all` unless given, as for `npm run quality`.
 * DIR is a set of labelled articles (default: ../shared/eval-articles when present, and fixtures/eval-extra). The
 * project's sets are read with the bundled claim-words model, which learned from their tune halves; set
 * `COUNTERPOINT_CLAIM_WORDS` to read them with another (`scripts/claim-words-crossfit.ts`). It changes nothing; it says
 * which step a recall gain must come from (docs/quality.md, "Where counter recall is lost").
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Engine } from '../src/core/engine';
import type { PageQuote } from '../src/core/analysis';
import type { Pack } from '../src/core/pack-schema';
import type { QuoteDecision, QuoteOutcome } from '../src/core/quote-decision';
import type { FoundQuote } from '../src/core/quotes';
import { loadEngine, readInput } from './check';
import { inSplit, overlap, packLabels, readSet, side, type LabelledClaim, type PackLabels, type Split } from './eval-set';

const ROOT = resolve(import.meta.dirname, '..');
const PACK_FILE = resolve(ROOT, 'public/packs/pak-afghan-security.json');

/** What became of a counterable labelled remark, from the best outcome on to the earliest loss. */
export type Fate =
  | 'countered'
  | 'card: no right counter'
  | 'card: other side'
  | 'card: other claim'
  | 'card: article not on topic'
  | 'card: another clause surer'
  | 'nothing to show'
  | 'side unknown'
  | 'too weak for a card'
  | 'no claim: ambiguous'
  | 'no claim: score too low'
  | 'no claim: no frame met'
  | 'no claim: ruled out by its form'
  | 'not read'
  | 'not found'
  | 'article off topic';

/** The fates in the order the engine decides, for the table. */
export const FATES: readonly Fate[] = [
  'article off topic',
  'not found',
  'not read',
  'no claim: no frame met',
  'no claim: ruled out by its form',
  'no claim: score too low',
  'no claim: ambiguous',
  'too weak for a card',
  'side unknown',
  'nothing to show',
  'card: another clause surer',
  'card: article not on topic',
  'card: other claim',
  'card: other side',
  'card: no right counter',
  'countered',
];

/** How far each outcome got: of several readings of one remark (whole, then clause by clause), the furthest counts. */
const PROGRESS: Readonly<Record<QuoteOutcome, number>> = {
  'not-read': 0,
  'no-claim': 1,
  weak: 2,
  'side-unknown': 3,
  'nothing-said': 4,
  outranked: 5,
  'off-topic': 5,
  card: 6,
};

/** Of several readings of one remark (whole, then clause by clause), the one that got furthest. */
export function furthest(decisions: readonly QuoteDecision[]): QuoteDecision | undefined {
  return decisions.length ? decisions.reduce((a, b) => (PROGRESS[b.outcome] > PROGRESS[a.outcome] ? b : a)) : undefined;
}

/** The fate of a remark the judge named no claim for, by its reason. */
const NO_CLAIM: Readonly<Record<NonNullable<QuoteDecision['declined']>, Fate>> = {
  'no-frame': 'no claim: no frame met',
  'ruled-out': 'no claim: ruled out by its form',
  low: 'no claim: score too low',
  rival: 'no claim: ambiguous',
};

/** The fate of one labelled remark, from the card that overlaps it (if any) and the decisions on the remarks read. */
export function fateOf(
  labels: readonly LabelledClaim[],
  card: PageQuote | undefined,
  decisions: readonly QuoteDecision[],
  { linked, counters }: PackLabels,
): Fate {
  if (card) {
    if (card.related.some((r) => r.relation === 'counter' && counters(r.statementId, labels))) return 'countered';
    const c0 = card.claims[0]!;
    const sameClaim = (l: LabelledClaim) =>
      l.claimId === c0.claimId || linked(l.claimId, c0.claimId) || linked(c0.claimId, l.claimId);
    if (!labels.some(sameClaim)) return 'card: other claim';
    if (!labels.some((l) => l.claimId === c0.claimId && side(l.stance) === side(c0.stance))) return 'card: other side';
    return 'card: no right counter';
  }
  const d = furthest(decisions);
  if (!d) return 'not found';
  switch (d.outcome) {
    case 'not-read':
      return 'not read';
    case 'no-claim':
      return NO_CLAIM[d.declined ?? 'no-frame'];
    case 'weak':
      return 'too weak for a card';
    case 'side-unknown':
      return 'side unknown';
    case 'nothing-said':
      return 'nothing to show';
    case 'outranked':
      return 'card: another clause surer';
    case 'off-topic':
      return 'card: article not on topic';
    default:
      // A card decided for a remark read within this one, whose text the card's does not overlap.
      return 'card: other claim';
  }
}

/** One counterable labelled remark and its fate. */
export interface GapRow {
  /** The article's id. */
  item: string;
  /** The labelled remark's words. */
  text: string;
  /** Its claims both annotators gave, on the side they gave, that the corpus holds the other side of. */
  labels: readonly LabelledClaim[];
  /** What became of it. */
  fate: Fate;
  /** Where no card was shown: whether a labelled claim was the engine's best guess (first by evidence, or decided on). */
  claimInView: boolean;
  why?: string;
}

/** The fates of a set's counterable labelled remarks, on one split. */
export async function recallGap(engine: Engine, pack: Pack, dir: string, split: Split): Promise<GapRow[]> {
  const labelsOf = packLabels(pack);
  const rows: GapRow[] = [];
  for (const { item, quotes } of readSet(dir)) {
    if (!inSplit(item.id, split) || !item.onTopic) continue;
    const { text } = await readInput(`${item.id}.txt`, `${item.title}\n\n${item.text}\n`);
    const decided: [FoundQuote, QuoteDecision][] = [];
    const first = new Map<FoundQuote, string>();
    const analysis = engine.analyse(text, {
      onDecision: (q, d) => decided.push([q, d]),
      onEvidence: (q, e) => {
        if (e[0]) first.set(q, e[0].claimId);
      },
    });
    for (const lq of quotes) {
      const labels = lq.agreed.filter(labelsOf.holdsOtherSide);
      if (!labels.length) continue;
      // The card is the first overlapping one, as `counterRecall` takes it; the readings are every remark read that
      // overlaps the labelled one (the whole quote, its clauses, a phrase in quote marks inside it).
      const card = analysis.quotes.find((q) => overlap(q.text, lq.text));
      const read = decided.filter(([q]) => overlap(q.text, lq.text));
      const decisions = read.map(([, d]) => d);
      const fate = analysis.topic.onTopic ? fateOf(labels, card, decisions, labelsOf) : 'article off topic';
      const weighed = read.flatMap(([q, d]) => [d.claimId, first.get(q)]).filter((id): id is string => id !== undefined);
      rows.push({
        item: item.id,
        text: lq.text,
        labels,
        fate,
        claimInView: weighed.some((id) => labels.some((l) => l.claimId === id)),
        ...(card || !decisions.length ? {} : { why: furthest(decisions)!.why }),
      });
    }
  }
  return rows;
}

/** The table: each fate's count and share, and how many of those had a labelled claim in view. */
export function formatGap(name: string, rows: readonly GapRow[]): string {
  const lines = [`\n${name}: ${rows.length} labelled remarks whose claim the corpus holds the other side of\n`];
  lines.push(`${'fate'.padEnd(32)} ${'remarks'.padStart(8)} ${'share'.padStart(6)}  a labelled claim was the best guess`);
  for (const fate of FATES) {
    const of = rows.filter((r) => r.fate === fate);
    if (!of.length) continue;
    const inView = fate.startsWith('card') || fate === 'countered' ? '' : String(of.filter((r) => r.claimInView).length);
    lines.push(
      `${fate.padEnd(32)} ${String(of.length).padStart(8)} ${(of.length / Math.max(1, rows.length)).toFixed(2).padStart(6)}  ${inView}`,
    );
  }
  return lines.join('\n');
}

/** Runs the command; returns the exit status (2 for bad arguments). */
export async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--split');
  const split = (at >= 0 ? argv[at + 1] : 'all') as Split;
  if (!['tune', 'holdout', 'all'].includes(split)) {
    console.error(`recall-gap: --split is tune, holdout or all, not "${split ?? ''}"`);
    return 2;
  }
  const verbose = argv.includes('--verbose');
  const given = argv.filter((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1));
  const missing = given.filter((dir) => !existsSync(dir));
  if (missing.length) {
    console.error(`recall-gap: no such set: ${missing.join(', ')}`);
    return 2;
  }
  const shared = resolve(ROOT, '../shared/eval-articles');
  const dirs = given.length ? given : [...(existsSync(shared) ? [shared] : []), resolve(ROOT, 'fixtures/eval-extra')];
  const engine = loadEngine();
  const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;
  for (const dir of dirs) {
    const rows = await recallGap(engine, pack, dir, split);
    console.log(formatGap(`${dir}, split ${split}`, rows));
    if (verbose)
      for (const r of rows.filter((x) => x.fate !== 'countered'))
        console.log(
          `  - ${r.fate} ${r.item}: "${r.text.slice(0, 80)}" (${r.labels.map((l) => `${l.claimId}/${l.stance}`).join(', ')})${r.why ? ` — ${r.why}` : ''}`,
        );
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
