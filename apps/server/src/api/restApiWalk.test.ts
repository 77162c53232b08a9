import type { Activity } from "@parley/protocol/activities";
import type { ConversationListItem } from "@parley/protocol/conversationList";
import type { ConversationTranscript } from "@parley/protocol/directory";
import { expect, it } from "vitest";
import { frozenClock, setClock } from "../lib/clock";
import type { ApiClient } from "../testing/apiClient";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { emailCaptureStream } from "../testing/emailCaptureStream";
import { bearerClient, newSite } from "../testing/factories";
import { insertMeeting, meetingHost } from "../testing/meetingFactory";
import type { TestServer } from "../testing/testServer";
import { publishStream, quickSite, type TestSite, TestVisitor } from "../testing/visitorClient";

const time = frozenClock("2026-03-09T09:00:00.000Z");
setClock(time);

const VISITORS = 7;
type Page<T> = { items: T[]; nextCursor: string | null };
type Err = { error: { code: string; message: string } };

/** A visitor who answers the dialogue and gives their email: one conversation, a person, activities. */
async function visitorRun(server: TestServer, site: TestSite, dialogueId: string, email: string) {
  const visitor = await TestVisitor.arrive(server, site);
  await visitor.start(dialogueId);
  await visitor.bot("question");
  time.advance(1000);
  visitor.send({ kind: "answer", value: "evaluating" });
  await visitor.bot("capture");
  time.advance(1000);
  visitor.send({ kind: "answer", value: email });
  await visitor.bot("message");
  visitor.socket.close();
  return visitor;
}

/** Reads a cursor-paged list to its end; returns every item and how many pages it took. */
async function readAll<T>(client: ApiClient, path: string, query: Record<string, string>) {
  const items: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params: URLSearchParams = new URLSearchParams({ ...query, ...(cursor ? { cursor } : {}) });
    const res: { status: number; body: Page<T> } = await client.get<Page<T>>(`${path}?${params}`);
    expect(res.status, `${path} page ${pages + 1}: ${JSON.stringify(res.body)}`).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    pages += 1;
    expect(pages).toBeLessThan(50);
  } while (cursor);
  return { items, pages };
}

const SCOPES = [
  "people.view",
  "dialogues.view",
  "conversations.view_all",
  "meetings.manage",
  "reports.view",
] as const;

