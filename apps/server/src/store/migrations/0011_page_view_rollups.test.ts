import { afterEach, describe, expect, it } from "vitest";
import { type DatabaseBefore, databaseBefore } from "../../testing/databaseBefore";
import { DATABASE_KINDS } from "../../testing/testDatabases";
import { migrateToLatest } from "../migrate";

const opened: DatabaseBefore[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
});

const at = (minutes: number) => new Date(Date.UTC(2030, 0, 1, 9, 0) + minutes * 60_000).toISOString();

for (const kind of DATABASE_KINDS) {
  describe(`0011_page_view_rollups [${kind}]`, () => {
    it("rolls existing page views up per visitor, visit and page", async () => {
      const before = await databaseBefore(kind, "0011_page_view_rollups");
      opened.push(before);
      const { db, store } = before;

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
          created_at: at(0),
          updated_at: at(0),
        })
        .execute();
      for (const id of ["v1", "v2"])
        await db
          .insertInto("visitors")
          .values({ id, site_id: "s1", attributes: "{}", first_seen_at: at(0), last_seen_at: at(0) })
          .execute();
      // v1: /a three times and /b in one visit, /a again after an hour (a second visit); v2: /a once.
      const views: [string, string, number][] = [
        ["v1", "/a", 0],
        ["v1", "/a", 5],
        ["v1", "/b", 10],
        ["v1", "/a", 20],
        ["v1", "/a", 80],
        ["v2", "/a", 3],
      ];
      await db
        .insertInto("page_views")
        .values(
          views.map(([visitor, url, minutes], i) => ({
            id: `pv${i}`,
            site_id: "s1",
            visitor_id: visitor,
            url: `http://x.test${url}`,
            referrer: i === 0 ? "https://search.test/" : null,
            attributes: JSON.stringify({ page: { url }, n: i }),
            at: at(minutes),
          })),
        )
        .execute();

      expect(await migrateToLatest(store.db)).toContain("0011_page_view_rollups");
      const rows = await store.db
        .selectFrom("page_views")
        .selectAll()
        .orderBy("visitor_id")
        .orderBy("first_at")
        .orderBy("url")
        .execute();
      expect(
        rows.map((r) => [r.visitor_id, r.url, Number(r.views), r.first_at, r.last_at, r.referrer]),
      ).toEqual([
        ["v1", "http://x.test/a", 3, at(0), at(20), "https://search.test/"],
        ["v1", "http://x.test/b", 1, at(10), at(10), null],
        ["v1", "http://x.test/a", 1, at(80), at(80), null],
        ["v2", "http://x.test/a", 1, at(3), at(3), null],
      ]);
      expect(JSON.parse(rows[0]?.attributes ?? "{}")).toMatchObject({ n: 3 });
      expect(rows[0]?.session_id).toBe(rows[1]?.session_id);
      expect(rows[2]?.session_id).not.toBe(rows[0]?.session_id);
      // The rolled-up table takes new views as an upsert on (visitor, visit, page).
      await expect(
        store.db
          .insertInto("page_views")
          .values({ ...rows[0]!, id: "dup" })
          .execute(),
      ).rejects.toThrow();
    });
  });
}
