import { expect, it } from "vitest";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import {
  beat,
  chatOf,
  frozenClockEachTest,
  liveAgent,
  liveChatRig,
  nextStatus,
  offersOf,
  openOffer,
  publishLiveChat,
  routingLogOf,
  setSettings,
  visitorAsks,
} from "../../testing/liveChatRig";

describeEachDatabase(
  "live chat routing",
  (server) => {
    const clockNow = frozenClockEachTest("2026-03-02T10:00:00.000Z");

    it("offers the chat to an agent; accepting connects the visitor and ends the bot's part", async () => {
      const rig = await liveChatRig(server());
      const ann = await liveAgent(rig);
      const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
      const visitor = await visitorAsks(rig, dialogueId, "grace@example.org");
      await rig.runJobs();

      expect((await nextStatus(visitor)).status).toBe("offered");
      const [offer] = await openOffer(ann);
      expect(offer).toMatchObject({ siteId: rig.site.id, origin: "route", visitorName: "grace@example.org" });
      // The banner counts down against the server's clock.
      const listed = await ann.client.get<{ now: string }>("/api/offers");
      expect(listed.body.now).toBe(new Date(clockNow().now()).toISOString());
      const accepted = await ann.client.post<{ chat: { status: string; agent: { name: string } } }>(
        `/api/sites/${rig.site.id}/offers/${offer?.offerId}/accept`,
      );
      expect(accepted.status).toBe(200);
      expect(accepted.body.chat).toMatchObject({ status: "assigned", agent: { name: "Test live_agent" } });

      const status = await nextStatus(visitor, "assigned");
      expect(status.agent?.name).toBe("Test live_agent");
      const engaged = await visitor.socket.next(
        (f) =>
          f.type === "event" &&
          f.name === "activity" &&
          (f.data as { type: string }).type === "agent_engaged",
      );
      expect(engaged.data).toMatchObject({
        type: "agent_engaged",
        data: { agentId: ann.id, agentName: "Test live_agent" },
      });
      const system = await visitor.message((m) => m.author === "system");
      expect(system.body).toMatchObject({ kind: "system", event: "assigned", agent: { id: ann.id } });
      await rig.runJobs();
      const conv = await rig.server.parley.ctx.store.db
        .selectFrom("conversations")
        .select("status")
        .where("id", "=", visitor.conversationId)
        .executeTakeFirstOrThrow();
      expect(conv.status).toBe("completed");
      expect(await openOffer(ann)).toEqual([]);

      const chat = await chatOf(rig, visitor.conversationId);
      expect(chat).toMatchObject({ status: "assigned", agent_id: ann.id });
      const kinds = (await routingLogOf(rig, chat.id)).map((e) => e.kind);
      expect(kinds[0]).toBe("requested");
      expect(kinds.slice(-2)).toEqual(["offered", "accepted"]);
    });

    it("round robin goes strictly in order and skips an agent who is offline, saying why", async () => {
      const rig = await liveChatRig(server());
      const a = await liveAgent(rig);
      const b = await liveAgent(rig, false);
      const c = await liveAgent(rig);
      const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
      const offered: string[] = [];
      let last = "";
      for (let i = 0; i < 3; i++) {
        const visitor = await visitorAsks(rig, dialogueId);
        await rig.runJobs();
        const chat = await chatOf(rig, visitor.conversationId);
        offered.push((await offersOf(rig, chat.id))[0]?.agent_id ?? "none");
        last = chat.id;
      }
      expect(offered).toEqual([a.id, c.id, a.id]);
      const log = await routingLogOf(rig, last);
      // After c's turn: the pointer wraps to a; b (between a and c) was skipped on the second chat.
      expect(log.find((e) => e.kind === "offered")).toMatchObject({ agentId: a.id, stage: "round_robin" });
      const second = await rig.server.parley.ctx.store.db
        .selectFrom("routing_log")
        .select(["agent_id", "detail"])
        .where("kind", "=", "skipped")
        .where("agent_id", "=", b.id)
        .execute();
      expect(second.map((r) => JSON.parse(r.detail))).toContainEqual({
        stage: "round_robin",
        reason: "offline",
      });
    });

    it("a decline goes to the next agent, a timeout too, then the queue; an agent coming online takes the first", async () => {
      const rig = await liveChatRig(server());
      await setSettings(rig, {
        maxAttempts: 2,
        queueEnabled: true,
        acceptTimeoutSeconds: 100,
        defaultConcurrency: 1,
      });
      const a = await liveAgent(rig);
      const b = await liveAgent(rig);
      const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
      const first = await visitorAsks(rig, dialogueId);
      await rig.runJobs();
      const [toA] = await openOffer(a);
      expect((await rig.admin.post(`/api/sites/${rig.site.id}/offers/${toA?.offerId}/decline`)).status).toBe(
        403,
      );
      expect((await a.client.post(`/api/sites/${rig.site.id}/offers/${toA?.offerId}/decline`)).status).toBe(
        200,
      );
      expect((await a.client.post(`/api/sites/${rig.site.id}/offers/${toA?.offerId}/accept`)).status).toBe(
        409,
      );
      const [toB] = await openOffer(b);
      expect(toB?.chatId).toBe(toA?.chatId);

      // b lets it time out; both agents then drop off (no heartbeat for 100 s).
      clockNow().advance(120_000);
      await rig.runJobs();
      const chat = await chatOf(rig, first.conversationId);
      expect(chat.status).toBe("queued");
      expect(await nextStatus(first, "queued")).toMatchObject({ position: 1, estimatedWaitSeconds: 60 });
      expect((await first.message((m) => m.author === "system")).body).toMatchObject({ event: "queued" });
      const log = (await routingLogOf(rig, chat.id)).map(
        (e) => `${e.kind}:${e.agentId === a.id ? "a" : e.agentId === b.id ? "b" : "-"}`,
      );
      expect(log).toEqual(
        expect.arrayContaining(["offered:a", "declined:a", "offered:b", "timed_out:b", "queued:-"]),
      );

      const second = await visitorAsks(rig, dialogueId);
      await rig.runJobs();
      expect(await nextStatus(second, "queued")).toMatchObject({ position: 2 });

      const c = await liveAgent(rig);
      const { offerQueuedChats } = await import("./offerQueuedChats");
      await offerQueuedChats(rig.server.parley.ctx, rig.site.id);
      // c can take one chat: the first in the queue, and the second moves up.
      expect(await openOffer(c)).toEqual([expect.objectContaining({ chatId: chat.id, origin: "queue" })]);
      expect(await nextStatus(first, "offered")).toBeTruthy();
      expect(await nextStatus(second, "queued")).toMatchObject({ position: 1 });
    });

    it("nobody accepting without a queue gives the card's fallback and mails the agents who were offered it", async () => {
      const rig = await liveChatRig(server());
      await setSettings(rig, { maxAttempts: 1, queueEnabled: false });
      const a = await liveAgent(rig);
      const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
      const visitor = await visitorAsks(rig, dialogueId);
      await rig.runJobs();
      const [offer] = await openOffer(a);
      await a.client.post(`/api/sites/${rig.site.id}/offers/${offer?.offerId}/decline`);
      expect((await nextStatus(visitor, "fallback")).status).toBe("fallback");
      await rig.runJobs();
      expect((await visitor.bot("liveChatUnavailable")).body).toMatchObject({
        text: [{ text: "Nobody is free right now." }],
      });
      const chat = await chatOf(rig, visitor.conversationId);
      expect(chat).toMatchObject({ status: "fallback", end_reason: "fallback" });
      const mail = await rig.server.parley.ctx.store.db
        .selectFrom("outbox")
        .selectAll()
        .where("kind", "=", "missed_chat")
        .where("recipient", "=", a.email)
        .execute();
      expect(mail).toHaveLength(1);
      expect(mail[0]?.text_body).toContain("nobody took it");
    });

    it("an account's owner who is away: nobody else is tried and the visitor gets the fallback", async () => {
      const rig = await liveChatRig(server());
      const other = await liveAgent(rig);
      const owner = await liveAgent(rig, false);
      const { db } = rig.server.parley.ctx.store;
      await db
        .insertInto("account_routes")
        .values({
          id: newId(),
          site_id: rig.site.id,
          domain: "acme.com",
          company_id: null,
          owner_id: owner.id,
          created_at: "2026-03-01T00:00:00.000Z",
        })
        .execute();
      const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
      const away = await visitorAsks(rig, dialogueId, "buyer@acme.com");
      await rig.runJobs();
      const chat = await chatOf(rig, away.conversationId);
      expect(chat.status).toBe("fallback");
      expect(await offersOf(rig, chat.id)).toEqual([]);
      const log = await routingLogOf(rig, chat.id);
      expect(log).toContainEqual(
        expect.objectContaining({ kind: "skipped", agentId: owner.id, stage: "account", reason: "offline" }),
      );
      expect(log.some((e) => e.agentId === other.id)).toBe(false);
      expect(log.at(-1)).toMatchObject({ kind: "fallback", reason: "account_owner_unavailable" });

      await beat(rig, owner.id);
      const back = await visitorAsks(rig, dialogueId, "another@acme.com");
      await rig.runJobs();
      const offers = await offersOf(rig, (await chatOf(rig, back.conversationId)).id);
      expect(offers.map((o) => o.agent_id)).toEqual([owner.id]);
    });

    it("custom rules are tried in priority order; a match with nobody eligible falls through to the next", async () => {
      const rig = await liveChatRig(server());
      const general = await liveAgent(rig);
      const vipDesk = await liveAgent(rig, false);
      const acmeDesk = await liveAgent(rig);
      const { db } = rig.server.parley.ctx.store;
      const rule = (name: string, priority: number, agentIds: string[], conditions: unknown[]) => ({
        id: newId(),
        site_id: rig.site.id,
        name,
        priority,
        agent_ids: toJson(agentIds),
        team_id: null,
        conditions: toJson(conditions),
        created_at: "2026-03-01T00:00:00.000Z",
        updated_at: "2026-03-01T00:00:00.000Z",
      });
      const rules = [
        rule("Everyone", 30, [general.id], []),
        rule(
          "VIP",
          10,
          [vipDesk.id],
          [{ type: "attribute", attribute: "person.email", operator: "starts_with", value: "vip" }],
        ),
        rule(
          "Acme",
          20,
          [acmeDesk.id],
          [{ type: "attribute", attribute: "person.email", operator: "contains", value: "@acme.com" }],
        ),
      ];
      await db.insertInto("routing_rules").values(rules).execute();
      const dialogueId = await publishLiveChat(rig, {
        strategy: "custom_rules",
        ruleIds: rules.map((r) => r.id),
      });
      const vip = await visitorAsks(rig, dialogueId, "vip@acme.com");
      await rig.runJobs();
      const chat = await chatOf(rig, vip.conversationId);
      expect((await offersOf(rig, chat.id)).map((o) => o.agent_id)).toEqual([acmeDesk.id]);
      const log = await routingLogOf(rig, chat.id);
      const tried = log.filter((e) => e.ruleName).map((e) => `${e.ruleName}:${e.reason}`);
      expect(tried).toEqual(["VIP:matched", "VIP:nobody_eligible", "Acme:matched"]);

      const plain = await visitorAsks(rig, dialogueId, "someone@else.org");
      await rig.runJobs();
      const offers = await offersOf(rig, (await chatOf(rig, plain.conversationId)).id);
      expect(offers.map((o) => o.agent_id)).toEqual([general.id]);
    });

    it("when the rule finds nobody, round robin over everyone runs only if the site allows it", async () => {
      const rig = await liveChatRig(server());
      const a = await liveAgent(rig);
      const gone = await liveAgent(rig, false);
      const dialogueId = await publishLiveChat(rig, { strategy: "specific_agent", agentId: gone.id });
      await setSettings(rig, { fallbackToRoundRobin: false });
      const off = await visitorAsks(rig, dialogueId);
      await rig.runJobs();
      const offChat = await chatOf(rig, off.conversationId);
      expect(offChat.status).toBe("fallback");
      expect(await routingLogOf(rig, offChat.id)).toContainEqual(
        expect.objectContaining({
          kind: "considered",
          stage: "fallback_round_robin",
          reason: "switched_off",
        }),
      );

      await setSettings(rig, { fallbackToRoundRobin: true });
      const on = await visitorAsks(rig, dialogueId);
      await rig.runJobs();
      const onChat = await chatOf(rig, on.conversationId);
      expect((await offersOf(rig, onChat.id)).map((o) => o.agent_id)).toEqual([a.id]);
      expect(await routingLogOf(rig, onChat.id)).toContainEqual(
        expect.objectContaining({ kind: "offered", agentId: a.id, stage: "fallback_round_robin" }),
      );
    });

    it("a visitor from a blocked email domain is never routed", async () => {
      const rig = await liveChatRig(server());
      await liveAgent(rig);
      expect(
        (await rig.admin.patch(`/api/sites/${rig.site.id}`, { blockedEmailDomains: ["spam.example"] }))
          .status,
      ).toBe(200);
      const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
      const visitor = await visitorAsks(rig, dialogueId, "x@spam.example");
      await rig.runJobs();
      const chat = await chatOf(rig, visitor.conversationId);
      expect(chat.status).toBe("fallback");
      expect(await offersOf(rig, chat.id)).toEqual([]);
      expect((await routingLogOf(rig, chat.id)).map((e) => e.kind)).toEqual([
        "requested",
        "blocked",
        "fallback",
      ]);
      await rig.runJobs();
      await visitor.bot("liveChatUnavailable");
    });
  },
  { options: { jobs: { start: false } } },
);
