import type { AgentAvailability, MeetingHost } from "@parley/protocol/meetings";
import { expect, it } from "vitest";
import { freeSlots } from "../../domain/availability/freeSlots";
import { newId } from "../../lib/ids";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { insertCalendarConnection } from "../../testing/meetingFactory";
import { buildUser, demoSite, newSite } from "../../testing/factories";

type Err = { error: { code: string; message: string; details?: unknown } };
const put = <T>(client: ApiClient, path: string, body: unknown) => client.request<T>("PUT", path, body);
const MINE = "/api/agents/me/meeting-availability";

describeEachDatabase("meeting availability and hosts (REST)", (server) => {
  it("starts from the defaults in the agent's live-chat zone, then saves a merge of what is sent", async () => {
    const admin = await server().admin();
    const host = await buildUser(server(), admin, "calendar_agent");
    await host.client.patch("/api/agents/me", { timeZone: "America/New_York" });

    const fresh = await host.client.get<AgentAvailability>(MINE);
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({
      userId: host.id,
      configured: false,
      updatedAt: null,
      timeZone: "America/New_York",
      meetingMinutes: 30,
      noticeMinutes: 24 * 60,
      horizonDays: 30,
      overrides: [],
    });
    expect(fresh.body.schedule.blocks).toEqual(
      [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })),
    );

    const first = await put<AgentAvailability>(host.client, MINE, {
      timeZone: "Europe/Paris",
      meetingMinutes: 45,
      schedule: { blocks: [{ day: 2, start: "13:00", end: "15:00" }] },
      overrides: [{ date: "2027-12-25", blocks: [] }],
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ configured: true, timeZone: "Europe/Paris", meetingMinutes: 45 });
    expect(first.body.updatedAt).toEqual(expect.any(String));
    // A later save changes only what it sends.
    const second = await put<AgentAvailability>(host.client, `/api/agents/${host.id}/meeting-availability`, {
      bufferMinutes: 10,
      dailyCap: 3,
    });
    expect(second.body).toMatchObject({
      timeZone: "Europe/Paris",
      meetingMinutes: 45,
      bufferMinutes: 10,
      dailyCap: 3,
    });
    expect(second.body.overrides).toEqual([{ date: "2027-12-25", blocks: [] }]);
    expect((await host.client.get<AgentAvailability>(MINE)).body).toEqual(second.body);
  });

  it("refuses an unknown zone, a date overridden twice and a block that ends before it starts, changing nothing", async () => {
    const admin = await server().admin();
    const host = await buildUser(server(), admin, "calendar_agent");
    await put(host.client, MINE, { timeZone: "Asia/Kathmandu", meetingMinutes: 20 });
    const before = (await host.client.get<AgentAvailability>(MINE)).body;

    const zone = await put<Err>(host.client, MINE, { timeZone: "Mars/Olympus", meetingMinutes: 60 });
    expect(zone.status).toBe(400);
    expect(zone.body.error.details).toEqual([
      { path: "/timeZone", message: expect.stringContaining("time zone") },
    ]);
    const twice = await put<Err>(host.client, MINE, {
      overrides: [
        { date: "2027-12-24", blocks: [{ start: "09:00", end: "12:00" }] },
        { date: "2027-12-24", blocks: [] },
      ],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details).toEqual([
      { path: "/overrides/1/date", message: expect.stringContaining("twice") },
    ]);
    const backwards = await put<Err>(host.client, MINE, {
      schedule: { blocks: [{ day: 1, start: "17:00", end: "09:00" }] },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toMatch(/schedule\.blocks\.0\.end/);
    const unknown = await put<Err>(host.client, MINE, { timezone: "UTC" });
    expect(unknown.status).toBe(400);
    expect((await host.client.get<AgentAvailability>(MINE)).body).toEqual(before);
  });

  it("a host changes only their own; meetings.manage reaches colleagues, not users of other sites", async () => {
    const admin = await server().admin();
    const siteA = await newSite(admin, "North");
    const siteB = await newSite(admin, "South");
    const ann = await buildUser(server(), admin, "calendar_agent", { siteIds: [siteA] });
    const bob = await buildUser(server(), admin, "calendar_agent", { siteIds: [siteA] });
    const path = `/api/agents/${ann.id}/meeting-availability`;

    expect((await bob.client.get<Err>(path)).status).toBe(403);
    expect((await put<Err>(bob.client, path, { meetingMinutes: 60 })).status).toBe(403);

    const manager = await buildUser(server(), admin, "sales_admin", { siteIds: [siteA] });
    const saved = await put<AgentAvailability>(manager.client, path, { meetingMinutes: 60 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ userId: ann.id, meetingMinutes: 60, configured: true });

    const elsewhere = await buildUser(server(), admin, "sales_admin", { siteIds: [siteB] });
    expect((await elsewhere.client.get<Err>(path)).status).toBe(404);
    expect((await put<Err>(elsewhere.client, path, { meetingMinutes: 15 })).status).toBe(404);
    const marketing = await buildUser(server(), admin, "marketing_user");
    expect((await marketing.client.get<Err>(MINE)).status).toBe(403);
    expect((await ann.client.get<AgentAvailability>(MINE)).body.meetingMinutes).toBe(60);
    expect((await admin.get<Err>(`/api/agents/${newId()}/meeting-availability`)).status).toBe(404);
  });

  it("what a host saves is what their slots come from", async () => {
    const admin = await server().admin();
    const host = await buildUser(server(), admin, "calendar_agent");
    const now = Date.parse("2027-03-01T06:00:00Z"); // Monday 07:00 in Paris
    const { db } = server().parley.ctx.store;
    expect((await freeSlots(db, [host.id], now)).get(host.id)).toEqual([]);
    await put(host.client, MINE, {
      timeZone: "Europe/Paris",
      schedule: { blocks: [{ day: 1, start: "10:00", end: "11:00" }] },
      meetingMinutes: 60,
      noticeMinutes: 0,
      horizonDays: 7,
    });
    expect((await freeSlots(db, [host.id], now)).get(host.id)).toEqual([
      { start: "2027-03-01T09:00:00.000Z", end: "2027-03-01T10:00:00.000Z" },
    ]);
  });

  it("lists the site's hosts with whether they are configured, their zone and calendars needing attention", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Hosts");
    const other = await newSite(admin, "Elsewhere");
    const ada = await buildUser(server(), admin, "calendar_agent", { siteIds: [siteId] });
    const ben = await buildUser(server(), admin, "calendar_agent", { siteIds: [siteId] });
    const away = await buildUser(server(), admin, "calendar_agent", { siteIds: [other] });
    const live = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    await put(ada.client, MINE, { timeZone: "Pacific/Chatham" });
    await ben.client.patch("/api/agents/me", { timeZone: "Asia/Kolkata" });
    await insertCalendarConnection(server().parley.ctx.store.db, {
      user_id: ben.id,
      status: "needs_attention",
      last_error: "401 Unauthorized",
    });

    // A live agent reads it for the inbox's "share booking" picker.
    const res = await live.client.get<{ items: MeetingHost[] }>(`/api/sites/${siteId}/meeting-hosts`);
    expect(res.status).toBe(200);
    const mine = res.body.items.filter((h) => h.id === ada.id || h.id === ben.id);
    expect(mine).toEqual([
      {
        id: ada.id,
        name: "Test calendar_agent",
        email: ada.email,
        initials: "TC",
        avatarUrl: null,
        teamIds: [],
        configured: true,
        timeZone: "Pacific/Chatham",
        calendarsNeedAttention: false,
      },
      {
        id: ben.id,
        name: "Test calendar_agent",
        email: ben.email,
        initials: "TC",
        avatarUrl: null,
        teamIds: [],
        configured: false,
        timeZone: "Asia/Kolkata",
        calendarsNeedAttention: true,
      },
    ]);
    // Only users who host meetings and reach the site: the live agent and the other site's host are not.
    const ids = res.body.items.map((h) => h.id);
    expect(ids).not.toContain(live.id);
    expect(ids).not.toContain(away.id);
    expect(
      (
        await (
          await buildUser(server(), admin, "marketing_user")
        ).client.get(`/api/sites/${siteId}/meeting-hosts`)
      ).status,
    ).toBe(403);
    const site = await demoSite(admin);
    expect((await ada.client.get(`/api/sites/${site.id}/meeting-hosts`)).status).toBe(404);
  });
});
