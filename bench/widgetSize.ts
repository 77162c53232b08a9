/**
 * Widget weight next to its peers: builds the widget (production), prints the loader and what a
 * visitor downloads to run a dialogue (raw and gzip), the peers' published figures (product.md §14),
 * and the gzip size of peers' npm packages' main bundles, fetched now with `npm pack` into a
 * temporary directory (deleted after; never committed). A package that cannot be fetched gets a
 * line that says so, and the rest goes on.
 *
 *   npx tsx bench/widgetSize.ts
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WIDGET = path.join(ROOT, "apps/widget");
const KB = 1024;

/** product.md §14, as published by each vendor or measured by the project at the time of writing. */
const PUBLISHED: [string, string][] = [
  ["Crisp (lightest commercial widget)", "≈ 130 KB"],
  ["Intercom Messenger", "300–500 KB"],
  ["Typebot embed", "≈ 196 KB"],
  ["Rocket.Chat Livechat, at start", "≈ 69 KB"],
];
/**
 * What a site's visitors download from each peer package at start: its browser entry and what that
 * loads right away. `files` gets the unpacked package directory.
 */
const PEERS: { name: string; files(dir: string): string[]; note: string }[] = [
  {
    name: "@typebot.io/js",
    files: () => ["dist/web.js"],
    note: "the embed script sites load (Typebot's snippet imports dist/web.js)",
  },
  {
    name: "@rocket.chat/livechat",
    files: (dir) => [
      "build/rocketchat-livechat.min.js",
      ...[
        ...fs
          .readFileSync(path.join(dir, "build/index.html"), "utf8")
          .matchAll(/(?:src|href)="livechat\/([^"]+\.(?:js|css))"/g),
      ].map((m) => `build/${m[1]}`),
    ],
    note: "host-page loader + the scripts and CSS its iframe's index.html loads at start",
  },
  {
    name: "@papercups-io/chat-widget",
    files: (dir) => [path.relative(dir, mainBundle(dir) ?? path.join(dir, "index.js"))],
    note: "React component only (React itself and the chat iframe served by Papercups not counted)",
  },
];

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const gzip = (data: Buffer) => zlib.gzipSync(data, { level: 9 }).length;
const row = (name: string, raw: string, gz: string) =>
  console.log(`${name.padEnd(52)} ${raw.padStart(11)} ${gz.padStart(11)}`);

function measureWidget() {
  const build = spawnSync(process.execPath, ["build.mjs"], { cwd: WIDGET, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`widget build failed:\n${build.stdout}\n${build.stderr}`);
  const dist = path.join(WIDGET, "dist");
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, "sizes.json"), "utf8")) as {
    loader: string;
    app: string;
    shared: string[];
    languages: string[];
  };
  const size = (file: string) => {
    const data = fs.readFileSync(path.join(dist, file));
    return { raw: data.length, gzip: gzip(data) };
  };
  const loader = size(manifest.loader);
  const app = [manifest.app, ...manifest.shared]
    .map(size)
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }));
  const language = manifest.languages.map(size).sort((a, b) => b.gzip - a.gzip)[0] ?? { raw: 0, gzip: 0 };
  return {
    loader,
    app,
    language,
    total: { raw: loader.raw + app.raw + language.raw, gzip: loader.gzip + app.gzip + language.gzip },
  };
}

/** The file a browser would load from the package: unpkg/jsdelivr/browser field, then module/main/exports. */
function mainBundle(dir: string): string | null {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as Record<string, unknown>;
  const exported = (pkg.exports as Record<string, unknown> | undefined)?.["."];
  const fromExports =
    typeof exported === "string"
      ? exported
      : ((exported as Record<string, unknown> | undefined)?.import ??
        (exported as Record<string, unknown> | undefined)?.default);
  for (const candidate of [
    pkg.unpkg,
    pkg.jsdelivr,
    typeof pkg.browser === "string" ? pkg.browser : undefined,
    pkg.module,
    pkg.main,
    fromExports,
    "index.js",
  ]) {
    if (typeof candidate !== "string") continue;
    const file = path.join(dir, candidate);
    for (const tryFile of [file, `${file}.js`, path.join(file, "index.js")])
      if (fs.existsSync(tryFile) && fs.statSync(tryFile).isFile()) return tryFile;
  }
  return null;
}

function measurePeer(peer: (typeof PEERS)[number], tmp: string): string {
  const pack = spawnSync("npm", ["pack", peer.name, "--json", "--silent", "--pack-destination", tmp], {
    cwd: tmp,
    encoding: "utf8",
    timeout: 180_000,
  });
  if (pack.status !== 0)
    return `npm pack failed: ${(pack.stderr || pack.error?.message || `exit ${pack.status}`).trim().split("\n")[0]}`;
  const [info] = JSON.parse(pack.stdout) as { filename: string; version: string }[];
  if (!info) return "npm pack returned nothing";
  const dir = fs.mkdtempSync(path.join(tmp, "pkg-"));
  const tarball = path.join(tmp, info.filename.replace(/^@/, "").replace("/", "-"));
  const untar = spawnSync("tar", ["-xzf", tarball, "-C", dir], { encoding: "utf8" });
  if (untar.status !== 0) return `could not unpack ${info.filename}: ${untar.stderr.trim()}`;
  const root = path.join(dir, "package");
  let files: string[];
  try {
    files = peer.files(root).filter((file) => fs.existsSync(path.join(root, file)));
  } catch (error) {
    return `${info.version}: ${(error as Error).message}`;
  }
  if (!files.length) return `${info.version}: its browser bundle was not found in the package`;
  const data = files.map((file) => fs.readFileSync(path.join(root, file)));
  const raw = data.reduce((sum, d) => sum + d.length, 0);
  const gz = data.reduce((sum, d) => sum + gzip(d), 0);
  row(`${peer.name}@${info.version}`, kb(raw), kb(gz));
  console.log(`  ${files.length === 1 ? files[0] : `${files.length} files`}: ${peer.note}`);
  return "";
}

const widget = measureWidget();
console.log(`\nParley widget (production build, gzip -9)\n`);
row("", "raw", "gzip");
row("loader (widget.js, on every page)", kb(widget.loader.raw), kb(widget.loader.gzip));
row("app chunk (JS + CSS, lazily loaded)", kb(widget.app.raw), kb(widget.app.gzip));
row("largest language chunk", kb(widget.language.raw), kb(widget.language.gzip));
row("everything to open the chat and run a dialogue", kb(widget.total.raw), kb(widget.total.gzip));
console.log(`\nBudgets (product.md §14): loader ≤ 3 KB gzip, everything ≤ 25 KB gzip.`);

console.log(`\nPeers, published figures (product.md §14)\n`);
for (const [name, figure] of PUBLISHED) row(name, "", figure);

console.log(`\nPeers' npm packages, main bundle, measured now\n`);
row("", "raw", "gzip");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "parley-peers-"));
try {
  for (const peer of PEERS) {
    const problem = measurePeer(peer, tmp);
    if (!problem) continue;
    row(peer.name, "—", "—");
    console.log(`  ${problem}`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
const ratio = (130 * KB) / widget.total.gzip;
console.log(`\nThe whole Parley widget is ${ratio.toFixed(1)}× lighter than Crisp's ≈ 130 KB.`);
