import zlib from "node:zlib";

/**
 * Real, decodable images built byte by byte (no image library): a grey PNG, a grey baseline JPEG
 * (every 8×8 block a flat DC of 0, one Huffman code each), and a lossless WebP whose prefix codes
 * each hold one symbol (so every pixel is opaque black and costs no bits).
 */
const be32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const le32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  return Buffer.concat([be32(data.length), body, be32(zlib.crc32(body))]);
}

/** A greyscale PNG; `padTo` adds a text chunk so the file has about that many bytes. */
export function tinyPng(width: number, height: number, padTo = 0): Buffer {
  const ihdr = Buffer.concat([be32(width), be32(height), Buffer.from([8, 0, 0, 0, 0])]);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter type: none
  const parts = [
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", zlib.deflateSync(rows)),
  ];
  const size = parts.reduce((n, p) => n + p.length, 12);
  if (padTo > size + 12 + 8)
    parts.push(
      pngChunk("tEXt", Buffer.concat([Buffer.from("Comment\0"), Buffer.alloc(padTo - size - 20, 0x61)])),
    );
  parts.push(pngChunk("IEND", Buffer.alloc(0)));
  return Buffer.concat(parts);
}

const segment = (marker: number, data: number[]) =>
  Buffer.from([0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff, ...data]);

/** A grey baseline JPEG; width and height are multiples of 8. */
export function tinyJpeg(width: number, height: number): Buffer {
  const oneCode = (tableClass: number) => [tableClass, 1, ...Array<number>(15).fill(0), 0x00];
  const blocks = (width / 8) * (height / 8);
  // Each block: DC category 0 ("0"), then end of block ("0"); the last byte is padded with ones.
  const bits = "00".repeat(blocks).padEnd(Math.ceil((blocks * 2) / 8) * 8, "1");
  const scan = (bits.match(/.{8}/g) ?? []).map((b) => Number.parseInt(b, 2));
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xdb, [0x00, ...Array<number>(64).fill(1)]),
    segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    segment(0xc4, oneCode(0x00)),
    segment(0xc4, oneCode(0x10)),
    segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    Buffer.from(scan),
    Buffer.from([0xff, 0xd9]),
  ]);
}

function vp8l(width: number, height: number): Buffer {
  const out: number[] = [];
  let acc = 0;
  let used = 0;
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) {
      acc |= ((value >> i) & 1) << used;
      if (++used === 8) {
        out.push(acc);
        acc = 0;
        used = 0;
      }
    }
  };
  write(0x2f, 8);
  write(width - 1, 14);
  write(height - 1, 14);
  write(0, 1); // alpha not used
  write(0, 3); // version
  write(0, 1); // no transform
  write(0, 1); // no colour cache
  write(0, 1); // no meta prefix codes
  for (const symbol of [0, 0, 0, 255, 0]) {
    // a simple prefix code of one symbol: green, red, blue, alpha, distance
    write(1, 1);
    write(0, 1);
    write(symbol > 1 ? 1 : 0, 1);
    write(symbol, symbol > 1 ? 8 : 1);
  }
  if (used) out.push(acc);
  return Buffer.from(out);
}

const riffChunk = (type: string, data: Buffer) =>
  Buffer.concat([Buffer.from(type, "latin1"), le32(data.length), data, Buffer.alloc(data.length % 2)]);

/** A lossless WebP; `extended` wraps it in the VP8X header that carries the canvas size. */
export function tinyWebp(width: number, height: number, extended = false): Buffer {
  const chunks = [riffChunk("VP8L", vp8l(width, height))];
  if (extended) {
    const header = Buffer.alloc(10);
    header.writeUIntLE(width - 1, 4, 3);
    header.writeUIntLE(height - 1, 7, 3);
    chunks.unshift(riffChunk("VP8X", header));
  }
  const body = Buffer.concat([Buffer.from("WEBP"), ...chunks]);
  return Buffer.concat([Buffer.from("RIFF"), le32(body.length), body]);
}

export const dataUrl = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString("base64")}`;
