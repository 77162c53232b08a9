/**
 * Live chat delivery: visitor → agent message latency at a fixed rate, on one Parley node (SQLite)
 * and across two nodes (PostgreSQL + Redis: visitors on one, agents on the other), each beside a bare
 * `ws` relay (bench/bareWsRelay.ts) carrying the same pairs at the same rate, measured in the same
 * run; and the time from a visitor reaching the Live chat card to the offer shown to an agent.
 *
 *   npx tsx bench/chatDelivery.ts [--rate 1000] [--seconds 10] [--pairs 50] [--agents 5]
 *
 * Latency is from the visitor's `chat.send` to the agent's socket receiving the message
 * (`chat.messages` on the conversation's channel). The load is open loop: a slow server shows as
 * latency, not as a lower rate. Two nodes need DATABASE_URL_TEST and REDIS_URL_TEST.
 */
import os from "node:os";
import WebSocket from "ws";
import { ApiClient } from "../apps/server/src/testing/apiClient";
import { PASSWORD, roleId } from "../apps/server/src/testing/factories";
import { createTestDatabase, POSTGRES_TEST_URL } from "../apps/server/src/testing/testDatabases";
import { ADMIN } from "../apps/server/src/testing/testServer";
import { publishStream, quickSite } from "../apps/server/src/testing/visitorClient";
import { type BenchServer, spawnServer, startParley } from "./benchServer";
import { numberArg } from "./numberArg";
import { percentile } from "./percentile";

const RATE = numberArg("rate", 1000);
const SECONDS = numberArg("seconds", 10);
const PAIRS = numberArg("pairs", 50);
const AGENTS = numberArg("agents", 5);
const REDIS_URL = process.env.REDIS_URL_TEST;
const ORIGIN = "http://localhost";

type Frame = { type: string; name?: string; data?: Record<string, unknown>; [k: string]: unknown };
type Pair = { visitor: WebSocket; agent: WebSocket; key: string };

// Frames that arrived before anyone waited for them (a hello can come with the upgrade's packet).
const early = new WeakMap<WebSocket, Frame[]>();

function open(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  const ws = new WebSocket(url, { headers });
  const frames: Frame[] = [];
  early.set(ws, frames);
  ws.on("message", (data) => frames.push(JSON.parse(data.toString()) as Frame));
  return new Promise((resolve, reject) => {
    ws.once("error", reject);
    ws.once("open", () => resolve(ws));
  });
}