describeEachDatabase("the REST API, walked with an API key", (server) => {
  it("reads every resource of its site to the end with cursors, and nothing beyond its scopes and site", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const otherSite = await newSite(admin, "Other");
    const dialogueId = await publishStream(admin, site.id, emailCaptureStream, { name: "Email capture" });
    const emails = Array.from({ length: VISITORS }, (_, i) => `walker${i}@example.com`);
    const visitors: TestVisitor[] = [];
    const startedAt: string[] = [];
    for (const email of emails) {
      startedAt.push(new Date(time.now()).toISOString());
      visitors.push(await visitorRun(server(), site, dialogueId, email));
      time.advance(60_000);
    }
    for (let i = 0; i < VISITORS; i++)
      expect((await admin.post(`/api/sites/${site.id}/companies`, { name: `Company ${i}` })).status).toBe(
        201,
      );
    const host = await meetingHost(server(), admin, site.id, { timeZone: "UTC" });
    const { db } = server().parley.ctx.store;
    const starts = Array.from(
      { length: VISITORS },
      (_, i) => `2026-03-${String(10 + i).padStart(2, "0")}T14:00:00.000Z`,
    );
    // Stored out of order: the API's order is by start, not by insertion.
    for (const start of [...starts].reverse())
      await insertMeeting(db, {
        site_id: site.id,
        user_id: host.id,
        starts_at: start,
        ends_at: start.replace("14:00", "14:30"),
      });

    const created = await admin.post<{ secret: string }>("/api/api-keys", {
      name: "Walker",
      scopes: SCOPES,
      siteIds: [site.id],
    });
    expect(created.status).toBe(201);
    const key = bearerClient(server(), created.body.secret);
    const base = `/api/sites/${site.id}`;

    // People and companies, 3 a page.
    const people = await readAll<{ email: string }>(key, `${base}/people`, {
      limit: "3",
      sort: "email",
      order: "asc",
    });
    expect(people.pages).toBe(3);
    expect(people.items.map((p) => p.email)).toEqual([...emails].sort());
    const companies = await readAll<{ name: string }>(key, `${base}/companies`, { limit: "3" });
    expect(companies.pages).toBe(3);
    expect(companies.items.map((c) => c.name)).toEqual(emails.map((_, i) => `Company ${i}`));

    // Dialogues (read), with the published version's stream.
    const dialogues = await key.get<{ id: string; publishedVersion: number | null }[]>(`${base}/dialogues`);
    expect(dialogues.body.map((d) => [d.id, d.publishedVersion])).toEqual([[dialogueId, 1]]);
    const versions = await key.get<{ stream: { startCardId: string } }[]>(
      `${base}/dialogues/${dialogueId}/versions`,
    );
    expect(versions.body.map((v) => v.stream.startCardId)).toEqual(["qualify"]);

    // Conversations, newest first, each with its transcript.
    const conversations = await readAll<ConversationListItem>(key, `${base}/conversations`, { limit: "3" });
    expect(conversations.pages).toBe(3);
    expect(conversations.items.map((c) => c.visitorId)).toEqual(visitors.map((v) => v.visitorId).reverse());
    expect(new Set(conversations.items.map((c) => c.status))).toEqual(new Set(["completed"]));
    for (const [i, summary] of conversations.items.entries()) {
      const transcript = await key.get<ConversationTranscript>(`${base}/conversations/${summary.id}`);
      expect(transcript.status).toBe(200);
      const visitorSaid = transcript.body.messages
        .filter((m) => m.author === "visitor")
        .map((m) => (m.body as { value?: string }).value);
      expect(visitorSaid).toEqual(["evaluating", emails[VISITORS - 1 - i]]);
      expect(transcript.body.messages.map((m) => m.seq)).toEqual(
        transcript.body.messages.map((_, n) => n + 1),
      );
    }
    const since = await readAll<ConversationListItem>(key, `${base}/conversations`, {
      limit: "2",
      since: startedAt[4] ?? "",
    });
    expect(since.items.map((c) => c.visitorId)).toEqual(
      visitors
        .slice(4)
        .map((v) => v.visitorId)
        .reverse(),
    );

    // Activities: all of them, then one type, then one person's.
    const stored = await db.selectFrom("activities").select("id").where("site_id", "=", site.id).execute();
    expect(stored.length).toBeGreaterThan(2 * VISITORS);
    const activities = await readAll<Activity>(key, `${base}/activities`, { limit: "10" });
    expect(activities.pages).toBeGreaterThanOrEqual(3);
    expect(activities.items.map((a) => a.id).sort()).toEqual(stored.map((a) => a.id).sort());
    const ats = activities.items.map((a) => a.at);
    expect(ats).toEqual([...ats].sort().reverse());
    const completed = await readAll<Activity>(key, `${base}/activities`, { limit: "3", type: "completed" });
    expect(completed.pages).toBe(3);
    expect(completed.items.map((a) => a.visitorId)).toEqual(visitors.map((v) => v.visitorId).reverse());
    const first = conversations.items.at(-1);
    const theirs = await readAll<Activity>(key, `${base}/activities`, { personId: first?.personId ?? "" });
    expect(new Set(theirs.items.map((a) => a.personId))).toEqual(new Set([first?.personId]));
    expect(theirs.items.map((a) => a.type)).toContain("email_given");

    // Meetings by start time, with a cursor; the app's list order is untouched.
    const meetings = await readAll<{ start: string }>(key, `${base}/meetings`, { sort: "start", limit: "3" });
    expect(meetings.pages).toBe(3);
    expect(meetings.items.map((m) => m.start)).toEqual(starts);
    const appList = await key.get<{ items: unknown[]; total: number; nextCursor: null }>(
      `${base}/meetings?limit=2`,
    );
    expect([appList.body.items.length, appList.body.total, appList.body.nextCursor]).toEqual([
      2,
      VISITORS,
      null,
    ]);

    // Reports.
    const report = await key.get<{ report: string }>(
      `${base}/reports/overview?from=2026-03-01&to=2026-03-09`,
    );
    expect(report.status).toBe(200);
    expect(report.body.report).toBe("overview");

    // A cursor belongs to its list; a malformed one is refused.
    const firstPage = await key.get<Page<unknown>>(`${base}/conversations?limit=1`);
    const misused = await key.get<Err>(`${base}/meetings?sort=start&cursor=${firstPage.body.nextCursor}`);
    expect(misused.status).toBe(400);
    expect((await key.get<Err>(`${base}/activities?cursor=not-a-cursor`)).status).toBe(400);
    const byStart = await key.get<Page<unknown>>(`${base}/meetings?sort=start&limit=1`);
    const withoutSort = await key.get<Err>(`${base}/meetings?cursor=${byStart.body.nextCursor}`);
    expect(withoutSort.status).toBe(400);
    expect(withoutSort.body.error.message).toContain("sort=start");

    // Another site: not found, as for any site the key cannot reach.
    for (const path of ["people", "conversations", "activities", "meetings", "reports/overview"]) {
      const res = await key.get<Err>(`/api/sites/${otherSite}/${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body.error.message).toBe("Site not found");
    }
  }, 120_000);

  it("answers 403 without the scope, shows view_own keys only their conversations, and 401 once revoked", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
    await visitorRun(server(), site, dialogueId, "only@example.com");
    const make = async (scopes: string[]) => {
      const res = await admin.post<{ secret: string; apiKey: { id: string } }>("/api/api-keys", {
        name: scopes.join(" "),
        scopes,
      });
      expect(res.status).toBe(201);
      return { id: res.body.apiKey.id, client: bearerClient(server(), res.body.secret) };
    };
    const base = `/api/sites/${site.id}`;

    const peopleOnly = await make(["people.view"]);
    for (const path of ["conversations", "meetings", "reports/overview", "dialogues"]) {
      const res = await peopleOnly.client.get<Err>(`${base}/${path}`);
      expect(res.status, path).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
    }
    expect((await peopleOnly.client.get(`${base}/activities`)).status).toBe(200);
    const conversationsOnly = await make(["conversations.view_all"]);
    expect((await conversationsOnly.client.get(`${base}/people`)).status).toBe(403);
    expect((await conversationsOnly.client.get(`${base}/activities`)).status).toBe(403);

    // The admin took part in no chat: a view_own key lists none and opens none.
    const all = await conversationsOnly.client.get<Page<{ id: string }>>(`${base}/conversations`);
    expect(all.body.items).toHaveLength(1);
    const own = await make(["conversations.view_own"]);
    const ownList = await own.client.get<Page<unknown>>(`${base}/conversations`);
    expect(ownList.status).toBe(200);
    expect(ownList.body.items).toEqual([]);
    expect((await own.client.get(`${base}/conversations/${all.body.items[0]?.id}`)).status).toBe(404);

    expect((await admin.delete(`/api/api-keys/${peopleOnly.id}`)).status).toBe(200);
    const revoked = await peopleOnly.client.get<Err>(`${base}/people`);
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe("unauthenticated");
  });
});
