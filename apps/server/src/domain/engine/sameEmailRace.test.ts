import { emailCaptureStream } from "../../testing/emailCaptureStream";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { publishStream, quickSite, TestVisitor } from "../../testing/visitorClient";

describeEachDatabase("the same new email from several visitors at once", (server) => {
  it("every answer is taken and they all join one person: no duplicate, no lost answer", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, emailCaptureStream, { priority: 5 });
    const visitors: TestVisitor[] = [];
    for (let i = 0; i < 6; i++) {
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      await visitor.bot("question");
      visitor.send({ kind: "answer", value: "learning" });
      await visitor.bot("capture");
      visitors.push(visitor);
    }
    const email = `shared-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const verdicts = await Promise.all(
      visitors.map((visitor, i) => {
        visitor.socket.send({
          type: "conversation.input",
          ref: `same-${i}`,
          clientId: `same-${i}-${visitor.visitorId}`,
          conversationId: visitor.conversationId,
          input: { kind: "answer", value: email },
        });
        return visitor.socket.next((f) => (f.type === "ack" || f.type === "error") && f.ref === `same-${i}`);
      }),
    );
    expect(verdicts.map((v) => v.type)).toEqual(visitors.map(() => "ack"));
    const db = server().parley.ctx.store.db;
    const people = await db
      .selectFrom("people")
      .select("id")
      .where("site_id", "=", site.id)
      .where("email", "=", email)
      .execute();
    expect(people).toHaveLength(1);
    const linked = await db
      .selectFrom("visitors")
      .select("person_id")
      .where(
        "id",
        "in",
        visitors.map((v) => v.visitorId),
      )
      .execute();
    expect(new Set(linked.map((v) => v.person_id))).toEqual(new Set([people[0]?.id]));
  });
});
