import { emailCaptureStream } from "../../testing/emailCaptureStream";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { PAGE_ORIGIN, publishStream, quickSite, TestVisitor } from "../../testing/visitorClient";

describeEachDatabase("widget identify and activity events", (server) => {
  const beacon = (body: unknown, origin = PAGE_ORIGIN) =>
    fetch(`${server().url}/api/widget/identify`, {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", origin },
      body: JSON.stringify(body),
    });

  it("Parley.identify joins the person with that email and saves fields; setAttributes keeps visit attributes", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const first = await TestVisitor.arrive(server(), site);
    const res = await beacon({
      site: site.siteKey,
      visitor: first.token,
      person: { email: "Lin@Example.com", firstName: "Lin", plan: "pro" },
    });
    expect(res.status).toBe(204);
    const second = await TestVisitor.arrive(server(), site);
    expect(
      (
        await beacon({
          site: site.siteKey,
          visitor: second.token,
          person: { email: "lin@example.com" },
          attributes: { tier: "gold" },
        })
      ).status,
    ).toBe(204);

    const people = await admin.get<{
      items: { id: string; firstName: string; fields: Record<string, unknown> }[];
    }>(`/api/sites/${site.id}/people`);
    expect(people.body.items).toHaveLength(1);
    expect(people.body.items[0]).toMatchObject({ firstName: "Lin", fields: { plan: "pro" } });
    const visitors = await server()
      .parley.ctx.store.db.selectFrom("visitors")
      .select(["id", "person_id", "attributes"])
      .where("site_id", "=", site.id)
      .execute();
    expect(visitors.every((v) => v.person_id === people.body.items[0]?.id)).toBe(true);
    expect(JSON.parse(visitors.find((v) => v.id === second.visitorId)?.attributes ?? "{}")).toMatchObject({
      custom: { tier: "gold" },
    });
  });

  it("typing someone else's email cannot rewrite their record: known people only get empty fields filled", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const owner = await TestVisitor.arrive(server(), site);
    await beacon({
      site: site.siteKey,
      visitor: owner.token,
      person: { email: "kim@example.com", firstName: "Kim" },
    });
    // Once a record is known by email, nothing from the page tells its owner from anyone else.
    await beacon({ site: site.siteKey, visitor: owner.token, person: { firstName: "Kimberly" } });

    const stranger = await TestVisitor.arrive(server(), site);
    const res = await beacon({
      site: site.siteKey,
      visitor: stranger.token,
      person: { email: "kim@example.com", firstName: "Hacked", lastName: "Lee" },
    });
    expect(res.status).toBe(204);
    await beacon({ site: site.siteKey, visitor: stranger.token, person: { firstName: "Hacked again" } });

    const people = await admin.get<{ items: { firstName: string; lastName: string | null }[] }>(
      `/api/sites/${site.id}/people?q=kim@example.com`,
    );
    expect(people.body.items).toEqual([expect.objectContaining({ firstName: "Kim", lastName: "Lee" })]);
  });

  it("refuses a forged token, a bad email and a foreign origin, changing nothing", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const visitor = await TestVisitor.arrive(server(), site);
    expect(
      (await beacon({ site: site.siteKey, visitor: "a.b.c", person: { email: "x@example.com" } })).status,
    ).toBe(401);
    expect(
      (await beacon({ site: site.siteKey, visitor: visitor.token, person: { email: "not-an-email" } }))
        .status,
    ).toBe(400);
    expect(
      (
        await beacon(
          { site: site.siteKey, visitor: visitor.token, person: { email: "x@example.com" } },
          "https://evil.test",
        )
      ).status,
    ).toBe(403);
    expect((await admin.get<{ items: unknown[] }>(`/api/sites/${site.id}/people`)).body.items).toEqual([]);
  });

  it("announces activities (email given, goal reached) on the visitor's channel for the JS API", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
    const visitor = await TestVisitor.arrive(server(), site);
    await visitor.start(dialogueId);
    await visitor.bot("question");
    visitor.send({ kind: "answer", value: "evaluating" });
    await visitor.bot("capture");
    visitor.send({ kind: "answer", value: "ann@example.com" });
    const goal = await visitor.socket.next(
      (f) =>
        f.type === "event" && f.name === "activity" && (f.data as { type: string }).type === "goal_reached",
    );
    expect(goal.data).toMatchObject({
      conversationId: visitor.conversationId,
      cardId: "goal",
      data: { goal: "Email captured" },
    });
    const email = await visitor.socket.next(
      (f) =>
        f.type === "event" && f.name === "activity" && (f.data as { type: string }).type === "email_given",
    );
    expect(email.data).toMatchObject({ data: { email: "ann@example.com" } });
  });
});
