/**
 * People list benchmark: `GET /api/sites/:siteId/people` (first page, a deep page, searches,
 * filters, sort by name) at 1,000, 100,000 and 1,000,000 people, on SQLite and PostgreSQL, each
 * beside the same request on an empty site of the same server, measured in the same run.
 *
 *   npx tsx bench/peopleList.ts [--sizes 1000,100000,1000000] [--seconds 3] [--connections 4] [--only search]
 *
 * `--only` keeps the requests whose name contains the word (e.g. `search`: both searches only).
 *
 * The people are written straight into the database by bench/seedPeople.ts (set-based SQL); the
 * server runs in its own process on loopback and is asked over HTTP as the signed-in admin.
 * PostgreSQL: a database of its own on DATABASE_URL_TEST (or postgres://postgres@127.0.0.1:5432),
 * dropped at the end; skipped, with the reason, when the server cannot be reached.
 */
import os from "node:os";
import { openStore } from "../apps/server/src/store/db";
import { ApiClient } from "../apps/server/src/testing/apiClient";
import { ADMIN } from "../apps/server/src/testing/testServer";
import { quickSite } from "../apps/server/src/testing/visitorClient";
import { benchDatabase } from "./benchDatabase";
import { startParley } from "./benchServer";
import { closedLoop, type LoadResult } from "./closedLoop";
import { numberArg } from "./numberArg";
import { RARE_MATCHES, RARE_NAME, seedPeople } from "./seedPeople";

const sizesAt = process.argv.indexOf("--sizes");
const SIZES = (sizesAt >= 0 ? String(process.argv[sizesAt + 1]) : "1000,100000,1000000")
  .split(",")
  .map(Number);
const SECONDS = numberArg("seconds", 3);
const CONNECTIONS = numberArg("connections", 4);
const onlyAt = process.argv.indexOf("--only");
const ONLY = onlyAt >= 0 ? String(process.argv[onlyAt + 1]) : "";
const DEEP_PAGES = 20;

interface Scenario {
  name: string;
  /** The query string, or null when the server's list cannot answer it (the old list). */
  query: string | null;
}

/** The list's answer: a page with a cursor (the keyset list), or a bare array (the old list). */
type ListAnswer = { items: unknown[]; nextCursor: string | null } | unknown[];

/** Follows nextCursor `pages` times from the first page; the cursor of the page that many pages in. */
async function cursorAfter(admin: ApiClient, siteId: string, pages: number): Promise<string | null> {
  let cursor: string | null = null;
  for (let i = 0; i < pages; i++) {
    const page: { body: ListAnswer } = await admin.get<ListAnswer>(
      `/api/sites/${siteId}/people${cursor ? `?cursor=${cursor}` : ""}`,
    );
    if (Array.isArray(page.body)) return null;
    cursor = page.body.nextCursor === null ? null : encodeURIComponent(page.body.nextCursor);
    if (!cursor) return null;
  }
  return cursor;
}

async function scenarios(
  admin: ApiClient,
  siteId: string,
  size: number,
  companyId: string,
): Promise<Scenario[]> {
  const first = await admin.get<ListAnswer>(`/api/sites/${siteId}/people`);
  if (first.status !== 200) throw new Error(`people list: ${first.status} ${JSON.stringify(first.body)}`);
  const paged = !Array.isArray(first.body);
  // 20 pages in, or the last page of a smaller site (1,000 people make 20 pages of 50).
  const depth = Math.min(DEEP_PAGES, Math.ceil(size / 50) - 1);
  const cursor = paged ? await cursorAfter(admin, siteId, depth) : null;
  const rare = RARE_NAME.slice(0, 4).toLowerCase();
  return [
    { name: "first page (updated desc)", query: "" },
    paged
      ? { name: `page ${depth + 1} (by cursor)`, query: cursor ? `cursor=${cursor}` : null }
      : { name: `page ${depth + 1} (old: offset)`, query: `offset=${depth * 50}` },
    { name: 'search "ma"', query: "q=ma" },
    { name: `search "${rare}" (${RARE_MATCHES} match)`, query: `q=${rare}` },
    { name: "known + one company", query: paged ? `known=known&companyId=${companyId}` : null },
    { name: "sort by name", query: paged ? "sort=name&order=asc" : null },
  ];
}

const itemCount = (body: ListAnswer) => (Array.isArray(body) ? body.length : body.items.length);

const fmt = (r: LoadResult) =>
  `${r.perSecond.toLocaleString("en")} | ${r.requests.toLocaleString("en")} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${Math.round(r.cpuPerRequest * 1000).toLocaleString("en")} µs${r.errors ? ` | ${r.errors} errors` : ""}`;

async function run(kind: "sqlite" | "postgres", size: number): Promise<void> {
  const db = await benchDatabase(kind, `${process.pid}_${size}`);
  if (typeof db === "string") return void console.log(`| ${kind} | ${size} | skipped: ${db} |`);
  const server = await startParley(db);
  try {
    const admin = new ApiClient(server.url);
    await admin.signIn(ADMIN.email, ADMIN.password);
    const site = await quickSite(admin);
    const empty = await quickSite(admin);
    const store = openStore(db.config);
    const seeded = await seedPeople(store.db, kind, site.id, size).finally(() => store.close());
    console.log(
      `\n${kind}, ${size.toLocaleString("en")} people and ${seeded.companies.toLocaleString("en")} companies seeded in ${(seeded.ms / 1000).toFixed(1)} s`,
    );
    const measure = (siteId: string, query: string) =>
      closedLoop(server.url, server.child.pid ?? 0, () => `/api/sites/${siteId}/people?${query}`, {
        seconds: SECONDS,
        connections: CONNECTIONS,
        max: 1_000_000,
        headers: { cookie: admin.cookie ?? "" },
      });
    const chosen = (await scenarios(admin, site.id, size, seeded.companyId)).filter((s) =>
      s.name.includes(ONLY),
    );
    for (const { name, query } of chosen) {
      if (query === null) {
        console.log(`| ${kind} | ${size.toLocaleString("en")} | ${name} | not supported by this list |`);
        continue;
      }
      const items = itemCount((await admin.get<ListAnswer>(`/api/sites/${site.id}/people?${query}`)).body);
      const r = await measure(site.id, query);
      const base = await measure(empty.id, query);
      console.log(
        `| ${kind} | ${size.toLocaleString("en")} | ${name} (${items} items) | ${fmt(r)} | ${fmt(base)} |`,
      );
    }
  } finally {
    await server.stop();
    await db.drop();
  }
}

console.log(
  `People list benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
);
console.log(
  `${CONNECTIONS} connections, ${SECONDS} s per measure after 1 s of warm-up; baseline: an empty site, same server\n`,
);
console.log(
  "| database | people | request | req/s | requests | p50 ms | p99 ms | server CPU/req | empty site: req/s | requests | p50 | p99 | CPU |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const kind of ["sqlite", "postgres"] as const) for (const size of SIZES) await run(kind, size);
