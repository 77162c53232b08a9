import crypto from "node:crypto";
import path from "node:path";
import type { MeetingTable } from "../../apps/server/src/store/schema";
import { openStore, type Store } from "../../apps/server/src/store/db";

/**
 * Rows the meetings screens show, written straight into a running test server's SQLite file (the
 * server reads them like any other): meetings in every stored state and a calendar connection that
 * needs attention, without going through booking or a real calendar server.
 */
export class MeetingsSeed {
  private constructor(private readonly store: Store) {}

  static open(dataDir: string): MeetingsSeed {
    return new MeetingsSeed(openStore({ kind: "sqlite", file: path.join(dataDir, "parley.db") }));
  }

  async meeting(
    row: Pick<MeetingTable, "site_id" | "user_id" | "starts_at" | "ends_at" | "visitor_email"> &
      Partial<MeetingTable>,
  ): Promise<string> {
    const id = crypto.randomUUID();
    await this.store.db
      .insertInto("meetings")
      .values({
        id,
        offer_id: null,
        conversation_id: null,
        dialogue_id: null,
        person_id: null,
        visitor_id: null,
        visitor_name: null,
        visitor_time_zone: "UTC",
        language: "en",
        status: "scheduled",
        source: "card",
        uid: `${id}@parley.test`,
        sequence: 0,
        reschedule_count: 0,
        video_url: null,
        routing_log: "[]",
        caldav_connection_id: null,
        caldav_href: null,
        caldav_etag: null,
        cancel_reason: null,
        cancelled_at: null,
        created_at: row.starts_at,
        updated_at: row.starts_at,
        ...row,
      })
      .execute();
    return id;
  }

  /** A CalDAV connection whose last read failed: what the agent must fix. */
  async brokenCalDav(userId: string, at: string, lastError: string): Promise<string> {
    const id = crypto.randomUUID();
    await this.store.db
      .insertInto("calendar_connections")
      .values({
        id,
        user_id: userId,
        kind: "caldav",
        name: "Work calendar",
        // Nothing listens there: a sync that ran anyway would fail the same way.
        url: "http://127.0.0.1:9/dav/",
        username: "grace",
        secret: null,
        calendar_url: "http://127.0.0.1:9/dav/grace/work/",
        write_bookings: 1,
        status: "needs_attention",
        last_error: lastError,
        last_synced_at: at,
        notified_at: at,
        etag: null,
        last_modified: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return id;
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
