import { DIALOGUE_METRICS, Report, REPORT_NAMES, type ReportTable } from "@parley/protocol/reports";
import { expect, it } from "vitest";
import { book, bookingRig, host, meetingStream, visitorAtMeeting } from "../../testing/bookingRig";
import { agentSocket, assignedChat } from "../../testing/assignedChat";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";
import { frozenClockEachTest } from "../../testing/liveChatRig";
import type { TestServer } from "../../testing/testServer";
import { readCsv, readReport, report, tableOf, totalsOf } from "../../testing/reportClient";
import { publishStream } from "../../testing/visitorClient";

const ZONE = "Asia/Kolkata";
const DAYS = { from: "2027-02-28", to: "2027-03-02" };
/** A name a spreadsheet would run: the export must keep it text. */
const FORMULA_DIALOGUE = '=HYPERLINK("https://evil.example","Pricing")';
const FORMULA_AGENT = "@SUM(1+1)";

/** The tables each report has (the screens rely on these names). */
const TABLES: Record<(typeof REPORT_NAMES)[number], string[]> = {
  overview: ["trend", "topPages", "topDialogues"],
  dialogues: ["dialogues", "versions"],
  dialogue: ["trend", "funnel", "splits", "versions"],
  meetings: ["trend", "byAgent", "byDialogue", "bySource"],
  livechat: ["trend", "byAgent"],
};

/**
 * A site in Kolkata with visitors who ran the formula-named dialogue (one booked a meeting with its
 * Meeting card, one did not), and a live chat with an agent whose name looks like a formula.
 */
async function scripted(server: TestServer) {
  const rig = await bookingRig(server);
  expect((await rig.admin.patch(`/api/sites/${rig.site.id}`, { timeZone: ZONE })).status).toBe(200);
  const ada = await host(rig);
  const dialogueId = await publishStream(
    rig.admin,
    rig.site.id,
    meetingStream({ strategy: "specific_agent", agentId: ada.id }, { email: true }),
    { name: FORMULA_DIALOGUE },
  );
  const booker = await visitorAtMeeting(rig, dialogueId, "booker@example.org");
  expect((await book(server, booker.visitor, booker.offerId, "2027-03-01T09:00:00.000Z")).status).toBe(200);
  await rig.runJobs();
  await booker.visitor.bot("message");
  const browser = await visitorAtMeeting(rig, dialogueId, "browser@example.org");
  const agent = await buildUser(server, rig.admin, "live_agent", { siteIds: [rig.site.id] });
  expect((await rig.admin.patch(`/api/users/${agent.id}`, { name: FORMULA_AGENT })).status).toBe(200);
  const chat = await assignedChat(server, rig.admin, { site: rig.site, agent });
  const socket = await agentSocket(server, agent.client, chat.conversationId);
  socket.send({
    type: "chat.send",
    ref: "hi",
    clientId: "agent-hi-1",
    conversationId: chat.conversationId,
    text: "Hi",
  });
  const ack = await socket.next((f) => f.ref === "hi");
  expect(ack, JSON.stringify(ack)).toMatchObject({ type: "ack" });
  socket.close();
  for (const v of [booker.visitor, browser.visitor, chat.visitor]) v.socket.close();
  return { rig, dialogueId };
}

/** What a spreadsheet shows for a JSON cell once the export is opened: formulas neutralised with '. */
const shown = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

const sum = (table: ReportTable, key: string) => table.rows.reduce((n, row) => n + Number(row[key] ?? 0), 0);

/** The weighted mean of a table's averages (each weighted by its count column). */
function weighted(table: ReportTable, avg: string, count: string): number | null {
  const n = sum(table, count);
  if (n === 0) return null;
  return table.rows.reduce((s, row) => s + Number(row[avg] ?? 0) * Number(row[count] ?? 0), 0) / n;
}

