import type { CannedResponse } from "@parley/protocol/liveChat";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";

type Failure = { error: { code: string; message: string } };

describeEachDatabase("canned responses", (server) => {
  it("managers keep them, agents list them by shortcut, a shortcut is unique per site", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Canned");
    const agent = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    const base = `/api/sites/${siteId}/canned-responses`;

    const hello = await admin.post<CannedResponse>(base, {
      shortcut: "Hello",
      title: "Greeting",
      text: "Hi there!",
    });
    expect(hello.status).toBe(201);
    expect(hello.body).toMatchObject({ shortcut: "hello", title: "Greeting", text: "Hi there!" });
    await admin.post(base, { shortcut: "bye", title: "Goodbye", text: "Thanks, bye." });
    const listed = await agent.client.get<{ items: CannedResponse[] }>(base);
    expect(listed.body.items.map((c) => c.shortcut)).toEqual(["bye", "hello"]);

    const taken = await admin.post<Failure>(base, { shortcut: "HELLO", title: "Again", text: "Hello again" });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toBe(
      "The shortcut /hello is already used by another canned response on this site",
    );
    const renamed = await admin.patch<Failure>(`${base}/${hello.body.id}`, { shortcut: "bye" });
    expect(renamed.status).toBe(409);
    // The same shortcut on another site is fine.
    const other = await newSite(admin, "Other canned");
    expect(
      (await admin.post(`/api/sites/${other}/canned-responses`, { shortcut: "hello", title: "t", text: "x" }))
        .status,
    ).toBe(201);

    const edited = await admin.patch<CannedResponse>(`${base}/${hello.body.id}`, {
      text: "Hello! How can I help?",
    });
    expect(edited.body).toMatchObject({
      shortcut: "hello",
      title: "Greeting",
      text: "Hello! How can I help?",
    });
    expect((await admin.post(base, { shortcut: "no spaces", title: "t", text: "x" })).status).toBe(400);
    expect((await agent.client.post(base, { shortcut: "mine", title: "t", text: "x" })).status).toBe(403);
    expect((await admin.delete(`${base}/${hello.body.id}`)).status).toBe(200);
    expect((await admin.delete(`/api/sites/${other}/canned-responses/${hello.body.id}`)).status).toBe(404);
    expect(
      (await agent.client.get<{ items: CannedResponse[] }>(base)).body.items.map((c) => c.shortcut),
    ).toEqual(["bye"]);
  });
});
