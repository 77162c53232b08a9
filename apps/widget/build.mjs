// Production build of the widget (esbuild): dist/widget.js (the loader, an IIFE), dist/app-[hash].js
// (the lazily loaded app, an ES module with its CSS inlined), dist/manage-[hash].js and .css (the
// visitor's reschedule/cancel page, a page of its own), dist/preview-[hash].js (the branding preview) and dist/parley.d.ts (the public API).
// Also writes .gz/.br siblings of each script (for servers that serve precompressed files) and
// dist/sizes.json. Usage: node build.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import * as esbuild from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const finalDist = path.join(here, "dist");
// Build beside dist, then move each file in (a rename is atomic): a server (or a test) reading dist
// meanwhile never sees a half-written or missing file.
const dist = path.join(finalDist, `.build-${process.pid}`);
// ES2019 syntax (browsers from 2019 on); dynamic import() is in every browser that has Shadow DOM v1.
const target = ["es2019"];

/** Imports of .css files become minified CSS text (the app adopts it into its shadow roots). */
const cssText = {
  name: "css-text",
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, "utf8");
      const { code } = await esbuild.transform(source, { loader: "css", minify: true, target });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: "js" };
    });
  },
};

const common = {
  bundle: true,
  minify: true,
  target,
  supported: { "dynamic-import": true },
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
};

fs.mkdirSync(dist, { recursive: true });

// The app and, split off by its dynamic imports, one small chunk per language (see loadMessages.ts).
const app = await esbuild.build({
  ...common,
  entryPoints: { app: path.join(here, "src/app/main.ts") },
  format: "esm",
  splitting: true,
  outdir: dist,
  entryNames: "[name]-[hash]",
  chunkNames: "[name]-[hash]",
  metafile: true,
  plugins: [cssText],
});
const outputs = Object.entries(app.metafile.outputs).map(([file, meta]) => ({
  file: path.basename(file),
  meta,
}));
const appFile = outputs.find((o) => o.meta.entryPoint?.endsWith("src/app/main.ts")).file;
/** Language chunks: the dynamic imports of src/app/i18n/<language>.ts (English is in the app). */
const languageFiles = outputs
  .filter((o) => /src\/app\/i18n\/\w+\.ts$/.test(o.meta.entryPoint ?? ""))
  .map((o) => o.file);
const otherChunks = outputs
  .filter((o) => o.file !== appFile && !languageFiles.includes(o.file))
  .map((o) => o.file);

await esbuild.build({
  ...common,
  entryPoints: [path.join(here, "src/loader/main.ts")],
  format: "iife",
  outfile: path.join(dist, "widget.js"),
  define: { __PARLEY_APP__: JSON.stringify(appFile) },
});

// The manage page (/meetings/manage): its own script and stylesheet, never part of what a visitor of
// a customer's site downloads (apps/server/src/api/widget/manageMeetingPage.ts serves its HTML).
const manage = await esbuild.build({
  ...common,
  entryPoints: {
    manage: path.join(here, "src/manage/main.ts"),
    "manage-style": path.join(here, "src/manage/manage.css"),
  },
  format: "iife",
  outdir: dist,
  entryNames: "[name]-[hash]",
  metafile: true,
});
const manageFile = (ext) =>
  Object.keys(manage.metafile.outputs)
    .map((file) => path.basename(file))
    .find((file) => file.endsWith(ext));
const manageFiles = { script: manageFile(".js"), style: manageFile(".css") };

// The branding preview page (/widget/preview/:siteId, apps/server/src/api/widget/widgetPreviewPage.ts):
// its script plays the server for the real loader and app above; never loaded on a customer's site.
const preview = await esbuild.build({
  ...common,
  entryPoints: { preview: path.join(here, "src/preview/main.ts") },
  format: "iife",
  outdir: dist,
  entryNames: "[name]-[hash]",
  metafile: true,
});
const previewFile = path.basename(Object.keys(preview.metafile.outputs).find((f) => f.endsWith(".js")));

fs.copyFileSync(path.join(here, "src/parley.d.ts"), path.join(dist, "parley.d.ts"));

const sizes = {};
for (const { file } of [{ file: "widget.js" }, ...outputs, { file: manageFiles.script }]) {
  const bytes = fs.readFileSync(path.join(dist, file));
  const gzip = zlib.gzipSync(bytes, { level: 9 });
  const brotli = zlib.brotliCompressSync(bytes);
  fs.writeFileSync(path.join(dist, `${file}.gz`), gzip);
  fs.writeFileSync(path.join(dist, `${file}.br`), brotli);
  sizes[file] = { raw: bytes.length, gzip: gzip.length, brotli: brotli.length };
}
fs.writeFileSync(
  path.join(dist, "sizes.json.tmp"),
  `${JSON.stringify({ loader: "widget.js", app: appFile, shared: otherChunks, languages: languageFiles, manage: manageFiles, preview: previewFile, sizes }, null, 2)}\n`,
);
for (const [file, s] of Object.entries(sizes))
  console.log(
    `${file.padEnd(24)} ${String(s.raw).padStart(7)} B  gzip ${String(s.gzip).padStart(6)} B  br ${s.brotli} B`,
  );

// Move the new files in (sizes.json last: it marks the build complete), then drop older builds' files.
const built = fs.readdirSync(dist);
for (const file of built)
  if (file !== "sizes.json.tmp") fs.renameSync(path.join(dist, file), path.join(finalDist, file));
fs.renameSync(path.join(dist, "sizes.json.tmp"), path.join(finalDist, "sizes.json"));
fs.rmSync(dist, { recursive: true, force: true });
const keep = new Set([...built, "sizes.json"]);
for (const file of fs.readdirSync(finalDist))
  if (!keep.has(file) && !file.startsWith(".build-")) fs.rmSync(path.join(finalDist, file), { force: true });
