/**
 * CSV import benchmark: a people file of `--rows` rows (100,000 by default, about 9 MB, six
 * columns, a custom field) uploaded, dry-run and imported by a Parley node in its own process, on
 * SQLite and PostgreSQL. For each phase: the time, rows per second, and the node's peak resident
 * memory (VmRSS sampled every 20 ms), beside two baselines measured in the same run: the idle node,
 * and this process reading the same file whole with csv-parse/sync (what an import that held the
 * file in memory would at least need).
 *
 *   npm run bench:csv-import -- [--rows 100000]
 *
 * PostgreSQL: a database of its own on DATABASE_URL_TEST (or postgres://postgres@127.0.0.1:5432),
 * dropped at the end; skipped, with the reason, when the server cannot be reached.
 */
import os from "node:os";
import { parse } from "csv-parse/sync";
import type { Import, ImportPreview } from "../packages/protocol/src/imports";
import { ApiClient } from "../apps/server/src/testing/apiClient";
import { ADMIN } from "../apps/server/src/testing/testServer";
import { quickSite } from "../apps/server/src/testing/visitorClient";
import { benchDatabase } from "./benchDatabase";
import { type BenchServer, startParley } from "./benchServer";
import { numberArg } from "./numberArg";
import { rssOf } from "./rss";

const ROWS = numberArg("rows", 100_000);
const MB = 1024 * 1024;

function peopleFile(rows: number): string {
  const lines = ["email,first name,last name,phone,job title,seats"];
  for (let i = 1; i <= rows; i += 1)
    lines.push(
      `person${i}@bench${i % 500}.example,First${i},"Last, ${i}",+1 555 ${String(i).padStart(7, "0")},Engineer,${i % 90}`,
    );
  return `${lines.join("\r\n")}\r\n`;
}

/** Runs `work` while sampling the node's resident memory; its time and peak. */
async function measured<T>(
  server: BenchServer,
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; peak: number }> {
  const pid = server.child.pid as number;
  let peak = rssOf(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 20);
  const started = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - started, peak: Math.max(peak, rssOf(pid)) };
  } finally {
    clearInterval(timer);
  }
}

async function runToEnd(
  admin: ApiClient,
  siteId: string,
  id: string,
  mapping: ImportPreview["suggested"],
  dryRun: boolean,
) {
  const started = await admin.post<Import>(`/api/sites/${siteId}/imports/${id}/start`, { mapping, dryRun });
  if (started.status !== 202) throw new Error(`not started: ${JSON.stringify(started.body)}`);
  for (;;) {
    const run = (await admin.get<Import>(`/api/sites/${siteId}/imports/${id}`)).body;
    if (run.status === "done" || run.status === "failed") return run;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function upload(admin: ApiClient, siteId: string, csv: string): Promise<ImportPreview> {
  const res = await fetch(`${admin.baseUrl}/api/sites/${siteId}/imports?entity=people&fileName=bench.csv`, {
    method: "POST",
    headers: {
      "content-type": "text/csv",
      cookie: admin.cookie ?? "",
      "x-csrf-token": admin.csrfToken ?? "",
    },
    body: csv,
  });
  if (res.status !== 201) throw new Error(`upload refused: ${res.status} ${await res.text()}`);
  return (await res.json()) as ImportPreview;
}

const row = (name: string, ms: number | null, peak: number, note = "") =>
  `| ${name} | ${ms === null ? "–" : (ms / 1000).toFixed(2)} | ${ms === null ? "–" : Math.round(ROWS / (ms / 1000)).toLocaleString("en")} | ${(peak / MB).toFixed(0)} | ${note} |`;

async function benchOn(kind: "sqlite" | "postgres", csv: string): Promise<void> {
  const db = await benchDatabase(kind, `csv_${process.pid}`);
  if (typeof db === "string") {
    console.log(`\n### ${kind}: skipped (${db})`);
    return;
  }
  const server = await startParley(db);
  try {
    const admin = new ApiClient(server.url);
    await admin.signIn(ADMIN.email, ADMIN.password);
    const site = await quickSite(admin);
    await admin.post(`/api/sites/${site.id}/fields`, {
      entity: "person",
      key: "seats",
      label: "Seats",
      type: "number",
    });
    const idle = rssOf(server.child.pid as number);
    const up = await measured(server, () => upload(admin, site.id, csv));
    const preview = up.value;
    const dry = await measured(server, () =>
      runToEnd(admin, site.id, preview.import.id, preview.suggested, true),
    );
    const real = await measured(server, () =>
      runToEnd(admin, site.id, preview.import.id, preview.suggested, false),
    );
    for (const [name, run] of [
      ["dry run", dry.value],
      ["import", real.value],
    ] as const)
      if (run.counts.created !== ROWS) throw new Error(`${name}: ${JSON.stringify(run.counts)}`);
    // An export → import of the same people: every row skipped (reads, compares, writes nothing).
    const again = await upload(admin, site.id, csv);
    const skip = await measured(server, () =>
      runToEnd(admin, site.id, again.import.id, again.suggested, false),
    );
    if (skip.value.counts.skipped !== ROWS)
      throw new Error(`re-import: ${JSON.stringify(skip.value.counts)}`);
    console.log(`\n### ${kind}\n`);
    console.log("| phase | seconds | rows/s | node peak RSS (MB) | |");
    console.log("|---|---:|---:|---:|---|");
    console.log(row("baseline: idle node", null, idle));
    console.log(row("upload (stored in 256 KiB chunks, parsed once to check and count)", up.ms, up.peak));
    console.log(
      row("dry run", dry.ms, dry.peak, `${dry.value.counts.created.toLocaleString("en")} to create`),
    );
    console.log(
      row("import", real.ms, real.peak, `${real.value.counts.created.toLocaleString("en")} created`),
    );
    console.log(
      row("same file again", skip.ms, skip.peak, `${skip.value.counts.skipped.toLocaleString("en")} skipped`),
    );
  } finally {
    await server.stop();
    await db.drop();
  }
}

async function main(): Promise<void> {
  const csv = peopleFile(ROWS);
  // Baseline: the same file read whole (the text, then every record as arrays), in this process.
  global.gc?.();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const records = parse(csv) as string[][];
  const parseMs = performance.now() - started;
  const whole = process.memoryUsage().rss - before;
  console.log(
    `## CSV import, ${ROWS.toLocaleString("en")} people (${(Buffer.byteLength(csv) / MB).toFixed(1)} MB)`,
  );
  console.log(
    `\n${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}, ${new Date().toISOString()}`,
  );
  console.log(
    `\nBaseline, parsing only: csv-parse/sync over the whole text in the benchmark's process: ${(parseMs / 1000).toFixed(2)} s, ${records.length.toLocaleString("en")} records, +${(whole / MB).toFixed(0)} MB resident beside the ${(Buffer.byteLength(csv) / MB).toFixed(1)} MB text.`,
  );
  for (const kind of ["sqlite", "postgres"] as const) await benchOn(kind, csv);
}

await main();
