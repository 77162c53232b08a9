import { describe, expect, it } from "vitest";
import { tinyJpeg, tinyPng, tinyWebp } from "../../testing/tinyImages";
import { readImageSize } from "./readImageSize";

describe("readImageSize", () => {
  it("reads PNG, JPEG and WebP (lossless and extended) sizes from their headers", () => {
    expect(readImageSize(tinyPng(3, 2))).toEqual({ type: "image/png", width: 3, height: 2 });
    expect(readImageSize(tinyJpeg(16, 8))).toEqual({ type: "image/jpeg", width: 16, height: 8 });
    expect(readImageSize(tinyWebp(5, 7))).toEqual({ type: "image/webp", width: 5, height: 7 });
    expect(readImageSize(tinyWebp(300, 300, true))).toEqual({ type: "image/webp", width: 300, height: 300 });
  });

  it("finds a JPEG's frame after an APP0 segment and fill bytes", () => {
    const jpeg = tinyJpeg(8, 8);
    const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x07, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff]);
    const withApp0 = Buffer.concat([jpeg.subarray(0, 2), app0, jpeg.subarray(2)]);
    expect(readImageSize(withApp0)).toEqual({ type: "image/jpeg", width: 8, height: 8 });
  });

  it("says null for other bytes and headers cut short", () => {
    expect(readImageSize(Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"))).toBeNull();
    expect(readImageSize(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(readImageSize(tinyPng(4, 4).subarray(0, 20))).toBeNull();
    expect(readImageSize(tinyJpeg(8, 8).subarray(0, 76))).toBeNull();
    expect(readImageSize(Buffer.alloc(0))).toBeNull();
  });
});
