import { afterEach, describe, expect, it } from "vitest";
import { type DatabaseBefore, databaseBefore } from "../../testing/databaseBefore";
import { DATABASE_KINDS } from "../../testing/testDatabases";
import { migrateToLatest } from "../migrate";

const opened: DatabaseBefore[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
});

const at = (seconds: number) => new Date(Date.UTC(2030, 0, 1, 9, 0) + seconds * 1000).toISOString();

for (const kind of DATABASE_KINDS) {
  describe(`0017_report_events [${kind}]`, () => {
    it("fills the report columns of existing events and the branch of their conversations", async () => {
      const before = await databaseBefore(kind, "0017_report_events");
      opened.push(before);
      const { db, store } = before;
      const now = at(0);
      await db
        .insertInto("sites")
        .values({
          id: "s1",
          name: "S",
          site_key: "k1",
          allowed_domains: "[]",
          branding: "{}",
          chat_enabled: 1,
          blocked_email_domains: "[]",
          language: "auto",
          created_at: now,
          updated_at: now,
        })
        .execute();
      await db
        .insertInto("visitors")
        .values({ id: "v1", site_id: "s1", attributes: "{}", first_seen_at: now, last_seen_at: now })
        .execute();
      await db
        .insertInto("dialogues")
        .values({
          id: "d1",
          site_id: "s1",
          kind: "flow",
          name: "D",
          description: "",
          status: "published",
          priority: 0,
          targeting: "{}",
          flow_settings: "{}",
          draft: "{}",
          published_version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await db
        .insertInto("conversations")
        .values({
          id: "c1",
          site_id: "s1",
          visitor_id: "v1",
          person_id: "p1",
          dialogue_id: "d1",
          version: 1,
          kind: "flow",
          delivery: "inline",
          status: "completed",
          state: "{}",
          page_url: "https://shop.test/pricing/?plan=pro#top",
          start_client_id: "x",
          last_seq: 0,
          started_at: now,
          updated_at: now,
        })
        .execute();
      const event = (id: string, type: string, seconds: number, person: string | null, data = {}) => ({
        id,
        site_id: "s1",
        type,
        dialogue_id: "d1",
        version: 1,
        conversation_id: "c1",
        visitor_id: "v1",
        person_id: person,
        card_id: type === "split_assigned" ? "s" : null,
        data: JSON.stringify(data),
        at: at(seconds),
      });
      await db
        .insertInto("events")
        .values([
          event("e1", "triggered", 0, null),
          event("e2", "split_assigned", 1.5, null, { branchId: "b" }),
          event("e3", "email_given", 3.25, "p1"),
        ])
        .execute();

      await migrateToLatest(store.db);

      const rows = await store.db.selectFrom("events").selectAll().orderBy("id").execute();
      expect(
        rows
          .map((r) => ({ ...r, at_ms: Number(r.at_ms) }))
          .map(({ id, kind, delivery, branch, known, page, at_ms }) => ({
            id,
            kind,
            delivery,
            branch,
            known,
            page,
            at_ms,
          })),
      ).toEqual([
        {
          id: "e1",
          kind: "flow",
          delivery: "inline",
          branch: null,
          known: 0,
          page: "/pricing/",
          at_ms: Date.parse(at(0)),
        },
        {
          id: "e2",
          kind: "flow",
          delivery: "inline",
          branch: "s:b",
          known: 0,
          page: "/pricing/",
          at_ms: Date.parse(at(1.5)),
        },
        {
          id: "e3",
          kind: "flow",
          delivery: "inline",
          branch: "s:b",
          // 0022 decides known per conversation: c1 started anonymous (e1 has no person).
          known: 0,
          page: "/pricing/",
          at_ms: Date.parse(at(3.25)),
        },
      ]);
      const conversation = await store.db
        .selectFrom("conversations")
        .select("branch")
        .where("id", "=", "c1")
        .executeTakeFirstOrThrow();
      expect(conversation.branch).toBe("s:b");
    });
  });
}
