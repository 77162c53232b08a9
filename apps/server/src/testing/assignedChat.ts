import { buildStream } from "@parley/flow/testing/buildStream";
import type { ApiClient } from "./apiClient";
import { buildUser } from "./factories";
import { beat, type LiveChatRig, nextStatus, openOffer, setSettings } from "./liveChatRig";
import type { TestServer } from "./testServer";
import { publishStream, quickSite, type TestSite, TestVisitor } from "./visitorClient";
import { WsClient } from "./wsClient";

/** A bot message, then a Live chat card (id "lc") for one agent only: routing is deterministic. */
export const liveChatFor = (agentId: string) =>
  buildStream([
    { id: "hi", type: "message", text: "Hello there", next: "lc" },
    {
      id: "lc",
      type: "liveChat",
      text: "Connecting you…",
      routing: { strategy: "specific_agent", agentId, fallbackToRoundRobin: false },
    },
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
 * A real visitor who ran a dialogue up to its Live chat card, and the chat as the real routing left
 * it: `assigned` (default) — offered to the agent, who is online, and accepted through the API;
 * `queued` — the card's only agent is offline and the site's queue is on. The visitor's frames of
 * getting there (statuses, the `assigned`/`queued` notice) are consumed, so a test hears what follows.
 * Works with the job worker on or off (due jobs are run here; what they tell is awaited).
 */
export async function assignedChat(
  server: TestServer,
  admin: ApiClient,
  options: { site?: TestSite; agent?: ChatAgent; status?: "assigned" | "queued" } = {},
): Promise<TestChat> {
  const site = options.site ?? (await quickSite(admin));
  const rig: LiveChatRig = { server, admin, site, runJobs: () => server.parley.ctx.jobs.runDue() };
  const agent = options.agent ?? (await buildUser(server, admin, "live_agent"));
  const queued = options.status === "queued";
  // Nobody ever beats for this one: the chat waits in the queue.
  const cardAgent = queued ? await buildUser(server, admin, "live_agent") : agent;
  if (queued) await setSettings(rig, { queueEnabled: true });
  else await beat(rig, agent.id);
  const dialogueId = await publishStream(admin, site.id, liveChatFor(cardAgent.id));
  const visitor = await TestVisitor.arrive(server, site);
  const conversationId = await visitor.start(dialogueId);
  await visitor.bot("liveChat");
  await visitor.socket.next((f) => f.type === "step.finished");
  await rig.runJobs();
  const waiting = await nextStatus(visitor, queued ? "queued" : "offered");
  const chatId = waiting.chatId;
  if (queued) {
    await visitor.message((m) => m.author === "system" && m.body.event === "queued");
    return { site, visitor, agent, chatId, conversationId };
  }
  const offer = (await openOffer(agent)).find((o) => o.chatId === chatId);
  const accepted = await agent.client.post(`/api/sites/${site.id}/offers/${offer?.offerId}/accept`);
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  await nextStatus(visitor, "assigned");
  await visitor.message((m) => m.author === "system" && m.body.event === "assigned");
  // The card hears it connected (a job): the bot's part of the conversation is over.
  await rig.runJobs();
  await visitor.socket.next((f) => f.type === "step.finished" && f.status === "completed");
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
