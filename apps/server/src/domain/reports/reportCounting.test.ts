import type { Report } from "@parley/protocol/reports";
import { expect, it } from "vitest";
import { frozenClock, nowIso, setClock } from "../../lib/clock";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import type { TestServer } from "../../testing/testServer";
import { PAGE_ORIGIN, publishStream, quickSite } from "../../testing/visitorClient";
import { advanceConversation } from "../engine/advanceConversation";
import { markDroppedConversations } from "../engine/markDroppedConversations";
import { startConversation } from "../engine/startConversation";
import { buildReport } from "./buildReport";
import { ensureRolledUp } from "./rollup/ensureRolledUp";

// Known visitors decided per conversation, outcomes counted once per conversation, late events.
const time = frozenClock("2026-05-04T08:00:00.000Z");
setClock(time);
const DAY1 = "2026-05-04";
const DAY2 = "2026-05-05";
const DAY3 = "2026-05-06";
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00.000Z`;

// A name (a person field that is not the email), an email asked twice, two goals.
const SIGNUP_STREAM = {
  schemaVersion: 1,
  startCardId: "name",
  cards: [
    {
      id: "name",
      type: "capture",
      name: "Name",
      text: "Your first name?",
      kind: "text",
      field: "person.firstName",
      next: "email",
    },
    {
      id: "email",
      type: "capture",
      name: "Email",
      text: "Your email?",
      kind: "email",
      field: "person.email",
      next: "confirm",
    },
    {
      id: "confirm",
      type: "capture",
      name: "Confirm email",
      text: "Your email once more?",
      kind: "email",
      field: "person.email",
      next: "goal",
    },
    { id: "goal", type: "goal", name: "Lead", goal: "Lead", score: 1, next: "goal2" },
    { id: "goal2", type: "goal", name: "Hot lead", goal: "Hot lead", score: 1, next: "thanks" },
    { id: "thanks", type: "message", name: "Thanks", text: "Thanks!" },
  ],
};

async function newVisitor(server: TestServer, siteKey: string): Promise<string> {
  const res = await fetch(`${server.url}/api/widget/visitors`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: PAGE_ORIGIN },
    body: JSON.stringify({ siteKey }),
  });
  return ((await res.json()) as { visitorId: string }).visitorId;
}

const totals = (report: Report) => Object.fromEntries(report.totals.map((t) => [t.key, t.value]));
const metrics = (t: number, e: number, c: number, p: number, g: number) => ({
  triggered: t,
  engaged: e,
  completed: c,
  peopleAcquired: p,
  meetingsBooked: 0,
  goalsReached: g,
  engagementRate: t ? e / t : null,
  conversionRate: e ? p / e : null,
});

describeEachDatabase(
  "report counting: known per conversation, outcomes once per conversation, late events",
  (server, kind) => {
    let siteId = "";
    let dialogueId = "";
    let siteKey = "";
    let n = 0;
    const start = (visitorId: string) =>
      startConversation(server().parley.ctx, {
        siteId,
        visitorId,
        dialogueId,
        clientId: `start-${++n}`,
        pageUrl: `${PAGE_ORIGIN}/signup`,
        delivery: "popup",
      }).then((s) => s.conversation.id);
    const answer = (conversationId: string, value: string) =>
      advanceConversation(server().parley.ctx, conversationId, { kind: "answer", value } as never, {
        clientId: `in-${++n}`,
      });
    const report = (visitors: string, to = DAY1, rawOnly = false) =>
      buildReport(
        server().parley.ctx.store.db,
        siteId,
        "overview",
        { from: DAY1, to, visitors } as never,
        time.now(),
        { rawOnly },
      );

    it("puts every metric of a conversation in the bucket it started in, and counts each outcome once per conversation", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin, { timeZone: "UTC" });
      siteId = site.id;
      siteKey = site.siteKey;
      dialogueId = await publishStream(admin, site.id, SIGNUP_STREAM, { name: "Signup" });

      // A: gives a first name only (an email-less person), and goes silent.
      const a = await newVisitor(server(), siteKey);
      time.set(at(DAY1, "09:00"));
      const a1 = await start(a);
      await answer(a1, "Ada");
      time.set(at(DAY1, "09:40"));
      expect(await markDroppedConversations(server().parley.ctx.store.db, time.now())).toBe(1);
      // A again: a person without an email is not known; gives the email twice, reaches both goals.
      time.set(at(DAY1, "10:00"));
      const a2 = await start(a);
      for (const value of ["Ada", "ada@example.com", "ada@example.com"]) await answer(a2, value);
      // A a third time: now a person with an email (a returning known visitor).
      time.set(at(DAY1, "11:00"));
      const a3 = await start(a);
      for (const value of ["Ada", "ada@example.com", "ada@example.com"]) await answer(a3, value);
      // B: shown the dialogue, never answers.
      const b = await newVisitor(server(), siteKey);
      time.set(at(DAY1, "12:00"));
      await start(b);
      time.set(at(DAY1, "13:00"));

      // a2 gave two emails and reached two goals: one person acquired, one goal reached.
      expect(totals(await report("all"))).toEqual(metrics(4, 3, 2, 2, 2));
      // Only a3 started known; a2 gave its email while unknown and stays unknown throughout.
      const known = await report("known");
      const unknown = await report("unknown");
      expect(totals(known)).toEqual(metrics(1, 1, 1, 1, 1));
      expect(totals(unknown)).toEqual(metrics(3, 2, 1, 1, 1));
      for (const r of [known, unknown])
        for (const t of r.totals)
          if (t.key.endsWith("Rate") && t.value !== null) expect(t.value).toBeLessThanOrEqual(1);

      // The timeline keeps every email given; the reports counted a2's second as a repeat.
      const db = server().parley.ctx.store.db;
      const emails = await db
        .selectFrom("events")
        .select(["conversation_id", "repeated", "known"])
        .where("site_id", "=", siteId)
        .where("type", "=", "email_given")
        .orderBy("at_ms")
        .execute();
      expect(emails).toEqual([
        { conversation_id: a2, repeated: 0, known: 0 },
        { conversation_id: a2, repeated: 1, known: 0 },
        { conversation_id: a3, repeated: 0, known: 1 },
        { conversation_id: a3, repeated: 1, known: 1 },
      ]);
      const cards = await report("all");
      const topDialogues = cards.tables.find((t) => t.id === "topDialogues")!;
      expect(topDialogues.rows).toEqual([
        { dialogueId, dialogue: "Signup", kind: "dialogue", ...metrics(4, 3, 2, 2, 2) },
      ]);
    });

    it("counts an event committed after its day was rolled up, from the next roll-up on", async () => {
      const db = server().parley.ctx.store.db;
      time.set(at(DAY2, "12:00"));
      const rolled = await ensureRolledUp(db, siteId, nowIso());
      expect(rolled.rolledUntilMs).toBe(Date.parse(at(DAY2, "00:00")));
      const before = totals(await report("all", DAY2));
      expect(before).toEqual(metrics(4, 3, 2, 2, 2));

      // A step that began at 23:55 on day 1 commits now, after day 1 was rolled up.
      const late = await newVisitor(server(), siteKey);
      time.set(at(DAY1, "23:55"));
      const c = await start(late);
      await answer(c, "Grace");
      time.set(at(DAY2, "12:05"));

      const expected = metrics(5, 4, 2, 2, 2);
      expect(totals(await report("all", DAY2))).toEqual(expected);
      await ensureRolledUp(db, siteId, nowIso());
      const unrolled = await db
        .selectFrom("events")
        .select("id")
        .where("site_id", "=", siteId)
        .where("rolled", "=", 0)
        .execute();
      expect(unrolled).toEqual([]);
      const afterRollUp = await report("all", DAY2);
      expect(totals(afterRollUp)).toEqual(expected);
      // The same numbers as counting the raw events alone …
      const raw = await report("all", DAY2, true);
      expect(afterRollUp.totals).toEqual(raw.totals);
      expect(afterRollUp.tables).toEqual(raw.tables);
      const trend = afterRollUp.tables.find((t) => t.id === "trend")!;
      expect(trend.rows[0]).toMatchObject({ day: DAY1, triggered: 5, engaged: 4 });
      // … and after the raw events of the rolled-up days are purged.
      await db
        .deleteFrom("events")
        .where("site_id", "=", siteId)
        .where("at_ms", "<", Date.parse(at(DAY2, "00:00")))
        .execute();
      expect(await report("all", DAY2)).toEqual(afterRollUp);
      // Rolling up again counts nothing twice.
      await ensureRolledUp(db, siteId, nowIso());
      expect(await report("all", DAY2)).toEqual(afterRollUp);
    });

    // Only PostgreSQL lets an event's transaction stay open while the roll-up writes (SQLite has
    // one writer: the roll-up would wait for it, so no event commits during a roll-up there).
    if (kind === "postgres")
      it("counts an event whose transaction commits while its day is rolled up by the next run, once", async () => {
        const db = server().parley.ctx.store.db;
        const event = (id: string, hhmm: string) => ({
          id,
          site_id: siteId,
          type: "triggered",
          dialogue_id: dialogueId,
          version: 1,
          conversation_id: null,
          visitor_id: null,
          person_id: null,
          card_id: null,
          data: "{}",
          at: at(DAY2, hhmm),
          kind: "dialogue",
          delivery: "popup",
          branch: null,
          known: 0,
          page: "/signup",
          at_ms: Date.parse(at(DAY2, hhmm)),
          repeated: 0,
          rolled: 0,
        });
        const triggered = async () => Number(totals(await report("all", DAY3)).triggered);
        await db.insertInto("events").values(event("on-time", "10:00")).execute();
        const before = await triggered();

        // A step's event written at 10:05 on day 2 whose transaction is still open …
        let written!: () => void;
        let commit!: () => void;
        const isWritten = new Promise<void>((resolve) => (written = resolve));
        const mayCommit = new Promise<void>((resolve) => (commit = resolve));
        const step = db.transaction().execute(async (trx) => {
          await trx.insertInto("events").values(event("in-flight", "10:05")).execute();
          written();
          await mayCommit;
        });
        await isWritten;
        // … while day 2 is rolled up (the roll-up does not wait for it).
        time.set(at(DAY3, "12:00"));
        expect((await ensureRolledUp(db, siteId, nowIso())).rolledUntilMs).toBe(
          Date.parse(at(DAY3, "00:00")),
        );
        expect(await triggered()).toBe(before);
        commit();
        await step;
        const rolledOf = async (id: string) =>
          (await db.selectFrom("events").select("rolled").where("id", "=", id).executeTakeFirstOrThrow())
            .rolled;
        expect(await rolledOf("on-time")).toBe(1);
        // Committed after the roll-up: not counted in it, read raw until the next run counts it.
        expect(await rolledOf("in-flight")).toBe(0);
        expect(await triggered()).toBe(before + 1);
        await ensureRolledUp(db, siteId, nowIso());
        expect(await rolledOf("in-flight")).toBe(1);
        expect(await triggered()).toBe(before + 1);
        // Day 2's roll-ups hold both events once (day 1's raw events were purged above).
        const dayTwo = await db
          .selectFrom("report_rollups")
          .select((eb) => eb.fn.sum<number>("count").as("n"))
          .where("site_id", "=", siteId)
          .where("day", "=", DAY2)
          .where("type", "=", "triggered")
          .executeTakeFirstOrThrow();
        expect(Number(dayTwo.n)).toBe(2);
        await ensureRolledUp(db, siteId, nowIso());
        expect(await triggered()).toBe(before + 1);
      });
  },
  { options: { jobs: { start: false } } },
);
