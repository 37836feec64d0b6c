/** Bundles a benchmark's page script (an entry under `scripts/bench`) with esbuild, into one IIFE for Chromium. */
import { resolve } from 'node:path';
import { build } from 'esbuild';

export async function bundlePageScript(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    platform: 'browser',
    minify: true,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
