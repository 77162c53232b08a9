import { expect, it } from "vitest";
import { agentSocket } from "../../testing/assignedChat";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import {
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
      expect(notice.body).toEqual({ kind: "system", event: "ended", reason: "inactivity" });
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
  },
  { options: { jobs: { start: false } } },
);
