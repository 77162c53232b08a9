import type { LiveChatSettings } from "@parley/protocol/liveChat";
import { afterEach, beforeEach } from "vitest";
import { clock, frozenClock, setClock } from "../lib/clock";
import { parseJson, toJson } from "../lib/json";
import type { ApiClient } from "./apiClient";
import { buildUser } from "./factories";
import type { TestServer } from "./testServer";
import { publishStream, quickSite, type TestSite, TestVisitor } from "./visitorClient";

/** A Live chat card after an email question (so account routing and blocked domains can apply). */
export function liveChatStream(routing: Record<string, unknown>, card: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    startCardId: "email",
    cards: [
      {
        id: "email",
        type: "capture",
        name: "Email",
        text: "Email?",
        kind: "email",
        field: "person.email",
        next: "live",
      },
      {
        id: "live",
        type: "liveChat",
        name: "Live",
        text: "Connecting you…",
        routing,
        fallbackMessage: "Nobody is free right now.",
        ...card,
      },
    ],
  };
}

export interface LiveChatRig {
  server: TestServer;
  admin: ApiClient;
  site: TestSite;
  /** Runs every due job (routing, timeouts, results) on the server; the worker is off in these tests. */
  runJobs(): Promise<number>;
}

export async function liveChatRig(server: TestServer): Promise<LiveChatRig> {
  const admin = await server.admin();
  const site = await quickSite(admin);
  return { server, admin, site, runJobs: () => server.parley.ctx.jobs.runDue() };
}

/** A live agent who reaches only this site. Created one second apart: round-robin order is creation order. */
export async function liveAgent(rig: LiveChatRig, online = true) {
  const agent = await buildUser(rig.server, rig.admin, "live_agent", { siteIds: [rig.site.id] });
  (clock() as { advance?: (ms: number) => void }).advance?.(1000);
  if (online) await beat(rig, agent.id);
  return agent;
}

/** A heartbeat with the inbox open: online and available (no schedule). */
export async function beat(rig: LiveChatRig, ...ids: string[]): Promise<void> {
  for (const id of ids) await rig.server.parley.ctx.presence.beat(id, { inboxOpen: true });
}

export async function setSettings(rig: LiveChatRig, settings: Partial<LiveChatSettings>): Promise<void> {
  const { db } = rig.server.parley.ctx.store;
  const row = await db
    .selectFrom("sites")
    .select("livechat_settings")
    .where("id", "=", rig.site.id)
    .executeTakeFirstOrThrow();
  await db
    .updateTable("sites")
    .set({ livechat_settings: toJson({ ...parseJson<object>(row.livechat_settings, {}), ...settings }) })
    .where("id", "=", rig.site.id)
    .execute();
}

/** A visitor who gives their email and reaches the Live chat card; routing waits for runJobs. */
export async function visitorAsks(rig: LiveChatRig, dialogueId: string, email = "visitor@example.org") {
  // A second apart, so queued chats have distinct times under a frozen clock.
  (clock() as { advance?: (ms: number) => void }).advance?.(1000);
  const visitor = await TestVisitor.arrive(rig.server, rig.site);
  await visitor.start(dialogueId);
  await visitor.bot("capture");
  visitor.send({ kind: "answer", value: email });
  await visitor.bot("liveChat");
  return visitor;
}

export const publishLiveChat = (
  rig: LiveChatRig,
  routing: Record<string, unknown>,
  card: Record<string, unknown> = {},
) => publishStream(rig.admin, rig.site.id, liveChatStream(routing, card));

/** The conversation's latest chat row. */
export async function chatOf(rig: LiveChatRig, conversationId: string) {
  return rig.server.parley.ctx.store.db
    .selectFrom("live_chats")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .orderBy("requested_at", "desc")
    .executeTakeFirstOrThrow();
}

/** The chat's routing log, in order, as kind/agent/detail. */
export async function routingLogOf(rig: LiveChatRig, chatId: string) {
  const rows = await rig.server.parley.ctx.store.db
    .selectFrom("routing_log")
    .selectAll()
    .where("chat_id", "=", chatId)
    .orderBy("pos")
    .execute();
  // The detail's keys (stage, reason, rule …) beside kind and agent; the kind and agent win.
  return rows.map((r): Record<string, unknown> & { kind: string; agentId: string | null } => ({
    ...parseJson<Record<string, unknown>>(r.detail, {}),
    kind: r.kind,
    agentId: r.agent_id,
  }));
}

/** The chat's offers, oldest first. */
export async function offersOf(rig: LiveChatRig, chatId: string) {
  return rig.server.parley.ctx.store.db
    .selectFrom("chat_offers")
    .selectAll()
    .where("chat_id", "=", chatId)
    .orderBy("offered_at")
    .orderBy("attempt")
    .execute();
}

/** The agent's one open offer (from GET /api/offers). */
export async function openOffer(agent: { client: ApiClient }) {
  const res = await agent.client.get<{
    items: {
      offerId: string;
      chatId: string;
      siteId: string;
      origin: string;
      note: string | null;
      visitorName: string | null;
    }[];
  }>("/api/offers");
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return res.body.items;
}

/** The next `livechat.status` event the visitor hears. */
export async function nextStatus(visitor: TestVisitor, status?: string) {
  const frame = await visitor.socket.next(
    (f) =>
      f.type === "event" &&
      f.name === "livechat.status" &&
      (!status || (f.data as { status: string }).status === status),
  );
  return frame.data as {
    chatId: string;
    status: string;
    position: number | null;
    estimatedWaitSeconds: number | null;
    agent: { name: string } | null;
  };
}

/** Freezes the process clock at `startIso` for each test of the suite; returns the current clock. */
export function frozenClockEachTest(startIso: string): () => ReturnType<typeof frozenClock> {
  let current = frozenClock(startIso);
  let restore = () => {};
  beforeEach(() => {
    current = frozenClock(startIso);
    restore = setClock(current);
  });
  afterEach(() => restore());
  return () => current;
}
