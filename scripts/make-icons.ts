/**
 * Draws Counterpoint's toolbar icon (two facing speech marks on a dark tile) as PNGs in
 * public/icons. Run once after changing the design: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const TILE: Rgba = [31, 41, 80, 255];
const LEFT: Rgba = [255, 255, 255, 255];
const RIGHT: Rgba = [245, 166, 35, 255];

/** Colour at a point of the unit square, or null for transparent. */
function paint(x: number, y: number): Rgba | null {
  const r = 0.2; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Two round "bubbles" with tails, facing each other: one statement, one counter-statement.
  const bubble = (bx: number, by: number, tailDir: number) => {
    const inCircle = (x - bx) ** 2 + (y - by) ** 2 < 0.19 ** 2;
    const tx = x - (bx + tailDir * 0.08);
    const ty = y - (by + 0.14);
    const inTail = ty > 0 && ty < 0.14 && Math.abs(tx + tailDir * ty * 0.6) < 0.06 * (1 - ty / 0.14);
    return inCircle || inTail;
  };
  if (bubble(0.34, 0.38, -1)) return LEFT;
  if (bubble(0.66, 0.6, 1)) return RIGHT;
  return TILE;
}

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number): Buffer {
  const ss = 4; // supersampling per axis, for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) acc[i]! += c[i]! * c[3];
          acc[3]! += c[3];
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const a = acc[3]!;
      for (let i = 0; i < 3; i++) raw[o + i] = a ? Math.round(acc[i]! / a) : 0;
      raw[o + 3] = Math.round(a / (ss * ss));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
console.log('icons written to public/icons');
