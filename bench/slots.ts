/**
 * Slot computation benchmark (issue 10): 20 hosts with 500 busy events each (two calendars of 250)
 * over a 30-day horizon, in a real database. Measures `freeSlots` for all 20 hosts at once (three
 * queries and 20 computations), `computeSlots` for one host (inputs already in memory), and the
 * booking's re-check of one slot of one host (`freeSlots` with a 1 ms window) — each beside its
 * baseline in the same run and database: 20 other hosts with the same availability and no busy events.
 *
 *   npm run bench:slots -- [--runs 200] [--hosts 20] [--busy 500]
 *
 * SQLite always; PostgreSQL too when it can be reached (DATABASE_URL_TEST or the local default),
 * else that row says why. Hosts keep weekdays 09:00–12:30 and 13:30–17:30 in five zones (two of
 * them change their clocks inside the horizon), 30-minute meetings every 15 minutes, a 10-minute
 * buffer, 24 h notice. Busy events are drawn by a seeded generator: every run holds the same data.
 */
import os from "node:os";
import type { Availability } from "../packages/protocol/src/meetings";
import { computeSlots, type SlotInput } from "../apps/server/src/domain/availability/computeSlots";
import { defaultAvailability } from "../apps/server/src/domain/availability/defaultAvailability";
import { freeSlots } from "../apps/server/src/domain/availability/freeSlots";
import { ensureDefaultRoles, roleIdByKey } from "../apps/server/src/domain/roles/ensureDefaultRoles";
import { toJson } from "../apps/server/src/lib/json";
import { openStore, type Store } from "../apps/server/src/store/db";
import { migrateToLatest } from "../apps/server/src/store/migrate";
import { insertCalendarConnection } from "../apps/server/src/testing/meetingFactory";
import { benchDatabase } from "./benchDatabase";
import { numberArg } from "./numberArg";
import { percentile } from "./percentile";

