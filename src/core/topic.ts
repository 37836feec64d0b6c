/**
 * Topic detection from a pack's `topic` data: a cheap first check for every page, and a full
 * score with reasons for the pages that pass it.
 */
import type { Topic } from './pack-schema';
import { PhraseMatcher } from './phrase-matcher';
import type { Token } from './text';

/** What the cheap first check needs of a topic: published to the content script by the background. */
export interface QuickCheckData {
  /** The pack's quick-check words: a page with none of them is off topic. */
  words: string[];
  /** The topic's required groups: a page must mention something from each. */
  groups: string[][];
}

/** The cheap-check data of a topic. */
export function quickCheckData(topic: Topic): QuickCheckData {
  return { words: topic.quickCheck, groups: topic.requires.map((r) => r.anyOf) };
}

function anyOf(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${escaped.join('|')})`, 'i');
}

/**
 * Compiles the cheap first check: case-insensitive regular expressions over raw page text, one
 * for the quick-check words and one per required group (so "Pakistan" alone, as on a cricket
 * page, is not enough). It runs in the content script on every page, so it must stay tiny; it
 * never rejects a page the full score would accept, since the full score needs every group too.
 */
export function compileQuickCheck(data: QuickCheckData): (text: string) => boolean {
  const tests = [anyOf(data.words), ...data.groups.filter((g) => g.length).map(anyOf)];
  return (text) => tests.every((re) => re.test(text));
}

/** The cheap first check of every installed topic at once: a page passes if any topic passes it. */
export function compileQuickChecks(data: readonly QuickCheckData[]): (text: string) => boolean {
  const tests = data.map(compileQuickCheck);
  return (text) => tests.some((test) => test(text));
}

/**
 * Whether a tab's title or address names something of any topic (a quick-check word). Such a page
 * has its text read and, while its article has not arrived, is watched for it; any other web page
 * has its text read once (`gateDecision`). A page without a title counts as naming the topic
 * (nothing is known of it yet).
 */
export function mayBeOnTopic(data: readonly QuickCheckData[], title: string, url: string): boolean {
  if (!title.trim()) return true;
  const text = `${title}\n${addressWords(url)}`;
  return data.some((topic) => !topic.words.length || anyOf(topic.words).test(text));
}

/** The host and path of an address as words ("/2025/10/afghan-taliban-deny" → "2025 10 afghan taliban deny"). */
function addressWords(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponent(`${u.hostname} ${u.pathname}`).replace(/[-_/.+]+/g, ' ');
  } catch {
    return '';
  }
}

/** Most times one term counts: a page repeating "Taliban" twenty times is not twenty times more on topic. */
const MAX_COUNT_PER_TERM = 3;

type Cue = { kind: 'term' | 'negative'; term: string; weight: number } | { kind: 'require'; group: number };

/** A compiled topic, reusable across pages. */
export class TopicModel {
  private readonly matcher: PhraseMatcher<Cue>;

  constructor(private readonly topic: Topic) {
    const entries: [string, Cue][] = [];
    for (const t of topic.terms) entries.push([t.term, { kind: 'term', term: t.term, weight: t.weight }]);
    for (const t of topic.negative) entries.push([t.term, { kind: 'negative', term: t.term, weight: t.weight }]);
    this.matcher = PhraseMatcher.of(entries);
    this.requireMatcher = PhraseMatcher.of(
      topic.requires.flatMap((r, group) => r.anyOf.map((w): [string, Cue] => [w, { kind: 'require', group }])),
    );
  }

  private readonly requireMatcher: PhraseMatcher<Cue>;

  /** Scores tokens of the article text; on topic when every requirement holds and the score reaches the threshold. */
  score(tokens: readonly Token[]): { onTopic: boolean; score: number; reasons: string[] } {
    const counts = new Map<string, { weight: number; count: number; negative: boolean }>();
    for (const m of this.matcher.findAll(tokens)) {
      const cue = m.values[0]!;
      if (cue.kind === 'require') continue;
      const entry = counts.get(cue.term) ?? { weight: cue.weight, count: 0, negative: cue.kind === 'negative' };
      entry.count++;
      counts.set(cue.term, entry);
    }
    const groupHits = new Array<number>(this.topic.requires.length).fill(0);
    const met = (g: number) => groupHits[g]! >= (this.topic.requires[g]!.minCount ?? 1);
    let unmet = this.topic.requires.filter((_, g) => !met(g)).length;
    // Only whether each requirement is met matters: the scan stops once all of them are.
    if (unmet)
      this.requireMatcher.each(tokens, (m) => {
        const groups = new Set(m.values.map((v) => (v.kind === 'require' ? v.group : -1)));
        for (const g of groups) {
          if (g < 0 || met(g)) continue;
          groupHits[g]!++;
          if (met(g)) unmet--;
        }
        return unmet === 0;
      });

    let score = 0;
    const positive: string[] = [];
    const negative: string[] = [];
    for (const [term, { weight, count, negative: neg }] of counts) {
      score += weight * Math.min(count, MAX_COUNT_PER_TERM);
      (neg ? negative : positive).push(`${term} ×${count}`);
    }
    const missing = this.topic.requires.filter((r, i) => groupHits[i]! < (r.minCount ?? 1)).map((r) => r.name);
    const reasons: string[] = [];
    if (positive.length) reasons.push(`cues: ${positive.slice(0, 8).join(', ')}`);
    if (negative.length) reasons.push(`near-miss cues: ${negative.slice(0, 5).join(', ')}`);
    if (missing.length) reasons.push(`missing: ${missing.join(', ')}`);
    reasons.push(`score ${round(score)} against threshold ${this.topic.threshold}`);
    return { onTopic: missing.length === 0 && score >= this.topic.threshold, score: round(score), reasons };
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * What the background does with a tab before any of Counterpoint's code runs in it:
 * - `named`: the title or address names the topic: read the text, and wait for a late article;
 * - `read-once`: any other web page: read the text once (a headline need not name the topic:
 *   "Mediators keep the western front quiet", an address that is only numbers);
 * - `none`: not a web page, or no topic installed.
 */
export type GateDecision = 'named' | 'read-once' | 'none';

export function gateDecision(data: readonly QuickCheckData[], title: string, url: string): GateDecision {
  if (!data.length || !/^https?:\/\//.test(url)) return 'none';
  return mayBeOnTopic(data, title, url) ? 'named' : 'read-once';
}
