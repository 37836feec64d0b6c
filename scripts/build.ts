/**
 * Builds the complete unpacked extension into `extension/`: the pages, the background, the
 * content script, and the manifest with the package version. `npm run build`.
 */
import { build } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const configFile = resolve(root, 'vite.config.ts');

for (const mode of ['pages', 'background', 'content', 'reader']) {
  await build({ configFile, mode, logLevel: 'warn' });
}

const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as { version: string };
manifest.version = pkg.version;
writeFileSync(resolve(root, 'extension/manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`built extension/ (version ${pkg.version})`);
