/**
 * Booking benchmark: bookings per second when many visitors want the same slot, beside an
 * uncontended baseline in the same run, against a real Parley node in its own process (SQLite, and
 * PostgreSQL when DATABASE_URL_TEST is set).
 *
 *   npm run bench:bookings -- [--visitors 10] [--rounds 40] [--baseline <git revision>]
 *
 * Contended: `visitors` visitors each hold an open offer of the same host and all book the same
 * slot at once; one wins, the others get 409 slot_taken (with fresh slots) and all race again for
 * the next slot, `rounds` times (a new visitor takes the winner's place). Uncontended: as many
 * visitors book at once, each with their own host, so no two claims meet; `rounds` times.
 * Every visitor gave their email before the card (the booking identifies nobody). Latency is one
 * POST …/book from send to answer.
 *
 * `--baseline <rev>`: the same runs first against that revision's server (bench/baselineTree.ts),
 * then against this checkout's, on fresh databases, in the same run: before and after a change.
 */
import os from "node:os";
import type { MeetingOfferView } from "@parley/protocol/meetings";
import { ApiClient } from "../apps/server/src/testing/apiClient";
import { meetingStream } from "../apps/server/src/testing/bookingRig";
import { buildUser } from "../apps/server/src/testing/factories";
import { POSTGRES_TEST_URL } from "../apps/server/src/testing/testDatabases";
import type { TestServer } from "../apps/server/src/testing/testServer";
import { PAGE_ORIGIN, publishStream, TestVisitor } from "../apps/server/src/testing/visitorClient";
import { baselineTree, textArg } from "./baselineTree";
import { type BenchSite, withParleySite } from "./benchServer";
import { numberArg } from "./numberArg";
import { percentile } from "./percentile";

const VISITORS = numberArg("visitors", 10);
const ROUNDS = numberArg("rounds", 40);
/** A working week, 09:00–17:00 UTC: 16 half-hour slots a weekday, about 350 over the 30-day horizon. */
const WORKWEEK = { blocks: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })) };

interface Seat {
  visitor: TestVisitor;
  offerId: string;
}

interface Result {
  booked: number;
  attempts: number;
  seconds: number;
  latencies: number[];
}

/** A calendar agent of the site bookable on weekdays, every half hour, no notice, 30 days ahead. */
async function alwaysFreeHost(bench: BenchSite, server: TestServer) {
  const user = await buildUser(server, bench.admin, "calendar_agent", { siteIds: [bench.site.id] });
  const saved = await bench.admin.request("PUT", `/api/agents/${user.id}/meeting-availability`, {
    timeZone: "UTC",
    schedule: WORKWEEK,
    meetingMinutes: 30,
    noticeMinutes: 0,
    horizonDays: 30,
  });
  if (saved.status !== 200) throw new Error(`availability not saved: ${JSON.stringify(saved.body)}`);
  return user;
}

async function seat(server: TestServer, bench: BenchSite, dialogueId: string, n: number): Promise<Seat> {
  const visitor = await TestVisitor.arrive(server, bench.site);
  await visitor.start(dialogueId);
  await visitor.bot("capture");
  visitor.send({ kind: "answer", value: `bench-${n}-${visitor.visitorId.slice(0, 6)}@example.org` });
  const prompt = await visitor.bot("meeting");
  return { visitor, offerId: prompt.body.offerId as string };
}

