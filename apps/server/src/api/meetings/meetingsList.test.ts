import type { Meeting, MeetingList } from "@parley/protocol/meetings";
import type { z } from "zod";
import { parse } from "csv-parse/sync";
import { beforeAll, beforeEach, expect, it } from "vitest";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";
import { mailTestRig } from "../../testing/mailTestRig";
import { insertMeeting, meetingHost } from "../../testing/meetingFactory";
import { parseInvite } from "../../testing/parseInvite";
import type { TestServer } from "../../testing/testServer";
import { publishStream } from "../../testing/visitorClient";

// Wednesday 10 March 2027, noon UTC.
const NOW = "2027-03-10T12:00:00.000Z";
const { sink, clock } = await mailTestRig(NOW);
const FORMULA = '=HYPERLINK("https://evil.example","click")';

type Err = { error: { code: string; message: string } };
const at = (iso: string, minutes = 30) => ({
  starts_at: iso,
  ends_at: new Date(Date.parse(iso) + minutes * 60_000).toISOString(),
});

/** Two hosts' meetings on one site, one of each shown status, named by what they are. */
async function meetingsOfSite(server: TestServer) {
  const admin = await server.admin();
  const siteId = await newSite(admin, "Meetings");
  const dialogueId = await publishStream(
    admin,
    siteId,
    { schemaVersion: 1, startCardId: "hi", cards: [{ id: "hi", type: "message", name: "Hi", text: "Hi" }] },
    { name: "Book a demo" },
  );
  const ada = await meetingHost(server, admin, siteId, { timeZone: "Europe/Berlin" });
  const bob = await meetingHost(server, admin, siteId, { timeZone: "America/New_York" });
  const { db } = server.parley.ctx.store;
  const base = { site_id: siteId, created_at: "2027-03-01T08:00:00.000Z" };
  const seed = {
    // not over yet: soonest first
    inProgress: { ...base, user_id: ada.id, ...at("2027-03-10T11:45:00.000Z"), visitor_name: "Ivy In" },
    soon: { ...base, user_id: bob.id, ...at("2027-03-10T13:00:00.000Z"), visitor_name: FORMULA },
    upcoming: {
      ...base,
      user_id: ada.id,
      ...at("2027-03-11T10:00:00.000Z"),
      visitor_name: "Ann Alpha",
      visitor_email: "ann@alpha.example",
      dialogue_id: dialogueId,
    },
    cancelled: {
      ...base,
      user_id: bob.id,
      ...at("2027-03-11T15:00:00.000Z"),
      status: "cancelled" as const,
      visitor_name: "@SUM(1)",
    },
    rescheduled: { ...base, user_id: bob.id, ...at("2027-03-12T09:00:00.000Z"), reschedule_count: 1 },
    // over: latest first
    noShow: { ...base, user_id: ada.id, ...at("2027-03-09T10:00:00.000Z"), status: "no_show" as const },
    happened: { ...base, user_id: ada.id, ...at("2027-03-08T10:00:00.000Z"), visitor_name: "-2+3" },
  };
  const ids = {} as Record<keyof typeof seed, string>;
  for (const [name, values] of Object.entries(seed))
    ids[name as keyof typeof seed] = (await insertMeeting(db, values)).id;
  return { admin, siteId, dialogueId, ada, bob, ids };
}

type Fixture = Awaited<ReturnType<typeof meetingsOfSite>>;
const ORDER = ["inProgress", "soon", "upcoming", "cancelled", "rescheduled", "noShow", "happened"] as const;