/** The first frame (already received or coming) that matches; it is taken out of the early ones. */
function nextFrame(ws: WebSocket, match: (f: Frame) => boolean, timeoutMs = 20_000): Promise<Frame> {
  const frames = early.get(ws) ?? [];
  const index = frames.findIndex(match);
  if (index >= 0) return Promise.resolve(frames.splice(index, 1)[0] as Frame);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching frame: ${match.toString()}`)), timeoutMs);
    const onMessage = () => {
      const i = frames.findIndex(match);
      if (i < 0) return;
      clearTimeout(timer);
      ws.off("message", onMessage);
      resolve(frames.splice(i, 1)[0] as Frame);
    };
    ws.on("message", onMessage);
  });
}

/**
 * Sends RATE messages per second round-robin over the pairs for SECONDS (after a 2 s warm-up) and
 * returns the latencies. `send` writes one message; `onReceive` wires the agent side to `received`.
 */
async function drive(
  pairs: Pair[],
  send: (pair: Pair, id: string) => void,
  received: Map<string, number>,
): Promise<{ latencies: number[]; sent: number; rate: number }> {
  const sentAt = new Map<string, number>();
  const interval = 1000 / RATE;
  let turn = 0;
  let warm = false;
  let started = performance.now() + 2000;
  const warmupEnds = started;
  let next = performance.now();
  while (performance.now() - started < SECONDS * 1000) {
    const now = performance.now();
    if (!warm && now >= warmupEnds) {
      warm = true;
      sentAt.clear();
      started = now;
    }
    if (now < next) {
      await new Promise((r) => setTimeout(r, Math.max(0, next - now)));
      continue;
    }
    next += interval;
    const pair = pairs[turn % pairs.length] as Pair;
    const id = `m${turn++}x${pair.key.slice(0, 6)}`;
    sentAt.set(id, performance.now());
    send(pair, id);
  }
  await new Promise((r) => setTimeout(r, 2000));
  const latencies: number[] = [];
  for (const [id, at] of sentAt) {
    const got = received.get(id);
    if (got !== undefined) latencies.push(got - at);
  }
  return { latencies: latencies.sort((a, b) => a - b), sent: sentAt.size, rate: sentAt.size / SECONDS };
}

function row(label: string, r: { latencies: number[]; sent: number; rate: number }): string {
  const lost = r.sent - r.latencies.length;
  return `| ${label} | ${Math.round(r.rate)}/s | ${r.latencies.length}/${r.sent}${lost ? ` (${lost} not delivered)` : ""} | ${percentile(r.latencies, 50).toFixed(2)} ms | ${percentile(r.latencies, 99).toFixed(2)} ms | ${(r.latencies.at(-1) ?? Number.NaN).toFixed(1)} ms |`;
}

async function relay(twoNodes: boolean): Promise<string> {
  const env: Record<string, string> = twoNodes && REDIS_URL ? { REDIS_URL } : {};
  const a = await spawnServer("bench/bareWsRelay.ts", env, "/");
  const b = twoNodes ? await spawnServer("bench/bareWsRelay.ts", env, "/") : a;
  try {
    const received = new Map<string, number>();
    const pairs: Pair[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const key = `agent-${i}-${crypto.randomUUID()}`;
      const agent = await open(b.url.replace("http", "ws"));
      agent.send(JSON.stringify({ as: key }));
      agent.on("message", (data) => {
        const frame = JSON.parse(data.toString()) as { id?: string };
        if (frame.id) received.set(frame.id, performance.now());
      });
      pairs.push({ visitor: await open(a.url.replace("http", "ws")), agent, key });
    }
    await new Promise((r) => setTimeout(r, 500));
    const r = await drive(
      pairs,
      (p, id) => p.visitor.send(JSON.stringify({ to: p.key, id, text: "Hello there" })),
      received,
    );
    for (const p of pairs) {
      p.visitor.close();
      p.agent.close();
    }
    return row(twoNodes ? "bare ws relay, two nodes via Redis" : "bare ws relay, one node", r);
  } finally {
    await a.stop();
    if (b !== a) await b.stop();
  }
}

/** The next chat offered to any of the agents (each offer frame is taken once). */
async function nextOffer<A extends { ws: WebSocket }>(agents: A[]): Promise<{ a: A; frame: Frame }> {
  for (;;) {
    for (const a of agents) {
      const frames = early.get(a.ws) ?? [];
      const i = frames.findIndex((f) => f.name === "livechat.offer");
      if (i >= 0) return { a, frame: frames.splice(i, 1)[0] as Frame };
    }
    await new Promise((r) => setTimeout(r, 1));
  }
}

/** Agents online on `agentNode`, PAIRS visitors on `visitorNode` each in an accepted chat. */
async function parley(visitorNode: BenchServer, agentNode: BenchServer, label: string): Promise<string[]> {
  const admin = new ApiClient(visitorNode.url);
  await admin.signIn(ADMIN.email, ADMIN.password);
  const site = await quickSite(admin);
  const settings = await admin.request("PUT", `/api/sites/${site.id}/livechat/settings`, {
    defaultConcurrency: 10,
    acceptTimeoutSeconds: 600,
  });
  if (settings.status !== 200) throw new Error(`settings: ${JSON.stringify(settings.body)}`);
  const dialogueId = await publishStream(admin, site.id, {
    schemaVersion: 1,
    startCardId: "lc",
    cards: [{ id: "lc", type: "liveChat", routing: { strategy: "round_robin" } }],
  });

  const role = await roleId(admin, "live_agent");
  const agents: { client: ApiClient; ws: WebSocket }[] = [];
  for (let i = 0; i < AGENTS; i++) {
    const email = `bench-agent-${i}-${crypto.randomUUID().slice(0, 6)}@example.com`;
    const made = await admin.post("/api/users", {
      email,
      name: `Agent ${i}`,
      password: PASSWORD,
      roleId: role,
    });
    if (made.status !== 201) throw new Error(`agent: ${JSON.stringify(made.body)}`);
    const client = new ApiClient(agentNode.url);
    await client.signIn(email, PASSWORD);
    const ws = await open(`${agentNode.url.replace("http", "ws")}/ws`, {
      cookie: client.cookie ?? "",
      origin: agentNode.url,
    });
    ws.send(JSON.stringify({ type: "presence.beat", inboxOpen: true, ref: "beat" }));
    await nextFrame(ws, (f) => f.type === "pong");
    agents.push({ client, ws });
  }

  const received = new Map<string, number>();
  const offerTimes: number[] = [];
  const pairs: (Pair & { conversationId: string })[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const res = await fetch(`${visitorNode.url}/api/widget/visitors`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ siteKey: site.siteKey }),
    });
    const { token } = (await res.json()) as { token: string };
    const visitor = await open(
      `${visitorNode.url.replace("http", "ws")}/ws?site=${site.siteKey}&visitor=${encodeURIComponent(token)}`,
      { origin: ORIGIN },
    );
    await nextFrame(visitor, (f) => f.type === "hello");
    const offered = nextOffer(agents);
    const startedAt = performance.now();
    visitor.send(
      JSON.stringify({ type: "conversation.start", clientId: `start-${crypto.randomUUID()}`, dialogueId }),
    );
    const { a, frame } = await offered;
    offerTimes.push(performance.now() - startedAt);
    const offer = frame.data as { offerId: string; conversationId: string };
    const accepted = await a.client.post(`/api/sites/${site.id}/offers/${offer.offerId}/accept`);
    if (accepted.status !== 200) throw new Error(`accept: ${JSON.stringify(accepted.body)}`);
    a.ws.send(
      JSON.stringify({ type: "subscribe", channel: `conversation:${offer.conversationId}`, ref: "s" }),
    );
    await nextFrame(
      a.ws,
      (f) => f.type === "subscribed" && f.channel === `conversation:${offer.conversationId}`,
    );
    pairs.push({ visitor, agent: a.ws, key: offer.conversationId, conversationId: offer.conversationId });
  }
  for (const a of agents)
    a.ws.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as Frame;
      if (frame.name !== "chat.messages") return;
      const now = performance.now();
      for (const m of (frame.data?.messages ?? []) as { clientId?: string }[])
        if (m.clientId && !received.has(m.clientId)) received.set(m.clientId, now);
    });
  // Agents keep beating, as the app does, so they stay online for the whole run.
  const beats = setInterval(() => {
    for (const a of agents) a.ws.send(JSON.stringify({ type: "presence.beat", inboxOpen: true }));
  }, 15_000);
  try {
    const r = await drive(
      pairs,
      (p, id) =>
        p.visitor.send(
          JSON.stringify({ type: "chat.send", clientId: id, conversationId: p.key, text: "Hello there" }),
        ),
      received,
    );
    offerTimes.sort((x, y) => x - y);
    return [
      row(label, r),
      `| ${label}: Live chat card → offer shown | ${PAIRS} chats | p50 ${percentile(offerTimes, 50).toFixed(1)} ms | p99 ${percentile(offerTimes, 99).toFixed(1)} ms | max ${(offerTimes.at(-1) ?? Number.NaN).toFixed(1)} ms |`,
    ];
  } finally {
    clearInterval(beats);
    for (const p of pairs) p.visitor.close();
    for (const a of agents) a.ws.close();
  }
}

// Frames per visitor connection are rate limited (120/min by default); the benchmark lifts it.
const NODE_ENV = {
  RATE_LIMIT_SOCKET_FRAMES: "100000/1m",
  RATE_LIMIT_NEW_VISITORS: "10000/10m",
  RATE_LIMIT_CONVERSATION_STARTS: "10000/10m",
};

async function main() {
  console.log(`# Live chat delivery — ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}`);
  console.log(
    `${RATE} messages/s offered for ${SECONDS} s across ${PAIRS} visitor–agent pairs (${AGENTS} agents)\n`,
  );
  console.log("| run | achieved | delivered | p50 | p99 | max |\n|---|---|---|---|---|---|");
  console.log(await relay(false));
  const sqlite = await createTestDatabase("sqlite");
  const one = await startParley(sqlite, NODE_ENV);
  try {
    for (const line of await parley(one, one, "Parley, one node (SQLite)")) console.log(line);
  } finally {
    await one.stop();
    await sqlite.drop();
  }
  if (!POSTGRES_TEST_URL || !REDIS_URL) {
    console.log("\nTwo-node runs skipped: set DATABASE_URL_TEST and REDIS_URL_TEST.");
    return;
  }
  console.log(await relay(true));
  const pg = await createTestDatabase("postgres");
  const a = await startParley(pg, { ...NODE_ENV, REDIS_URL });
  const b = await startParley(pg, { ...NODE_ENV, REDIS_URL });
  try {
    for (const line of await parley(a, b, "Parley, two nodes (PostgreSQL + Redis)")) console.log(line);
  } finally {
    await a.stop();
    await b.stop();
    await pg.drop();
  }
}

await main();
