// Draws Lectern's toolbar icons (a page of text lines on a rounded square) as PNGs in assets/icons.
// Run once after changing the design; the PNGs are committed. No image library needed: raw RGBA + zlib.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BACKGROUND = [47, 62, 70, 255];
const INK = [245, 240, 225, 255];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel(x / size, y / size)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(u, v) {
  const radius = 0.2;
  const dx = Math.max(radius - u, 0, u - (1 - radius));
  const dy = Math.max(radius - v, 0, v - (1 - radius));
  if (dx * dx + dy * dy > radius * radius) return [0, 0, 0, 0];
  // Four lines of "text", the last one shorter, like the end of a paragraph.
  const lines = [
    [0.24, 0.2, 0.8],
    [0.41, 0.2, 0.8],
    [0.58, 0.2, 0.8],
    [0.75, 0.2, 0.56],
  ];
  for (const [y, from, to] of lines) if (Math.abs(v - y) < 0.055 && u > from && u < to) return INK;
  return BACKGROUND;
}

mkdirSync('assets/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`assets/icons/icon-${size}.png`, png(size, icon));
console.log('wrote assets/icons/icon-{16,32,48,128}.png');
