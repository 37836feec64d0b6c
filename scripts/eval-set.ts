/**
 * Scores the engine on a set of labelled evaluation articles (`../shared/eval-articles` and sets in
 * the same format), in process, with the definitions of that set's README and `score.mjs`:
 * topic P/R/F1 and false alarms on near misses, actor recall, speaker accuracy and coverage, and
 * of the quote cards the sidebar would show, how many name a labelled claim first (with the
 * right side), how often the first counter-claim counters the quote, how many labelled quotes
 * whose claim the corpus holds the other side of get a right counter, and denial recall.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../src/core/engine';
import { isAgainst } from '../src/core/claim-index';
import type { Pack, StanceKind } from '../src/core/pack-schema';
import { readInput } from './check';

/** Which items to score: ids ending in an even digit are `tune`, odd ones `holdout`. */
export type Split = 'tune' | 'holdout' | 'all';

/** A labelled claim of a quote. */
export interface LabelledClaim {
  claimId: string;
  stance: string;
}

/** One labelled article (the set's README describes the fields). */
interface Item {
  id: string;
  title: string;
  text: string;
  onTopic: boolean;
  actors?: string[];
  quotes?: { text: string; speaker: string | null; claims: LabelledClaim[] }[];
}

/** A labelled quote with both annotators' labels merged. */
interface Quote {
  text: string;
  speaker: string | null;
  /** Either annotator's claims: a card naming one of them is right. */
  accept: LabelledClaim[];
  /** Claims both annotators gave on the same side: the ones a counter must answer. */
  agreed: LabelledClaim[];
}

/** The figures, as `score.mjs` prints them, plus denial recall and the misses. */
export interface SetReport {
  split: Split;
  n: number;
  topic: { P: number; R: number; F1: number; FPR: number };
  actorRecall: number;
  labelledQuotesWithCard: number;
  speaker: { accuracy: number; coverage: number };
  cards: number;
  cardsUnjudged: number;
  cardClaimPrecision: number;
  cardClaimAndSidePrecision: number;
  cardsWhereNothingApplies: number;
  topCounterPrecision: { value: number; right: number; of: number };
  counterRecall: { value: number; right: number; of: number };
  /** Of the counterable quotes that assert or qualify, those shown a denial or dispute of their claim. */
  denialRecall: { value: number; right: number; of: number };
  /** One line per miss, for `--verbose`. */
  misses: string[];
}

/** The side a stance is on: against (-1) or for (1) the claim. */
export const side = (stance: string): number => (isAgainst(stance as StanceKind) ? -1 : 1);
const ratio = (a: number, b: number) => Math.round((a / Math.max(1, b)) * 100) / 100;

