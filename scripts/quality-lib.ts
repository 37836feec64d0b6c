/**
 * Quality figures of the engine over the labelled fixture pages (`fixtures/pages/<slug>/`).
 *
 * `loadRuns` reads every fixture and runs the engine once (the only I/O here); everything else is
 * pure: `evaluate(runs, pack)` turns the runs into precision / recall / F1 figures and per-fixture
 * misses. `npm run quality` prints them, `test/core/fixtures.test.ts` holds them to floors.
 * See docs/quality.md for the method.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { collectText, findArticleRoot } from '../src/content/page-text';
import type { Analysis, PageQuote } from '../src/core/analysis';
import type { Engine } from '../src/core/engine';
import type { Actor, Claim, Pack, StanceKind, Statement } from '../src/core/pack-schema';
import { findQuotes, type FoundQuote } from '../src/core/quotes';
import { fold } from '../src/core/text';
import { side } from './eval-set';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures/pages');

/** One labelled quote or reported claim of `expected.json`. */
export interface ExpectedItem {
  text: string;
  speaker: string | null;
  claims: { claimId: string; stance: StanceKind }[];
}

/** A fixture's `expected.json`. */
export interface Expected {
  title: string;
  kind: 'seed' | 'on-topic' | 'near-miss' | 'off-topic' | string;
  nearMissOf?: string;
  onTopic: boolean;
  lateContent?: boolean;
  actors: string[];
  quotes: ExpectedItem[];
  reported: ExpectedItem[];
}

/** What the engine did on one fixture. */
export interface FixtureRun {
  slug: string;
  expected: Expected;
  /** Article text as the extension reads it. */
  text: string;
  /** `Engine.analyse(text)`. */
  analysis: Analysis;
  /** `findQuotes(text)`: every quote and reported claim, with or without context. */
  found: FoundQuote[];
}

/** Precision, recall and F1 with their counts. */
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface QualityReport {
  fixtures: number;
  topic: PRF & { accuracy: number };
  actors: PRF;
  quotes: PRF & { quoteRecall: number; reportedRecall: number };
  speakers: { right: number; given: number; expected: number; accuracy: number; coverage: number };
  counter: {
    /** Expected items with a labelled claim that the engine showed with related statements. */
    judged: number;
    /** … whose top counter statement is a real counter to a labelled claim. */
    correctTop: number;
    /** … that had no counter statement at all (the quote's side unsure, or no counter held). */
    noCounter: number;
    /** Of the judged items shown with a counter, the share whose top counter is real. */
    precisionAt1: number;
    /** Share of the judged items shown with a counter at all. */
    counterShown: number;
    /** Expected items asserting a claim the pack denies or disputes somewhere. */
    denialExpected: number;
    /** … for which the engine shows a counter that denies or disputes a labelled claim. */
    denialShown: number;
    denialRecall: number;
  };
  /** Per fixture, what was missed or wrong, for `--verbose`. */
  misses: Record<string, string[]>;
}

// ---------------------------------------------------------------- loading (I/O)

/** A seed-style plain text (one paragraph a line) or an HTML page, read as the extension does. */
export type ReadInput = (name: string, raw: string) => Promise<{ title: string; text: string }>;

/**
 * A TreeWalker that honours its filter (FILTER_REJECT skips the subtree, FILTER_SKIP only the node), as
 * browsers do. linkedom's `createTreeWalker` ignores the filter, so without this `collectText` in Node
 * keeps scripts, comments, sidebars and cookie banners that the extension skips in the browser.
 */
function filteringWalker(root: Node, whatToShow: number, filter?: { acceptNode(n: Node): number } | ((n: Node) => number)) {
  const accept = (n: Node) => {
    if (!((1 << (n.nodeType - 1)) & whatToShow)) return 3;
    if (!filter) return 1;
    return typeof filter === 'function' ? filter(n) : filter.acceptNode(n);
  };
  const stack: Node[] = Array.from(root.childNodes).reverse();
  return {
    currentNode: root,
    nextNode(): Node | null {
      while (stack.length) {
        const n = stack.pop()!;
        const verdict = accept(n);
        if (verdict === 2) continue;
        for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
        if (verdict === 1) return (this.currentNode = n);
      }
      return null;
    },
  };
}

/** `readInput` for HTML as the extension reads it in a browser (filters honoured); plain text as `check` reads it. */
export async function readArticle(name: string, raw: string): Promise<{ title: string; text: string }> {
  if (!(name.endsWith('.html') || /^\s*</.test(raw))) {
    const [first = '', ...rest] = raw.split('\n');
    return { title: first.trim(), text: rest.filter((l) => l.trim()).join('\n\n') };
  }
  const { document } = parseHTML(raw);
  (document as unknown as { createTreeWalker: unknown }).createTreeWalker = filteringWalker;
  const page = await collectText(findArticleRoot(document as unknown as Document));
  return { title: document.title ?? '', text: page.text };
}

