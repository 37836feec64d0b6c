/**
 * The gate the background runs on a tab's title and address before injecting the content
 * script (`mayBeOnTopic`). A gate that turns away an on-topic article costs the reader
 * Counterpoint on that page, so every labelled on-topic page must pass on its title alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mayBeOnTopic, quickCheckData } from '../../src/core/topic';
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
