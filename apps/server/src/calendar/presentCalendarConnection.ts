import type { CalendarConnection } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import type { CalendarConnectionTable, Database } from "../store/schema";

/** A connection as the app shows it: never its password (nor the sealed form of it). */
export function presentCalendarConnection(
  row: CalendarConnectionTable,
  busyCount: number,
): CalendarConnection {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    name: row.name,
    url: row.url,
    calendarUrl: row.calendar_url,
    writeBookings: row.write_bookings === 1,
    status: row.status,
    lastError: row.last_error,
    lastSyncedAt: row.last_synced_at,
    busyCount,
    createdAt: row.created_at,
  };
}

/** The user's connections, presented, oldest first (the order they were added). */
export async function listCalendarConnections(
  db: Kysely<Database>,
  userId: string,
): Promise<CalendarConnection[]> {
  const rows = await db
    .selectFrom("calendar_connections")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const counts = await busyCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => presentCalendarConnection(row, counts.get(row.id) ?? 0));
}

/** One connection, presented; null when it is gone. */
export async function presentConnectionById(
  db: Kysely<Database>,
  id: string,
): Promise<CalendarConnection | null> {
  const row = await db.selectFrom("calendar_connections").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  return presentCalendarConnection(row, (await busyCounts(db, [id])).get(id) ?? 0);
}

async function busyCounts(db: Kysely<Database>, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("busy_times")
    .select(["connection_id", (eb) => eb.fn.countAll<number | string>().as("n")])
    .where("connection_id", "in", ids)
    .groupBy("connection_id")
    .execute();
  return new Map(rows.map((r) => [r.connection_id, Number(r.n)]));
}
