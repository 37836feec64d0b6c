/**
 * One build, three bundles, because MV3 has three kinds of script:
 * - `pages` (default mode): the sidebar, options, welcome, claim and actor pages, Preact, ES modules;
 * - `background`: one self-contained file, loaded as a Chrome service worker and as a
 *   Firefox event-page script from the same manifest, so it may not import chunks;
 * - `content`: the content script's tiny first stage, a classic script (content scripts cannot
 *   be ES modules);
 * - `reader`: its second stage, an ES module the first stage imports on on-topic pages.
 * `scripts/build.ts` runs the three in turn and writes the manifest.
 */
import { defineConfig, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const outDir = resolve(root, 'extension');

/** A single-file bundle of one entry: a classic script (`iife`) or an ES module (`es`). */
function singleFile(entry: string, name: string, format: 'iife' | 'es' = 'iife'): UserConfig {
  return {
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: resolve(root, entry), formats: [format], name, fileName: () => `${name}.js` },
      // Library builds leave ES output unminified by default; this one ships as it is.
      rollupOptions: { output: { extend: true, minify: true } },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'background') return singleFile('src/background/main.ts', 'background');
  if (mode === 'content') return singleFile('src/content/main.ts', 'content');
  if (mode === 'reader') return singleFile('src/content/reader.ts', 'content-main', 'es');
  return {
    root: resolve(root, 'src/pages'),
    base: '',
    publicDir: resolve(root, 'public'),
    plugins: [preact()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      rollupOptions: {
        input: {
          sidebar: resolve(root, 'src/pages/sidebar.html'),
          options: resolve(root, 'src/pages/options.html'),
          welcome: resolve(root, 'src/pages/welcome.html'),
          claim: resolve(root, 'src/pages/claim.html'),
          actor: resolve(root, 'src/pages/actor.html'),
        },
      },
    },
  };
});
