import { buildStream } from "@parley/flow/testing/buildStream";
import { nowIso } from "../lib/clock";
import { newId } from "../lib/ids";
import { toJson } from "../lib/json";
import { scheduleChatInactivity } from "../domain/chat/scheduleChatInactivity";
import type { LiveChatTable } from "../store/schema";
import type { ApiClient } from "./apiClient";
import { buildUser } from "./factories";
import type { TestServer } from "./testServer";
import { publishStream, quickSite, type TestSite, TestVisitor } from "./visitorClient";
import { WsClient } from "./wsClient";

export const LIVE_CHAT_STREAM = buildStream([
  { id: "hi", type: "message", text: "Hello there", next: "lc" },
  { id: "lc", type: "liveChat", text: "Connecting you…", routing: { strategy: "round_robin" } },
]);

export interface ChatAgent {
  id: string;
  email: string;
  client: ApiClient;
}

export interface TestChat {
  site: TestSite;
  visitor: TestVisitor;
  agent: ChatAgent;
  chatId: string;
  conversationId: string;
}

/**
 * A real visitor who ran a dialogue up to its Live chat card, and a chat in `status` (assigned by
 * default) to a Live agent. The routing helper's accept is not on this branch yet: the `live_chats`
 * row, the participant and the inactivity job are written here directly, standing in for accept
 * (when routing already opened a row for the card, that row is the one updated).
 */
export async function assignedChat(
  server: TestServer,
  admin: ApiClient,
  options: { site?: TestSite; agent?: ChatAgent; status?: LiveChatTable["status"] } = {},
): Promise<TestChat> {
  const site = options.site ?? (await quickSite(admin));
  const dialogueId = await publishStream(admin, site.id, LIVE_CHAT_STREAM);
  const visitor = await TestVisitor.arrive(server, site);
  const conversationId = await visitor.start(dialogueId);
  await visitor.bot("liveChat");
  await visitor.socket.next((f) => f.type === "step.finished");
  const agent = options.agent ?? (await buildUser(server, admin, "live_agent"));
  const status = options.status ?? "assigned";
  const assigned = status === "assigned" || status === "ended";
  const db = server.parley.ctx.store.db;
  const chatId = await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const fields = {
      status,
      agent_id: assigned ? agent.id : null,
      assigned_at: assigned ? now : null,
      queued_at: status === "queued" ? now : null,
      last_activity_at: now,
      updated_at: now,
    };
    const open = await trx
      .selectFrom("live_chats")
      .select("id")
      .where("conversation_id", "=", conversationId)
      .executeTakeFirst();
    const id = open?.id ?? newId();
    if (open) await trx.updateTable("live_chats").set(fields).where("id", "=", id).execute();
    else
      await trx
        .insertInto("live_chats")
        .values({
          id,
          site_id: site.id,
          conversation_id: conversationId,
          card_id: "lc",
          routing: toJson({ strategy: "round_robin" }),
          team_id: null,
          attempts: 0,
          ended_at: null,
          end_reason: null,
          score: null,
          visitor_delivered_seq: 0,
          visitor_read_seq: 0,
          agent_delivered_seq: 0,
          agent_read_seq: 0,
          requested_at: now,
          ...fields,
        })
        .execute();
    if (assigned)
      await trx
        .insertInto("chat_participants")
        .values({ conversation_id: conversationId, user_id: agent.id, joined_at: now })
        .onConflict((oc) => oc.doNothing())
        .execute();
    await scheduleChatInactivity(trx, id, nowIso(10 * 60_000));
    return id;
  });
  return { site, visitor, agent, chatId, conversationId };
}

/** An agent's WebSocket (their session cookie), subscribed to the conversation's channel. */
export async function agentSocket(
  server: TestServer,
  client: ApiClient,
  conversationId?: string,
): Promise<WsClient> {
  const socket = await WsClient.connect(`${server.url.replace("http", "ws")}/ws`, {
    cookie: client.cookie ?? "",
  });
  await socket.next((f) => f.type === "hello");
  if (conversationId) {
    socket.send({ type: "subscribe", channel: `conversation:${conversationId}`, ref: "sub" });
    const answer = await socket.next((f) => f.ref === "sub");
    if (answer.type !== "subscribed") throw new Error(`could not subscribe: ${JSON.stringify(answer)}`);
  }
  return socket;
}
