import crypto from "node:crypto";
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/** A visit ends after this long without a page view (the same rule as domain/visitors/visitSession.ts). */
const SESSION_GAP_MS = 30 * 60 * 1000;
const BATCH = 2000;

interface OldView {
  id: string;
  site_id: string;
  visitor_id: string;
  url: string;
  referrer: string | null;
  attributes: string;
  at: string;
}

interface Rollup {
  id: string;
  site_id: string;
  visitor_id: string;
  session_id: string;
  url: string;
  referrer: string | null;
  attributes: string;
  views: number;
  first_at: string;
  last_at: string;
}

/**
 * Page views stop growing by a row per view: one row per visitor, visit (session) and page, with a
 * count and the first and last time. Existing views are rolled up the same way (a visit ends after
 * 30 minutes without a view).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("page_views_rollup")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("visitor_id", "text", (c) => c.notNull().references("visitors.id").onDelete("cascade"))
    .addColumn("session_id", "text", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    // Of the first view of this page in the visit.
    .addColumn("referrer", "text")
    // Of the latest view.
    .addColumn("attributes", "text", (c) => c.notNull())
    .addColumn("views", "integer", (c) => c.notNull())
    .addColumn("first_at", "text", (c) => c.notNull())
    .addColumn("last_at", "text", (c) => c.notNull())
    .execute();

  let after: { visitor_id: string; at: string; id: string } | null = null;
  let open: { visitorId: string; sessionId: string; lastAt: number; rows: Map<string, Rollup> } | null = null;
  const flush = async () => {
    const rows = [...(open?.rows.values() ?? [])];
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto("page_views_rollup")
        .values(rows.slice(i, i + 500))
        .execute();
  };
  for (;;) {
    let query = db
      .selectFrom("page_views")
      .selectAll()
      .orderBy("visitor_id")
      .orderBy("at")
      .orderBy("id")
      .limit(BATCH);
    if (after) {
      const a: { visitor_id: string; at: string; id: string } = after;
      query = query.where((eb) =>
        eb.or([
          eb("visitor_id", ">", a.visitor_id),
          eb.and([eb("visitor_id", "=", a.visitor_id), eb("at", ">", a.at)]),
          eb.and([eb("visitor_id", "=", a.visitor_id), eb("at", "=", a.at), eb("id", ">", a.id)]),
        ]),
      );
    }
    const views = (await query.execute()) as OldView[];
    for (const view of views) {
      const at = Date.parse(view.at);
      if (!open || open.visitorId !== view.visitor_id || at - open.lastAt > SESSION_GAP_MS) {
        await flush();
        open = { visitorId: view.visitor_id, sessionId: crypto.randomUUID(), lastAt: at, rows: new Map() };
      }
      open.lastAt = at;
      const row = open.rows.get(view.url);
      if (row) {
        row.views++;
        row.last_at = view.at;
        row.attributes = view.attributes;
      } else {
        open.rows.set(view.url, {
          id: view.id,
          site_id: view.site_id,
          visitor_id: view.visitor_id,
          session_id: open.sessionId,
          url: view.url,
          referrer: view.referrer,
          attributes: view.attributes,
          views: 1,
          first_at: view.at,
          last_at: view.at,
        });
      }
    }
    const last = views.at(-1);
    if (!last || views.length < BATCH) break;
    after = { visitor_id: last.visitor_id, at: last.at, id: last.id };
  }
  await flush();

  await db.schema.dropTable("page_views").execute();
  await db.schema.alterTable("page_views_rollup").renameTo("page_views").execute();
  await db.schema
    .createIndex("page_views_visit_page")
    .on("page_views")
    .columns(["visitor_id", "session_id", "url"])
    .unique()
    .execute();
  await db.schema
    .createIndex("page_views_visitor_last")
    .on("page_views")
    .columns(["visitor_id", "last_at"])
    .execute();
  await db.schema.createIndex("page_views_last").on("page_views").column("last_at").execute();
}
