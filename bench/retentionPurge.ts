/**
 * Retention purge benchmark: a purge of old raw events and page views (100,000 of each by default)
 * while bot steps run, on SQLite and PostgreSQL. Reports the rows removed per second and the bot
 * steps' latency (p50, p99) during the purge, beside a baseline measured in the same run: the same
 * bot steps with no purge running.
 *
 *   npx tsx bench/retentionPurge.ts [--rows 100000] [--steps 300]
 *
 * A test server (the real app, its job queue stopped) per database; rows are written straight into
 * the database in chunks of 1,000, for 200 visitors seen today (so only the events and page-view
 * classes have work). Events lie 731–740 days back, page views 91–100 days back. The bot steps are
 * advanceConversation calls in-process (an answer, the next card), one after another with a 2 ms
 * pause between them, as a busy visitor's socket frames would run them; the purge is purgeSite with its default batches (500 rows each).
 * PostgreSQL: a database of its own (DATABASE_URL_TEST or the local default), dropped at the end;
 * skipped, with the reason, when it cannot be reached.
 */
import os from "node:os";
import { setTimeout as pause } from "node:timers/promises";
import { advanceConversation } from "../apps/server/src/domain/engine/advanceConversation";
import { startConversation } from "../apps/server/src/domain/engine/startConversation";
import { purgeSite } from "../apps/server/src/domain/retention/purgeSite";
import { newId } from "../apps/server/src/lib/ids";
import { startTestServer } from "../apps/server/src/testing/testServer";
import { publishStream, quickSite } from "../apps/server/src/testing/visitorClient";
import { benchDatabase } from "./benchDatabase";
import { numberArg } from "./numberArg";
import { percentile } from "./percentile";

const ROWS = numberArg("rows", 100_000);
const STEPS = numberArg("steps", 300);
const DAY = 86_400_000;
/** Between a visitor's frames: a busy widget, not a loop that never lets go of SQLite's one connection. */
const GAP_MS = 2;

const STREAM = {
  schemaVersion: 1,
  startCardId: "q",
  cards: [
    {
      id: "q",
      type: "question",
      text: "Pick one",
      answers: [{ id: "a", label: "A", value: "a" }],
      next: "m",
    },
    { id: "m", type: "message", text: "ok", next: "q" },
  ],
};

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function run(kind: "sqlite" | "postgres") {
  const database = await benchDatabase(kind, `retention_${process.pid}`);
  if (typeof database === "string") {
    console.log(`${kind}: skipped (${database})`);
    return;
  }
  const server = await startTestServer(database, { options: { jobs: { start: false } } });
  try {
    const ctx = server.parley.ctx;
    const { db } = ctx.store;
    const admin = await server.admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, STREAM);
    const res = await fetch(`${server.url}/api/widget/visitors`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ siteKey: site.siteKey }),
    });
    const { visitorId } = (await res.json()) as { visitorId: string };
    const conversation = await startConversation(ctx, {
      siteId: site.id,
      visitorId,
      dialogueId,
      clientId: "benchstart",
      delivery: "chat",
    });
    let step = 0;
    const botStep = async () => {
      const t = performance.now();
      await advanceConversation(
        ctx,
        conversation.conversation.id,
        { kind: "answer", value: "a" },
        { clientId: `s${step++}xxxxxxxxx` },
      );
      return performance.now() - t;
    };

    const seedStart = performance.now();
    const now = Date.now();
    const visitors = Array.from({ length: 200 }, () => newId());
    const today = new Date(now).toISOString();
    await db
      .insertInto("visitors")
      .values(
        visitors.map((id) => ({
          id,
          site_id: site.id,
          person_id: null,
          attributes: "{}",
          given: '{"person":{},"company":{}}',
          verified_email: null,
          first_seen_at: today,
          last_seen_at: today,
        })),
      )
      .execute();
    for (let done = 0; done < ROWS; done += 1000) {
      const n = Math.min(1000, ROWS - done);
      const index = Array.from({ length: n }, (_, i) => done + i);
      await db
        .insertInto("events")
        .values(
          index.map((i) => {
            const at = new Date(now - (731 + (i % 10)) * DAY - (i % 3600) * 1000).toISOString();
            return {
              id: newId(),
              site_id: site.id,
              type: i % 3 ? "triggered" : "engaged",
              dialogue_id: dialogueId,
              version: 1,
              conversation_id: null,
              visitor_id: visitors[i % visitors.length]!,
              person_id: null,
              card_id: null,
              data: "{}",
              at,
              kind: "dialogue",
              delivery: "chat",
              branch: null,
              known: 0,
              page: null,
              at_ms: Date.parse(at),
              repeated: 0,
              rolled: 1,
            };
          }),
        )
        .execute();
      await db
        .insertInto("page_views")
        .values(
          index.map((i) => {
            const at = new Date(now - (91 + (i % 10)) * DAY - (i % 3600) * 1000).toISOString();
            return {
              id: newId(),
              site_id: site.id,
              visitor_id: visitors[i % visitors.length]!,
              session_id: `session-${i % 5000}`,
              url: `https://example.com/p/${i}`,
              referrer: null,
              attributes: "{}",
              views: 1,
              first_at: at,
              last_at: at,
            };
          }),
        )
        .execute();
    }
    const seedSeconds = (performance.now() - seedStart) / 1000;

    for (let i = 0; i < 50; i++) await botStep();
    const baseline: number[] = [];
    for (let i = 0; i < STEPS; i++) {
      baseline.push(await botStep());
      await pause(GAP_MS);
    }

    const during: number[] = [];
    const purgeStart = performance.now();
    let purging = true;
    const purge = purgeSite(db, site.id, { maxBatches: 10_000 }).finally(() => {
      purging = false;
    });
    while (purging) {
      during.push(await botStep());
      await pause(GAP_MS);
    }
    const result = await purge;
    const seconds = (performance.now() - purgeStart) / 1000;
    const removed = result.removed.reportEvents + result.removed.pageViews;

    baseline.sort((a, b) => a - b);
    during.sort((a, b) => a - b);
    console.log(
      `${kind}: seeded ${(2 * ROWS).toLocaleString()} rows in ${seedSeconds.toFixed(0)} s; purge removed ` +
        `${removed.toLocaleString()} rows (events ${result.removed.reportEvents.toLocaleString()}, page views ` +
        `${result.removed.pageViews.toLocaleString()}) in ${result.batches} batches, ${seconds.toFixed(1)} s: ` +
        `${Math.round(removed / seconds).toLocaleString()} rows/s`,
    );
    console.log(
      `${kind}: bot step during the purge p50 ${ms(percentile(during, 50))}, p99 ${ms(percentile(during, 99))} ` +
        `(${during.length} steps); baseline without purge p50 ${ms(percentile(baseline, 50))}, ` +
        `p99 ${ms(percentile(baseline, 99))} (${baseline.length} steps)`,
    );
  } finally {
    await server.close();
    await database.drop();
  }
}

console.log(
  `Retention purge benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}`,
);
for (const kind of ["sqlite", "postgres"] as const) await run(kind);
