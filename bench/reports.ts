/**
 * Reports benchmark: the overview and one dialogue's report over 1,000,000 events, on SQLite and
 * PostgreSQL, each beside a baseline measured in the same run: the same report counted from the raw
 * events only (roll-ups ignored), which is what every report would cost without them.
 *
 *   npx tsx bench/reports.ts [--events 1000000] [--runs 15] [--baseline-runs 3] [--agent-rows 100000]
 *     [--first-runs 1] [--steady-runs 3] [--rollup-only]
 *
 * First the roll-up itself (bench/rollupBench.ts), each event written once beside the baseline
 * that wrote it twice (claimed, then marked), alternating: the first roll-up of every finished day
 * (`--first-runs` times each way), then one day's (`--steady-runs` times each way);
 * `--rollup-only` stops there.
 *
 * Then the meetings and the live-chat reports (the last 30 days) over 100,000 meetings and 100,000
 * live chats spread over a year: first without their indexes meetings (site_id, created_at) and
 * live_chats (site_id, requested_at) (dropped: the baseline, as before migration 0022), then with
 * them.
 *
 * Events are written straight into the database in set-based SQL (30 site-local days ending today,
 * 20 dialogues of which 5 flows, each shown on 4 of 50 pages, two versions each, 40 % of the events
 * by known visitors, A/B branches on the measured dialogue), then rolled up as
 * the recurring job does (ensureRolledUp: every finished day; today stays raw). The reports are
 * built in-process by buildReport, the function behind the HTTP route (no HTTP, no JSON encoding).
 * PostgreSQL: a database of its own on DATABASE_URL_TEST (or postgres://postgres@127.0.0.1:5432),
 * dropped at the end; skipped, with the reason, when the server cannot be reached.
 */
import os from "node:os";
import { type Kysely, sql } from "kysely";
import { buildReport } from "../apps/server/src/domain/reports/buildReport";
import { frozenClock, setClock } from "../apps/server/src/lib/clock";
import { openStore } from "../apps/server/src/store/db";
import { migrateToLatest } from "../apps/server/src/store/migrate";
import type { Database } from "../apps/server/src/store/schema";
import { seedAgentReports } from "./agentReportsSeed";
import { benchDatabase } from "./benchDatabase";
import { numberArg } from "./numberArg";
import { percentile } from "./percentile";
import { benchRollUp } from "./rollupBench";

const EVENTS = numberArg("events", 1_000_000);
const RUNS = numberArg("runs", 15);
/** The raw-events baseline takes seconds a run at 1M events: fewer runs of it. */
const BASELINE_RUNS = numberArg("baseline-runs", 3);
/** Meetings, and live chats, for the meetings and live-chat reports (over a year). */
const AGENT_ROWS = numberArg("agent-rows", 100_000);
/** Times the one-day roll-up is measured each way. */
const STEADY_RUNS = numberArg("steady-runs", 3);
/** Times the first roll-up (of every finished day) is measured each way. */
const FIRST_RUNS = numberArg("first-runs", 1);
const ROLLUP_ONLY = process.argv.includes("--rollup-only");
const ZONE = "Europe/Berlin";
const NOW = Date.parse("2026-11-30T15:00:00.000Z");
const DAYS = 30;
const START = NOW - DAYS * 86_400_000 + 9 * 3_600_000;
const SITE = "bench-site";
const DIALOGUES = 20;

const STREAM = {
  schemaVersion: 1,
  startCardId: "s",
  cards: [
    {
      id: "s",
      type: "split",
      name: "Opener",
      branches: [
        { id: "a", name: "A", weight: 1, next: "qa" },
        { id: "b", name: "B", weight: 1, next: "qb" },
      ],
    },
    {
      id: "qa",
      type: "question",
      text: "A?",
      answers: [{ id: "y", label: "Yes", value: "y" }],
      next: "email",
    },
    {
      id: "qb",
      type: "question",
      text: "B?",
      answers: [{ id: "y", label: "Yes", value: "y" }],
      next: "email",
    },
    { id: "email", type: "capture", text: "Email?", kind: "email", field: "person.email", next: "goal" },
    { id: "goal", type: "goal", goal: "Lead", next: "thanks" },
    { id: "thanks", type: "message", text: "Thanks" },
  ],
};