/** Slugs of every fixture page, sorted. */
export function fixtureSlugs(dir = FIXTURES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

/** Reads every fixture, extracts its article text and runs the engine on it. */
export async function loadRuns(engine: Engine, readInput: ReadInput = readArticle, dir = FIXTURES_DIR): Promise<FixtureRun[]> {
  const runs: FixtureRun[] = [];
  for (const slug of fixtureSlugs(dir)) {
    const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as Expected;
    const html = readFileSync(join(dir, slug, 'source.html'), 'utf8');
    const { text } = await readInput(`${slug}.html`, html);
    runs.push({ slug, expected, text, analysis: engine.analyse(text), found: findQuotes(text) });
  }
  return runs;
}

// ---------------------------------------------------------------- pure helpers

/** Case-, accent- and punctuation-insensitive key of a name. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Maps display names (canonical name or any alias) to actor ids; unknown names map to `?Name`. */
export function actorResolver(actors: readonly Actor[]): (display: string) => string {
  const byKey = new Map<string, string>();
  for (const a of actors) for (const n of [a.name, ...a.aliases]) if (!byKey.has(nameKey(n))) byKey.set(nameKey(n), a.id);
  return (display) => byKey.get(nameKey(display)) ?? `?${display}`;
}

/** Quote text normalised for matching: folded, quote marks and outer punctuation off, spaces collapsed. */
export function normQuote(text: string): string {
  return fold(text)
    .replace(/["'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:!?…-]+|[\s,.;:!?…-]+$/g, '')
    .trim();
}

/** Whether one normalised text contains the other, on word boundaries. */
export function textsMatch(a: string, b: string): boolean {
  const x = normQuote(a);
  const y = normQuote(b);
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const at = long.indexOf(short);
  if (at < 0) return false;
  const before = long.charAt(at - 1);
  const after = long.charAt(at + short.length);
  const word = /[\p{L}\p{N}]/u;
  return !word.test(before) && !word.test(after);
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Precision and recall measured on different sets (found spans vs expected items), with their F1. */
function withF1(tp: number, fp: number, fn: number, precision: number, recall: number): PRF {
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** The engine's quote (with context) for an expected item, if any. */
function engineQuote(analysis: Analysis, item: ExpectedItem): PageQuote | undefined {
  return analysis.quotes.find((q) => textsMatch(q.text, item.text));
}

/**
 * Whether a related statement counters a labelled claim: a stance on the same claim on the other side
 * (denies/disputes vs asserts/qualifies), or an assertion of a claim that the labelled claim `links`
 * to (mirror accusation or contradiction) when the label asserts it.
 */
export function isRealCounter(
  statement: Statement | undefined,
  labelled: readonly { claimId: string; stance: StanceKind }[],
  claims: ReadonlyMap<string, Claim>,
): boolean {
  if (!statement) return false;
  return labelled.some((l) =>
    statement.stances.some((st) => {
      if (st.claimId === l.claimId) return side(st.stance) !== side(l.stance);
      const linked = claims.get(l.claimId)?.links?.some((k) => k.claimId === st.claimId);
      return !!linked && side(l.stance) === 1 && side(st.stance) === 1;
    }),
  );
}

// ---------------------------------------------------------------- the figures

/** Every figure of the quality report, over all runs. */
export function evaluate(runs: readonly FixtureRun[], pack: Pick<Pack, 'actors' | 'claims' | 'statements'>): QualityReport {
  const resolveName = actorResolver(pack.actors);
  const claims = new Map(pack.claims.map((c) => [c.id, c]));
  const statements = new Map(pack.statements.map((s) => [s.id, s]));
  const deniedClaims = new Set<string>();
  for (const s of pack.statements) for (const st of s.stances) if (side(st.stance) === -1) deniedClaims.add(st.claimId);

  const misses: Record<string, string[]> = {};
  const miss = (slug: string, msg: string) => (misses[slug] ??= []).push(msg);
  const t = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const a = { tp: 0, fp: 0, fn: 0 };
  const q = { tp: 0, fp: 0, fn: 0, quotesMatched: 0, quotesTotal: 0, reportedMatched: 0, reportedTotal: 0 };
  const sp = { right: 0, given: 0, expected: 0 };
  const c = { judged: 0, correctTop: 0, noCounter: 0, denialExpected: 0, denialShown: 0 };

  for (const run of runs) {
    const { slug, expected: e, analysis } = run;
    // Topic.
    const on = analysis.topic.onTopic;
    if (on && e.onTopic) t.tp++;
    else if (on) {
      t.fp++;
      miss(slug, `topic: on topic (score ${analysis.topic.score}) but expected off`);
    } else if (e.onTopic) {
      t.fn++;
      miss(slug, `topic: off topic (score ${analysis.topic.score}) but expected on`);
    } else t.tn++;

    // Actors, on pages expected on topic.
    if (e.onTopic) {
      const want = new Set(e.actors.map(resolveName));
      const got = new Set(analysis.actors.map((x) => x.id));
      for (const id of got) {
        if (want.has(id)) a.tp++;
        else {
          a.fp++;
          miss(slug, `actor: unexpected ${id}`);
        }
      }
      for (const id of want) {
        if (got.has(id)) continue;
        a.fn++;
        miss(slug, `actor: missed ${id}`);
      }
    }

    // Quotes (extractor level, on every page).
    const items = [...e.quotes.map((x) => ({ ...x, reported: false })), ...e.reported.map((x) => ({ ...x, reported: true }))];
    for (const item of items) {
      const hit = run.found.some((f) => textsMatch(f.text, item.text));
      if (item.reported) {
        q.reportedTotal++;
        if (hit) q.reportedMatched++;
      } else {
        q.quotesTotal++;
        if (hit) q.quotesMatched++;
      }
      if (!hit) {
        q.fn++;
        miss(slug, `quote: missed ${item.reported ? 'reported ' : ''}"${item.text.slice(0, 80)}"`);
      }
    }
    // Precision over quoted spans only: `reported` labels are not exhaustive.
    for (const f of run.found.filter((x) => x.kind !== 'reported')) {
      if (items.some((i) => textsMatch(f.text, i.text))) q.tp++;
      else {
        q.fp++;
        miss(slug, `quote: spurious "${f.text.slice(0, 80)}"`);
      }
    }

    // Speakers and counter-claims, on quotes the engine showed with context.
    for (const item of items) {
      const pq = engineQuote(analysis, item);
      if (item.speaker && pq) {
        sp.expected++;
        if (pq.speaker) {
          sp.given++;
          const want = resolveName(item.speaker);
          // "?Name" labels a person the pack does not hold: the engine names them by the article's words.
          const unlistedRight = want.startsWith('?') && fold(want.slice(1)) === fold(pq.speaker.name);
          if (pq.speaker.actorId === want || unlistedRight) sp.right++;
          else miss(slug, `speaker: "${item.text.slice(0, 50)}" → ${pq.speaker.actorId}, expected ${want}`);
        } else miss(slug, `speaker: none named for "${item.text.slice(0, 50)}", expected ${resolveName(item.speaker)}`);
      }
      if (!item.claims.length) continue;
      const asserted = item.claims.filter((l) => side(l.stance) === 1 && deniedClaims.has(l.claimId));
      const denial = (r: PageQuote['related'][number]) =>
        r.relation === 'counter' &&
        !!statements
          .get(r.statementId)
          ?.stances.some(
            (st) => side(st.stance) === -1 && item.claims.some((l) => l.claimId === st.claimId && side(l.stance) === 1),
          );
      if (asserted.length) {
        c.denialExpected++;
        if (pq?.related.some(denial)) c.denialShown++;
        else miss(slug, `denial: none shown for "${item.text.slice(0, 60)}"${pq ? '' : ' (no context)'}`);
      }
      if (!pq || !pq.related.length) continue;
      c.judged++;
      const top = pq.related.find((r) => r.relation === 'counter');
      if (!top) {
        c.noCounter++;
        miss(slug, `counter: no counter for "${item.text.slice(0, 60)}"`);
      } else if (isRealCounter(statements.get(top.statementId), item.claims, claims)) c.correctTop++;
      else
        miss(slug, `counter: top ${top.statementId} (${top.claimId} ${top.stance}) does not counter "${item.text.slice(0, 60)}"`);
    }
  }

  const topic = prf(t.tp, t.fp, t.fn);
  const ratio = (x: number, y: number) => (y ? x / y : 1);
  return {
    fixtures: runs.length,
    topic: { ...topic, accuracy: ratio(t.tp + t.tn, runs.length) },
    actors: prf(a.tp, a.fp, a.fn),
    quotes: {
      ...withF1(
        q.tp,
        q.fp,
        q.fn,
        ratio(q.tp, q.tp + q.fp),
        ratio(q.quotesMatched + q.reportedMatched, q.quotesTotal + q.reportedTotal),
      ),
      quoteRecall: ratio(q.quotesMatched, q.quotesTotal),
      reportedRecall: ratio(q.reportedMatched, q.reportedTotal),
    },
    speakers: { ...sp, accuracy: ratio(sp.right, sp.given), coverage: ratio(sp.given, sp.expected) },
    counter: {
      ...c,
      precisionAt1: ratio(c.correctTop, c.judged - c.noCounter),
      counterShown: ratio(c.judged - c.noCounter, c.judged),
      denialRecall: ratio(c.denialShown, c.denialExpected),
    },
    misses,
  };
}
