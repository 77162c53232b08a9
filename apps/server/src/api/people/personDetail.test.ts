import type { ConversationTranscript, TimelinePage, Visit } from "@parley/protocol/directory";
import { expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";
import { interestEmailCompanyStream as stream } from "../../testing/interestEmailCompanyStream";
import type { TestServer } from "../../testing/testServer";
import {
  PAGE_ORIGIN,
  publishStream,
  quickSite,
  type TestSite,
  TestVisitor,
} from "../../testing/visitorClient";

const time = frozenClock("2026-05-04T08:00:00.000Z");
setClock(time);

type Summary = {
  id: string;
  dialogueName: string | null;
  messageCount: number;
  status: string;
  startedAt: string;
};

/** The visitor looks at a page (the widget's bootstrap counts the view). */
async function view(server: TestServer, site: TestSite, visitor: TestVisitor, path: string): Promise<void> {
  const params = new URLSearchParams({
    site: site.siteKey,
    url: `http://localhost${path}`,
    visitor: visitor.token,
  });
  const res = await fetch(`${server.url}/api/widget/bootstrap?${params}`, {
    headers: { origin: PAGE_ORIGIN },
  });
  expect(res.status).toBe(200);
}

/** A visitor who browses in two visits, then answers a dialogue: interest, email and company. */
async function visitorRun(server: TestServer, site: TestSite, dialogueId: string, email: string) {
  const visitor = await TestVisitor.arrive(server, site);
  const startedAt = new Date(time.now()).toISOString();
  await view(server, site, visitor, "/");
  time.advance(60_000);
  await view(server, site, visitor, "/pricing");
  await view(server, site, visitor, "/pricing");
  time.advance(2 * 60 * 60_000); // a new visit
  await view(server, site, visitor, "/docs");
  await visitor.start(dialogueId);
  await visitor.bot("question");
  time.advance(1000);
  visitor.send({ kind: "answer", value: "evaluating" });
  await visitor.bot("capture");
  time.advance(1000);
  visitor.send({ kind: "answer", value: email });
  await visitor.bot("capture");
  visitor.send({ kind: "answer", value: "Acme" });
  await visitor.bot("message");
  visitor.socket.close();
  return { visitor, startedAt };
}

describeEachDatabase("the person screen's reads", (server) => {
  it("shows the person's visits, conversations with transcripts and timeline, made by a real visitor", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, stream, { name: "Pricing help" });
    const { visitor, startedAt } = await visitorRun(server(), site, dialogueId, "vera@example.test");
    const people = await admin.get<{ items: { id: string }[] }>(`/api/sites/${site.id}/people?q=vera`);
    const personId = people.body.items[0]?.id ?? "";
    const base = `/api/sites/${site.id}/people/${personId}`;

    const visits = await admin.get<{ items: Visit[] }>(`${base}/visits`);
    expect(visits.status).toBe(200);
    expect(visits.body.items.map((v) => v.pages.map((p) => [p.url, p.views]))).toEqual([
      [["http://localhost/docs", 1]],
      [
        ["http://localhost/", 1],
        ["http://localhost/pricing", 2],
      ],
    ]);
    expect(visits.body.items[1]).toMatchObject({
      visitorId: visitor.visitorId,
      startedAt,
      endedAt: new Date(Date.parse(startedAt) + 60_000).toISOString(),
    });
    expect(visits.body.items[0]?.attributes).toMatchObject({ page: { url: "http://localhost/docs" } });

    const conversations = await admin.get<{ items: Summary[] }>(`${base}/conversations`);
    expect(conversations.body.items).toHaveLength(1);
    const [summary] = conversations.body.items;
    expect(summary).toMatchObject({ dialogueName: "Pricing help", status: "completed" });

    const transcript = await admin.get<ConversationTranscript>(
      `/api/sites/${site.id}/conversations/${summary?.id}`,
    );
    expect(transcript.status).toBe(200);
    expect(transcript.body).toMatchObject({
      visitorId: visitor.visitorId,
      personId,
      dialogueName: "Pricing help",
    });
    const seqs = transcript.body.messages.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(transcript.body.messages.length).toBe(summary?.messageCount);
    expect(transcript.body.messages.filter((m) => m.author === "visitor").map((m) => m.body)).toEqual([
      expect.objectContaining({ value: "evaluating" }),
      expect.objectContaining({ value: "vera@example.test" }),
      expect.objectContaining({ value: "Acme" }),
    ]);

    const timeline = await admin.get<TimelinePage>(`${base}/timeline`);
    expect(timeline.body.items.length).toBeGreaterThan(1);
    const ats = timeline.body.items.map((e) => e.at);
    expect(ats).toEqual([...ats].sort().reverse());
    expect(timeline.body.items.find((e) => e.type === "email_given")).toMatchObject({
      dialogueId,
      dialogueName: "Pricing help",
      data: { email: "vera@example.test" },
    });
    // Paged one at a time, the timeline has the same entries in the same order.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: TimelinePage } = await admin.get<TimelinePage>(
        `${base}/timeline?limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      paged.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(timeline.body.items.map((e) => e.id));
  });

  it("another site's person or conversation is a 404, and so is a transcript for who may see only their own", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, stream);
    await visitorRun(server(), site, dialogueId, "otto@example.test");
    const people = await admin.get<{ items: { id: string }[] }>(`/api/sites/${site.id}/people?q=otto`);
    const personId = people.body.items[0]?.id ?? "";
    const conversations = await admin.get<{ items: Summary[] }>(
      `/api/sites/${site.id}/people/${personId}/conversations`,
    );
    const conversationId = conversations.body.items[0]?.id ?? "";
    const other = await newSite(admin, "Elsewhere");
    for (const read of ["visits", "conversations", "timeline"]) {
      expect((await admin.get(`/api/sites/${other}/people/${personId}/${read}`)).status, read).toBe(404);
      expect(
        (await admin.get(`/api/sites/${site.id}/people/${crypto.randomUUID()}/${read}`)).status,
        read,
      ).toBe(404);
    }
    expect((await admin.get(`/api/sites/${other}/conversations/${conversationId}`)).status).toBe(404);

    const agent = await buildUser(server(), admin, "Live agent");
    expect((await agent.client.get(`/api/sites/${site.id}/people/${personId}/conversations`)).status).toBe(
      200,
    );
    expect((await agent.client.get(`/api/sites/${site.id}/conversations/${conversationId}`)).status).toBe(
      404,
    );
  });
});
