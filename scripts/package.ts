/**
 * Packs the built extension (`extension/`) into one zip per store, in `dist/`:
 *
 * - `counterpoint-chrome-<version>.zip`: the manifest without `background.scripts` and
 *   `browser_specific_settings` (Chrome has no use for either and warns about both);
 * - `counterpoint-firefox-<version>.zip`: the manifest without `background.service_worker`
 *   (Firefox ignores it, and `web-ext lint` warns that it does).
 *
 * Every other file is stored as built. The zips are written with Node's zlib (deflate), with
 * sorted entries and a fixed timestamp, so the same build gives the same bytes.
 * `npm run package` (builds first).
 */
import { deflateRawSync, crc32 } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const source = resolve(root, 'extension');
const dist = resolve(root, 'dist');

type Manifest = Record<string, unknown> & {
  version: string;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: unknown;
};

/** The manifest for one store, from the built (two-browser) manifest. */
export function manifestFor(target: 'chrome' | 'firefox', built: Manifest): Manifest {
  const copy = structuredClone(built);
  const background = { ...(copy.background ?? {}) };
  if (target === 'chrome') {
    delete background.scripts;
    delete copy.browser_specific_settings;
  } else {
    delete background.service_worker;
  }
  copy.background = background;
  return copy;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** A zip archive (deflate, no zip64: the extension is a few megabytes). */
export function zip(entries: { name: string; data: Buffer }[]): Buffer {
  // 1980-01-01 00:00 in DOS time: the same bytes for the same files.
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external: a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function main(): void {
  if (!existsSync(join(source, 'manifest.json'))) {
    console.error('extension/ is not built: run `npm run build` (or `npm run package`, which builds first).');
    process.exit(1);
  }
  const built = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8')) as Manifest;
  const files = filesUnder(source)
    .map((full) => ({ full, name: relative(source, full).split(sep).join('/') }))
    .filter((f) => f.name !== 'manifest.json' && !f.name.split('/').some((part) => part.startsWith('.')))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  mkdirSync(dist, { recursive: true });
  for (const target of ['chrome', 'firefox'] as const) {
    const manifest = manifestFor(target, built);
    const entries = [
      { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n') },
      ...files.map((f) => ({ name: f.name, data: readFileSync(f.full) })),
    ];
    const out = join(dist, `counterpoint-${target}-${built.version}.zip`);
    rmSync(out, { force: true });
    const bytes = zip(entries);
    writeFileSync(out, bytes);
    console.log(`wrote ${relative(root, out)} (${entries.length} files, ${(bytes.length / 1024).toFixed(1)} KB)`);
  }
}

main();