const RUNS = numberArg("runs", 200);
const HOSTS = numberArg("hosts", 20);
const BUSY = numberArg("busy", 500);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// Monday 15 March 2027, 08:00 UTC: Paris moves its clocks on the 28th, Sydney on 4 April.
const NOW = Date.parse("2027-03-15T08:00:00.000Z");
const ZONES = ["Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "UTC"];
const AT = "2027-03-01T00:00:00.000Z";

function availabilityOf(i: number): Availability {
  const days = [1, 2, 3, 4, 5];
  return {
    ...defaultAvailability(ZONES[i % ZONES.length] as string),
    schedule: {
      blocks: days.flatMap((day) => [
        { day, start: "09:00", end: "12:30" },
        { day, start: "13:30", end: "17:30" },
      ]),
    },
    meetingMinutes: 30,
    slotStepMinutes: 15,
    bufferMinutes: 10,
    noticeMinutes: 24 * 60,
    horizonDays: 30,
  };
}

/** mulberry32: the same busy events on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` hosts with saved availability; `busy` events each over the horizon, on two calendars. */
async function seedHosts(store: Store, prefix: string, count: number, busy: number): Promise<string[]> {
  const { db } = store;
  const roleId = await roleIdByKey(db, "calendar_agent");
  const random = prng(count * 7919 + busy);
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(4, "0")}`);
  await db
    .insertInto("users")
    .values(
      ids.map((id) => ({
        id,
        email: `${id}@bench.example`,
        name: `Host ${id}`,
        password_hash: "x",
        role_id: roleId,
        site_ids: null,
        active: 1,
        created_at: AT,
        updated_at: AT,
      })),
    )
    .execute();
  await db
    .insertInto("meeting_availability")
    .values(ids.map((id, i) => ({ user_id: id, settings: toJson(availabilityOf(i)), updated_at: AT })))
    .execute();
  for (const id of ids) {
    if (!busy) continue;
    for (const calendar of [0, 1]) {
      const events = Array.from({ length: busy / 2 }, () => {
        // Starts on quarter hours anywhere in the 30 days (some past events too), 15 min to 2 h long.
        const start = NOW - DAY + Math.floor(random() * 31 * 96) * 15 * MINUTE;
        const end = start + (1 + Math.floor(random() * 8)) * 15 * MINUTE;
        return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
      });
      await insertCalendarConnection(db, { user_id: id, name: `Calendar ${calendar}` }, events);
    }
  }
  return ids;
}

interface Measured {
  p50: number;
  p99: number;
  max: number;
  /** Process CPU time per call (user + system): less sensitive than wall time to other load on the machine. */
  cpu: number;
  slots: number;
}

async function measure(runs: number, fn: () => Promise<number> | number): Promise<Measured> {
  for (let i = 0; i < Math.min(20, runs); i++) await fn();
  const times: number[] = [];
  let slots = 0;
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    slots = await fn();
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times.at(-1) ?? Number.NaN,
    cpu: (used.user + used.system) / 1000 / runs,
    slots,
  };
}

/** Every host's inputs, read once, for timing computeSlots alone. */
async function inputsOf(store: Store, ids: string[]): Promise<SlotInput[]> {
  const { db } = store;
  const [busy, rows] = await Promise.all([
    db
      .selectFrom("busy_times")
      .select(["user_id", "starts_at", "ends_at"])
      .where("user_id", "in", ids)
      .execute(),
    db
      .selectFrom("meeting_availability")
      .select(["user_id", "settings"])
      .where("user_id", "in", ids)
      .execute(),
  ]);
  return rows.map((r) => ({
    availability: JSON.parse(r.settings) as Availability,
    busy: busy
      .filter((b) => b.user_id === r.user_id)
      .map((b) => ({ start: Date.parse(b.starts_at), end: Date.parse(b.ends_at) })),
    meetings: [],
    now: NOW,
  }));
}

const ms = (n: number) => (n < 1 ? n.toFixed(3) : n.toFixed(2));
const row = (kind: string, what: string, m: Measured, base: Measured) =>
  console.log(
    `| ${kind} | ${what} | ${ms(m.p50)} | ${ms(m.p99)} | ${ms(m.max)} | ${ms(m.cpu)} | ${m.slots.toLocaleString("en")} | ${ms(base.p50)} | ${ms(base.p99)} | ${ms(base.cpu)} | ${base.slots.toLocaleString("en")} |`,
  );

async function run(kind: "sqlite" | "postgres"): Promise<void> {
  const database = await benchDatabase(kind, `slots_${process.pid}`);
  if (typeof database === "string") return void console.log(`| ${kind} | skipped: ${database} |`);
  const store = openStore(database.config);
  try {
    await migrateToLatest(store.db);
    await ensureDefaultRoles(store.db);
    const busyHosts = await seedHosts(store, "busy", HOSTS, BUSY);
    const freeHosts = await seedHosts(store, "free", HOSTS, 0);
    const countAll = async (ids: string[]) =>
      [...(await freeSlots(store.db, ids, NOW)).values()].reduce((n, s) => n + s.length, 0);
    row(
      kind,
      `freeSlots, all ${HOSTS} hosts`,
      await measure(RUNS, () => countAll(busyHosts)),
      await measure(RUNS, () => countAll(freeHosts)),
    );

    const perHost = async (inputs: SlotInput[]) => {
      let i = 0;
      return measure(
        RUNS * inputs.length,
        () => computeSlots(inputs[i++ % inputs.length] as SlotInput).length,
      );
    };
    row(
      kind,
      "computeSlots, one host",
      await perHost(await inputsOf(store, busyHosts)),
      await perHost(await inputsOf(store, freeHosts)),
    );

    // The booking's re-check: is this one start still free for this host?
    const recheck = async (id: string) => {
      const [first] = (await freeSlots(store.db, [id], NOW)).get(id) ?? [];
      const start = Date.parse(first?.start ?? new Date(NOW + 2 * DAY).toISOString());
      return measure(
        RUNS,
        async () =>
          (await freeSlots(store.db, [id], NOW, { from: start, to: start + 1 })).get(id)?.length ?? 0,
      );
    };
    row(
      kind,
      "re-check one slot, one host",
      await recheck(busyHosts[0] as string),
      await recheck(freeHosts[0] as string),
    );
  } finally {
    await store.close();
    await database.drop();
  }
}

console.log(
  `Slots benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}, ${new Date().toISOString()}`,
);
console.log(
  `${HOSTS} hosts × ${BUSY} busy events over 30 days; ${RUNS} runs after 20 warm-up; baseline: ${HOSTS} hosts, no busy events\n`,
);
console.log(
  "| database | measure | p50 ms | p99 ms | max ms | CPU ms/call | slots | baseline p50 | baseline p99 | baseline CPU | baseline slots |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
for (const kind of ["sqlite", "postgres"] as const) await run(kind);
