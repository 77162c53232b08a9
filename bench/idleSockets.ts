/**
 * Idle visitor WebSockets held by one Parley node, and the memory each costs, beside a bare `ws`
 * server holding as many (bench/bareWsRelay.ts), measured in the same run.
 *
 *   npx tsx bench/idleSockets.ts [--connections 19900]
 *
 * Every Parley connection is a distinct visitor (its own token, channel and subscription), from an
 * allowed origin, as the widget opens it. Memory is the server process's resident set (VmRSS) after
 * all connections said hello and a short settle, minus the resident set before the first one.
 */
import os from "node:os";
import WebSocket from "ws";
import { spawnServer, withParleySite } from "./benchServer";
import { numberArg } from "./numberArg";
import { rssOf } from "./rss";

const CONNECTIONS = numberArg("connections", 19_900);
const BATCH = 250;

async function openAll(urls: (i: number) => string, headers: Record<string, string>): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let start = 0; start < CONNECTIONS; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, CONNECTIONS - start) }, (_, k) => {
      const ws = new WebSocket(urls(start + k), { headers });
      sockets.push(ws);
      return new Promise<void>((resolve, reject) => {
        ws.once("error", reject);
        ws.once("message", () => resolve());
      });
    });
    await Promise.all(batch);
  }
  return sockets;
}

async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 3000));
}

async function measure(pid: number, open: () => Promise<WebSocket[]>) {
  await settle();
  const before = rssOf(pid);
  const started = performance.now();
  const sockets = await open();
  const openSeconds = (performance.now() - started) / 1000;
  await settle();
  const after = rssOf(pid);
  const alive = sockets.filter((s) => s.readyState === WebSocket.OPEN).length;
  for (const s of sockets) s.terminate();
  return { alive, before, after, perConnection: (after - before) / alive, openSeconds };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  console.log(`# Idle visitor WebSockets, ${CONNECTIONS} connections`);
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${mb(os.totalmem())}, Node ${process.version}`,
  );
  const rows: string[] = [];

  const bare = await spawnServer("bench/bareWsRelay.ts", {}, "/");
  try {
    const r = await measure(bare.child.pid as number, () =>
      openAll(() => bare.url.replace("http", "ws"), {}),
    );
    rows.push(
      `| bare ws server | ${r.alive} | ${mb(r.before)} | ${mb(r.after)} | ${kb(r.perConnection)} | ${r.openSeconds.toFixed(1)} s |`,
    );
  } finally {
    await bare.stop();
  }

  await withParleySite(
    "sqlite",
    async ({ server, site }) => {
      const tokens: string[] = [];
      for (let i = 0; i < CONNECTIONS; i += 1) {
        const res = await fetch(`${server.url}/api/widget/visitors`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: "http://localhost" },
          body: JSON.stringify({ siteKey: site.siteKey }),
        });
        if (!res.ok) throw new Error(`visitor ${i}: ${res.status} ${await res.text()}`);
        tokens.push(((await res.json()) as { token: string }).token);
      }
      const base = server.url.replace("http", "ws");
      const r = await measure(server.child.pid as number, () =>
        openAll((i) => `${base}/ws?site=${site.siteKey}&visitor=${encodeURIComponent(tokens[i] as string)}`, {
          origin: "http://localhost",
        }),
      );
      rows.push(
        `| Parley node (SQLite) | ${r.alive} | ${mb(r.before)} | ${mb(r.after)} | ${kb(r.perConnection)} | ${r.openSeconds.toFixed(1)} s |`,
      );
    },
    { RATE_LIMIT_NEW_VISITORS: `${CONNECTIONS + 10}/10m` },
  );

  console.log("| server | connections held | RSS before | RSS after | per connection | time to open all |");
  console.log("|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
}

await main();
