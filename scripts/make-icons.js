#!/usr/bin/env node
/**
 * Draws the add-in's icons (a green tile with three rising score bars and a check) into
 * assets/icon-{16,32,64,80}.png. Pure Node: RGBA pixels → zlib → PNG chunks, so the repo holds
 * no binary it cannot regenerate: `node scripts/make-icons.js`.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const TILE = [0x10, 0x7c, 0x41]; // Excel-like green
const MARK = [0xff, 0xff, 0xff];

/** Coverage of one pixel by a shape, supersampled 4×4 so small icons stay smooth. */
function coverage(x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

function roundedRect(u, v, r) {
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

/** Distance from point to segment, for the check stroke. */
function segDist(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function markShape(u, v) {
  // Three bars rising left to right, in the lower part of the tile.
  const bars = [
    [0.2, 0.32, 0.62],
    [0.42, 0.54, 0.48],
    [0.64, 0.76, 0.34],
  ];
  if (bars.some(([l, r, top]) => u >= l && u <= r && v >= top && v <= 0.82)) return true;
  // A check mark above the bars.
  const w = 0.045;
  return segDist(u, v, 0.16, 0.3, 0.27, 0.4) < w || segDist(u, v, 0.27, 0.4, 0.48, 0.16) < w;
}

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const tile = coverage(x, y, (a, b) => roundedRect(a / size, b / size, 0.18));
      const mark = coverage(x, y, (a, b) => roundedRect(a / size, b / size, 0.18) && markShape(a / size, b / size));
      const o = (y * size + x) * 4;
      const m = tile > 0 ? mark / tile : 0;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round(TILE[c] * (1 - m) + MARK[c] * m);
      px[o + 3] = Math.round(255 * tile);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, draw(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
