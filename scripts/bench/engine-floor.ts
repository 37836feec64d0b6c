/**
 * Engine cost against the floor, in Chromium: the whole analysis (the content script's article
 * text extraction + `Engine.analyse`) against Readability's `parse()` of the same page alone, on
 * pages of 500, 5,000 and 50,000 article words. Both are bundled into one page script with
 * esbuild and timed inside the page; the extension is not loaded.
 */
import { bundlePageScript } from './bundle';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../chromium';
import type { FixtureServer } from '../fixture-server';
import { articlePage } from './pages';
import { median, round } from './stats';

const PACK = resolve(import.meta.dirname, '../../public/packs/pak-afghan-security.json');

export interface FloorRow {
  words: number;
  chars: number;
  quotes: number;
  runs: number;
  analysisMs: number;
  extractMs: number;
  engineMs: number;
  readabilityMs: number;
  ratio: number;
  engineOnlyRatio: number;
}

export async function measureFloor(
  server: FixtureServer,
  sizes: readonly number[],
  runsFor: (words: number) => number,
): Promise<FloorRow[]> {
  const script = await bundlePageScript('floor-entry.ts');
  const pack = readFileSync(PACK, 'utf8');
  const { context } = await launchWithExtension({ withExtension: false });
  const rows: FloorRow[] = [];
  try {
    for (const words of sizes) {
      const { html, words: actual } = articlePage(words);
      const path = `/bench-floor-${words}/`;
      server.extra.set(path, html);
      const page = await context.newPage();
      await page.goto(server.origin + path, { waitUntil: 'load' });
      await page.addScriptTag({ content: script });
      await page.evaluate((json) => (window as unknown as { __floor: { setPack(j: string): void } }).__floor.setPack(json), pack);
      const runs = runsFor(words);
      type T = { samples: number[]; parts?: { extractMs: number[]; engineMs: number[] }; chars: number; quotes?: number };
      // Alternate the two so drift (other work on the machine) hits both alike.
      const a: T = { samples: [], parts: { extractMs: [], engineMs: [] }, chars: 0 };
      const r: T = { samples: [], chars: 0 };
      for (let i = 0; i < runs; i++) {
        const ai = await page.evaluate(() =>
          (window as unknown as { __floor: { analysis(n: number): Promise<T> } }).__floor.analysis(1),
        );
        const ri = await page.evaluate(() =>
          (window as unknown as { __floor: { readability(n: number): T } }).__floor.readability(1),
        );
        a.samples.push(...ai.samples);
        a.parts!.extractMs.push(...ai.parts!.extractMs);
        a.parts!.engineMs.push(...ai.parts!.engineMs);
        a.chars = ai.chars;
        a.quotes = ai.quotes;
        r.samples.push(...ri.samples);
        r.chars = ri.chars;
      }
      await page.close();
      server.extra.delete(path);
      const analysisMs = median(a.samples);
      const readabilityMs = median(r.samples);
      const engineMs = median(a.parts!.engineMs);
      rows.push({
        words: actual,
        chars: a.chars,
        quotes: a.quotes ?? 0,
        runs,
        analysisMs: round(analysisMs),
        extractMs: round(median(a.parts!.extractMs)),
        engineMs: round(engineMs),
        readabilityMs: round(readabilityMs),
        ratio: round(analysisMs / readabilityMs),
        engineOnlyRatio: round(engineMs / readabilityMs),
      });
    }
  } finally {
    await context.close();
  }
  return rows;
}
