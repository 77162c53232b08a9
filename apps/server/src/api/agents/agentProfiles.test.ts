import type { AgentProfile, AgentSummary } from "@parley/protocol/liveChat";
import { expect, it } from "vitest";
import { sweepAgentPresence } from "../../domain/agents/sweepAgentPresence";
import { frozenClock, setClock } from "../../lib/clock";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";
import type { TestServer } from "../../testing/testServer";
import { WsClient } from "../../testing/wsClient";

// Tuesday 10 March 2026, 06:00 UTC: 07:00 in Paris, 15:00 in Tokyo.
const time = frozenClock("2026-03-10T06:00:00.000Z");
setClock(time);

const put = <T>(client: ApiClient, path: string, body: unknown) => client.request<T>("PUT", path, body);

async function socketOf(server: TestServer, client: ApiClient, siteId?: string): Promise<WsClient> {
  const socket = await WsClient.connect(`${server.url.replace("http", "ws")}/ws`, {
    cookie: client.cookie ?? "",
    origin: server.url,
  });
  await socket.next((f) => f.type === "hello");
  if (siteId) {
    socket.send({ type: "subscribe", channel: `site:${siteId}`, ref: "s" });
    await socket.next((f) => f.type === "subscribed");
  }
  return socket;
}

const presenceOf = (socket: WsClient, agentId: string, state?: string) =>
  socket.next(
    (f) =>
      f.type === "event" &&
      f.name === "agent.presence" &&
      (f.data as AgentSummary).id === agentId &&
      (!state || (f.data as AgentSummary).state === state),
  ) as unknown as Promise<{ data: AgentSummary }>;