describeEachDatabase(
  "report tables, their CSV exports and bad queries",
  (server) => {
    frozenClockEachTest("2027-03-01T06:00:00.000Z");
    let fixture: ReturnType<typeof scripted> | undefined;
    const site = () => (fixture ??= scripted(server()));
    const queryOf = (name: string, dialogueId: string) =>
      name === "dialogue" ? { ...DAYS, dialogueId } : DAYS;

    it.each(REPORT_NAMES)(
      "%s: every table's CSV has the JSON table's header labels and rows",
      async (name) => {
        const { rig, dialogueId } = await site();
        const query = queryOf(name, dialogueId);
        const json = Report.parse(await report(rig.admin, rig.site.id, name, query));
        expect(json.range).toEqual({ ...DAYS, timeZone: ZONE });
        expect(json.tables.map((t) => t.id)).toEqual(TABLES[name]);
        for (const table of json.tables) {
          const csv = await readCsv(rig.admin, rig.site.id, name, table.id, query);
          expect(csv.status, table.id).toBe(200);
          expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
          expect(csv.headers.get("content-disposition")).toBe(
            `attachment; filename="${name}-${table.id}-${DAYS.from}-${DAYS.to}.csv"`,
          );
          expect(csv.text.endsWith("\r\n")).toBe(true);
          const [header, ...rows] = csv.records;
          expect(header, table.id).toEqual(table.columns.map((c) => c.label));
          expect(rows, table.id).toEqual(
            table.rows.map((row) => table.columns.map((c) => shown(row[c.key]))),
          );
          // Every row cell is a column of the table, and every column is in every row.
          for (const row of table.rows)
            expect(Object.keys(row).sort()).toEqual(table.columns.map((c) => c.key).sort());
        }
      },
    );

    it("a formula-looking dialogue or agent name is exported as text", async () => {
      const { rig, dialogueId } = await site();
      const byDialogue = await readCsv(rig.admin, rig.site.id, "meetings", "byDialogue", DAYS);
      expect(byDialogue.text).toContain(
        `${dialogueId},"'=HYPERLINK(""https://evil.example"",""Pricing"")",dialogue,1,`,
      );
      const byAgent = await readCsv(rig.admin, rig.site.id, "livechat", "byAgent", DAYS);
      expect(byAgent.records.map((r) => r[1])).toEqual(["Agent", `'${FORMULA_AGENT}`]);
    });

    it("the meetings and live-chat cards are the sums (and ratios) of their tables", async () => {
      const { rig } = await site();
      const meetings = await report(rig.admin, rig.site.id, "meetings", DAYS);
      const m = totalsOf(meetings);
      expect(m).toMatchObject({ booked: 1, upcoming: 1 });
      for (const id of ["trend", "byAgent", "byDialogue", "bySource"])
        for (const key of ["booked", "upcoming", "happened", "cancelled", "noShows", "rescheduled"])
          expect(sum(tableOf(meetings, id), key), `${id}.${key}`).toBe(m[key]);
      const bySource = tableOf(meetings, "byDialogue");
      expect(
        sum(bySource, "fromCard") + sum(bySource, "fromLiveChat") + sum(bySource, "fromSharedLink"),
      ).toBe(m.booked);
      const due = (m.happened ?? 0) + (m.noShows ?? 0);
      expect(m.noShowRate).toBe(due === 0 ? null : (m.noShows ?? 0) / due);

      const chats = await report(rig.admin, rig.site.id, "livechat", DAYS);
      const c = totalsOf(chats);
      expect(c).toMatchObject({ requested: 1, connected: 1, avgFirstResponseSeconds: 0 });
      const trend = tableOf(chats, "trend");
      for (const key of ["requested", "connected", "missed", "waiting", "transferred"])
        expect(sum(trend, key), key).toBe(c[key]);
      expect(c.requested).toBe((c.connected ?? 0) + (c.missed ?? 0) + (c.waiting ?? 0));
      const byAgent = tableOf(chats, "byAgent");
      expect(sum(byAgent, "connected")).toBe(c.connected);
      // Averages: the cards' are the agents' weighted by what each averages over (to the rounding).
      expect(weighted(byAgent, "avgQueueSeconds", "connected")).toBeCloseTo(c.avgQueueSeconds ?? 0, 1);
      expect(weighted(byAgent, "avgChatSeconds", "endedChats") ?? null).toBe(c.avgChatSeconds);
      expect(weighted(byAgent, "avgFirstResponseSeconds", "answeredChats")).toBeCloseTo(
        c.avgFirstResponseSeconds ?? 0,
        1,
      );
    });

    it("the dialogue reports' cards are their metrics, and the per-dialogue tables add up to them", async () => {
      const { rig, dialogueId } = await site();
      for (const name of ["overview", "dialogues", "dialogue"] as const) {
        const json = await report(rig.admin, rig.site.id, name, queryOf(name, dialogueId));
        expect(
          json.totals.map((t) => t.key),
          name,
        ).toEqual([...DIALOGUE_METRICS]);
        const t = totalsOf(json);
        const ratio = (a?: number | null, b?: number | null) => (b ? (a ?? 0) / b : null);
        expect(t.engagementRate, name).toBe(ratio(t.engaged, t.triggered));
        expect(t.conversionRate, name).toBe(ratio(t.peopleAcquired, t.engaged));
        const counts = DIALOGUE_METRICS.filter((k) => !k.endsWith("Rate"));
        const additive = {
          overview: ["trend"],
          dialogues: ["dialogues", "versions"],
          dialogue: ["trend", "versions"],
        };
        for (const id of additive[name])
          for (const key of counts) expect(sum(tableOf(json, id), key), `${name}.${id}.${key}`).toBe(t[key]);
      }
    });

    it("the scripted visitors' numbers, and the meetings booked agree between the dialogue and meetings reports", async () => {
      const { rig, dialogueId } = await site();
      // Three conversations (two with the Meeting card, one handed to the agent), one meeting.
      expect(totalsOf(await report(rig.admin, rig.site.id, "overview", DAYS))).toMatchObject({
        triggered: 3,
        peopleAcquired: 2,
        meetingsBooked: 1,
      });
      const dialogue = await report(rig.admin, rig.site.id, "dialogue", { ...DAYS, dialogueId });
      expect(totalsOf(dialogue)).toMatchObject({
        triggered: 2,
        engaged: 2,
        peopleAcquired: 2,
        meetingsBooked: 1,
      });
      const dialogues = tableOf(await report(rig.admin, rig.site.id, "dialogues", DAYS), "dialogues");
      const meetings = tableOf(await report(rig.admin, rig.site.id, "meetings", DAYS), "byDialogue");
      for (const row of meetings.rows)
        expect(dialogues.rows.find((d) => d.dialogueId === row.dialogueId)?.meetingsBooked).toBe(row.booked);
      expect(meetings.rows.map((r) => r.dialogueId)).toEqual([dialogueId]);
    });

    it("bad queries are refused with the error format and no data", async () => {
      const { rig, dialogueId } = await site();
      const otherSite = await newSite(rig.admin, "Other");
      const foreign = await publishStream(rig.admin, otherSite, meetingStream({ strategy: "round_robin" }));
      const refused: [string, Record<string, string | number>, number, string][] = [
        ["meetings", { from: "2027-03-02", to: "2027-03-01" }, 400, "validation_failed"],
        ["livechat", { from: "2026-02-28", to: "2027-03-02" }, 400, "validation_failed"],
        ["overview", { ...DAYS, to: "2027-02-30" }, 400, "validation_failed"],
        ["meetings", { ...DAYS, visitors: "some" }, 400, "validation_failed"],
        ["livechat", { ...DAYS, version: 1 }, 400, "validation_failed"],
        ["dialogue", DAYS, 400, "validation_failed"],
        ["meetings", { ...DAYS, dialogueId: foreign }, 404, "not_found"],
        ["dialogue", { ...DAYS, dialogueId: foreign }, 404, "not_found"],
        ["sales", DAYS, 400, "validation_failed"],
      ];
      for (const [name, query, status, code] of refused) {
        const json = await readReport(rig.admin, rig.site.id, name, query);
        expect({ name, query, status: json.status, code: json.body.error?.code }).toEqual({
          name,
          query,
          status,
          code,
        });
        expect(json.body).not.toHaveProperty("tables");
        const csv = await readCsv(rig.admin, rig.site.id, name, "trend", query);
        expect({ name, query, status: csv.status }).toEqual({ name, query, status });
        expect(csv.headers.get("content-type")).toContain("application/json");
      }
      const noTable = await readCsv(rig.admin, rig.site.id, "meetings", "funnel", DAYS);
      expect(noTable.status).toBe(404);
      expect(noTable.error?.code).toBe("not_found");
      expect((await readCsv(rig.admin, rig.site.id, "meetings", "by-agent", DAYS)).status).toBe(400);
      const dialogueOfSite = await readReport(rig.admin, rig.site.id, "dialogue", { ...DAYS, dialogueId });
      expect(dialogueOfSite.status).toBe(200);
      // 367 days (a year and a day, for leap years) is the longest range.
      const longest = await readReport(rig.admin, rig.site.id, "livechat", {
        from: "2026-03-01",
        to: "2027-03-02",
      });
      expect(longest.status).toBe(200);
      expect(tableOf(longest.body, "trend").rows).toHaveLength(367);

      // Who may read and export: a marketing user reads but does not export; another site's user finds no site.
      const marketer = await buildUser(server(), rig.admin, "marketing_user", { siteIds: [rig.site.id] });
      expect((await readReport(marketer.client, rig.site.id, "meetings", DAYS)).status).toBe(200);
      expect((await readCsv(marketer.client, rig.site.id, "meetings", "trend", DAYS)).status).toBe(403);
      const outsider = await buildUser(server(), rig.admin, "marketing_admin", { siteIds: [otherSite] });
      const outside = await readReport(outsider.client, rig.site.id, "meetings", DAYS);
      expect(outside.status).toBe(404);
      expect(outside.body).not.toHaveProperty("tables");
      expect((await readCsv(outsider.client, rig.site.id, "meetings", "trend", DAYS)).status).toBe(404);
    });
  },
  { options: { jobs: { start: false } } },
);
