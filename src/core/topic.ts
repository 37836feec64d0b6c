/**
 * Topic detection from a pack's `topic` data: a cheap first check for every page, and a full
 * score with reasons for the pages that pass it.
 */
import type { TopicResult } from './analysis';
import type { Topic } from './pack-schema';
import { PhraseMatcher } from './phrase-matcher';
import type { Token } from './text';

/** What the cheap first check needs of a topic: published to the content script by the background. */
export interface QuickCheckData {
  /** The pack's quick-check words: a page with none of them is off topic. */
  words: string[];
  /** The topic's parties (requirements asked once, `isParty`): a page must mention something from each. */
  groups: string[][];
}

/** The cheap-check data of a topic. */
export function quickCheckData(topic: Topic): QuickCheckData {
  return { words: topic.quickCheck, groups: topic.requires.filter(isParty).map((r) => r.anyOf) };
}

/**
 * Whether a requirement names a party of the topic (a side of the border): one asked once. A page that never names a
 * party is off topic, whatever its remarks say; a requirement asked several times (a security signal) measures how
 * much the page says of a matter, and remarks that make the pack's claims can stand in for it (`Engine.match`).
 */
export function isParty(requirement: Topic['requires'][number]): boolean {
  return (requirement.minCount ?? 1) <= 1;
}

/** A pattern for any of `words`, the words of a term apart by any run of white space, as the engine's tokens are. */
function anyOf(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`\\b(?:${escaped.join('|')})`, 'i');
}

/**
 * Compiles the cheap first check: case-insensitive regular expressions over raw page text, one
 * for the quick-check words and one per party (so "Pakistan" alone, as on a cricket page, is not
 * enough). It runs in the content script on every page, so it must stay tiny; it never rejects a
 * page the engine would accept, since the full score and a rescue by the page's remarks both need
 * every party too.
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

/** A topic's score of a text (`TopicResult`), with the requirements the text does not meet. */
export interface TopicScore extends TopicResult {
  /** The names of the parties (`isParty`) the text never names. */
  absent: string[];
  /**
   * The near-miss cues outnumber what the text names of a requirement NEAR_MISS_DROWNS times over: the text is about
   * the near miss (an Iran–Taliban border clash that names Pakistan twice), whatever else it scores.
   */
  nearMiss: boolean;
}

type Cue = { kind: 'term' | 'negative'; term: string; weight: number };

/**
 * How many times over near-miss cues must outnumber the mentions of one of the topic's requirements to drown it. On the
 * evaluation sets' on-topic articles near-miss cues never outnumber the least-named requirement (a cricket series
 * abandoned after a strike names cricket as often as the strike); the Iran–Taliban clash the score took named Iran
 * cues (Iran, Iranian, Tehran) twelve times as often as Pakistan (docs/quality.md, eighteenth round).
 */
const NEAR_MISS_DROWNS = 2;

/** A compiled topic, reusable across pages. */
export class TopicModel {
  private readonly matcher: PhraseMatcher<Cue>;

  constructor(private readonly topic: Topic) {
    const entries: [string, Cue][] = [];
    for (const t of topic.terms) entries.push([t.term, { kind: 'term', term: t.term, weight: t.weight }]);
    for (const t of topic.negative) entries.push([t.term, { kind: 'negative', term: t.term, weight: t.weight }]);
    this.matcher = PhraseMatcher.of(entries);
    // One matcher a requirement: "Afghan soil" is a security signal and names the Afghan side too.
    this.requireMatchers = topic.requires.map((r) => PhraseMatcher.of(r.anyOf.map((w): [string, true] => [w, true])));
  }

  private readonly requireMatchers: PhraseMatcher<true>[];

  /** Scores tokens of the article text; on topic when every requirement holds and the score reaches the threshold. */
  score(tokens: readonly Token[]): TopicScore {
    const counts = new Map<string, { weight: number; count: number; negative: boolean }>();
    for (const m of this.matcher.findAll(tokens)) {
      const cue = m.values[0]!;
      const entry = counts.get(cue.term) ?? { weight: cue.weight, count: 0, negative: cue.kind === 'negative' };
      entry.count++;
      counts.set(cue.term, entry);
    }
    const nearMisses = [...counts.values()].reduce((n, c) => n + (c.negative ? c.count : 0), 0);
    const groupHits = new Array<number>(this.topic.requires.length).fill(0);
    const met = (g: number) => groupHits[g]! >= (this.topic.requires[g]!.minCount ?? 1);
    // Drowned: named (a requirement the page falls short of counts as named once) less than 1/NEAR_MISS_DROWNS as
    // often as the near-miss cues. One or two near-miss words ("like Kashmir") on a page with no security word leave
    // it to the page's remarks to lift; three drown it.
    const drowns = (g: number) => Math.max(groupHits[g]!, 1) * NEAR_MISS_DROWNS < nearMisses;
    const held = (g: number) => met(g) && !drowns(g);
    // Only whether each requirement holds matters: each scan stops once it does.
    this.requireMatchers.forEach((matcher, g) => {
      if (!held(g))
        matcher.each(tokens, () => {
          groupHits[g]!++;
          return held(g);
        });
    });

    let score = 0;
    const positive: string[] = [];
    const negative: string[] = [];
    for (const [term, { weight, count, negative: neg }] of counts) {
      score += weight * Math.min(count, MAX_COUNT_PER_TERM);
      (neg ? negative : positive).push(`${term} ×${count}`);
    }
    const missing = this.topic.requires.flatMap((r, i) => (met(i) ? [] : [r.name]));
    const absent = this.topic.requires.flatMap((r, i) => (!met(i) && isParty(r) ? [r.name] : []));
    const drowned = this.topic.requires.flatMap((r, i) => (drowns(i) ? [r.name] : []));
    const reasons: string[] = [];
    if (positive.length) reasons.push(`cues: ${positive.slice(0, 8).join(', ')}`);
    if (negative.length) reasons.push(`near-miss cues: ${negative.slice(0, 5).join(', ')}`);
    if (missing.length) reasons.push(`missing: ${missing.join(', ')}`);
    if (drowned.length) reasons.push(`near-miss cues (${nearMisses}) drown ${drowned.join(', ')}`);
    reasons.push(`score ${round(score)} against threshold ${this.topic.threshold}`);
    const onTopic = missing.length === 0 && drowned.length === 0 && score >= this.topic.threshold;
    return { onTopic, score: round(score), reasons, absent, nearMiss: drowned.length > 0 };
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