describeEachDatabase("agent profiles and presence", (server) => {
  it("an agent reads their profile: defaults, initials, offline before any heartbeat", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Profiles");
    const agent = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    const me = await agent.client.get<AgentProfile>("/api/agents/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      id: agent.id,
      initials: "TL",
      avatarUrl: null,
      timeZone: "UTC",
      schedule: null,
      concurrencyLimit: null,
      limit: 5,
      state: "offline",
      availability: null,
    });
  });

  it("refuses a zone that is not IANA, a limit outside 1–10 and a bad schedule, changing nothing", async () => {
    const admin = await server().admin();
    const agent = await buildUser(server(), admin, "live_agent", { siteIds: [await newSite(admin, "Bad")] });
    await agent.client.patch("/api/agents/me", { timeZone: "Europe/Paris", concurrencyLimit: 3 });
    const zone = await agent.client.patch<{ error: { code: string; details: unknown } }>("/api/agents/me", {
      timeZone: "Mars/Olympus",
      concurrencyLimit: 4,
    });
    expect(zone.status).toBe(400);
    expect(zone.body.error.code).toBe("validation_failed");
    expect(zone.body.error.details).toEqual([
      { path: "/timeZone", message: expect.stringContaining("time zone") },
    ]);
    expect((await agent.client.patch("/api/agents/me", { concurrencyLimit: 11 })).status).toBe(400);
    const schedule = await agent.client.patch("/api/agents/me", {
      schedule: { blocks: [{ day: 2, start: "17:00", end: "09:00" }] },
    });
    expect(schedule.status).toBe(400);
    const me = await agent.client.get<AgentProfile>("/api/agents/me");
    expect(me.body).toMatchObject({
      timeZone: "Europe/Paris",
      concurrencyLimit: 3,
      limit: 3,
      schedule: null,
    });
  });

  it("the toggle lasts until the next block or local midnight, in each agent's zone", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Zones");
    const paris = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    const tokyo = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    const weekdays = { blocks: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })) };
    await paris.client.patch("/api/agents/me", { timeZone: "Europe/Paris", schedule: weekdays });
    await tokyo.client.patch("/api/agents/me", { timeZone: "Asia/Tokyo", schedule: weekdays });

    // 07:00 in Paris: away until the 09:00 block. 15:00 in Tokyo, inside the block: until midnight.
    const p = await put<AgentProfile>(paris.client, "/api/agents/me/availability", { availability: "away" });
    expect(p.body).toMatchObject({ availability: "away", availabilityUntil: "2026-03-10T08:00:00.000Z" });
    const t = await put<AgentProfile>(tokyo.client, "/api/agents/me/availability", { availability: "away" });
    expect(t.body).toMatchObject({ availability: "away", availabilityUntil: "2026-03-10T15:00:00.000Z" });

    // Moving to New York re-times the toggle: 02:00 there, the block at 09:00 EDT (13:00 UTC) is first.
    const moved = await paris.client.patch<AgentProfile>("/api/agents/me", { timeZone: "America/New_York" });
    expect(moved.body.availabilityUntil).toBe("2026-03-10T13:00:00.000Z");
    expect((await put(paris.client, "/api/agents/me/availability", { availability: "maybe" })).status).toBe(
      400,
    );
  });

  it("heartbeats make an agent available and the site hears it; the sweep announces the lapse", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Presence");
    const agent = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    const watcher = await socketOf(server(), admin, siteId);
    const agentSocket = await socketOf(server(), agent.client);

    agentSocket.send({ type: "presence.beat", inboxOpen: true, ref: "b1" });
    expect((await presenceOf(watcher, agent.id)).data).toMatchObject({ state: "available", activeChats: 0 });
    const list = await admin.get<{ items: AgentSummary[] }>(`/api/sites/${siteId}/agents`);
    // The admin answers chats on every site too, but sent no heartbeat.
    const states = Object.fromEntries(list.body.items.map((a) => [a.id, a.state]));
    expect(states[agent.id]).toBe("available");
    expect(Object.values(states).filter((s) => s === "available")).toHaveLength(1);

    // Toggled away: announced at once.
    await put(agent.client, "/api/agents/me/availability", { availability: "away" });
    expect((await presenceOf(watcher, agent.id)).data.state).toBe("away");
    await put(agent.client, "/api/agents/me/availability", { availability: "available" });
    await presenceOf(watcher, agent.id, "available");

    // 40 s of silence: still online (grace period); 50 s: offline, which the sweep announces.
    await sweepAgentPresence(server().parley.ctx);
    time.advance(40_000);
    const still = await admin.get<{ items: AgentSummary[] }>(`/api/sites/${siteId}/agents`);
    expect(still.body.items.find((a) => a.id === agent.id)?.state).toBe("available");
    time.advance(10_000);
    await sweepAgentPresence(server().parley.ctx);
    expect((await presenceOf(watcher, agent.id, "offline")).data.state).toBe("offline");

    // Coming back announces again.
    agentSocket.send({ type: "presence.beat", inboxOpen: true, ref: "b2" });
    await presenceOf(watcher, agent.id, "available");
    watcher.close();
    agentSocket.close();
  });

  it("a manager with agents.manage sets another agent's limit, only for agents they reach", async () => {
    const admin = await server().admin();
    const [siteA, siteB] = [await newSite(admin, "Mine"), await newSite(admin, "Theirs")];
    const agent = await buildUser(server(), admin, "live_agent", { siteIds: [siteA] });
    const outsider = await buildUser(server(), admin, "live_agent", { siteIds: [siteB] });
    const manager = await buildUser(server(), admin, "sales_admin", { siteIds: [siteA] });
    const watcher = await socketOf(server(), admin, siteA);

    const set = await manager.client.patch<AgentProfile>(`/api/agents/${agent.id}`, { concurrencyLimit: 2 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ concurrencyLimit: 2, limit: 2 });
    expect((await presenceOf(watcher, agent.id)).data.limit).toBe(2);
    expect((await manager.client.patch(`/api/agents/${outsider.id}`, { concurrencyLimit: 2 })).status).toBe(
      404,
    );
    expect((await agent.client.patch(`/api/agents/${agent.id}`, { concurrencyLimit: 9 })).status).toBe(403);
    expect((await agent.client.get<AgentProfile>("/api/agents/me")).body.limit).toBe(2);
    watcher.close();
  });
});
