import { afterEach, describe, expect, it } from "vitest";
import { ensureRolledUp } from "../../domain/reports/rollup/ensureRolledUp";
import { type DatabaseBefore, databaseBefore } from "../../testing/databaseBefore";
import { DATABASE_KINDS } from "../../testing/testDatabases";
import { migrateToLatest } from "../migrate";

const opened: DatabaseBefore[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
});

const D0 = "2029-12-31";
const D1 = "2030-01-01";
const at = (hours: number) => new Date(Date.UTC(2030, 0, 1, hours)).toISOString();

for (const kind of DATABASE_KINDS) {
  describe(`0022_report_indexes [${kind}]`, () => {
    it("decides known per conversation, marks repeated outcomes and recounts the days it still holds", async () => {
      const before = await databaseBefore(kind, "0022_report_indexes");
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
          time_zone: "UTC",
          created_at: now,
          updated_at: now,
        })
        .execute();
      const person = (id: string, email: string | null) => ({
        id,
        site_id: "s1",
        email,
        fields: "{}",
        created_at: now,
        updated_at: now,
      });
      await db
        .insertInto("people")
        .values([person("p1", "ada@example.com"), person("p2", null)])
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
          kind: "dialogue",
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
      const conversation = (id: string, personId: string | null) => ({
        id,
        site_id: "s1",
        visitor_id: "v1",
        person_id: personId,
        dialogue_id: "d1",
        version: 1,
        kind: "dialogue",
        delivery: "popup",
        status: "completed",
        state: "{}",
        start_client_id: id,
        last_seq: 0,
        started_at: now,
        updated_at: now,
      });
      await db
        .insertInto("conversations")
        .values([conversation("c1", "p1"), conversation("c2", "p1"), conversation("c3", "p2")])
        .execute();
      // As 0017 wrote them: known whenever a person was linked at the event.
      const event = (id: string, c: string, type: string, hours: number, personId: string | null) => ({
        id,
        site_id: "s1",
        type,
        dialogue_id: "d1",
        version: 1,
        conversation_id: c,
        visitor_id: "v1",
        person_id: personId,
        data: "{}",
        at: at(hours),
        kind: "dialogue",
        delivery: "popup",
        known: personId ? 1 : 0,
        at_ms: Date.parse(at(hours)),
      });
      await db
        .insertInto("events")
        .values([
          // c1: anonymous, gives the email twice.
          event("e1", "c1", "triggered", 8, null),
          event("e2", "c1", "email_given", 8.1, "p1"),
          event("e3", "c1", "email_given", 8.2, "p1"),
          // c2: a returning known visitor.
          event("e4", "c2", "triggered", 10, "p1"),
          event("e5", "c2", "goal_reached", 10.1, "p1"),
          // c3: a person without an email (a first name saved earlier).
          event("e6", "c3", "triggered", 11, "p2"),
          // A late event the old roll-up missed.
          event("e7", "c2", "engaged", 10.05, "p1"),
        ])
        .execute();
      const rollup = (day: string, type: string, known: number, count: number) => ({
        site_id: "s1",
        day,
        dialogue_id: "d1",
        version: 1,
        kind: "dialogue",
        known,
        branch: "",
        card_id: "",
        type,
        count,
      });
      await db
        .insertInto("report_rollups")
        .values([
          rollup(D1, "triggered", 0, 1),
          rollup(D1, "triggered", 1, 2),
          rollup(D1, "email_given", 1, 2),
          rollup(D1, "goal_reached", 1, 1),
          // A day whose raw events were purged: its counts stay.
          rollup(D0, "triggered", 0, 3),
        ])
        .execute();
      await db
        .insertInto("report_rollup_state")
        .values({
          site_id: "s1",
          rolled_until_ms: Date.parse(at(24)),
          last_day: D1,
          time_zone: "UTC",
          updated_at: now,
        })
        .execute();

      await migrateToLatest(store.db);

      const conversations = await store.db
        .selectFrom("conversations")
        .select(["id", "known"])
        .orderBy("id")
        .execute();
      expect(conversations).toEqual([
        { id: "c1", known: 0 },
        { id: "c2", known: 1 },
        { id: "c3", known: 0 },
      ]);
      const events = await store.db
        .selectFrom("events")
        .select(["id", "known", "repeated", "rolled"])
        .orderBy("id")
        .execute();
      expect(events).toEqual(
        [
          ["e1", 0, 0],
          ["e2", 0, 0],
          ["e3", 0, 1],
          ["e4", 1, 0],
          ["e5", 1, 0],
          ["e6", 0, 0],
          ["e7", 1, 0],
        ].map(([id, known, repeated]) => ({ id, known, repeated, rolled: 0 })),
      );
      // Day 1 is held whole: emptied, to be recounted; day 0 is not.
      const days = await store.db.selectFrom("report_rollups").select("day").distinct().execute();
      expect(days).toEqual([{ day: D0 }]);

      await ensureRolledUp(store.db, "s1", at(24));
      const counted = await store.db
        .selectFrom("report_rollups")
        .select((eb) => ["day", "type", "known", eb.fn.sum<number>("count").as("n")])
        .groupBy(["day", "type", "known"])
        .orderBy("day")
        .orderBy("type")
        .orderBy("known")
        .execute();
      expect(counted.map((r) => ({ ...r, n: Number(r.n) }))).toEqual([
        { day: D0, type: "triggered", known: 0, n: 3 },
        { day: D1, type: "email_given", known: 0, n: 1 },
        { day: D1, type: "engaged", known: 1, n: 1 },
        { day: D1, type: "goal_reached", known: 1, n: 1 },
        { day: D1, type: "triggered", known: 0, n: 2 },
        { day: D1, type: "triggered", known: 1, n: 1 },
      ]);
    });
  });
}
