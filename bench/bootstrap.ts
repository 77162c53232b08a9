/**
 * Widget bootstrap benchmark: `GET /api/widget/bootstrap` requests/s and latency for returning
 * visitors (the request every page load of a site makes), beside a bare Fastify route measured in
 * the same run. Each server runs in its own process on loopback; SQLite, and PostgreSQL when
 * DATABASE_URL_TEST is set.
 *
 *   npx tsx bench/bootstrap.ts [--seconds 5] [--connections 16] [--visitors 200] [--max 200000]
 *
 * Closed loop: `connections` keep-alive connections each send the next request when the previous
 * answer arrived, for `seconds` (after one second of warm-up) or until `max` requests.
 */
import os from "node:os";
import { openStore } from "../apps/server/src/store/db";
import { POSTGRES_TEST_URL } from "../apps/server/src/testing/testDatabases";
import { PAGE_ORIGIN, publishStream } from "../apps/server/src/testing/visitorClient";
import { spawnServer, withParleySite } from "./benchServer";
import { closedLoop, type LoadResult } from "./closedLoop";
import { numberArg } from "./numberArg";

const SECONDS = numberArg("seconds", 5);
const CONNECTIONS = numberArg("connections", 16);
const VISITORS = numberArg("visitors", 200);
const MAX = numberArg("max", 200_000);
const PAGES = ["/", "/pricing", "/pricing?plan=pro", "/blog/launch", "/about"];

const load = (base: string, pid: number, next: () => string) =>
  closedLoop(base, pid, next, {
    seconds: SECONDS,
    connections: CONNECTIONS,
    max: MAX,
    headers: { origin: PAGE_ORIGIN },
  });

async function bare(): Promise<LoadResult> {
  const server = await spawnServer("bench/bareServer.ts", {}, "/bare");
  try {
    return await load(server.url, server.child.pid ?? 0, () => "/bare");
  } finally {
    await server.stop();
  }
}

async function bootstrap(kind: "sqlite" | "postgres"): Promise<LoadResult & { rows: number }> {
  // All the visitors come from this one loopback address: the server's per-address limit on new
  // visitors (RATE_LIMIT_NEW_VISITORS, 60 per 10 minutes by default) is raised for this node only.
  return withParleySite(
    kind,
    async ({ db, server, admin, site }) => {
      const message = {
        schemaVersion: 1,
        startCardId: "m",
        cards: [{ id: "m", type: "message", text: "Hi" }],
      };
      await publishStream(admin, site.id, message, {
        name: "Pricing",
        targeting: { include: ["/pricing*"], trigger: { kind: "seconds_on_page", seconds: 5 } },
      });
      await publishStream(admin, site.id, message, {
        kind: "flow",
        name: "Help",
        flowSettings: { delivery: "popup" },
      });
      const query = (page: string, token?: string) =>
        `/api/widget/bootstrap?${new URLSearchParams({ site: site.siteKey, url: `${PAGE_ORIGIN}${page}`, ...(token ? { visitor: token } : {}) })}`;
      // Returning visitors: each got its token on a first page view.
      const tokens: string[] = [];
      for (let i = 0; i < VISITORS; i++) {
        const res = await fetch(`${server.url}${query("/")}`, { headers: { origin: PAGE_ORIGIN } });
        tokens.push(((await res.json()) as { visitor: { token: string } }).visitor.token);
      }
      let n = 0;
      const result = await load(server.url, server.child.pid ?? 0, () => {
        n++;
        // Every visitor in turn, each on the next of the pages.
        return query(
          PAGES[Math.floor(n / tokens.length) % PAGES.length] as string,
          tokens[n % tokens.length],
        );
      });
      const store = openStore(db.config);
      const rows = await store.db
        .selectFrom("page_views")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      await store.close();
      return { ...result, rows: Number(rows.n) };
    },
    { RATE_LIMIT_NEW_VISITORS: `${VISITORS}/10m` },
  );
}

const line = (name: string, r: LoadResult, extra = "") =>
  console.log(
    `${name.padEnd(20)} ${String(r.perSecond).padStart(6)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  server CPU ${(r.cpuPerRequest * 1000).toFixed(0)} µs/request  (${r.requests} requests, ${r.errors} errors)${extra}`,
  );

console.log(
  `Bootstrap benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
);
console.log(
  `${CONNECTIONS} connections, ${SECONDS} s each (after 1 s warm-up), ${VISITORS} returning visitors × ${PAGES.length} pages\n`,
);
const baseline = await bare();
line("bare Fastify route", baseline);
for (const kind of POSTGRES_TEST_URL ? (["sqlite", "postgres"] as const) : (["sqlite"] as const)) {
  const r = await bootstrap(kind);
  line(
    `bootstrap ${kind}`,
    r,
    `  1/${(baseline.perSecond / r.perSecond).toFixed(1)} of bare; page_views rows after: ${r.rows}`,
  );
}
line("bare Fastify route", await bare());
