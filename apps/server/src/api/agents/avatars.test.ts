import type { AgentProfile, AgentSummary } from "@parley/protocol/liveChat";
import { expect, it } from "vitest";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";
import { dataUrl, tinyJpeg, tinyPng, tinyWebp } from "../../testing/tinyImages";

type Failure = { error: { code: string; message: string } };
const putAvatar = <T>(client: ApiClient, id: string, image: string) =>
  client.request<T>("PUT", `/api/agents/${id}/avatar`, { image });

describeEachDatabase("agent avatars", (server) => {
  it("an agent uploads a square PNG; anyone loads it with its type, caching and nosniff", async () => {
    const admin = await server().admin();
    const agent = await buildUser(server(), admin, "live_agent", {
      siteIds: [await newSite(admin, "Avatars")],
    });
    const png = tinyPng(32, 32);
    const set = await putAvatar<AgentProfile>(agent.client, agent.id, dataUrl("image/png", png));
    expect(set.status).toBe(200);
    expect(set.body.avatarUrl).toMatch(new RegExp(`^/api/avatars/${agent.id}\\?v=`));

    const res = await fetch(server().url + (set.body.avatarUrl as string));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    // An old version's URL is revalidated rather than kept for a year.
    const stale = await fetch(`${server().url}/api/avatars/${agent.id}?v=old`);
    expect(stale.headers.get("cache-control")).toBe("no-cache");

    // JPEG and WebP are taken as well, and replace it.
    for (const [type, bytes] of [
      ["image/jpeg", tinyJpeg(16, 16)],
      ["image/webp", tinyWebp(20, 20)],
    ] as const) {
      const next = await putAvatar<AgentProfile>(agent.client, agent.id, dataUrl(type, bytes));
      expect(next.status).toBe(200);
      const served = await fetch(server().url + (next.body.avatarUrl as string));
      expect(served.headers.get("content-type")).toBe(type);
    }
  });

  it("refuses images that are not square, too big, mislabelled or not images, and keeps the old one", async () => {
    const admin = await server().admin();
    const agent = await buildUser(server(), admin, "live_agent", {
      siteIds: [await newSite(admin, "Refuse")],
    });
    const first = await putAvatar<AgentProfile>(agent.client, agent.id, dataUrl("image/png", tinyPng(8, 8)));
    const cases: [string, RegExp][] = [
      [dataUrl("image/png", tinyPng(40, 30)), /square \(this one is 40×30 pixels\)/],
      [dataUrl("image/jpeg", tinyJpeg(16, 8)), /square/],
      [dataUrl("image/png", tinyPng(64, 64, 262_200)), /at most 256 KB/],
      [dataUrl("image/jpeg", tinyPng(8, 8)), /is a image\/png image, not image\/jpeg/],
      [dataUrl("image/gif", Buffer.from("GIF89a")), /data URL of a PNG, JPEG or WebP/],
      [dataUrl("image/png", Buffer.from("<svg onload=alert(1)>")), /not a PNG, JPEG or WebP/],
      ["https://example.com/me.png", /data URL/],
    ];
    for (const [image, message] of cases) {
      const res = await putAvatar<Failure>(agent.client, agent.id, image);
      expect(res.status, image.slice(0, 40)).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      expect(res.body.error.message).toMatch(message);
    }
    const me = await agent.client.get<AgentProfile>("/api/agents/me");
    expect(me.body.avatarUrl).toBe(first.body.avatarUrl);
  });

  it("only the agent or a manager changes an avatar; removing it brings the initials back", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Who");
    const agent = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    const colleague = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    const manager = await buildUser(server(), admin, "sales_admin", { siteIds: [siteId] });
    const image = dataUrl("image/webp", tinyWebp(12, 12, true));

    expect((await putAvatar(colleague.client, agent.id, image)).status).toBe(403);
    expect((await colleague.client.delete(`/api/agents/${agent.id}/avatar`)).status).toBe(403);
    expect((await putAvatar(manager.client, agent.id, image)).status).toBe(200);
    const list = await manager.client.get<{ items: AgentSummary[] }>(`/api/sites/${siteId}/agents`);
    const listed = list.body.items.find((a) => a.id === agent.id);
    expect(listed?.avatarUrl).toMatch(/^\/api\/avatars\//);

    const removed = await agent.client.delete<AgentProfile>(`/api/agents/${agent.id}/avatar`);
    expect(removed.body).toMatchObject({ avatarUrl: null, initials: "TL" });
    expect((await fetch(`${server().url}/api/avatars/${agent.id}`)).status).toBe(404);
  });
});
