import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import {
  beat,
  chatOf,
  frozenClockEachTest,
  liveAgent,
  liveChatRig,
  type LiveChatRig,
  nextStatus,
  offersOf,
  openOffer,
  publishLiveChat,
  routingLogOf,
  setSettings,
  visitorAsks,
} from "../../testing/liveChatRig";
import { publishStream, TestVisitor } from "../../testing/visitorClient";
import { requestLiveChat } from "./requestLiveChat";

type Agent = Awaited<ReturnType<typeof liveAgent>>;

/** A visitor whose chat `agent` has accepted. */
async function assignedTo(rig: LiveChatRig, agent: Agent, dialogueId: string) {
  const visitor = await visitorAsks(rig, dialogueId);
  await rig.runJobs();
  const [offer] = await openOffer(agent);
  const res = await agent.client.post(`/api/sites/${rig.site.id}/offers/${offer?.offerId}/accept`);
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  await rig.runJobs();
  return { visitor, chat: await chatOf(rig, visitor.conversationId) };
}

describeEachDatabase(
  "live chat transfer, teams, returning chats",
  (server) => {
    const clockNow = frozenClockEachTest("2026-03-02T10:00:00.000Z");

    it("transfers to an agent only when they can take it; the chat stays until they accept", async () => {
      const rig = await liveChatRig(server());
      const a = await liveAgent(rig);
      const b = await liveAgent(rig, false);
      const bystander = await liveAgent(rig, false);
      const dialogueId = await publishLiveChat(rig, { strategy: "specific_agent", agentId: a.id });
      const { visitor, chat } = await assignedTo(rig, a, dialogueId);
      const url = `/api/sites/${rig.site.id}/chats/${chat.id}/transfer`;

      const refused = await a.client.post<{ error: { message: string; details: { reason: string } } }>(url, {
        agentId: b.id,
        note: "",
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({
        message: "Cannot transfer: Test live_agent is offline",
        details: { reason: "offline" },
      });
      expect((await bystander.client.post(url, { agentId: b.id })).status).toBe(403);

      await beat(rig, b.id);
      const sent = await a.client.post<{ agent: { id: string } }>(url, {
        agentId: b.id,
        note: "Wants a discount",
      });
      expect(sent.status).toBe(200);
      expect(sent.body.agent.id).toBe(a.id);
      expect((await a.client.post(url, { agentId: b.id })).status).toBe(409);
      const [offer] = await openOffer(b);
      expect(offer).toMatchObject({ origin: "transfer", note: "Wants a discount", chatId: chat.id });

      expect((await b.client.post(`/api/sites/${rig.site.id}/offers/${offer?.offerId}/accept`)).status).toBe(
        200,
      );
      expect((await chatOf(rig, visitor.conversationId)).agent_id).toBe(b.id);
      const system = await visitor.message((m) => m.author === "system" && m.body.event === "transferred");
      expect(system.body).toMatchObject({ agent: { id: b.id } });
      expect((await nextStatus(visitor, "assigned")).agent?.name).toBe("Test live_agent");
      const participants = await rig.server.parley.ctx.store.db
        .selectFrom("chat_participants")
        .select("user_id")
        .where("conversation_id", "=", visitor.conversationId)
        .execute();
      expect(participants.map((p) => p.user_id).sort()).toEqual([a.id, b.id].sort());
      const log = await routingLogOf(rig, chat.id);
      expect(log.slice(-3)).toEqual([
        expect.objectContaining({ kind: "transferred", agentId: b.id, from: a.id, note: "Wants a discount" }),
        expect.objectContaining({ kind: "offered", agentId: b.id, origin: "transfer" }),
        expect.objectContaining({ kind: "accepted", agentId: b.id, from: a.id }),
      ]);
    });

    it("a team's chats go round robin within the team, and a transfer to a team picks its next member", async () => {
      const rig = await liveChatRig(server());
      const a = await liveAgent(rig);
      const outsider = await liveAgent(rig);
      const c = await liveAgent(rig);
      const team = await rig.admin.post<{ id: string }>("/api/teams", {
        name: `Sales ${rig.site.id.slice(0, 4)}`,
        memberIds: [a.id, c.id],
      });
      const dialogueId = await publishLiveChat(rig, {
        strategy: "team",
        teamId: team.body.id,
        fallbackToRoundRobin: false,
      });
      const offered: string[] = [];
      for (let i = 0; i < 3; i++) {
        const visitor = await visitorAsks(rig, dialogueId);
        await rig.runJobs();
        offered.push(
          (await offersOf(rig, (await chatOf(rig, visitor.conversationId)).id))[0]?.agent_id ?? "none",
        );
      }
      expect(offered).toEqual([a.id, c.id, a.id]);

      const direct = await publishLiveChat(rig, { strategy: "specific_agent", agentId: outsider.id });
      const { chat } = await assignedTo(rig, outsider, direct);
      const sent = await outsider.client.post(`/api/sites/${rig.site.id}/chats/${chat.id}/transfer`, {
        teamId: team.body.id,
        note: "",
      });
      expect(sent.status).toBe(200);
      // The team's pointer is at a (third chat): its next member is c.
      expect((await openOffer(c)).map((o) => o.origin)).toContain("transfer");
    });

    it("a chat that comes back after it ended is routed afresh, never to an agent who went offline", async () => {
      const rig = await liveChatRig(server());
      const a = await liveAgent(rig);
      const b = await liveAgent(rig);
      const dialogueId = await publishLiveChat(rig, { strategy: "specific_agent", agentId: a.id });
      const { visitor, chat } = await assignedTo(rig, a, dialogueId);
      const { db } = rig.server.parley.ctx.store;
      await db
        .updateTable("live_chats")
        .set({ status: "ended", end_reason: "agent", ended_at: "2026-03-02T10:05:00.000Z" })
        .where("id", "=", chat.id)
        .execute();
      // a is gone (no heartbeat for two minutes); b is still there.
      clockNow().advance(120_000);
      await beat(rig, b.id);
      const again = await db.transaction().execute((trx) =>
        requestLiveChat(trx, {
          siteId: rig.site.id,
          conversationId: visitor.conversationId,
          cardId: chat.card_id,
          routing: JSON.parse(chat.routing),
          origin: "returned",
        }),
      );
      expect(again).not.toBe(chat.id);
      await rig.runJobs();
      expect((await offersOf(rig, again)).map((o) => o.agent_id)).toEqual([b.id]);
      const log = await routingLogOf(rig, again);
      expect(log[0]).toMatchObject({ kind: "requested", origin: "returned" });
      expect(log).toContainEqual(
        expect.objectContaining({ kind: "skipped", agentId: a.id, reason: "offline" }),
      );
    });

    it("a queued chat nobody takes within the queue timeout gets the fallback", async () => {
      const rig = await liveChatRig(server());
      await setSettings(rig, { queueEnabled: true, queueTimeoutMinutes: 5 });
      const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
      const visitor = await visitorAsks(rig, dialogueId);
      await rig.runJobs();
      expect(await nextStatus(visitor, "queued")).toMatchObject({ position: 1 });
      clockNow().advance(4 * 60_000);
      await rig.runJobs();
      expect((await chatOf(rig, visitor.conversationId)).status).toBe("queued");
      clockNow().advance(60_000);
      await rig.runJobs();
      expect((await nextStatus(visitor, "fallback")).status).toBe("fallback");
      await rig.runJobs();
      await visitor.bot("liveChatUnavailable");
    });

    it("a branch on agent availability sees who can take a chat now", async () => {
      const rig = await liveChatRig(server());
      const a = await liveAgent(rig, false);
      const stream = {
        schemaVersion: 1,
        startCardId: "check",
        cards: [
          {
            id: "check",
            type: "branch",
            name: "Anyone?",
            branches: [
              {
                id: "yes",
                conditions: {
                  match: "all",
                  conditions: [{ type: "agentAvailability", scope: "any", operator: "is" }],
                },
                next: "online",
              },
            ],
            elseNext: "offline",
          },
          { id: "online", type: "message", name: "On", text: "Someone is here" },
          { id: "offline", type: "message", name: "Off", text: "Nobody is here" },
        ],
      };
      const dialogueId = await publishStream(rig.admin, rig.site.id, stream);
      const say = async () => {
        const visitor = await TestVisitor.arrive(rig.server, rig.site);
        await visitor.start(dialogueId);
        return (await visitor.bot("message")).body.text;
      };
      expect(await say()).toEqual([{ text: "Nobody is here" }]);
      await beat(rig, a.id);
      expect(await say()).toEqual([{ text: "Someone is here" }]);
    });
  },
  { options: { jobs: { start: false } } },
);