async function post(server: TestServer, path: string, body: unknown) {
  const res = await fetch(server.url + path, {
    method: "POST",
    headers: { origin: PAGE_ORIGIN, "content-type": "text/plain" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function slotsOf(server: TestServer, seat: Seat): Promise<string[]> {
  const q = `visitor=${encodeURIComponent(seat.visitor.token)}&tz=UTC`;
  const res = await fetch(`${server.url}/api/widget/meetings/offers/${seat.offerId}?${q}`);
  const view = (await res.json()) as MeetingOfferView;
  return view.days.flatMap((d) => d.slots.map((s) => s.start));
}

/** One POST …/book, timed. */
async function bookTimed(server: TestServer, s: Seat, start: string, latencies: number[]) {
  const at = performance.now();
  const res = await post(server, `/api/widget/meetings/offers/${s.offerId}/book`, {
    visitor: s.visitor.token,
    start,
    timeZone: "UTC",
  });
  latencies.push(performance.now() - at);
  if (res.status !== 200 && res.status !== 409)
    throw new Error(`booking failed: ${JSON.stringify(res.body)}`);
  return res.status === 200;
}

async function contended(bench: BenchSite, server: TestServer): Promise<Result> {
  const host = await alwaysFreeHost(bench, server);
  const stream = meetingStream({ strategy: "specific_agent", agentId: host.id }, { email: true });
  const dialogueId = await publishStream(bench.admin, bench.site.id, stream);
  const spare: Seat[] = [];
  for (let i = 0; i < VISITORS + ROUNDS - 1; i++) spare.push(await seat(server, bench, dialogueId, i));
  const starts = (await slotsOf(server, spare[0] as Seat)).slice(1, ROUNDS + 1);
  let racing = spare.splice(0, VISITORS);
  const latencies: number[] = [];
  let booked = 0;
  const began = performance.now();
  for (const start of starts) {
    const won = await Promise.all(racing.map((s) => bookTimed(server, s, start, latencies)));
    if (won.filter(Boolean).length !== 1)
      throw new Error(`${won.filter(Boolean).length} visitors got ${start}`);
    booked += 1;
    racing = racing.filter((_, i) => !won[i]);
    const next = spare.shift();
    if (next) racing.push(next);
  }
  const seconds = (performance.now() - began) / 1000;
  for (const s of [...racing, ...spare]) s.visitor.socket.close();
  return { booked, attempts: latencies.length, seconds, latencies };
}

async function uncontended(bench: BenchSite, server: TestServer): Promise<Result> {
  const lanes: { seats: Seat[] }[] = [];
  for (let h = 0; h < VISITORS; h++) {
    const host = await alwaysFreeHost(bench, server);
    const stream = meetingStream({ strategy: "specific_agent", agentId: host.id }, { email: true });
    const dialogueId = await publishStream(bench.admin, bench.site.id, stream);
    const seats: Seat[] = [];
    for (let r = 0; r < ROUNDS; r++) seats.push(await seat(server, bench, dialogueId, h * ROUNDS + r));
    lanes.push({ seats });
  }
  const starts = (await slotsOf(server, lanes[0]?.seats[0] as Seat)).slice(1, ROUNDS + 1);
  const latencies: number[] = [];
  let booked = 0;
  const began = performance.now();
  for (const [r, start] of starts.entries()) {
    const won = await Promise.all(
      lanes.map((lane) => bookTimed(server, lane.seats[r] as Seat, start, latencies)),
    );
    if (!won.every(Boolean)) throw new Error(`an uncontended booking at ${start} was refused`);
    booked += won.length;
  }
  const seconds = (performance.now() - began) / 1000;
  for (const lane of lanes) for (const s of lane.seats) s.visitor.socket.close();
  return { booked, attempts: latencies.length, seconds, latencies };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
function row(database: string, name: string, r: Result): string {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  return `| ${database} | ${name} | ${r.booked} | ${r.attempts} | ${(r.booked / r.seconds).toFixed(1)} | ${(
    r.attempts / r.seconds
  ).toFixed(1)} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} |`;
}

async function run(kind: "sqlite" | "postgres", code: { label: string; root: string }): Promise<string[]> {
  const limits = {
    RATE_LIMIT_NEW_VISITORS: "100000/10m",
    RATE_LIMIT_CONVERSATION_STARTS: "100000/10m",
    RATE_LIMIT_SOCKET_FRAMES: "100000/1m",
  };
  return withParleySite(
    kind,
    async (bench) => {
      const server = {
        url: bench.server.url,
        anonymous: () => new ApiClient(bench.server.url),
      } as TestServer;
      const base = await uncontended(bench, server);
      const race = await contended(bench, server);
      return [
        row(kind, `${code.label}uncontended (${VISITORS} hosts at once)`, base),
        row(kind, `${code.label}one slot, ${VISITORS} visitors`, race),
      ];
    },
    limits,
    `${code.root}/apps/server/src/main.ts`,
  );
}

const baselineRev = textArg("baseline");
const baseline = baselineRev ? baselineTree(baselineRev) : null;
const codes = [
  ...(baseline ? [{ label: `baseline ${baseline.rev}: `, root: baseline.root }] : []),
  { label: baseline ? "this checkout: " : "", root: "." },
];
const rows: string[] = [];
try {
  for (const kind of ["sqlite", ...(POSTGRES_TEST_URL ? ["postgres" as const] : [])] as const)
    for (const code of codes) rows.push(...(await run(kind, code)));
} finally {
  baseline?.remove();
}
if (!POSTGRES_TEST_URL) console.log("PostgreSQL skipped: DATABASE_URL_TEST not set");
console.log(
  `# Bookings — ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, ${new Date().toISOString()}`,
);
console.log("| database | run | booked | requests | bookings/s | requests/s | p50 | p99 |");
console.log("|---|---|---|---|---|---|---|---|");
for (const line of rows) console.log(line);
process.exit(0);
