/**
 * The gate the background runs on a tab's title and address before injecting the content
 * script (`mayBeOnTopic`). A gate that turns away an on-topic article costs the reader
 * Counterpoint on that page, so every labelled on-topic page must pass on its title alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileQuickChecks, gateDecision, mayBeOnTopic, quickCheckData } from '../../src/core/topic';
import { readSet } from '../../scripts/eval-set';
import type { Pack } from '../../src/core/pack-schema';

const ROOT = resolve(import.meta.dirname, '../..');
const pack = JSON.parse(readFileSync(join(ROOT, 'public/packs/pak-afghan-security.json'), 'utf8')) as Pack;
const data = [quickCheckData(pack.topic)];
/** An address that says nothing, so that the title alone decides. */
const PLAIN = 'https://news.example/article/12345';

const pages = readdirSync(join(ROOT, 'fixtures/pages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = join(ROOT, 'fixtures/pages', d.name);
    const { document } = parseHTML(readFileSync(join(dir, 'source.html'), 'utf8'));
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { onTopic: boolean };
    return { slug: d.name, title: document.title, onTopic: expected.onTopic };
  });

describe('the title-and-address gate', () => {
  it('lets every labelled on-topic page through on its title alone', () => {
    const on = pages.filter((p) => p.onTopic);
    expect(on.length).toBeGreaterThanOrEqual(12);
    for (const p of on) expect(mayBeOnTopic(data, p.title, PLAIN), p.slug).toBe(true);
  });

  it('turns away the plainly off-topic pages and many near misses before any script runs', () => {
    const off = pages.filter((p) => !p.onTopic);
    const stopped = off.filter((p) => !mayBeOnTopic(data, p.title, PLAIN)).map((p) => p.slug);
    for (const slug of ['offtopic-recipe-chicken-karahi', 'offtopic-football-match-report', 'nearmiss-cricket-pcb-selection'])
      expect(stopped).toContain(slug);
    // 18 of the 32 off-topic fixture pages today; the rest name Pakistan or Afghanistan in their title.
    expect(stopped.length).toBeGreaterThanOrEqual(18);
  });

  it('reads the address as words: host and path, decoded, with separators as spaces', () => {
    expect(mayBeOnTopic(data, 'Home', 'https://news.example/2025/10/afghan-taliban-deny-ttp-presence')).toBe(true);
    expect(mayBeOnTopic(data, 'Home', 'https://news.example/world/kabul_talks%20end')).toBe(true);
    expect(mayBeOnTopic(data, 'Home', 'https://pakistantoday.example/sport')).toBe(true);
    expect(mayBeOnTopic(data, 'Home', 'https://news.example/sport/cricket?q=pakistan')).toBe(false);
    expect(mayBeOnTopic(data, 'Home', 'https://news.example/%E0%A4%A')).toBe(false);
  });

  it('lets a page without a title through, and a topic without quick words passes everything', () => {
    expect(mayBeOnTopic(data, '   ', PLAIN)).toBe(true);
    expect(mayBeOnTopic([{ words: [], groups: [] }], 'Football', PLAIN)).toBe(true);
    expect(mayBeOnTopic([], 'Pakistan', PLAIN)).toBe(false);
  });

  it('matches words at their start, not inside other words', () => {
    expect(mayBeOnTopic(data, 'Pakistani forces say', PLAIN)).toBe(true);
    expect(mayBeOnTopic(data, 'Unpakistan', PLAIN)).toBe(false);
  });
});

describe('the gate decision', () => {
  it('reads the text of every web page: a title naming the topic gets the late-article watch, any other one read', () => {
    expect(gateDecision(data, 'Pakistan strikes hideouts in Khost', PLAIN)).toBe('named');
    // On-topic headlines that name nothing of the topic still have their text read.
    expect(gateDecision(data, 'Mediators keep the western front quiet', 'https://news.example/2025/10/31/123456')).toBe(
      'read-once',
    );
    expect(gateDecision(data, 'Asif: "Enough is enough"', PLAIN)).toBe('read-once');
    expect(gateDecision(data, 'A quick weeknight curry', PLAIN)).toBe('read-once');
  });

  it('reads nothing that is not a web page, or when no topic is installed', () => {
    expect(gateDecision(data, 'Pakistan', 'chrome://settings')).toBe('none');
    expect(gateDecision(data, 'Pakistan', 'file:///home/me/notes.html')).toBe('none');
    expect(gateDecision([], 'Pakistan strikes hideouts in Khost', PLAIN)).toBe('none');
  });
});

describe('the text check after the gate', () => {
  it('lets every on-topic article of the labelled sets through: whatever the title, the text names the topic', () => {
    const passes = compileQuickChecks(data);
    const articles = readSet(join(ROOT, 'fixtures/eval-extra'))
      .map(({ item }) => item)
      .filter((item) => item.onTopic);
    expect(articles.length).toBeGreaterThanOrEqual(12);
    for (const item of articles) expect(passes(`${item.title}\n${item.text}`), item.id).toBe(true);
  });
});
