// Renders the add-in's icon at every size the manifest and AppSource need, from one vector
// description, so the sizes never drift apart. Run `node scripts/render-icons.mjs` after changing it;
// the PNGs in assets/ are committed so that builds need no image tooling.
//
// The design: a scorecard tile — three rows, each a RAG status dot and a bar — the product in one glance.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const SIZES = [16, 32, 64, 80, 128];
const TILE = [0x11, 0x5e, 0x67]; // deep teal
const BAR = [0xff, 0xff, 0xff];
const DOTS = [
  [0x10, 0x7c, 0x10], // green
  [0xff, 0xb9, 0x00], // amber
  [0xd1, 0x34, 0x38], // red
];
const BAR_LENGTHS = [0.44, 0.34, 0.24];

/** Coverage of the shape at a point in the unit square, as [r, g, b, a] or null. */
function shade(x, y) {
  const radius = 0.18;
  const inset = 0.02;
  if (!insideRoundedRect(x, y, inset, inset, 1 - inset, 1 - inset, radius)) return null;
  for (let row = 0; row < 3; row++) {
    const cy = 0.27 + row * 0.23;
    const dot = DOTS[row];
    if ((x - 0.27) ** 2 + (y - cy) ** 2 <= 0.085 ** 2) return dot;
    if (insideRoundedRect(x, y, 0.41, cy - 0.05, 0.41 + BAR_LENGTHS[row], cy + 0.05, 0.05))
      return BAR;
  }
  return TILE;
}

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function render(size) {
  const samples = 4; // 4×4 supersampling for smooth edges at 16 px
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size
          );
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function encodePng(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const assets = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "assets");
for (const size of SIZES) {
  writeFileSync(path.join(assets, `icon-${size}.png`), render(size));
}
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to assets/`);
