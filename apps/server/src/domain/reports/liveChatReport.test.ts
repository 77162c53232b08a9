import { expect, it } from "vitest";
import { newId } from "../../lib/ids";
import { agentSocket, assignedChat, type ChatAgent } from "../../testing/assignedChat";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import {
  beat,
  chatOf,
  frozenClockEachTest,
  liveAgent,
  liveChatRig,
  type LiveChatRig,
  openOffer,
  publishLiveChat,
  setSettings,
} from "../../testing/liveChatRig";
import { pick, report, tableOf, totalsOf } from "../../testing/reportClient";
import { TestVisitor } from "../../testing/visitorClient";

/** Sunday 1 March 2026, 23:00 in New York (EST, UTC−5). */
const SUNDAY_NIGHT_NY = "2026-03-02T04:00:00.000Z";
const ZONE = "America/New_York";

describeEachDatabase(
  "the live-chat report",
  (server) => {
    const clockNow = frozenClockEachTest(SUNDAY_NIGHT_NY);
    const at = (iso: string) => clockNow().set(iso);

    /**
     * A visitor (a new one, or `returning` in a new conversation) talks to the bot (`botSeconds` of
     * it), gives `email` and reaches the Live chat card: the chat is requested.
     */
    async function asks(
      rig: LiveChatRig,
      dialogueId: string,
      botSeconds = 0,
      {
        returning,
        email = `v-${newId().slice(0, 6)}@example.org`,
      }: { returning?: TestVisitor; email?: string } = {},
    ) {
      const visitor = returning ?? (await TestVisitor.arrive(rig.server, rig.site));
      await visitor.start(dialogueId);
      await visitor.bot("capture");
      clockNow().advance(botSeconds * 1000);
      visitor.send({ kind: "answer", value: email });
      await visitor.bot("liveChat");
      return visitor;
    }

    /** The agent accepts their open offer of the visitor's chat (the inbox's call). */
    async function accepts(rig: LiveChatRig, agent: ChatAgent, chatId: string) {
      const offer = (await openOffer(agent)).find((o) => o.chatId === chatId);
      const res = await agent.client.post(`/api/sites/${rig.site.id}/offers/${offer?.offerId}/accept`);
      expect(res.status).toBe(200);
    }

    /** The agent writes in the chat through the inbox's socket (acknowledged, so it is stored). */
    async function says(rig: LiveChatRig, agent: ChatAgent, conversationId: string, text: string) {
      const socket = await agentSocket(rig.server, agent.client, conversationId);
      socket.send({ type: "chat.send", ref: "say", clientId: newId(), conversationId, text });
      expect(await socket.next((f) => f.ref === "say")).toMatchObject({ type: "ack" });
      socket.close();
    }

    const ends = async (rig: LiveChatRig, agent: ChatAgent, chatId: string) =>
      expect((await agent.client.post(`/api/sites/${rig.site.id}/chats/${chatId}/end`)).status).toBe(200);

    it("requested, connected, missed and waiting chats on New York days, with clocks that start when an agent gets the chat", async () => {
      const rig = await liveChatRig(server());
      expect((await rig.admin.patch(`/api/sites/${rig.site.id}`, { timeZone: ZONE })).status).toBe(200);
      await setSettings(rig, { maxAttempts: 2, queueEnabled: false, acceptTimeoutSeconds: 100 });
      const ann = await liveAgent(rig);
      const bob = await liveAgent(rig);
      for (const [agent, name] of [
        [ann, "Ann Agent"],
        [bob, "Bob Agent"],
      ] as const)
        expect((await rig.admin.patch(`/api/users/${agent.id}`, { name })).status).toBe(200);
      const toAnn = await publishLiveChat(rig, {
        strategy: "specific_agent",
        agentId: ann.id,
        fallbackToRoundRobin: false,
      });
      const anyone = await publishLiveChat(rig, { strategy: "round_robin" });

      // 1. Sunday 23:00 in New York: a minute with the bot, then Ann takes the chat 12 s after the
      // hand-over, answers 6 s later and ends it 30 s after that.
      at("2026-03-02T04:00:00.000Z");
      const first = await asks(rig, toAnn, 60, { email: "first@example.org" });
      at("2026-03-02T04:01:08.000Z");
      await beat(rig, ann.id, bob.id);
      await rig.runJobs();
      const chat1 = await chatOf(rig, first.conversationId);
      expect(chat1.requested_at).toBe("2026-03-02T04:01:00.000Z");
      at("2026-03-02T04:01:12.000Z");
      await accepts(rig, ann, chat1.id);
      at("2026-03-02T04:01:18.000Z");
      await says(rig, ann, first.conversationId, "Hi, I am Ann");
      at("2026-03-02T04:01:48.000Z");
      await ends(rig, ann, chat1.id);

      // 2. Monday 00:30: missed — the first agent offered declines, the second lets it time out.
      at("2026-03-02T05:30:00.000Z");
      await beat(rig, ann.id, bob.id);
      const second = await asks(rig, anyone);
      await rig.runJobs();
      const chat2 = await chatOf(rig, second.conversationId);
      const annFirst = (await openOffer(ann)).some((o) => o.chatId === chat2.id);
      const [decliner, waiter] = annFirst ? [ann, bob] : [bob, ann];
      const [offer] = await openOffer(decliner);
      expect(
        (await decliner.client.post(`/api/sites/${rig.site.id}/offers/${offer?.offerId}/decline`)).status,
      ).toBe(200);
      at("2026-03-02T05:30:10.000Z");
      await rig.runJobs();
      expect((await openOffer(waiter)).map((o) => o.chatId)).toEqual([chat2.id]);
      at("2026-03-02T05:31:51.000Z");
      await rig.runJobs();
      expect((await chatOf(rig, second.conversationId)).status).toBe("fallback");

      // 3. Monday 01:00: the first visitor is back (known from this conversation's start: they gave
      // their email last time). Ann takes it after 5 s, answers after 10 s, hands it to Bob, who ends it.
      at("2026-03-02T06:00:00.000Z");
      await beat(rig, ann.id, bob.id);
      const third = await asks(rig, toAnn, 0, { returning: first, email: "first@example.org" });
      await rig.runJobs();
      const chat3 = await chatOf(rig, third.conversationId);
      at("2026-03-02T06:00:05.000Z");
      await accepts(rig, ann, chat3.id);
      at("2026-03-02T06:00:15.000Z");
      await says(rig, ann, third.conversationId, "Let me find the right person");
      const transfer = await ann.client.post(`/api/sites/${rig.site.id}/chats/${chat3.id}/transfer`, {
        agentId: bob.id,
        note: "Pricing",
      });
      expect(transfer.status).toBe(200);
      at("2026-03-02T06:00:18.000Z");
      await accepts(rig, bob, chat3.id);
      at("2026-03-02T06:00:38.000Z");
      await says(rig, bob, third.conversationId, "Bob here");
      at("2026-03-02T06:00:45.000Z");
      await ends(rig, bob, chat3.id);

      // Another site's chat does not count.
      at("2026-03-02T06:05:00.000Z");
      await assignedChat(rig.server, rig.admin);

      // 4. An unknown visitor (no email) whom Bob takes at once; the chat goes on.
      at("2026-03-02T06:10:00.000Z");
      await beat(rig, ann.id, bob.id);
      const fifth = await assignedChat(rig.server, rig.admin, { site: rig.site, agent: bob });
      expect(await chatOf(rig, fifth.conversationId)).toMatchObject({ agent_id: bob.id, status: "assigned" });

      // 5. Still waiting: offered to Ann, who has not answered yet.
      at("2026-03-02T06:15:00.000Z");
      await beat(rig, ann.id, bob.id);
      const waiting = await asks(rig, toAnn);
      await rig.runJobs();
      expect((await chatOf(rig, waiting.conversationId)).status).toBe("offered");

      const days = { from: "2026-03-01", to: "2026-03-02" };
      const all = await report(rig.admin, rig.site.id, "livechat", days);
      expect(all.range).toEqual({ ...days, timeZone: ZONE });
      expect(totalsOf(all)).toEqual({
        requested: 5,
        connected: 3,
        missed: 1,
        waiting: 1,
        transferred: 1,
        connectionRate: 0.6,
        avgQueueSeconds: 5.7, // (12 + 5 + 0) ÷ 3: the minute with the bot is not in it
        avgChatSeconds: 38, // (36 + 40) ÷ 2: Bob's chat goes on
        avgFirstResponseSeconds: 8, // (6 + 10) ÷ 2
      });
      expect(tableOf(all, "trend").rows).toEqual([
        {
          day: "2026-03-01",
          requested: 1,
          connected: 1,
          missed: 0,
          waiting: 0,
          transferred: 0,
          connectionRate: 1,
          avgQueueSeconds: 12,
          avgChatSeconds: 36,
          avgFirstResponseSeconds: 6,
        },
        {
          day: "2026-03-02",
          requested: 4,
          connected: 2,
          missed: 1,
          waiting: 1,
          transferred: 1,
          connectionRate: 0.5,
          avgQueueSeconds: 2.5,
          avgChatSeconds: 40,
          avgFirstResponseSeconds: 10,
        },
      ]);
      const byAgent = tableOf(all, "byAgent");
      expect(byAgent.columns.map((c) => c.label)).toEqual([
        "Agent id",
        "Agent",
        "Offers",
        "Connected",
        "Transfers taken",
        "Declined",
        "Timed out",
        "Average queue time (s)",
        "Ended chats",
        "Average chat length (s)",
        "Answered chats",
        "Average first response (s)",
      ]);
      expect(byAgent.rows).toEqual([
        {
          agentId: ann.id,
          agent: "Ann Agent",
          offers: 4,
          connected: 2,
          transfersIn: 0,
          declined: annFirst ? 1 : 0,
          timedOut: annFirst ? 0 : 1,
          avgQueueSeconds: 8.5,
          endedChats: 2,
          avgChatSeconds: 38,
          answeredChats: 2,
          avgFirstResponseSeconds: 8,
        },
        {
          agentId: bob.id,
          agent: "Bob Agent",
          offers: 3,
          connected: 1,
          transfersIn: 1,
          declined: annFirst ? 0 : 1,
          timedOut: annFirst ? 1 : 0,
          avgQueueSeconds: 0,
          endedChats: 0,
          avgChatSeconds: null,
          answeredChats: 0,
          avgFirstResponseSeconds: null,
        },
      ]);

      // Filters. Known as in every report: the visitor had a person with an email when the chat's
      // conversation started — only the returning visitor's chat (3). The others gave their email in
      // the bot part of that conversation, or none (4): unknown.
      const known = await report(rig.admin, rig.site.id, "livechat", { ...days, visitors: "known" });
      expect(totalsOf(known)).toMatchObject({
        requested: 1,
        connected: 1,
        transferred: 1,
        avgQueueSeconds: 5,
        avgChatSeconds: 40,
      });
      expect(pick(tableOf(known, "byAgent"), ["agentId", "connected", "transfersIn"])).toEqual([
        { agentId: ann.id, connected: 1, transfersIn: 0 },
        { agentId: bob.id, connected: 0, transfersIn: 1 },
      ]);
      const unknown = await report(rig.admin, rig.site.id, "livechat", { ...days, visitors: "unknown" });
      expect(totalsOf(unknown)).toMatchObject({
        requested: 4,
        connected: 2,
        missed: 1,
        waiting: 1,
        transferred: 0,
        avgQueueSeconds: 6, // (12 + 0) ÷ 2
      });
      expect(pick(tableOf(unknown, "byAgent"), ["agentId", "connected"])).toEqual([
        { agentId: ann.id, connected: 1 },
        { agentId: bob.id, connected: 1 },
      ]);
      expect(
        totalsOf(await report(rig.admin, rig.site.id, "livechat", { ...days, dialogueId: toAnn })),
      ).toMatchObject({
        requested: 3,
        connected: 2,
        missed: 0,
        waiting: 1,
        avgQueueSeconds: 8.5,
      });
      expect(
        totalsOf(await report(rig.admin, rig.site.id, "livechat", { ...days, dialogueId: anyone })),
      ).toMatchObject({
        requested: 1,
        connected: 0,
        missed: 1,
        connectionRate: 0,
        avgQueueSeconds: null,
      });
      const sunday = await report(rig.admin, rig.site.id, "livechat", {
        from: "2026-03-01",
        to: "2026-03-01",
      });
      expect(totalsOf(sunday)).toMatchObject({ requested: 1, connected: 1, avgFirstResponseSeconds: 6 });
    });

    it("a visitor who leaves while the chat is offered or queued is missed; their offers count for nobody's declines", async () => {
      const rig = await liveChatRig(server());
      expect((await rig.admin.patch(`/api/sites/${rig.site.id}`, { timeZone: ZONE })).status).toBe(200);
      await setSettings(rig, { queueEnabled: true });
      const ann = await liveAgent(rig);
      const toAnn = await publishLiveChat(rig, { strategy: "specific_agent", agentId: ann.id });
      at("2026-03-02T15:00:00.000Z");
      await beat(rig, ann.id);
      const offered = await asks(rig, toAnn, 30);
      await rig.runJobs();
      expect((await chatOf(rig, offered.conversationId)).status).toBe("offered");
      // Queued: the chat's agent never comes online (the site's queue is on).
      const queued = await assignedChat(rig.server, rig.admin, { site: rig.site, status: "queued" });
      at("2026-03-02T15:01:00.000Z");
      for (const visitor of [offered, queued.visitor]) {
        visitor.socket.send({ type: "chat.end", ref: "bye", conversationId: visitor.conversationId });
        expect(await visitor.socket.next((f) => f.ref === "bye")).toMatchObject({ type: "ack" });
      }
      expect(await chatOf(rig, offered.conversationId)).toMatchObject({
        status: "ended",
        end_reason: "visitor",
      });

      const chats = await report(rig.admin, rig.site.id, "livechat", {
        from: "2026-03-02",
        to: "2026-03-02",
      });
      expect(totalsOf(chats)).toEqual({
        requested: 2,
        connected: 0,
        missed: 2,
        waiting: 0,
        transferred: 0,
        connectionRate: 0,
        avgQueueSeconds: null,
        avgChatSeconds: null,
        avgFirstResponseSeconds: null,
      });
      expect(
        pick(tableOf(chats, "byAgent"), ["agentId", "offers", "connected", "declined", "timedOut"]),
      ).toEqual([{ agentId: ann.id, offers: 1, connected: 0, declined: 0, timedOut: 0 }]);
    });
  },
  { options: { jobs: { start: false } } },
);
