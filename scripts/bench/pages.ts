/**
 * Benchmark pages: seed article 003's news page with its article paragraphs repeated until the
 * article holds a given number of words. The page chrome (menus, comments, aside) is kept, so
 * article extraction has the same work to do as on the real page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SEED_PAGE = resolve(import.meta.dirname, '../../fixtures/pages/seed-003-us-arms/source.html');
const OPEN = 'itemprop="articleBody">';
const CLOSE = '<p class="source-link">';

const words = (html: string): number =>
  html
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

/** The seed page with an article body of at least `target` words (repeating its paragraphs). */
export function articlePage(target: number): { html: string; words: number } {
  const page = readFileSync(SEED_PAGE, 'utf8');
  const start = page.indexOf(OPEN) + OPEN.length;
  const end = page.indexOf(CLOSE, start);
  if (start < OPEN.length || end < 0) throw new Error('seed-003 page layout changed: article body not found');
  const paragraphs = page.slice(start, end).match(/<p>[\s\S]*?<\/p>/g) ?? [];
  if (!paragraphs.length) throw new Error('seed-003 page: no paragraphs');
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < target; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    count += words(p);
  }
  return { html: `${page.slice(0, start)}\n${out.join('\n')}\n${page.slice(end)}`, words: count };
}
