import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";

// product.md §14: the loader on every page ≤ 3 KB gzip; everything a visitor downloads to open the chat
// and run a dialogue (JS + CSS, fonts excluded) ≤ 25 KB gzip. Measured on the production (minified) build.
const KB = 1024;
const LOADER_BUDGET = 3 * KB;
const TOTAL_BUDGET = 25 * KB;

const WIDGET = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = path.join(WIDGET, "dist");

interface Sizes {
  loader: string;
  app: string;
  shared: string[];
  languages: string[];
}

const newest = (file: string): number => {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(file)
    .reduce((max, entry) => Math.max(max, newest(path.join(file, entry))), stat.mtimeMs);
};
const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;

describe("widget weight (production build)", () => {
  let built: Sizes;

  beforeAll(() => {
    const manifest = path.join(DIST, "sizes.json");
    const stale =
      !fs.existsSync(manifest) ||
      Math.max(newest(path.join(WIDGET, "src")), newest(path.join(WIDGET, "build.mjs"))) > newest(manifest);
    if (stale) {
      const result = spawnSync(process.execPath, ["build.mjs"], { cwd: WIDGET, encoding: "utf8" });
      if (result.status !== 0) throw new Error(`widget build failed:\n${result.stdout}\n${result.stderr}`);
    }
    built = JSON.parse(fs.readFileSync(manifest, "utf8")) as Sizes;
  }, 60_000);

  it(`the loader is at most ${LOADER_BUDGET} bytes gzip`, () => {
    const loader = gzip(built.loader);
    console.log(`loader ${loader} B gzip (budget ${LOADER_BUDGET})`);
    expect(loader).toBeLessThanOrEqual(LOADER_BUDGET);
  });

  it(`loader + app + shared chunks + the largest language is at most ${TOTAL_BUDGET} bytes gzip`, () => {
    const languages = built.languages.map(gzip);
    expect(languages).toHaveLength(9);
    const total =
      gzip(built.loader) +
      gzip(built.app) +
      built.shared.map(gzip).reduce((a, b) => a + b, 0) +
      Math.max(...languages);
    console.log(`loader + app (CSS inlined) + largest language: ${total} B gzip (budget ${TOTAL_BUDGET})`);
    expect(total).toBeLessThanOrEqual(TOTAL_BUDGET);
  });

  it("is minified, and carries no validation library (the widget imports only types from the protocol)", () => {
    for (const file of [built.loader, built.app]) {
      const code = fs.readFileSync(path.join(DIST, file), "utf8");
      expect(code.split("\n").length, file).toBeLessThan(5);
      expect(code, file).not.toMatch(/ZodError|safeParse/);
      expect(code, file).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
    }
  });

  it("ships the API types", () => {
    expect(fs.readFileSync(path.join(DIST, "parley.d.ts"), "utf8")).toContain("interface ParleyApi");
  });
});
