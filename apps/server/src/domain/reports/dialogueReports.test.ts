import type { Report, ReportTable } from "@parley/protocol/reports";
import { expect, it } from "vitest";
import { frozenClock, nowIso, setClock } from "../../lib/clock";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import type { TestServer } from "../../testing/testServer";
import { PAGE_ORIGIN, publishStream, quickSite } from "../../testing/visitorClient";
import { advanceConversation } from "../engine/advanceConversation";
import { markDroppedConversations } from "../engine/markDroppedConversations";
import { startConversation } from "../engine/startConversation";
import { dialogueReport } from "./dialogueReport";
import { overviewReport } from "./overviewReport";
import { ensureRolledUp } from "./rollup/ensureRolledUp";
import { rollUpReports } from "./rollup/rollUpReports";
import { reportRange } from "./reportRange";

// The site counts days in Kolkata (UTC+05:30): a half-hour offset, so no UTC day lines up with a local one.
const ZONE = "Asia/Kolkata";
const time = frozenClock("2026-03-10T04:30:00.000Z");
setClock(time);
/** A local wall time in the site's zone (+05:30), as the clock's ISO instant. */
const local = (day: string, hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + (h * 60 + m - 330) * 60_000).toISOString();
};
const DAY1 = "2026-03-10";
const DAY2 = "2026-03-11";
const DAY3 = "2026-03-12";

let nextRandom = 0;

// An A/B opener test: two questions, then the same email capture, goal and thanks.
const SPLIT_STREAM = {
  schemaVersion: 1,
  startCardId: "s",
  cards: [
    {
      id: "s",
      type: "split",
      name: "Opener test",
      branches: [
        { id: "a", name: "Short", weight: 1, next: "qa" },
        { id: "b", name: "Long", weight: 1, next: "qb" },
      ],
    },
    {
      id: "qa",
      type: "question",
      name: "Ask short",
      text: "Interested?",
      answers: [{ id: "y", label: "Yes", value: "yes" }],
      next: "email",
    },
    {
      id: "qb",
      type: "question",
      name: "Ask long",
      text: "Would you like to hear how teams like yours use us?",
      answers: [{ id: "y", label: "Yes", value: "yes" }],
      next: "email",
    },
    {
      id: "email",
      type: "capture",
      name: "Email",
      text: "Your email?",
      kind: "email",
      field: "person.email",
      next: "goal",
    },
    { id: "goal", type: "goal", name: "Lead", goal: "Lead", score: 1, next: "thanks" },
    { id: "thanks", type: "message", name: "Thanks", text: "Thanks!" },
  ],
};

const FLOW_STREAM = {
  schemaVersion: 1,
  startCardId: "fq",
  cards: [
    {
      id: "fq",
      type: "question",
      name: "Rate us",
      text: "How are we doing?",
      answers: [{ id: "g", label: "Good", value: "good" }],
      next: "fm",
    },
    { id: "fm", type: "message", name: "Flow thanks", text: "Thank you" },
  ],
};

interface Script {
  siteId: string;
  splitId: string;
  flowId: string;
}

/** A visitor of the site, through the widget's own route. */
async function newVisitor(server: TestServer, siteKey: string): Promise<string> {
  const res = await fetch(`${server.url}/api/widget/visitors`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: PAGE_ORIGIN },
    body: JSON.stringify({ siteKey }),
  });
  return ((await res.json()) as { visitorId: string }).visitorId;
}

/**
 * The scripted visitors, over three days in the site's zone (see the expected numbers below):
 * V1 converts on branch Short (day 1) and later runs the flow as a known person (day 2); V2 stops
 * on branch Long (dropped); V3 starts at 23:50 on day 1, answers after midnight and drops at the
 * email; V4 runs the flow; V6 converts on Long today; V7 started Short today and is still there.
 */
