/** The gate's figures on labelled headlines (scripts/gate-set.ts), against a tiny set worked out by hand. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/pack-schema';
import { scoreGate, type Headline } from '../../scripts/gate-set';

const pack = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/packs/pak-afghan-security.json'), 'utf8'),
) as Pack;

describe('the gate on labelled headlines', () => {
  it('counts the on-topic articles whose text is read, those named by title or address, and the other pages read', () => {
    const set: Headline[] = [
      {
        title: 'Pakistan strikes militant hideouts near the border',
        url: 'https://news.example/1',
        onTopic: true,
        shape: 'names the topic',
      },
      {
        title: 'Mediators broker a pause on the western front',
        url: 'https://news.example/2',
        onTopic: true,
        shape: 'mediators and front only',
      },
      { title: 'Editorial', url: 'https://news.example/kabul-must-act', onTopic: true, shape: 'slug names it' },
      { title: 'Pakistan win the second Test', url: 'https://news.example/4', onTopic: false, shape: 'near miss: cricket' },
      { title: 'A quick weeknight curry', url: 'https://news.example/5', onTopic: false, shape: 'off topic' },
      { title: 'Pakistan and the Taliban', url: 'file:///saved/6.html', onTopic: true, shape: 'saved file' },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'cp-gate-')), 'headlines.json');
    writeFileSync(file, JSON.stringify(set));
    expect(scoreGate(pack, file)).toEqual({
      onTopic: 4,
      passed: 3,
      recall: 0.75,
      named: 2,
      offTopic: 2,
      offPassed: 2,
      lostByShape: { 'saved file': 1 },
    });
  });

  it('says nothing when the set is not there', () => {
    expect(scoreGate(pack, join(tmpdir(), 'no-such-headlines.json'))).toBeUndefined();
  });
});