// Per 20 events: 5 triggered, 3 engaged, 2 completed, 1 email, 1 goal, 1 meeting, 5 card visits, 1 drop, 1 split.
const TYPES = [
  ...Array(5).fill("triggered"),
  ...Array(3).fill("engaged"),
  "completed",
  "completed",
  "email_given",
  "goal_reached",
  "meeting_scheduled",
  ...Array(5).fill("card_visited"),
  "dropped",
  "split_assigned",
] as string[];
const CARDS = ["s", "qa", "qb", "email", "goal", "thanks"];

async function seed(db: Kysely<Database>, kind: "sqlite" | "postgres"): Promise<void> {
  const iso = new Date(NOW).toISOString();
  await db
    .insertInto("sites")
    .values({
      id: SITE,
      name: "Bench",
      site_key: "bench",
      allowed_domains: "[]",
      branding: "{}",
      chat_enabled: 1,
      blocked_email_domains: "[]",
      privacy_url: null,
      language: "auto",
      restart_after_days: null,
      is_demo: 0,
      identity_secret: null,
      livechat_settings: "{}",
      meeting_settings: "{}",
      time_zone: ZONE,
      created_at: iso,
      updated_at: iso,
    })
    .execute();
  for (let d = 0; d < DIALOGUES; d++) {
    await db
      .insertInto("dialogues")
      .values({
        id: `d${d}`,
        site_id: SITE,
        kind: d >= 15 ? "flow" : "dialogue",
        name: `Dialogue ${d}`,
        description: "",
        status: "published",
        priority: d,
        schedule_start: null,
        schedule_end: null,
        targeting: "{}",
        flow_settings: "{}",
        draft: JSON.stringify(STREAM),
        draft_revision: 1,
        published_version: 2,
        created_at: iso,
        updated_at: iso,
        updated_by: null,
      })
      .execute();
    for (const version of [1, 2])
      await db
        .insertInto("dialogue_versions")
        .values({
          dialogue_id: `d${d}`,
          version,
          stream: JSON.stringify(STREAM),
          published_by: null,
          published_at: iso,
        })
        .execute();
  }
  // Events arrive in time order (an append-only log): n spread evenly over the 30 days.
  const spanMs = NOW - START;
  const series =
    kind === "sqlite"
      ? `(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${EVENTS}) SELECT n FROM s)`
      : `(SELECT generate_series(1, ${EVENTS}) AS n)`;
  const atMs = `(${START} + CAST(n AS BIGINT) * ${Math.floor(spanMs / EVENTS)})`;
  const isoOf =
    kind === "sqlite"
      ? `strftime('%Y-%m-%dT%H:%M:%fZ', ${atMs} / 1000.0, 'unixepoch')`
      : `to_char(to_timestamp(${atMs} / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const pick = (list: string[], n: string) =>
    `CASE ${n} ${list.map((v, i) => `WHEN ${i} THEN '${v}'`).join(" ")} END`;
  const cat = (a: string, b: string) => `(${a} || ${b})`;
  const text = (n: string) => (kind === "sqlite" ? `CAST(${n} AS TEXT)` : `(${n})::text`);
  const dialogue = `((n / 7) % ${DIALOGUES})`;
  const type = pick(TYPES, `(n % 20)`);
  await sql
    .raw(
      `INSERT INTO events (id, site_id, type, dialogue_id, version, conversation_id, visitor_id, person_id,
        card_id, data, at, kind, delivery, branch, known, page, at_ms)
      SELECT ${cat("'e'", text("n"))}, '${SITE}', ${type}, ${cat("'d'", text(dialogue))}, 1 + (n / 3) % 2,
        ${cat("'c'", text("n / 10"))}, ${cat("'v'", text("n / 10"))},
        CASE WHEN n % 5 < 2 THEN ${cat("'p'", text("n / 10"))} ELSE NULL END,
        CASE WHEN n % 20 >= 13 THEN ${pick(CARDS, "(n % 6)")} ELSE NULL END, '{}', ${isoOf},
        CASE WHEN ${dialogue} >= 15 THEN 'flow' ELSE 'dialogue' END,
        ${pick(["popup", "inline", "chat"], "(n % 3)")},
        CASE WHEN ${dialogue} = 0 THEN ${pick(["s:a", "s:b"], "((n / 11) % 2)")} ELSE NULL END,
        CASE WHEN n % 5 < 2 THEN 1 ELSE 0 END, ${cat("'/page-'", text(`(${dialogue} * 5 + (n / 13) % 4) % 50`))}, ${atMs}
      FROM ${series} AS series`,
    )
    .execute(db);
  if (kind === "postgres") await sql`ANALYZE`.execute(db);
  // A running node checkpoints its WAL continually; start from that steady state.
  else await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
}

interface Timing {
  p50: number;
  p95: number;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<Timing> {
  await work(); // warm-up (statement caches, parsed streams)
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

const fmt = (t: Timing) => `p50 ${t.p50.toFixed(1).padStart(7)} ms  p95 ${t.p95.toFixed(1).padStart(7)} ms`;

async function run(kind: "sqlite" | "postgres"): Promise<void> {
  const database = await benchDatabase(kind, `reports_${process.pid}`);
  if (typeof database === "string") {
    console.log(`${kind}: skipped (${database})`);
    return;
  }
  const store = openStore(database.config);
  try {
    await migrateToLatest(store.db);
    const started = performance.now();
    await seed(store.db, kind);
    const seededMs = performance.now() - started;
    console.log(`${kind}: ${EVENTS.toLocaleString("en")} events seeded in ${(seededMs / 1000).toFixed(1)} s`);
    await benchRollUp(
      { db: store.db, kind, siteId: SITE, zone: ZONE, nowMs: NOW },
      { first: FIRST_RUNS, steady: STEADY_RUNS },
    );
    if (kind === "postgres") await sql`ANALYZE`.execute(store.db);
    const rollups = await store.db
      .selectFrom("report_rollups")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const pageRollups = await store.db
      .selectFrom("report_page_rollups")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    console.log(
      `${kind}: rolled up into ${Number(rollups.n).toLocaleString("en")} + ${Number(pageRollups.n).toLocaleString("en")} (pages) rows`,
    );
    if (ROLLUP_ONLY) return;
    const reports = [
      { name: "overview", report: "overview" as const, query: { visitors: "all" as const } },
      {
        name: "dialogue (d0)",
        report: "dialogue" as const,
        query: { visitors: "all" as const, dialogueId: "d0" },
      },
      { name: "dialogues", report: "dialogues" as const, query: { visitors: "all" as const } },
    ];
    for (const r of reports) {
      const withRollups = await time(RUNS, () => buildReport(store.db, SITE, r.report, r.query, NOW));
      const raw = await time(BASELINE_RUNS, () =>
        buildReport(store.db, SITE, r.report, r.query, NOW, { rawOnly: true }),
      );
      console.log(
        `${kind.padEnd(8)} ${r.name.padEnd(14)} roll-ups + today raw: ${fmt(withRollups)}   baseline raw events only: ${fmt(raw)}`,
      );
    }
    await benchAgentReports(store.db, kind);
  } finally {
    await store.close();
    await database.drop();
  }
}

/** The meetings and live-chat reports without, then with, the indexes of migration 0022. */
async function benchAgentReports(db: Kysely<Database>, kind: "sqlite" | "postgres"): Promise<void> {
  const started = performance.now();
  await seedAgentReports(db, kind, SITE, NOW, AGENT_ROWS);
  console.log(
    `${kind}: ${AGENT_ROWS.toLocaleString("en")} meetings and as many live chats seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const reports = [
    { name: "meetings", report: "meetings" as const },
    { name: "livechat", report: "livechat" as const },
  ];
  const measure = async () => {
    // Fresh statistics for the planner on both databases.
    await sql`ANALYZE`.execute(db);
    const out = new Map<string, Timing>();
    for (const r of reports)
      out.set(r.name, await time(RUNS, () => buildReport(db, SITE, r.report, { visitors: "all" }, NOW)));
    return out;
  };
  await sql`drop index meetings_site_created`.execute(db);
  await sql`drop index live_chats_site_requested`.execute(db);
  const without = await measure();
  await sql`create index meetings_site_created on meetings (site_id, created_at)`.execute(db);
  await sql`create index live_chats_site_requested on live_chats (site_id, requested_at)`.execute(db);
  const indexed = await measure();
  for (const r of reports)
    console.log(
      `${kind.padEnd(8)} ${r.name.padEnd(14)} with index: ${fmt(indexed.get(r.name)!)}   baseline without: ${fmt(without.get(r.name)!)}`,
    );
}

setClock(frozenClock(new Date(NOW).toISOString()));
console.log(
  `Reports benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(
  `${EVENTS.toLocaleString("en")} events over ${DAYS} days in ${ZONE}, ${RUNS} runs per report (${BASELINE_RUNS} of the baseline), the last 30 days`,
);
for (const kind of ["sqlite", "postgres"] as const) await run(kind);
