/** The seed articles as article text: one paragraph a line in the file, a blank line between paragraphs here. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));

/** The seed whose file name starts with `prefix` ("003"), paragraphs joined with "\n\n". */
export function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(SEEDS + file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n\n');
}
