import { Availability } from "@parley/protocol/meetings";
import { describe, expect, it } from "vitest";
import { parseJson } from "../../lib/json";
import { createTestDatabase, DATABASE_KINDS } from "../../testing/testDatabases";
import { startTestServer, type TestServer } from "../../testing/testServer";
import { freeSlots } from "../availability/freeSlots";

const ADMIN = { email: "owner@example.com", name: "Owner", password: "long-enough-password" };
const WEEKDAYS_9_TO_5 = [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" }));
// Monday 1 March 2027, 07:00 in Berlin (UTC+1): with 24 h notice the first slot is on Tuesday.
const MONDAY_MORNING = Date.parse("2027-03-01T06:00:00Z");
const UNTIL_WEDNESDAY = Date.parse("2027-03-03T00:00:00Z");

/** A server without PARLEY_ADMIN_*: its one-time setup token, and the rows the setup writes. */
async function withSetupServer(
  kind: (typeof DATABASE_KINDS)[number],
  run: (s: TestServer, token: string) => Promise<void>,
) {
  const db = await createTestDatabase(kind);
  const server = await startTestServer(db, { admin: false });
  try {
    const token = new URL(server.parley.firstRun.setupUrl ?? "").searchParams.get("token") ?? "";
    await run(server, token);
  } finally {
    await server.close();
    await db.drop();
  }
}

const availabilityOf = async (server: TestServer) => {
  const rows = await server.parley.ctx.store.db
    .selectFrom("meeting_availability")
    .innerJoin("users", "users.id", "meeting_availability.user_id")
    .select(["users.email", "meeting_availability.settings"])
    .execute();
  return rows.map((r) => ({ email: r.email, settings: parseJson<unknown>(r.settings, null) }));
};

for (const kind of DATABASE_KINDS) {
  describe(`first-run setup: the first admin can be booked at once [${kind}]`, () => {
    it("saves office hours, Monday to Friday 09:00–17:00, in the zone the browser sent", async () => {
      await withSetupServer(kind, async (server, token) => {
        const done = await server
          .anonymous()
          .post<{ user: { id: string } }>("/api/setup", { ...ADMIN, token, timeZone: "Europe/Berlin" });
        expect(done.status).toBe(200);
        const [saved, ...others] = await availabilityOf(server);
        expect(others).toEqual([]);
        expect(saved?.email).toBe("owner@example.com");
        // A valid Availability with the contract's defaults: 30 min, 24 h notice, 30 days ahead.
        expect(Availability.parse(saved?.settings)).toEqual(saved?.settings);
        expect(saved?.settings).toMatchObject({
          timeZone: "Europe/Berlin",
          schedule: { blocks: WEEKDAYS_9_TO_5 },
          meetingMinutes: 30,
          noticeMinutes: 24 * 60,
          horizonDays: 30,
          overrides: [],
        });
        // Bookable: Tuesday 09:00–17:00 Berlin time (08:00–16:00 UTC), every half hour.
        const slots = await freeSlots(server.parley.ctx.store.db, [done.body.user.id], MONDAY_MORNING, {
          from: MONDAY_MORNING,
          to: UNTIL_WEDNESDAY,
        });
        const starts = (slots.get(done.body.user.id) ?? []).map((slot) => slot.start);
        expect(starts).toHaveLength(16);
        expect([starts[0], starts.at(-1)]).toEqual(["2027-03-02T08:00:00.000Z", "2027-03-02T15:30:00.000Z"]);
      });
    });

    it("without a zone (an API client, an old browser) the hours are in UTC", async () => {
      await withSetupServer(kind, async (server, token) => {
        expect((await server.anonymous().post("/api/setup", { ...ADMIN, token })).status).toBe(200);
        expect((await availabilityOf(server))[0]?.settings).toMatchObject({ timeZone: "UTC" });
      });
    });

    it("an unknown zone is refused with a field error and creates nobody", async () => {
      await withSetupServer(kind, async (server, token) => {
        const client = server.anonymous();
        const refused = await client.post<{ error: { code: string; details: unknown } }>("/api/setup", {
          ...ADMIN,
          token,
          timeZone: "Mars/Olympus_Mons",
        });
        expect(refused.status).toBe(400);
        expect(refused.body.error.details).toEqual([
          { path: "/timeZone", message: "is not a time zone such as Europe/Paris" },
        ]);
        expect((await client.get("/api/setup")).body).toEqual({ needsSetup: true });
        expect(await availabilityOf(server)).toEqual([]);
        // The token is not spent: the same link still works.
        expect(
          (await client.post("/api/setup", { ...ADMIN, token, timeZone: "America/New_York" })).status,
        ).toBe(200);
      });
    });
  });
}