async function runScript(server: TestServer): Promise<Script> {
  const admin = await server.admin();
  const site = await quickSite(admin, { timeZone: ZONE });
  const splitId = await publishStream(admin, site.id, SPLIT_STREAM, { name: "Opener test" });
  const flowId = await publishStream(admin, site.id, FLOW_STREAM, { name: "Feedback", kind: "flow" });
  const ctx = server.parley.ctx;
  let n = 0;
  const start = async (visitorId: string, dialogueId: string, page: string, random: number) => {
    nextRandom = random;
    const started = await startConversation(ctx, {
      siteId: site.id,
      visitorId,
      dialogueId,
      clientId: `start-${++n}`,
      pageUrl: `${PAGE_ORIGIN}${page}?utm_source=x`,
      delivery: "popup",
    });
    return started.conversation.id;
  };
  const answer = (conversationId: string, value: string) =>
    advanceConversation(ctx, conversationId, { kind: "answer", value } as never, { clientId: `in-${++n}` });
  const at = (iso: string) => time.set(iso);
  const dropSilent = () => markDroppedConversations(ctx.store.db, time.now());

  const v1 = await newVisitor(server, site.siteKey);
  at(local(DAY1, "10:00"));
  const c1 = await start(v1, splitId, "/pricing", 0.1);
  at(local(DAY1, "10:01"));
  await answer(c1, "yes");
  at(local(DAY1, "10:02"));
  await answer(c1, "v1@example.com");

  const v2 = await newVisitor(server, site.siteKey);
  at(local(DAY1, "11:00"));
  await start(v2, splitId, "/pricing", 0.9);
  at(local(DAY1, "11:31"));
  expect(await dropSilent()).toBe(1);

  const v3 = await newVisitor(server, site.siteKey);
  at(local(DAY1, "23:50"));
  const c3 = await start(v3, splitId, "/features", 0.1);
  at(local(DAY2, "00:05"));
  await answer(c3, "yes");
  at(local(DAY2, "00:40"));
  expect(await dropSilent()).toBe(1);

  const v4 = await newVisitor(server, site.siteKey);
  at(local(DAY2, "09:00"));
  const c4 = await start(v4, flowId, "/features", 0.5);
  at(local(DAY2, "09:01"));
  await answer(c4, "good");

  at(local(DAY2, "10:00"));
  const c5 = await start(v1, flowId, "/pricing", 0.5);
  at(local(DAY2, "10:01"));
  await answer(c5, "good");

  const v6 = await newVisitor(server, site.siteKey);
  at(local(DAY3, "09:00"));
  const c6 = await start(v6, splitId, "/pricing", 0.9);
  at(local(DAY3, "09:01"));
  await answer(c6, "yes");
  at(local(DAY3, "09:02"));
  await answer(c6, "v6@example.com");

  const v7 = await newVisitor(server, site.siteKey);
  at(local(DAY3, "09:30"));
  await start(v7, splitId, "/features", 0.1);
  at(local(DAY3, "12:00"));
  return { siteId: site.id, splitId, flowId };
}

const totals = (report: Report) => Object.fromEntries(report.totals.map((t) => [t.key, t.value]));
const table = (report: Report, id: string): ReportTable => {
  const found = report.tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
};
const counts = (triggered: number, engaged: number, completed: number, people: number, goals: number) => ({
  triggered,
  engaged,
  completed,
  peopleAcquired: people,
  meetingsBooked: 0,
  goalsReached: goals,
});
const metrics = (t: number, e: number, c: number, p: number, g: number) => ({
  ...counts(t, e, c, p, g),
  engagementRate: t ? e / t : null,
  conversionRate: e ? p / e : null,
});

