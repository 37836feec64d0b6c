/**
 * The cheap check that the background runs in the page's own world (`checkPageText`) must agree
 * with the content script's (`compileQuickCheck`): it is written out again because it has to be
 * self-contained, so this holds the two together on every labelled page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it } from 'vitest';
import { compileQuickCheck, quickCheckData } from '../../src/core/topic';
import { CHECK_LIMITS, checkPageText, packTopics } from '../../src/background/page-check';
import type { Pack } from '../../src/core/pack-schema';

const ROOT = resolve(import.meta.dirname, '../..');
const pack = JSON.parse(readFileSync(join(ROOT, 'public/packs/pak-afghan-security.json'), 'utf8')) as Pack;
const data = [quickCheckData(pack.topic)];
const scope = globalThis as { document?: unknown };

afterEach(() => {
  delete scope.document;
});

/** Runs the in-page check on a document, without waiting for late content. */
function checkNow(document: Document): boolean | null | 'waits' {
  scope.document = document;
  const result = checkPageText(packTopics(data), CHECK_LIMITS);
  if (result instanceof Promise) {
    void result.catch(() => undefined);
    return 'waits';
  }
  return result;
}

describe('the cheap check in the page', () => {
  it('passes exactly the labelled pages the content script passes, and waits on the others', () => {
    let passed = 0;
    for (const slug of readdirSync(join(ROOT, 'fixtures/pages'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const { document } = parseHTML(readFileSync(join(ROOT, 'fixtures/pages', slug.name, 'source.html'), 'utf8'));
      const expected = compileQuickCheck(data[0]!)(`${document.title}\n${document.body?.textContent ?? ''}`);
      const got = checkNow(document as unknown as Document);
      expect(got, slug.name).toBe(expected ? true : 'waits');
      if (expected) passed++;
    }
    expect(passed).toBeGreaterThanOrEqual(12);
  });

  it('cannot tell when the page has broken what it needs, and says so', () => {
    const { document } = parseHTML('<title>Pakistan</title><p>Cricket.</p>');
    Object.defineProperty(document, 'body', {
      get() {
        throw new Error('sabotaged');
      },
    });
    expect(checkNow(document as unknown as Document)).toBeNull();
  });

  it('packs the words into one string, lower-cased, and a topic without quick words passes every page', () => {
    expect(packTopics([{ words: ['Kabul', 'a|b'], groups: [['TTP'], []] }])).toBe('kabul|a b\nttp\n');
    const { document } = parseHTML('<title>Football</title><p>Goals.</p>');
    scope.document = document;
    expect(checkPageText(packTopics([{ words: [], groups: [] }]), CHECK_LIMITS)).toBe(true);
  });
});
