import { expect, it } from "vitest";
import { agentSocket } from "../../testing/assignedChat";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import {
  beat,
  chatOf,
  frozenClockEachTest,
  liveAgent,
  liveChatRig,
  nextStatus,
  openOffer,
  publishLiveChat,
  setSettings,
  visitorAsks,
} from "../../testing/liveChatRig";

describeEachDatabase(
  "a chat once an agent accepted it",
  (server) => {
    const clockNow = frozenClockEachTest("2026-04-06T09:00:00.000Z");

    it("nobody writes after the accept: the chat ends by inactivity, and both sides read why", async () => {
      const rig = await liveChatRig(server());
      await setSettings(rig, { inactivityMinutes: 4 });
      const ann = await liveAgent(rig);
      const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
      const visitor = await visitorAsks(rig, dialogueId);
      await rig.runJobs();
      const [offer] = await openOffer(ann);
      const accepted = await ann.client.post(`/api/sites/${rig.site.id}/offers/${offer?.offerId}/accept`);
      expect(accepted.status).toBe(200);
      const agent = await agentSocket(rig.server, ann.client, visitor.conversationId);

      clockNow().advance(4 * 60_000 - 1);
      await rig.runJobs();
      expect((await chatOf(rig, visitor.conversationId)).status).toBe("assigned");
      clockNow().advance(1);
      await rig.runJobs();

      expect(await chatOf(rig, visitor.conversationId)).toMatchObject({
        status: "ended",
        end_reason: "inactivity",
      });
      const notice = await visitor.message((m) => m.author === "system" && m.body.event === "ended");
      expect(notice.body).toEqual({
        kind: "system",
        event: "ended",
        reason: "inactivity",
        agent: { id: ann.id, name: "Test live_agent", avatarUrl: null },
      });
      expect(await nextStatus(visitor, "ended")).toMatchObject({ agent: { id: ann.id } });
      const heard = await agent.next(
        (f) =>
          f.type === "event" &&
          f.name === "chat.messages" &&
          JSON.stringify(f.data).includes('"event":"ended"'),
      );
      expect(heard.data).toMatchObject({
        messages: [{ author: "system", body: { event: "ended", reason: "inactivity" } }],
      });
      agent.close();
    });

    it("the visitor writes after the chat ended: the message is kept and a new chat is routed afresh, never to an agent gone offline", async () => {
      const rig = await liveChatRig(server());
      const ann = await liveAgent(rig);
      const bob = await liveAgent(rig);
      const dialogueId = await publishLiveChat(rig, { strategy: "specific_agent", agentId: ann.id });
      const visitor = await visitorAsks(rig, dialogueId);
      await rig.runJobs();
      const [offer] = await openOffer(ann);
      await ann.client.post(`/api/sites/${rig.site.id}/offers/${offer?.offerId}/accept`);
      await rig.runJobs();
      expect(await nextStatus(visitor, "assigned")).toMatchObject({ agent: { id: ann.id } });
      await visitor.message((m) => m.author === "system" && m.body.event === "assigned");
      const first = await chatOf(rig, visitor.conversationId);
      const { db } = rig.server.parley.ctx.store;
      const conversation = () =>
        db
          .selectFrom("conversations")
          .select(["status", "last_seq"])
          .where("id", "=", visitor.conversationId)
          .executeTakeFirstOrThrow();
      // The bot's part ended when Ann took the chat.
      expect((await conversation()).status).toBe("completed");
      const ended = await ann.client.post(`/api/sites/${rig.site.id}/chats/${first.id}/end`);
      expect(ended.status).toBe(200);
      await nextStatus(visitor, "ended");

      // Ann is gone (no heartbeat for two minutes); Bob is still there.
      clockNow().advance(120_000);
      await beat(rig, bob.id);
      visitor.socket.send({
        type: "chat.send",
        ref: "again",
        clientId: "back-again-1",
        conversationId: visitor.conversationId,
        text: "One more question",
      });
      expect(await visitor.socket.next((f) => f.ref === "again")).toMatchObject({
        type: "ack",
        clientId: "back-again-1",
        duplicate: false,
      });
      const mine = await visitor.message((m) => m.author === "visitor" && m.body.kind === "chat");
      expect(mine.body).toEqual({ kind: "chat", text: "One more question" });
      const second = await chatOf(rig, visitor.conversationId);
      expect(second.id).not.toBe(first.id);
      expect(second.status).toBe("routing");
      expect(await nextStatus(visitor, "routing")).toMatchObject({ chatId: second.id, agent: null });

      await rig.runJobs();
      expect(await openOffer(ann)).toEqual([]);
      const [again] = await openOffer(bob);
      expect(again).toMatchObject({ chatId: second.id, origin: "route" });
      const taken = await bob.client.post<{ chat: { agent: { id: string } } }>(
        `/api/sites/${rig.site.id}/offers/${again?.offerId}/accept`,
      );
      expect(taken).toMatchObject({
        status: 200,
        body: { chat: { agent: { id: bob.id } } },
      });
      expect(await nextStatus(visitor, "assigned")).toMatchObject({ agent: { id: bob.id } });
      const joined = await visitor.message((m) => m.author === "system" && m.body.event === "assigned");
      expect(joined.body).toMatchObject({ agent: { id: bob.id } });
      const inbox = await bob.client.get<{ messages: { author: string; body: { text?: string } }[] }>(
        `/api/sites/${rig.site.id}/inbox/${visitor.conversationId}`,
      );
      expect(inbox.body.messages.map((m) => m.body.text)).toContain("One more question");

      const bobSocket = await agentSocket(rig.server, bob.client, visitor.conversationId);
      bobSocket.send({
        type: "chat.send",
        ref: "reply",
        clientId: "bob-reply-1",
        conversationId: visitor.conversationId,
        text: "Happy to help",
      });
      expect(await bobSocket.next((f) => f.ref === "reply")).toMatchObject({ type: "ack" });
      const reply = await visitor.message((m) => m.author === "agent");
      expect(reply.body).toMatchObject({ kind: "chat", text: "Happy to help", agent: { id: bob.id } });
      bobSocket.close();
    });
  },
  { options: { jobs: { start: false } } },
);
