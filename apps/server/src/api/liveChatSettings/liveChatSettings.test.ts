import { LiveChatSettings } from "@parley/protocol/liveChat";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";

type Failure = { error: { code: string; details: { path: string }[] } };

describeEachDatabase("live chat settings", (server) => {
  it("a new site has every default; a partial update keeps what it leaves out", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Settings");
    const path = `/api/sites/${siteId}/livechat/settings`;
    expect((await admin.get(path)).body).toEqual(LiveChatSettings.parse({}));

    await admin.request("PUT", path, { acceptTimeoutSeconds: 30, queueEnabled: true });
    const second = await admin.request<LiveChatSettings>("PUT", path, { fallbackMessage: "Back soon" });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({
      acceptTimeoutSeconds: 30,
      queueEnabled: true,
      fallbackMessage: "Back soon",
    });
    expect((await admin.get(path)).body).toEqual(second.body);
  });

  it("refuses bad values naming each field and changes nothing", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Bad settings");
    const path = `/api/sites/${siteId}/livechat/settings`;
    await admin.request("PUT", path, { maxAttempts: 3 });
    const res = await admin.request<Failure>("PUT", path, {
      maxAttempts: 4,
      acceptTimeoutSeconds: 5,
      defaultConcurrency: 11,
      queueEnabled: "yes",
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.details.map((d) => d.path).sort()).toEqual(
      ["/acceptTimeoutSeconds", "/defaultConcurrency", "/queueEnabled"].sort(),
    );
    expect((await admin.request("PUT", path, { unknown: 1 })).status).toBe(400);
    expect((await admin.get<LiveChatSettings>(path)).body).toMatchObject({
      maxAttempts: 3,
      acceptTimeoutSeconds: 100,
    });
  });

  it("agents read the settings, only routing managers change them", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Who settles");
    const agent = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    const path = `/api/sites/${siteId}/livechat/settings`;
    expect((await agent.client.get(path)).status).toBe(200);
    expect((await agent.client.request("PUT", path, { maxAttempts: 5 })).status).toBe(403);
    expect((await admin.get<LiveChatSettings>(path)).body.maxAttempts).toBe(2);
  });
});
