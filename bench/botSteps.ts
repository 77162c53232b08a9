/**
 * Bot step benchmark: visitor answer → next card, measured end to end over real WebSockets on
 * loopback against a real Parley node (SQLite, and PostgreSQL when DATABASE_URL_TEST is set).
 *
 *   npx tsx bench/botSteps.ts [--rate 500] [--seconds 10] [--visitors 50]
 *   npx tsx bench/botSteps.ts --webhooks [--rounds 2] [--rate 1000] …
 *
 * Latency is from sending `conversation.input` to receiving the bot's next prompt. The offered
 * load is open-loop (a fixed rate of answers per second across all visitors), so a slow server
 * shows as latency, not as a lower request rate.
 *
 * `--webhooks`: every step reaches a goal card (one `goal_reached` activity a step, so one look at
 * the site's webhook subscriptions), on nodes with and without the per-node subscription cache, the
 * site with no subscription or with one for an event these steps never send; alternating runs.
 */
import os from "node:os";
import WebSocket from "ws";
import { POSTGRES_TEST_URL } from "../apps/server/src/testing/testDatabases";
import { publishStream } from "../apps/server/src/testing/visitorClient";
import { withParleySite } from "./benchServer";
import { numberArg } from "./numberArg";
import { percentile } from "./percentile";

const RATE = numberArg("rate", 500);
const SECONDS = numberArg("seconds", 10);
const VISITORS = numberArg("visitors", 50);
const WARMUP_SECONDS = 2;

// A question that leads through a message back to itself: every answer is one bot step.
const LOOP = {
  schemaVersion: 1,
  startCardId: "q",
  cards: [
    {
      id: "q",
      type: "question",
      text: 'Pick one, {{person.firstName | "friend"}}',
      answers: [
        { id: "a", label: "A", value: "a" },
        { id: "b", label: "B", value: "b" },
      ],
      next: "m",
    },
    { id: "m", type: "message", text: "You picked **{{person.interest}}**.", next: "q" },
  ],
};

/** The loop with a goal card between the question and the message: an activity every step. */
const GOAL_LOOP = {
  ...LOOP,
  cards: [
    ...LOOP.cards.map((c) => (c.id === "q" ? { ...c, next: "g" } : c)),
    { id: "g", type: "goal", goal: "Picked", next: "m" },
  ],
};

/** One configuration of the webhook comparison. */
interface Scenario {
  label: string;
  stream: typeof LOOP | typeof GOAL_LOOP;
  /** false: the node reads the site's subscriptions on every event (BuildOptions.webhookSubscriptionCache). */
  cache: boolean;
  /** Event types of a subscription the site gets before the run (none: no subscription). */
  subscribe?: string[];
}

interface Visitor {
  ws: WebSocket;
  conversationId: string;
  sentAt: number | null;
  n: number;
}

const DEFAULT: Scenario = { label: "", stream: LOOP, cache: true };

