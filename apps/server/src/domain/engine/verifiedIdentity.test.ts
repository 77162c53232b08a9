import { emailCaptureStream } from "../../testing/emailCaptureStream";
import { expect, it } from "vitest";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import {
  PAGE_ORIGIN,
  publishStream,
  quickSite,
  type TestSite,
  TestVisitor,
} from "../../testing/visitorClient";
import { signIdentity } from "../visitors/identitySignature";

// Email first, then a greeting that would show the person's stored first name, then their name.
const stream = {
  schemaVersion: 1,
  startCardId: "email",
  cards: [
    { id: "email", type: "capture", kind: "email", text: "Email?", field: "person.email", next: "name" },
    {
      id: "name",
      type: "capture",
      kind: "text",
      text: 'Nice to meet you, {{person.firstName | "there"}}! Your name?',
      field: "person.firstName",
      overwriteExisting: true,
      next: "bye",
    },
    { id: "bye", type: "message", text: 'Thanks, {{person.firstName}} ({{person.jobTitle | "no title"}}).' },
  ],
};

const text = (message: { body: Record<string, unknown> }) =>
  (message.body.text as { text: string }[]).map((s) => s.text).join("");

describeEachDatabase("verified identity in conversations", (server) => {
  const setUp = async (): Promise<{
    admin: ApiClient;
    site: TestSite;
    dialogueId: string;
    kimId: string;
  }> => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, stream);
    const kim = await admin.post<{ id: string }>(`/api/sites/${site.id}/people`, {
      email: "kim@example.com",
      firstName: "Kim",
      lastName: null,
      phone: null,
      jobTitle: "CFO",
    });
    return { admin, site, dialogueId, kimId: kim.body.id };
  };

  it("typing a known person's email shows none of their stored values; the answer does not overwrite them", async () => {
    const { admin, site, dialogueId, kimId } = await setUp();
    const visitor = await TestVisitor.arrive(server(), site);
    await visitor.start(dialogueId);
    await visitor.bot("capture");
    visitor.send({ kind: "answer", value: "kim@example.com" });
    expect(text(await visitor.bot("capture"))).toBe("Nice to meet you, there! Your name?");
    visitor.send({ kind: "answer", value: "Mallory" });
    // What this visitor gave, and nothing stored: the job title stays hidden.
    expect(text(await visitor.bot("message"))).toBe("Thanks, Mallory (no title).");

    const kim = await admin.get<{ firstName: string }>(`/api/sites/${site.id}/people/${kimId}`);
    expect(kim.body.firstName).toBe("Kim");
    const kept = await server()
      .parley.ctx.store.db.selectFrom("activities")
      .select(["data", "person_id"])
      .where("type", "=", "answer_not_saved")
      .where("visitor_id", "=", visitor.visitorId)
      .executeTakeFirstOrThrow();
    expect(kept.person_id).toBe(kimId);
    expect(JSON.parse(kept.data)).toMatchObject({ field: "person.firstName", value: "Mallory" });

    // A new conversation of the same visitor still shows only what they gave.
    await visitor.start(dialogueId);
    await visitor.bot("capture");
    visitor.send({ kind: "answer", value: "kim@example.com" });
    expect(text(await visitor.bot("capture"))).toBe("Nice to meet you, Mallory! Your name?");
  });

  it("after typing a known person's email, the next greeting does not show their stored first name", async () => {
    const { admin, site } = await setUp();
    const demo = await publishStream(admin, site.id, emailCaptureStream);
    const visitor = await TestVisitor.arrive(server(), site);
    await visitor.start(demo);
    expect(text(await visitor.bot("question"))).toMatch(/^Hi there 👋/);
    visitor.send({ kind: "answer", value: "evaluating" });
    await visitor.bot("capture");
    visitor.send({ kind: "answer", value: "kim@example.com" });
    expect(text(await visitor.bot("message"))).toBe("Thank you! We'll be in touch at kim@example.com.");
    await visitor.start(demo);
    expect(text(await visitor.bot("question"))).toMatch(/^Hi there 👋/);
  });

  it("a visitor the site's backend vouched for sees and updates the stored person", async () => {
    const { admin, site, dialogueId, kimId } = await setUp();
    const { secret } = (await admin.get<{ secret: string }>(`/api/sites/${site.id}/identity-secret`)).body;
    const visitor = await TestVisitor.arrive(server(), site);
    const identified = await fetch(`${server().url}/api/widget/identify`, {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", origin: PAGE_ORIGIN },
      body: JSON.stringify({
        site: site.siteKey,
        visitor: visitor.token,
        person: { email: "kim@example.com" },
        signature: signIdentity(secret, "kim@example.com"),
      }),
    });
    expect(identified.status).toBe(204);
    await visitor.start(dialogueId);
    await visitor.bot("capture");
    visitor.send({ kind: "answer", value: "kim@example.com" });
    expect(text(await visitor.bot("capture"))).toBe("Nice to meet you, Kim! Your name?");
    visitor.send({ kind: "answer", value: "Kimberly" });
    expect(text(await visitor.bot("message"))).toBe("Thanks, Kimberly (CFO).");
    const kim = await admin.get<{ firstName: string }>(`/api/sites/${site.id}/people/${kimId}`);
    expect(kim.body.firstName).toBe("Kimberly");

    // Typing another email, unproven, ends the proof: that person's values stay hidden too.
    await admin.post(`/api/sites/${site.id}/people`, {
      email: "lee@example.com",
      firstName: "Lee",
      lastName: null,
      phone: null,
      jobTitle: null,
    });
    await visitor.start(dialogueId);
    await visitor.bot("capture");
    visitor.send({ kind: "answer", value: "lee@example.com" });
    expect(text(await visitor.bot("capture"))).toBe("Nice to meet you, Kimberly! Your name?");
  });
});
