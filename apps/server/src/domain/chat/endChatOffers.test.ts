import { expect, it } from "vitest";
import { agentSocket } from "../../testing/assignedChat";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import {
  chatOf,
  frozenClockEachTest,
  liveAgent,
  liveChatRig,
  openOffer,
  publishLiveChat,
  visitorAsks,
} from "../../testing/liveChatRig";

describeEachDatabase(
  "ending a chat withdraws its offers",
  (server) => {
    frozenClockEachTest("2026-04-07T09:00:00.000Z");
    it("a chat that ends withdraws its open offers: the agent's banner goes and the offer can no longer be taken", async () => {
      const rig = await liveChatRig(server());
      const ann = await liveAgent(rig);
      const bob = await liveAgent(rig);
      const dialogueId = await publishLiveChat(rig, { strategy: "specific_agent", agentId: ann.id });
      const annSocket = await agentSocket(rig.server, ann.client);
      const bobSocket = await agentSocket(rig.server, bob.client);
      const closed = (socket: typeof annSocket) =>
        socket.next((f) => f.type === "event" && f.name === "livechat.offerClosed");

      // The visitor gives up while the offer is open.
      const early = await visitorAsks(rig, dialogueId);
      await rig.runJobs();
      const [offer] = await openOffer(ann);
      early.socket.send({ type: "chat.end", ref: "bye", conversationId: early.conversationId });
      expect(await early.socket.next((f) => f.ref === "bye")).toMatchObject({ type: "ack" });
      expect((await closed(annSocket)).data).toEqual({
        offerId: offer?.offerId,
        chatId: offer?.chatId,
        reason: "withdrawn",
      });
      expect(await openOffer(ann)).toEqual([]);
      const late = await ann.client.post(`/api/sites/${rig.site.id}/offers/${offer?.offerId}/accept`);
      expect(late.status).toBe(409);
      expect((await chatOf(rig, early.conversationId)).status).toBe("ended");

      // A transfer waits for Bob when Ann ends the chat.
      const visitor = await visitorAsks(rig, dialogueId);
      await rig.runJobs();
      const [next] = await openOffer(ann);
      await ann.client.post(`/api/sites/${rig.site.id}/offers/${next?.offerId}/accept`);
      await closed(annSocket);
      const chatId = next?.chatId as string;
      const sent = await ann.client.post(`/api/sites/${rig.site.id}/chats/${chatId}/transfer`, {
        agentId: bob.id,
        note: "",
      });
      expect(sent.status).toBe(200);
      const [transfer] = await openOffer(bob);
      expect(transfer).toMatchObject({ origin: "transfer", chatId });
      expect((await ann.client.post(`/api/sites/${rig.site.id}/chats/${chatId}/end`)).status).toBe(200);
      expect((await closed(bobSocket)).data).toEqual({
        offerId: transfer?.offerId,
        chatId,
        reason: "withdrawn",
      });
      expect(await openOffer(bob)).toEqual([]);
      const taken = await bob.client.post(`/api/sites/${rig.site.id}/offers/${transfer?.offerId}/accept`);
      expect(taken.status).toBe(409);
      expect(await chatOf(rig, visitor.conversationId)).toMatchObject({ status: "ended", agent_id: ann.id });
      annSocket.close();
      bobSocket.close();
    });
  },
  { options: { jobs: { start: false } } },
);