describeEachDatabase(
  "the meetings list, its CSV and agents' status changes",
  (server) => {
    // The reading tests share one site's meetings; each changing test makes its own.
    let f: Fixture;
    beforeAll(async () => {
      clock.set(NOW);
      f = await meetingsOfSite(server());
    });
    beforeEach(() => clock.set(NOW));
    const names = (items: Meeting[]) =>
      items.map((m) => Object.entries(f.ids).find(([, id]) => id === m.id)?.[0]);
    const list = async (client: ApiClient, query = "") => {
      const res = await client.get<z.infer<typeof MeetingList>>(`/api/sites/${f.siteId}/meetings${query}`);
      expect(res.status).toBe(200);
      return { names: names(res.body.items), body: res.body };
    };

    it("lists upcoming meetings soonest first, then the past latest first, with the shown status", async () => {
      const { names: order, body } = await list(f.admin);
      expect(order).toEqual(ORDER);
      expect(body.total).toBe(7);
      expect(body.items.map((m) => m.status)).toEqual([
        "upcoming",
        "upcoming",
        "upcoming",
        "cancelled",
        "rescheduled",
        "no_show",
        "happened",
      ]);
      expect(body.items[2]).toMatchObject({
        agent: { id: f.ada.id, name: f.ada.name, email: f.ada.email },
        visitorEmail: "ann@alpha.example",
        visitorName: "Ann Alpha",
        dialogue: { id: f.dialogueId, name: "Book a demo" },
        start: "2027-03-11T10:00:00.000Z",
        end: "2027-03-11T10:30:00.000Z",
        source: "card",
      });
      const page = await list(f.admin, "?limit=2&offset=1");
      expect(page.names).toEqual(["soon", "upcoming"]);
      expect(page.body.total).toBe(7);
    });

    it("filters by shown status, agent, dialogue, time and visitor", async () => {
      expect((await list(f.admin, "?status=upcoming")).names).toEqual(["inProgress", "soon", "upcoming"]);
      expect((await list(f.admin, "?status=rescheduled")).names).toEqual(["rescheduled"]);
      expect((await list(f.admin, "?status=happened")).names).toEqual(["happened"]);
      expect((await list(f.admin, "?status=cancelled")).names).toEqual(["cancelled"]);
      expect((await list(f.admin, "?status=no_show")).names).toEqual(["noShow"]);
      expect((await list(f.admin, `?agentId=${f.bob.id}`)).names).toEqual([
        "soon",
        "cancelled",
        "rescheduled",
      ]);
      expect((await list(f.admin, `?dialogueId=${f.dialogueId}`)).names).toEqual(["upcoming"]);
      const window = "?from=2027-03-11T00:00:00Z&to=2027-03-12T01:00:00%2B01:00";
      expect((await list(f.admin, window)).names).toEqual(["upcoming", "cancelled"]);
      expect((await list(f.admin, "?q=ALPHA.ex")).names).toEqual(["upcoming"]);
      expect((await list(f.admin, "?q=ann")).names).toEqual(["upcoming"]);
      // What one types is matched literally: % and _ are no wildcards.
      expect((await list(f.admin, "?q=%25")).names).toEqual([]);
      expect((await list(f.admin, "?q=a_n")).names).toEqual([]);
      // An hour later the meeting in progress is over: it happened.
      clock.set("2027-03-10T13:00:00.000Z");
      expect((await list(f.admin, "?status=happened")).names).toEqual(["inProgress", "happened"]);
      const bad = await f.admin.get<Err>(`/api/sites/${f.siteId}/meetings?status=later`);
      expect(bad.status).toBe(400);
    });

    it("a host sees their own meetings; who sees every conversation sees all; others none", async () => {
      expect((await list(f.ada.client)).names).toEqual(["inProgress", "upcoming", "noShow", "happened"]);
      expect((await list(f.ada.client, `?agentId=${f.bob.id}`)).names).toEqual([]);
      const marketer = await buildUser(server(), f.admin, "marketing_user", { siteIds: [f.siteId] });
      expect((await list(marketer.client)).names).toEqual(ORDER);
      const agent = await buildUser(server(), f.admin, "live_agent", { siteIds: [f.siteId] });
      expect((await agent.client.get(`/api/sites/${f.siteId}/meetings`)).status).toBe(403);
      const elsewhere = await buildUser(server(), f.admin, "sales_admin", {
        siteIds: [await newSite(f.admin, "Other")],
      });
      expect((await elsewhere.client.get(`/api/sites/${f.siteId}/meetings`)).status).toBe(404);
    });

    it("exports the same list as CSV, formulas neutralised, for who may export", async () => {
      const exporter = await buildUser(server(), f.admin, "marketing_admin", { siteIds: [f.siteId] });
      const res = await fetch(`${server().url}/api/sites/${f.siteId}/meetings.csv`, {
        headers: { cookie: exporter.client.cookie ?? "" },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="meetings-2027-03-10.csv"');
      const rows = parse(await res.text()) as string[][];
      expect(rows[0]).toEqual([
        "visitor email",
        "visitor name",
        "agent",
        "agent email",
        "dialogue",
        "start",
        "end",
        "status",
        "source",
        "created",
      ]);
      expect(rows).toHaveLength(8);
      const byName = (name: (typeof ORDER)[number]) => rows[ORDER.indexOf(name) + 1] ?? [];
      expect(byName("upcoming")).toEqual([
        "ann@alpha.example",
        "Ann Alpha",
        f.ada.name,
        f.ada.email,
        "Book a demo",
        "2027-03-11T10:00:00.000Z",
        "2027-03-11T10:30:00.000Z",
        "upcoming",
        "card",
        "2027-03-01T08:00:00.000Z",
      ]);
      expect(byName("soon")[1]).toBe(`'${FORMULA}`);
      expect(byName("cancelled")[1]).toBe("'@SUM(1)");
      expect(byName("happened")[1]).toBe("'-2+3");
      expect(byName("rescheduled")[7]).toBe("rescheduled");

      const filtered = await fetch(`${server().url}/api/sites/${f.siteId}/meetings.csv?status=no_show`, {
        headers: { cookie: exporter.client.cookie ?? "" },
      });
      expect((parse(await filtered.text()) as string[][]).slice(1).map((r) => r[7])).toEqual(["no_show"]);
      expect((await f.ada.client.get(`/api/sites/${f.siteId}/meetings.csv`)).status).toBe(403);
    });

    it("the host marks a no-show once the meeting has started, and can undo it", async () => {
      f = await meetingsOfSite(server());
      const patch = (client: ApiClient, id: string, body: unknown) =>
        client.patch<Meeting & Err>(`/api/meetings/${id}`, body);
      const early = await patch(f.ada.client, f.ids.upcoming, { status: "no_show" });
      expect(early.status).toBe(400);
      expect(early.body.error.message).toBe("A meeting can be marked a no-show only once it has started");
      expect((await list(f.admin, "?status=upcoming")).names).toContain("upcoming");

      const marked = await patch(f.ada.client, f.ids.inProgress, { status: "no_show" });
      expect(marked.status).toBe(200);
      expect(marked.body.status).toBe("no_show");
      expect((await list(f.admin, "?status=no_show")).names).toEqual(["inProgress", "noShow"]);
      const undone = await patch(f.ada.client, f.ids.inProgress, { status: "scheduled" });
      expect(undone.body.status).toBe("upcoming");

      // Another host's meeting: not theirs to see; a marketer sees it but may not change it.
      expect((await patch(f.ada.client, f.ids.soon, { status: "no_show" })).status).toBe(404);
      const marketer = await buildUser(server(), f.admin, "marketing_user", { siteIds: [f.siteId] });
      expect((await patch(marketer.client, f.ids.soon, { status: "cancelled" })).status).toBe(403);
      // A cancelled meeting stays cancelled.
      const revive = await patch(f.admin, f.ids.cancelled, { status: "scheduled" });
      expect(revive.status).toBe(409);
      expect((await list(f.admin, "?status=cancelled")).names).toEqual(["cancelled"]);
    });

    it("a manager's cancellation mails the visitor and the host a METHOD:CANCEL invitation", async () => {
      f = await meetingsOfSite(server());
      const manager = await buildUser(server(), f.admin, "sales_admin", { siteIds: [f.siteId] });
      const { db } = server().parley.ctx.store;
      const before = await db
        .selectFrom("meetings")
        .selectAll()
        .where("id", "=", f.ids.rescheduled)
        .executeTakeFirstOrThrow();
      const res = await manager.client.patch<Meeting>(`/api/meetings/${f.ids.rescheduled}`, {
        status: "cancelled",
        reason: "Host is ill",
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: "cancelled", cancelReason: "Host is ill" });
      const visitorMail = await sink.waitFor(before.visitor_email ?? "");
      expect(visitorMail.text).toContain("Reason: Host is ill");
      expect(parseInvite(visitorMail)).toMatchObject({ method: "CANCEL", uid: before.uid, sequence: 1 });
      const hostMail = await sink.waitFor(f.bob.email);
      expect(parseInvite(hostMail).method).toBe("CANCEL");
      expect((await list(f.admin, "?status=cancelled")).names).toEqual(["cancelled", "rescheduled"]);
    });
  },
  { env: { SMTP_URL: sink.url } },
);
