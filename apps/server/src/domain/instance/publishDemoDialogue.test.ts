import { expect, it } from "vitest";
import { parseJson } from "../../lib/json";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { demoSite } from "../../testing/factories";
import type { TestServer } from "../../testing/testServer";
import { TestVisitor } from "../../testing/visitorClient";

type Dialogue = { id: string; name: string; status: string };

/** A new visitor on the first-run demo site who has started its sample dialogue and answered `answer`. */
async function visitorAnswers(server: TestServer, answer: string) {
  const admin = await server.admin();
  const site = await demoSite(admin);
  // Bot messages at once: the test is about the dialogue, not the site's typing delay.
  expect((await admin.patch(`/api/sites/${site.id}`, { branding: { responseDelaySeconds: 0 } })).status).toBe(
    200,
  );
  const dialogues = await admin.get<Dialogue[]>(`/api/sites/${site.id}/dialogues`);
  const sample = dialogues.body.find((d) => d.name === "Welcome to Parley");
  if (!sample) throw new Error(`no sample dialogue in ${JSON.stringify(dialogues.body)}`);
  expect(sample.status).toBe("published");
  const visitor = await TestVisitor.arrive(server, site);
  await visitor.start(sample.id);
  const question = await visitor.bot("question");
  visitor.send({ kind: "answer", value: answer });
  return { visitor, question, db: server.parley.ctx.store.db };
}

describeEachDatabase("the demo site's sample dialogue, as first run publishes it", (server) => {
  it("asks what brings the visitor, with three answers", async () => {
    const { question, visitor } = await visitorAnswers(server(), "looking");
    expect(question.body.text).toEqual([{ text: "Hi there 👋 What brings you here today?" }]);
    expect((question.body.buttons as { label: string }[]).map((b) => b.label)).toEqual([
      "See a demo",
      "Talk to someone now",
      "Just looking",
    ]);
    await visitor.bot("capture");
  });

  it("See a demo: a meeting offer by round robin, open for the visitor to book", async () => {
    const { visitor, db } = await visitorAnswers(server(), "demo");
    const meeting = await visitor.bot("meeting");
    expect(meeting.body).toMatchObject({
      cardId: "meeting",
      text: [{ text: "Pick a time for a demo with our team. Times are shown in your time zone." }],
      offerId: expect.any(String),
    });
    const offer = await db
      .selectFrom("meeting_offers")
      .selectAll()
      .where("id", "=", meeting.body.offerId as string)
      .executeTakeFirstOrThrow();
    expect(offer).toMatchObject({ conversation_id: visitor.conversationId, reason: "card", status: "open" });
    expect(parseJson(offer.routing, null)).toEqual({ strategy: "round_robin" });
  });

  it("Talk to someone now: a live chat; with nobody online, the fallback offers a meeting", async () => {
    const { visitor, db } = await visitorAnswers(server(), "talk");
    expect((await visitor.bot("liveChat")).body.text).toEqual([
      { text: "Let me find someone from our team for you…" },
    ]);
    // Routing runs as a job (the test server's worker is off): nobody is online, so no one is offered it.
    await server().parley.ctx.jobs.runDue();
    expect((await visitor.bot("liveChatUnavailable")).body.text).toEqual([
      { text: "Nobody is online right now. Pick a time below and we'll talk then." },
    ]);
    const meeting = await visitor.bot("meeting");
    const offer = await db
      .selectFrom("meeting_offers")
      .select(["reason", "status", "card_id"])
      .where("id", "=", meeting.body.offerId as string)
      .executeTakeFirstOrThrow();
    expect(offer).toEqual({ reason: "liveChatFallback", status: "open", card_id: "live-chat" });
  });

  it("Just looking: the email, the goal and a thank-you", async () => {
    const { visitor, db } = await visitorAnswers(server(), "looking");
    expect((await visitor.bot("capture")).body.text).toEqual([
      { text: "Great! What's your email, so we can send you more?" },
    ]);
    visitor.send({ kind: "answer", value: "lin@example.com" });
    const thanks = await visitor.bot("message");
    expect(thanks.status).toBe("completed");
    expect(thanks.body.text).toEqual([
      { text: "Thank you! We'll be in touch at " },
      { text: "lin@example.com", bold: true },
      { text: "." },
    ]);
    const goals = await db
      .selectFrom("events")
      .select("data")
      .where("conversation_id", "=", visitor.conversationId)
      .where("type", "=", "goal_reached")
      .execute();
    expect(goals.map((g) => parseJson(g.data, null))).toEqual([{ goal: "Email captured" }]);
  });
});