describeEachDatabase(
  "dialogue reports over a scripted set of visitors",
  (server) => {
    let script: Script;
    const get = async (report: string, query = "") => {
      const admin = await server().admin();
      const res = await admin.get<Report>(
        `/api/sites/${script.siteId}/reports/${report}?from=${DAY1}&to=${DAY3}${query}`,
      );
      expect(res.status).toBe(200);
      return res.body;
    };
    /** Every report and filter the script is checked with, as the HTTP route answers them. */
    const everything = async () => ({
      overview: await get("overview"),
      known: await get("overview", "&visitors=known"),
      unknown: await get("overview", "&visitors=unknown"),
      flows: await get("overview", "&kind=flow"),
      dialogues: await get("dialogues"),
      dialogue: await get("dialogue", `&dialogueId=${script.splitId}`),
      dialogueUnknown: await get("dialogue", `&dialogueId=${script.splitId}&visitors=unknown`),
    });

    it("counts every metric of the script exactly, by site-local day, page, dialogue, card and branch", async () => {
      script = await runScript(server());
      const r = await everything();

      expect(r.overview.range).toEqual({ from: DAY1, to: DAY3, timeZone: ZONE });
      expect(totals(r.overview)).toEqual(metrics(7, 5, 4, 2, 2));
      expect(table(r.overview, "trend").rows).toEqual([
        { day: DAY1, ...counts(3, 1, 1, 1, 1) },
        // V3 engaged at 00:05 local on day 2: its own day, though only 15 minutes after 18:30 UTC.
        { day: DAY2, ...counts(2, 3, 2, 0, 0) },
        { day: DAY3, ...counts(2, 1, 1, 1, 1) },
      ]);
      expect(table(r.overview, "topPages").rows).toEqual([
        { page: "/pricing", ...counts(4, 3, 3, 2, 2) },
        { page: "/features", ...counts(3, 2, 1, 0, 0) },
      ]);
      expect(table(r.overview, "topDialogues").rows).toEqual([
        { dialogueId: script.splitId, dialogue: "Opener test", kind: "dialogue", ...metrics(5, 3, 2, 2, 2) },
        { dialogueId: script.flowId, dialogue: "Feedback", kind: "flow", ...metrics(2, 2, 2, 0, 0) },
      ]);

      // Known per conversation, as it started: only V1's second one (V1 and V6 gave their email in
      // conversations that started anonymous, which stay unknown throughout).
      expect(totals(r.known)).toEqual(metrics(1, 1, 1, 0, 0));
      expect(totals(r.unknown)).toEqual(metrics(6, 4, 3, 2, 2));
      expect(totals(r.flows)).toEqual(metrics(2, 2, 2, 0, 0));
      expect(table(r.flows, "topDialogues").rows.map((row) => row.dialogueId)).toEqual([script.flowId]);

      expect(totals(r.dialogues)).toEqual(metrics(7, 5, 4, 2, 2));
      expect(table(r.dialogues, "dialogues").rows).toEqual([
        { dialogueId: script.flowId, dialogue: "Feedback", kind: "flow", ...metrics(2, 2, 2, 0, 0) },
        { dialogueId: script.splitId, dialogue: "Opener test", kind: "dialogue", ...metrics(5, 3, 2, 2, 2) },
      ]);
      expect(table(r.dialogues, "versions").rows).toEqual([
        { dialogueId: script.flowId, dialogue: "Feedback", version: 1, ...metrics(2, 2, 2, 0, 0) },
        { dialogueId: script.splitId, dialogue: "Opener test", version: 1, ...metrics(5, 3, 2, 2, 2) },
      ]);

      const d = r.dialogue;
      expect(totals(d)).toEqual(metrics(5, 3, 2, 2, 2));
      expect(table(d, "trend").rows).toEqual([
        { day: DAY1, ...counts(3, 1, 1, 1, 1) },
        { day: DAY2, ...counts(0, 1, 0, 0, 0) },
        { day: DAY3, ...counts(2, 1, 1, 1, 1) },
      ]);
      const step = (cardId: string, card: string, cardType: string, reached: number, dropped: number) => ({
        version: 1,
        cardId,
        card,
        cardType,
        reached,
        continued: reached - dropped,
        dropped,
        dropOffRate: reached ? dropped / reached : null,
      });
      expect(table(d, "funnel").rows).toEqual([
        step("s", "Opener test", "split", 5, 0),
        step("qa", "Ask short", "question", 3, 0),
        // V2 went silent at the long question, V3 at the email.
        step("qb", "Ask long", "question", 2, 1),
        step("email", "Email", "information capture", 3, 1),
        step("goal", "Lead", "goal", 2, 0),
        step("thanks", "Thanks", "message", 2, 0),
      ]);
      const branch = (id: string, name: string, n: number, e: number, c: number, p: number, g: number) => ({
        splitCardId: "s",
        split: "Opener test",
        branchId: id,
        branch: name,
        conversations: n,
        engaged: e,
        completed: c,
        peopleAcquired: p,
        goalsReached: g,
        meetingsBooked: 0,
        engagementRate: e / n,
        completionRate: c / n,
        acquisitionRate: p / n,
      });
      const splits = table(d, "splits");
      expect(splits.rows).toEqual([branch("a", "Short", 3, 2, 1, 1, 1), branch("b", "Long", 2, 1, 1, 1, 1)]);
      expect(splits.notes).toEqual([
        "Opener test, completion: Long vs Short: too few conversations to tell (3 and 2; a branch needs at least 30, with 5 that reached it and 5 that did not).",
        "Opener test, people acquired: Long vs Short: too few conversations to tell (3 and 2; a branch needs at least 30, with 5 that reached it and 5 that did not).",
      ]);
      expect(table(d, "versions").rows).toEqual([
        { dialogueId: script.splitId, dialogue: "Opener test", version: 1, ...metrics(5, 3, 2, 2, 2) },
      ]);
      expect(totals(r.dialogueUnknown)).toEqual(metrics(5, 3, 2, 2, 2));

      // The CSV of a table is its rows.
      const admin = await server().admin();
      const csv = await admin.get<string>(
        `/api/sites/${script.siteId}/reports/overview/trend.csv?from=${DAY1}&to=${DAY3}`,
      );
      expect(String(csv.body).split("\r\n")[1]).toBe(`${DAY1},3,1,1,1,0,1`);
    });

    it("gives the same numbers from roll-ups, twice rolled at once, and after the raw events are purged", async () => {
      const db = server().parley.ctx.store.db;
      const before = await everything();
      // Two nodes rolling up at once: the site's state row serialises them, nothing is counted twice.
      const [a, b] = await Promise.all([
        ensureRolledUp(db, script.siteId, nowIso()),
        ensureRolledUp(db, script.siteId, nowIso()),
      ]);
      // Days 1 and 2 are over; today (day 3) stays raw.
      const dayThreeStart = Date.parse(local(DAY3, "00:00"));
      expect(a.rolledUntilMs).toBe(dayThreeStart);
      expect(b.rolledUntilMs).toBe(dayThreeStart);
      const state = await db
        .selectFrom("report_rollup_state")
        .selectAll()
        .where("site_id", "=", script.siteId)
        .executeTakeFirstOrThrow();
      expect(state).toMatchObject({ last_day: DAY2, time_zone: ZONE });
      const rolled = await db
        .selectFrom("report_rollups")
        .select((eb) => eb.fn.sum<number>("count").as("n"))
        .where("site_id", "=", script.siteId)
        .where("type", "=", "triggered")
        .executeTakeFirstOrThrow();
      expect(Number(rolled.n)).toBe(5);
      expect(await everything()).toEqual(before);

      // Raw-only counting (the benchmark's baseline) agrees too.
      const site = { db, siteId: script.siteId, nowMs: time.now() };
      const range = reportRange({ from: DAY1, to: DAY3 }, ZONE, time.now());
      const filters = { dialogueId: null, kind: null, version: null, visitors: "all" as const };
      expect(await overviewReport({ ...site, range, filters, rawOnly: true })).toEqual({
        totals: before.overview.totals,
        tables: before.overview.tables,
      });
      const dialogueFilters = { ...filters, dialogueId: script.splitId };
      expect(await dialogueReport({ ...site, range, filters: dialogueFilters, rawOnly: true })).toEqual({
        totals: before.dialogue.totals,
        tables: before.dialogue.tables,
      });

      // Retention removes the rolled-up raw events: the reports do not move.
      const purged = await db
        .deleteFrom("events")
        .where("site_id", "=", script.siteId)
        .where("at_ms", "<", dayThreeStart)
        .executeTakeFirst();
      expect(Number(purged.numDeletedRows)).toBeGreaterThan(20);
      expect(await everything()).toEqual(before);
      // The recurring job rolling up again (every site) changes nothing either.
      expect((await rollUpReports(db)).sites).toBeGreaterThan(0);
      expect(await everything()).toEqual(before);
    });
  },
  // No job runs by itself: the script drops silent conversations and rolls up when it says so.
  { options: { random: () => nextRandom, jobs: { start: false } } },
);
