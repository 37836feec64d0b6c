/**
 * Writes docs/pack.schema.json from the TypeBox `Pack` in src/core/pack-schema.ts, so the
 * published JSON Schema can never drift from the validator the importer runs.
 *
 * Usage: npx tsx scripts/write-schema.ts [--check]
 * With --check it writes nothing and exits 1 if the file is out of date (for CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Pack } from '../src/core/pack-schema';

const target = fileURLToPath(new URL('../docs/pack.schema.json', import.meta.url));
const schema = { $schema: 'http://json-schema.org/draft-07/schema#', title: 'Counterpoint pack', ...Pack };
const text = JSON.stringify(schema, null, 2) + '\n';

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as out of date.
  }
  if (current !== text) {
    console.error('docs/pack.schema.json is out of date: run `npx tsx scripts/write-schema.ts`.');
    process.exit(1);
  }
  console.log('docs/pack.schema.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`Wrote ${target} (${text.length} characters).`);
}