async function run(kind: "sqlite" | "postgres", scenario: Scenario = DEFAULT) {
  // The server runs in its own process (as in production), so the load generator does not share its event loop.
  return withParleySite(
    kind,
    async ({ server, admin, site }) => {
      const stream = {
        ...scenario.stream,
        cards: scenario.stream.cards.map((c) => (c.id === "q" ? { ...c, saveTo: "person.interest" } : c)),
      };
      const dialogueId = await publishStream(admin, site.id, stream);
      if (scenario.subscribe) {
        const res = await admin.post(`/api/sites/${site.id}/webhooks`, {
          url: "http://127.0.0.1:9/hook",
          eventTypes: scenario.subscribe,
        });
        if (res.status !== 201) throw new Error(`subscription refused: ${JSON.stringify(res.body)}`);
      }

      const visitors: Visitor[] = [];
      for (let i = 0; i < VISITORS; i++) {
        const res = await fetch(`${server.url}/api/widget/visitors`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: "http://localhost" },
          body: JSON.stringify({ siteKey: site.siteKey }),
        });
        const { token } = (await res.json()) as { token: string };
        const ws = new WebSocket(
          `${server.url.replace("http", "ws")}/ws?site=${site.siteKey}&visitor=${encodeURIComponent(token)}`,
          { headers: { origin: "http://localhost" } },
        );
        const visitor: Visitor = { ws, conversationId: "", sentAt: null, n: 0 };
        if (process.env.BENCH_DEBUG) console.error(`visitor ${i} connecting`);
        await new Promise<void>((resolve, reject) => {
          ws.on("error", reject);
          ws.on("message", (data) => {
            const frame = JSON.parse(data.toString());
            if (frame.type === "error") reject(new Error(`visitor ${i}: ${frame.code} ${frame.message}`));
            if (frame.type === "conversation.started") visitor.conversationId = frame.conversationId;
            if (
              frame.type === "conversation.messages" &&
              frame.messages[0]?.body?.type === "question" &&
              !visitor.conversationId
            )
              visitor.conversationId = frame.conversationId;
            if (
              frame.type === "conversation.messages" &&
              frame.messages[0]?.body?.type === "question" &&
              visitor.conversationId
            )
              resolve();
          });
          ws.on("open", () =>
            ws.send(
              JSON.stringify({
                type: "conversation.start",
                clientId: `start-${i}-${Date.now()}`,
                dialogueId,
              }),
            ),
          );
        });
        visitors.push(visitor);
      }

      const latencies: number[] = [];
      let sent = 0;
      let skipped = 0;
      for (const v of visitors) {
        v.ws.removeAllListeners("message");
        v.ws.on("message", (data) => {
          const frame = JSON.parse(data.toString());
          if (
            frame.type === "conversation.messages" &&
            frame.messages[0]?.body?.type === "question" &&
            v.sentAt !== null
          ) {
            latencies.push(performance.now() - v.sentAt);
            v.sentAt = null;
          }
        });
      }

      const interval = 1000 / RATE;
      const warmupEnds = performance.now() + WARMUP_SECONDS * 1000;
      let started = warmupEnds;
      let next = performance.now();
      let turn = 0;
      let warm = false;
      while (performance.now() - started < SECONDS * 1000) {
        if (!warm && performance.now() >= warmupEnds) {
          warm = true;
          latencies.length = 0;
          sent = 0;
          skipped = 0;
          started = performance.now();
        }
        const now = performance.now();
        if (now < next) {
          await new Promise((r) => setTimeout(r, Math.max(0, next - now)));
          continue;
        }
        next += interval;
        const v = visitors[turn++ % visitors.length] as Visitor;
        // One answer in flight per visitor, as a person would; a busy visitor skips its turn.
        if (v.sentAt !== null) {
          skipped++;
          continue;
        }
        v.n++;
        v.sentAt = performance.now();
        v.ws.send(
          JSON.stringify({
            type: "conversation.input",
            clientId: `in-${v.conversationId.slice(0, 8)}-${v.n}`,
            conversationId: v.conversationId,
            input: { kind: "answer", value: v.n % 2 ? "a" : "b" },
          }),
        );
        sent++;
      }
      await new Promise((r) => setTimeout(r, 1000));
      const elapsed = (performance.now() - started) / 1000;
      for (const v of visitors) v.ws.close();
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        kind,
        offeredPerSecond: RATE,
        completed: latencies.length,
        stepsPerSecond: Math.round(latencies.length / elapsed),
        skippedBusy: skipped,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted.at(-1) ?? Number.NaN,
        sent,
      };
    },
    { PARLEY_OUTBOUND_ALLOW: "127.0.0.1" },
    scenario.cache ? undefined : "bench/uncachedWebhooksNode.ts",
  );
}

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const kinds = (POSTGRES_TEST_URL ? (["sqlite", "postgres"] as const) : (["sqlite"] as const)).filter(
  (k) => !only || k === only,
);
const WEBHOOKS = process.argv.includes("--webhooks");
const ROUNDS = numberArg("rounds", 2);
console.log(
  `Bot step benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
);
console.log(
  `${RATE} answers/s offered for ${SECONDS} s across ${VISITORS} visitors (one answer in flight per visitor)\n`,
);
const scenarios: Scenario[] = WEBHOOKS
  ? [
      { label: "uncached lookup, no subscription (baseline)", stream: GOAL_LOOP, cache: false },
      { label: "cached lookup, no subscription", stream: GOAL_LOOP, cache: true },
      {
        label: "uncached lookup, 1 subscription (other event)",
        stream: GOAL_LOOP,
        cache: false,
        subscribe: ["meeting.booked"],
      },
      {
        label: "cached lookup, 1 subscription (other event)",
        stream: GOAL_LOOP,
        cache: true,
        subscribe: ["meeting.booked"],
      },
    ]
  : [DEFAULT];
for (let round = 1; round <= (WEBHOOKS ? ROUNDS : 1); round++)
  for (const kind of kinds)
    for (const scenario of scenarios) {
      const r = await run(kind, scenario);
      console.log(
        `${WEBHOOKS ? `round ${round}  ` : ""}${r.kind.padEnd(8)} ${scenario.label ? `${scenario.label.padEnd(46)} ` : ""}steps/s ${String(r.stepsPerSecond).padStart(5)}  completed ${r.completed}/${r.sent}  busy-skips ${r.skippedBusy}  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  max ${r.max.toFixed(1)} ms`,
      );
    }
