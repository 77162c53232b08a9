import { expect, it } from "vitest";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { buildUser, demoSite } from "../testing/factories";
import type { TestServer } from "../testing/testServer";
import { WsClient } from "../testing/wsClient";

const wsUrl = (server: TestServer, query = "") => `${server.url.replace("http", "ws")}/ws${query}`;

async function agentSocket(server: TestServer) {
  const admin = await server.admin();
  const socket = await WsClient.connect(wsUrl(server), { cookie: admin.cookie ?? "", origin: server.url });
  return { admin, socket };
}

async function visitorToken(server: TestServer, siteKey: string, origin = "http://localhost:3000") {
  const res = await fetch(`${server.url}/api/widget/visitors`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ siteKey }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { visitorId: string; token: string; error?: { code: string } },
  };
}

describeEachDatabase("WebSocket endpoint", (server) => {
  it("an agent connects with the session cookie, subscribes to a site and receives its changes", async () => {
    const { admin, socket } = await agentSocket(server());
    expect(await socket.next((f) => f.type === "hello")).toMatchObject({ kind: "agent" });
    const site = await demoSite(admin);
    socket.send({ type: "subscribe", channel: `site:${site.id}`, ref: "s1" });
    expect(await socket.next((f) => f.type === "subscribed")).toMatchObject({
      channel: `site:${site.id}`,
      ref: "s1",
    });
    await admin.patch(`/api/sites/${site.id}`, { branding: { headerText: "Hello there" } });
    const event = await socket.next((f) => f.type === "event");
    expect(event).toMatchObject({ channel: `site:${site.id}`, name: "site.updated" });
    expect((event.data as { branding: { headerText: string } }).branding.headerText).toBe("Hello there");
    socket.close();
  });

  it("malformed and unknown frames get an error frame; the connection stays usable", async () => {
    const { socket } = await agentSocket(server());
    await socket.next((f) => f.type === "hello");
    socket.send("this is not json");
    expect(await socket.next((f) => f.type === "error")).toMatchObject({ code: "bad_request" });
    socket.send({ type: "launch_missiles", ref: "x1" });
    expect(await socket.next((f) => f.type === "error")).toMatchObject({
      code: "validation_failed",
      ref: "x1",
    });
    socket.send({ type: "subscribe", channel: "site:x", extra: true, ref: "x2" });
    expect(await socket.next((f) => f.type === "error")).toMatchObject({
      code: "validation_failed",
      ref: "x2",
    });
    socket.send({ type: "ping", ref: "p1" });
    expect(await socket.next((f) => f.type === "pong")).toMatchObject({ ref: "p1" });
    socket.close();
  });

  it("an agent cannot listen on another user's channel or a site outside their access", async () => {
    const admin = await server().admin();
    const other = await admin.post<{ id: string }>("/api/sites", { name: "Elsewhere" });
    const limited = await buildUser(server(), admin, "live_agent", { siteIds: [(await demoSite(admin)).id] });
    const socket = await WsClient.connect(wsUrl(server()), { cookie: limited.client.cookie ?? "" });
    await socket.next((f) => f.type === "hello");
    socket.send({ type: "subscribe", channel: "user:someone-else", ref: "a" });
    expect(await socket.next((f) => f.type === "error")).toMatchObject({ code: "forbidden", ref: "a" });
    socket.send({ type: "subscribe", channel: `site:${other.body.id}`, ref: "b" });
    expect(await socket.next((f) => f.type === "error")).toMatchObject({ code: "forbidden", ref: "b" });
    socket.close();
  });

  it("on a site channel each event goes only to those whose role may see it", async () => {
    const admin = await server().admin();
    const site = await demoSite(admin);
    const roleName = `Dialogue viewer ${Date.now()}`;
    const role = await admin.post("/api/roles", { name: roleName, permissions: ["dialogues.view"] });
    expect(role.status).toBe(201);
    const viewer = await buildUser(server(), admin, roleName);
    const listen = async (cookie: string) => {
      const socket = await WsClient.connect(wsUrl(server()), { cookie, origin: server().url });
      await socket.next((f) => f.type === "hello");
      socket.send({ type: "subscribe", channel: `site:${site.id}`, ref: "s" });
      await socket.next((f) => f.type === "subscribed");
      return socket;
    };
    const mine = await listen(viewer.client.cookie ?? "");
    const admins = await listen(admin.cookie ?? "");

    await admin.post(`/api/sites/${site.id}/people`, { email: `rt-${Date.now()}@example.com` });
    await admin.patch(`/api/sites/${site.id}`, { branding: { headerText: "After the person" } });
    // The admin hears both; the viewer hears the site change and nothing about the person.
    expect(await admins.next((f) => f.type === "event" && f.name === "person.created")).toBeTruthy();
    await admins.next((f) => f.type === "event" && f.name === "site.updated");
    await mine.next((f) => f.type === "event" && f.name === "site.updated");
    expect(mine.frames.filter((f) => f.type === "event").map((f) => f.name)).toEqual([]);
    mine.close();
    admins.close();
  });

  it("open connections follow access changes: lost site access leaves the channel, deactivation closes", async () => {
    const admin = await server().admin();
    const home = await demoSite(admin);
    const other = await admin.post<{ id: string }>("/api/sites", { name: `Other ${Date.now()}` });
    const agent = await buildUser(server(), admin, "live_agent", { siteIds: [home.id, other.body.id] });
    const socket = await WsClient.connect(wsUrl(server()), {
      cookie: agent.client.cookie ?? "",
      origin: server().url,
    });
    await socket.next((f) => f.type === "hello");
    for (const id of [home.id, other.body.id]) {
      socket.send({ type: "subscribe", channel: `site:${id}`, ref: id });
      await socket.next((f) => f.type === "subscribed" && f.ref === id);
    }

    // Their access narrows to the home site: the other site's channel is left, and stays silent.
    expect((await admin.patch(`/api/users/${agent.id}`, { siteIds: [home.id] })).status).toBe(200);
    expect(await socket.next((f) => f.type === "unsubscribed")).toMatchObject({
      channel: `site:${other.body.id}`,
    });
    await admin.patch(`/api/sites/${other.body.id}`, { branding: { headerText: "Not for you" } });
    await admin.patch(`/api/sites/${home.id}`, { branding: { headerText: "Still yours" } });
    const heard = await socket.next((f) => f.type === "event" && f.name === "site.updated");
    expect(heard.channel).toBe(`site:${home.id}`);

    // Deactivated: the connection is told and closed.
    await admin.delete(`/api/users/${agent.id}`);
    expect(await socket.next((f) => f.type === "error")).toMatchObject({ code: "unauthenticated" });
    expect((await socket.closed).code).toBe(4401);
  });

  it("refuses connections without credentials, with a forged visitor token, or with a session from a foreign page", async () => {
    const anonymous = await WsClient.connect(wsUrl(server()));
    expect(await anonymous.next((f) => f.type === "error")).toMatchObject({ code: "unauthenticated" });
    expect((await anonymous.closed).code).toBe(4401);

    const site = await demoSite(await server().admin());
    const forged = await WsClient.connect(wsUrl(server(), `?site=${site.siteKey}&visitor=abc.def.ghi`));
    expect(await forged.next((f) => f.type === "error")).toMatchObject({ code: "unauthenticated" });
    expect((await forged.closed).code).toBe(4401);

    const { admin } = await agentSocket(server());
    const hijack = await WsClient.connect(wsUrl(server()), {
      cookie: admin.cookie ?? "",
      origin: "https://evil.example",
    });
    expect(await hijack.next((f) => f.type === "error")).toMatchObject({ code: "forbidden" });
    expect((await hijack.closed).code).toBe(4401);
  });

  it("frames sent the moment the socket opens, during the server's set-up, are all answered in order", async () => {
    const site = await demoSite(await server().admin());
    const { body } = await visitorToken(server(), site.siteKey);
    const url = wsUrl(server(), `?site=${site.siteKey}&visitor=${encodeURIComponent(body.token)}`);
    const { default: WebSocket } = await import("ws");
    const socket = new WebSocket(url, { headers: { origin: "http://localhost:3000" } });
    const pongs: string[] = [];
    const all = new Promise<void>((resolve) =>
      socket.on("message", (data) => {
        const frame = JSON.parse(data.toString()) as { type: string; ref?: string };
        if (frame.type === "pong" && frame.ref) pongs.push(frame.ref);
        if (pongs.length === 30) resolve();
      }),
    );
    await new Promise<void>((resolve) => socket.on("open", () => resolve()));
    // Spread the frames over the server's set-up (identity, site settings, own channel).
    for (let i = 0; i < 30; i++) {
      socket.send(JSON.stringify({ type: "ping", ref: `p${i}` }));
      await new Promise((r) => setImmediate(r));
    }
    await all;
    expect(pongs).toEqual(Array.from({ length: 30 }, (_, i) => `p${i}`));
    socket.close();
  });

  it("a visitor gets a token from an allowed origin, connects with it and hears only their own channel", async () => {
    const site = await demoSite(await server().admin());
    const refused = await visitorToken(server(), site.siteKey, "https://not-allowed.example");
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe("domain_not_allowed");

    const { body } = await visitorToken(server(), site.siteKey);
    const socket = await WsClient.connect(
      wsUrl(server(), `?site=${site.siteKey}&visitor=${encodeURIComponent(body.token)}`),
      {
        origin: "http://localhost:3000",
      },
    );
    expect(await socket.next((f) => f.type === "hello")).toMatchObject({
      kind: "visitor",
      id: body.visitorId,
    });
    socket.send({ type: "subscribe", channel: `site:${site.id}`, ref: "v" });
    expect(await socket.next((f) => f.type === "error")).toMatchObject({ code: "forbidden" });
    const nudge = { type: "goal_reached", conversationId: "c1", cardId: null, data: { goal: "n1" } };
    await server().parley.ctx.bus.publish({
      channel: `visitor:${body.visitorId}`,
      name: "activity",
      data: nudge,
    });
    expect(await socket.next((f) => f.type === "event")).toMatchObject({ name: "activity", data: nudge });
    socket.close();

    const again = await visitorToken(server(), site.siteKey);
    expect(again.body.visitorId).not.toBe(body.visitorId);
    const kept = await fetch(`${server().url}/api/widget/visitors`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000" },
      body: JSON.stringify({ siteKey: site.siteKey, token: body.token }),
    });
    expect(((await kept.json()) as { visitorId: string }).visitorId).toBe(body.visitorId);
  });
});

describeEachDatabase(
  "WebSocket heartbeat",
  (server) => {
    it("drops a connection that stops answering pings, keeps one that answers", async () => {
      const admin = await server().admin();
      const headers = { cookie: admin.cookie ?? "" };
      const alive = await WsClient.connect(`${server().url.replace("http", "ws")}/ws`, headers);
      const dead = await WsClient.connect(`${server().url.replace("http", "ws")}/ws`, headers, false);
      await dead.next((f) => f.type === "hello");
      const closed = await dead.closed;
      expect(closed.code).toBe(1006);
      alive.send({ type: "ping", ref: "still" });
      expect(await alive.next((f) => f.type === "pong")).toMatchObject({ ref: "still" });
      alive.close();
    });
  },
  { options: { heartbeatMs: 150 } },
);