/** The folding `score.mjs` compares texts and names with. */
export function foldText(s: string): string {
  return String(s || '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

/** Whether two quote texts are the same quote (one holds the other, or long ones share their opening). */
export function overlap(a: string, b: string): boolean {
  const x = foldText(a);
  const y = foldText(b);
  if (!x || !y) return false;
  return (
    x.includes(y) ||
    y.includes(x) ||
    (x.length > 40 && y.length > 40 && (x.includes(y.slice(0, 40)) || y.includes(x.slice(0, 40))))
  );
}

/** Whether an item belongs to a split. */
export function inSplit(id: string, split: Split): boolean {
  if (split === 'all') return true;
  return (Number(id.slice(-1)) % 2 === 1) === (split === 'holdout');
}

/**
 * Reads a set: every `*.json` beside its README (or those `files` accepts, by name), with the second labelling
 * (`*.alt.json`) merged in.
 */
export function readSet(dir: string, files: (name: string) => boolean = () => true): { item: Item; quotes: Quote[] }[] {
  const out: { item: Item; quotes: Quote[] }[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.alt.json') && files(f))
    .sort()) {
    const items = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Item[];
    const altFile = join(dir, file.replace(/\.json$/, '.alt.json'));
    const alt = existsSync(altFile)
      ? (JSON.parse(readFileSync(altFile, 'utf8')) as Record<string, LabelledClaim[][]>)
      : undefined;
    for (const item of items) {
      const quotes = (item.quotes ?? []).map((q, i): Quote => {
        const other = alt?.[item.id] ? (alt[item.id]![i] ?? []) : undefined;
        const mine = q.claims ?? [];
        if (!other) return { text: q.text, speaker: q.speaker, accept: mine, agreed: mine };
        const accept = [...mine, ...other.filter((o) => !mine.some((x) => x.claimId === o.claimId && x.stance === o.stance))];
        const agreed = mine.filter((x) => other.some((o) => o.claimId === x.claimId && side(o.stance) === side(x.stance)));
        return { text: q.text, speaker: q.speaker, accept, agreed };
      });
      out.push({ item, quotes });
    }
  }
  return out;
}

/** What labels mean against a pack (`packLabels`). */
export interface PackLabels {
  /** Whether claim a links to claim b (a mirror or a contradiction). */
  linked: (a: string, b: string) => boolean;
  /** A statement counters labelled claims: the same claim from the other side, or an assertion of a claim one links to. */
  counters: (statementId: string, labels: readonly LabelledClaim[]) => boolean;
  /** The corpus holds the other side of a labelled claim. */
  holdsOtherSide: (lc: LabelledClaim) => boolean;
}

/** What the labels mean against a pack: links between claims, which statement counters a label, and which labels can be countered. */
export function packLabels(pack: Pick<Pack, 'claims' | 'statements'>): PackLabels {
  const stancesOf = new Map(pack.statements.map((s) => [s.id, s.stances]));
  const links = new Map(pack.claims.map((c) => [c.id, (c.links ?? []).map((l) => l.claimId)]));
  const linked = (a: string, b: string) => (links.get(a) ?? []).includes(b);
  const counters = (statementId: string, labels: readonly LabelledClaim[]) =>
    labels.some((lc) =>
      (stancesOf.get(statementId) ?? []).some(
        (s) =>
          (s.claimId === lc.claimId && side(s.stance) !== side(lc.stance)) ||
          (linked(lc.claimId, s.claimId) && side(lc.stance) > 0 && side(s.stance) > 0),
      ),
    );
  const holdsOtherSide = (lc: LabelledClaim) =>
    pack.statements.some((s) =>
      s.stances.some(
        (st) =>
          (st.claimId === lc.claimId && side(st.stance) !== side(lc.stance)) ||
          (linked(lc.claimId, st.claimId) && side(st.stance) === side(lc.stance) && side(lc.stance) > 0),
      ),
    );
  return { linked, counters, holdsOtherSide };
}

/** Scores the engine on a set's items of one split (of the files `files` accepts, by name). */
export async function scoreSet(
  engine: Pick<Engine, 'analyse'>,
  pack: Pack,
  dir: string,
  split: Split,
  files?: (name: string) => boolean,
): Promise<SetReport> {
  const actorByName = new Map<string, string>();
  for (const a of pack.actors) for (const n of [a.name, a.id, ...(a.aliases ?? [])]) actorByName.set(foldText(n), a.id);
  const { linked, counters, holdsOtherSide } = packLabels(pack);

  const c = { tp: 0, fp: 0, fn: 0, tn: 0, act: 0, actAll: 0, q: 0, qAll: 0, spRight: 0, spGiven: 0, spAll: 0 };
  const k = { cards: 0, unjudged: 0, right: 0, rightSide: 0, nothing: 0, top: 0, topRight: 0, counterable: 0, found: 0 };
  const d = { of: 0, right: 0 };
  const misses: string[] = [];
  const items = readSet(dir, files).filter(({ item }) => inSplit(item.id, split));
  for (const { item, quotes } of items) {
    const { text } = await readInput(`${item.id}.txt`, `${item.title}\n\n${item.text}\n`);
    const a = engine.analyse(text);
    const on = a.topic.onTopic;
    if (on && item.onTopic) c.tp++;
    else if (on) {
      c.fp++;
      misses.push(`FP topic ${item.id} ${item.title}`);
    } else if (item.onTopic) {
      c.fn++;
      misses.push(`FN topic ${item.id} ${item.title} (score ${a.topic.score})`);
    } else c.tn++;
    if (!item.onTopic) continue;
    const found = new Set(a.actors.map((x) => x.id));
    for (const n of item.actors ?? []) {
      const id = actorByName.get(foldText(n));
      if (!id) continue;
      c.actAll++;
      if (found.has(id)) c.act++;
    }
    for (const lq of quotes) {
      c.qAll++;
      const m = a.quotes.find((q) => overlap(q.text, lq.text));
      if (m) c.q++;
      if (lq.speaker && m) {
        c.spAll++;
        if (m.speaker) {
          c.spGiven++;
          const want = actorByName.get(foldText(lq.speaker));
          const named = foldText(m.speaker.name);
          if (named === foldText(lq.speaker) || actorByName.get(named) === want || (want && m.speaker.actorId === want))
            c.spRight++;
          else misses.push(`speaker ${item.id}: "${lq.text.slice(0, 60)}" -> ${m.speaker.name}, label ${lq.speaker}`);
        }
      }
      const counterable = lq.agreed.filter(holdsOtherSide);
      if (!counterable.length) continue;
      k.counterable++;
      const right = m?.related.some((r) => r.relation === 'counter' && counters(r.statementId, lq.agreed));
      if (right) k.found++;
      else
        misses.push(
          `no counter ${item.id}: "${lq.text.slice(0, 70)}" (${lq.agreed.map((x) => `${x.claimId}/${x.stance}`).join(', ')})`,
        );
      if (lq.agreed.some((x) => side(x.stance) > 0)) {
        d.of++;
        if (m?.related.some((r) => r.relation === 'counter' && side(r.stance) < 0 && counters(r.statementId, lq.agreed)))
          d.right++;
      }
    }
    for (const q of a.quotes) {
      const lq = quotes.find((l) => overlap(q.text, l.text));
      if (!lq) {
        k.unjudged++;
        continue;
      }
      k.cards++;
      const c0 = q.claims[0];
      const right =
        c0 &&
        lq.accept.some((lc) => lc.claimId === c0.claimId || linked(lc.claimId, c0.claimId) || linked(c0.claimId, lc.claimId));
      if (c0 && lq.accept.some((lc) => lc.claimId === c0.claimId && side(lc.stance) === side(c0.stance))) k.rightSide++;
      if (right) k.right++;
      else
        misses.push(
          `WRONG CARD ${item.id}: "${q.text.slice(0, 90)}" -> ${c0 ? `${c0.claimId}/${c0.stance}` : 'none'}; label ${JSON.stringify(lq.accept)}`,
        );
      if (!lq.accept.length) k.nothing++;
      const top = q.related.find((r) => r.relation === 'counter');
      if (top) {
        k.top++;
        if (counters(top.statementId, lq.accept)) k.topRight++;
        else
          misses.push(`WRONG COUNTER ${item.id}: "${q.text.slice(0, 70)}" -> ${top.statementId} (${top.claimId}/${top.stance})`);
      }
    }
  }
  const P = c.tp / Math.max(1, c.tp + c.fp);
  const R = c.tp / Math.max(1, c.tp + c.fn);
  return {
    split,
    n: items.length,
    topic: {
      P: ratio(c.tp, c.tp + c.fp),
      R: ratio(c.tp, c.tp + c.fn),
      F1: Math.round(((2 * P * R) / Math.max(1e-9, P + R)) * 100) / 100,
      FPR: ratio(c.fp, c.fp + c.tn),
    },
    actorRecall: ratio(c.act, c.actAll),
    labelledQuotesWithCard: ratio(c.q, c.qAll),
    speaker: { accuracy: ratio(c.spRight, c.spGiven), coverage: ratio(c.spGiven, c.spAll) },
    cards: k.cards,
    cardsUnjudged: k.unjudged,
    cardClaimPrecision: ratio(k.right, k.cards),
    cardClaimAndSidePrecision: ratio(k.rightSide, k.cards),
    cardsWhereNothingApplies: k.nothing,
    topCounterPrecision: { value: ratio(k.topRight, k.top), right: k.topRight, of: k.top },
    counterRecall: { value: ratio(k.found, k.counterable), right: k.found, of: k.counterable },
    denialRecall: { value: ratio(d.right, d.of), right: d.right, of: d.of },
    misses,
  };
}

/** The report as the table `npm run quality` prints. */
export function formatSetReport(r: SetReport, name: string, verbose: boolean): string {
  const f = (x: number) => x.toFixed(2);
  const lines = [
    `\nEvaluation articles: ${name}, split ${r.split} (${r.n} articles)\n`,
    `${'topic'.padEnd(34)} P ${f(r.topic.P)}  R ${f(r.topic.R)}  F1 ${f(r.topic.F1)}  false alarms on near misses ${f(r.topic.FPR)}`,
    `${'actor recall'.padEnd(34)} ${f(r.actorRecall)}`,
    `${'labelled quotes with a card'.padEnd(34)} ${f(r.labelledQuotesWithCard)}`,
    `${'speakers'.padEnd(34)} accuracy ${f(r.speaker.accuracy)}, coverage ${f(r.speaker.coverage)}`,
    `${'cards (unjudged)'.padEnd(34)} ${r.cards} (${r.cardsUnjudged})`,
    `${'card claim precision'.padEnd(34)} ${f(r.cardClaimPrecision)}  (and side: ${f(r.cardClaimAndSidePrecision)})`,
    `${'cards where nothing applies'.padEnd(34)} ${r.cardsWhereNothingApplies}`,
    `${'top counter precision'.padEnd(34)} ${f(r.topCounterPrecision.value)} (${r.topCounterPrecision.right}/${r.topCounterPrecision.of})`,
    `${'counter recall'.padEnd(34)} ${f(r.counterRecall.value)} (${r.counterRecall.right}/${r.counterRecall.of})`,
    `${'denial recall'.padEnd(34)} ${f(r.denialRecall.value)} (${r.denialRecall.right}/${r.denialRecall.of})`,
  ];
  if (verbose) lines.push('', ...r.misses.map((m) => `  - ${m}`));
  return lines.join('\n');
}
