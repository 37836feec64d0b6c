/**
 * Bundled by esbuild into a page script for the engine-vs-Readability benchmark: the extension's
 * article text extraction plus the engine, and Readability's parse of the same page, each timed
 * in the page with performance.now().
 */
import { Readability } from '@mozilla/readability';
import { Engine } from '../../src/core/engine';
import type { Pack } from '../../src/core/pack-schema';
import { collectText, findArticleRoot } from '../../src/content/page-text';

interface Timing {
  samples: number[];
  parts?: { extractMs: number[]; engineMs: number[] };
  chars: number;
  quotes?: number;
}

let engine: Engine | undefined;

async function analysis(runs: number): Promise<Timing> {
  if (!engine) throw new Error('call setPack first');
  const samples: number[] = [];
  const extractMs: number[] = [];
  const engineMs: number[] = [];
  let chars = 0;
  let quotes = 0;
  for (let i = -2; i < runs; i++) {
    const t0 = performance.now();
    // As the content script does it: pick the article root, walk its text (no yielding here:
    // the sum is what matters), then the engine (which the extension runs in the background).
    const collected = await collectText(findArticleRoot(document));
    const t1 = performance.now();
    const result = engine.analyse(collected.text);
    const t2 = performance.now();
    if (i < 0) continue; // warm-up
    samples.push(t2 - t0);
    extractMs.push(t1 - t0);
    engineMs.push(t2 - t1);
    chars = collected.text.length;
    quotes = result.quotes.length;
  }
  return { samples, parts: { extractMs, engineMs }, chars, quotes };
}

function readability(runs: number): Timing {
  const samples: number[] = [];
  let chars = 0;
  for (let i = -2; i < runs; i++) {
    const t0 = performance.now();
    // parse() mutates the document it is given: it must have a copy, so the copy is part of it.
    const article = new Readability(document.cloneNode(true) as Document).parse();
    const t1 = performance.now();
    if (i < 0) continue;
    samples.push(t1 - t0);
    chars = article?.textContent?.length ?? 0;
  }
  return { samples, chars };
}

(globalThis as unknown as { __floor: unknown }).__floor = {
  setPack(json: string) {
    engine = new Engine(JSON.parse(json) as Pack);
  },
  analysis,
  readability,
};
