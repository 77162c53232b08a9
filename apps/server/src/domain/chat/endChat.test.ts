import { expect, it, onTestFinished } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import { agentSocket, assignedChat } from "../../testing/assignedChat";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser } from "../../testing/factories";
import { quickSite } from "../../testing/visitorClient";

type Err = { error: { code: string } };

describeEachDatabase(
  "ending a live chat, and its score",
  (server) => {
    const db = () => server().parley.ctx.store.db;
    const chatRow = (id: string) =>
      db().selectFrom("live_chats").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

    it("the agent ends it: both sides read why, the visitor's widget hears ended, the agent can no longer write", async () => {
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      const agent = await agentSocket(server(), chat.agent.client, chat.conversationId);
      const res = await chat.agent.client.post(`/api/sites/${chat.site.id}/chats/${chat.chatId}/end`);
      expect(res).toMatchObject({ status: 200, body: { ended: true } });

      const notice = await chat.visitor.message((m) => m.author === "system");
      expect(notice.body).toMatchObject({
        kind: "system",
        event: "ended",
        reason: "agent",
        agent: { id: chat.agent.id, name: "Test live_agent" },
      });
      const heard = await agent.next((f) => f.type === "event" && f.name === "chat.messages");
      expect(heard.data).toMatchObject({
        messages: [{ author: "system", body: { event: "ended", reason: "agent" } }],
      });
      const status = await chat.visitor.socket.next(
        (f) => f.type === "event" && f.name === "livechat.status",
      );
      expect(status.data).toMatchObject({
        chatId: chat.chatId,
        status: "ended",
        endReason: "agent",
        agent: { id: chat.agent.id },
      });
      const activity = await chat.visitor.socket.next(
        (f) =>
          f.type === "event" && f.name === "activity" && (f.data as { type: string }).type === "agent_left",
      );
      expect(activity.data).toMatchObject({
        type: "agent_left",
        cardId: "lc",
        data: { agentId: chat.agent.id, agentName: "Test live_agent" },
      });

      expect(await chatRow(chat.chatId)).toMatchObject({
        status: "ended",
        end_reason: "agent",
        ended_at: expect.any(String),
      });
      const log = await db()
        .selectFrom("routing_log")
        .selectAll()
        .where("chat_id", "=", chat.chatId)
        .execute();
      expect(log.map((l) => [l.kind, l.agent_id])).toContainEqual(["ended", chat.agent.id]);

      agent.send({
        type: "chat.send",
        ref: "late",
        clientId: "after-the-end",
        conversationId: chat.conversationId,
        text: "Still there?",
      });
      expect(await agent.next((f) => f.ref === "late")).toMatchObject({ type: "error", code: "forbidden" });
      const again = await chat.agent.client.post<Err>(`/api/sites/${chat.site.id}/chats/${chat.chatId}/end`);
      expect(again).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
      agent.close();
    });

    it("the visitor ends it with chat.end", async () => {
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      chat.visitor.socket.send({ type: "chat.end", ref: "bye", conversationId: chat.conversationId });
      expect(await chat.visitor.socket.next((f) => f.ref === "bye")).toMatchObject({ type: "ack" });
      expect((await chat.visitor.message((m) => m.author === "system")).body).toMatchObject({
        reason: "visitor",
      });
      expect(await chatRow(chat.chatId)).toMatchObject({ status: "ended", end_reason: "visitor" });
    });

    it("only the chat's agent, or a supervisor who sees all conversations, may end it", async () => {
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      const other = await buildUser(server(), admin, "live_agent");
      const refused = await other.client.post<Err>(`/api/sites/${chat.site.id}/chats/${chat.chatId}/end`);
      expect(refused.status).toBe(403);
      expect((await chatRow(chat.chatId)).status).toBe("assigned");
      const supervisor = await buildUser(server(), admin, "sales_admin");
      expect(
        (await supervisor.client.post(`/api/sites/${chat.site.id}/chats/${chat.chatId}/end`)).status,
      ).toBe(200);
    });

    it("ends after the configured inactivity, counted again from the last message", async () => {
      const clock = frozenClock("2026-05-04T09:00:00.000Z");
      onTestFinished(setClock(clock));
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      await db()
        .updateTable("sites")
        .set({ livechat_settings: JSON.stringify({ inactivityMinutes: 3 }) })
        .where("id", "=", chat.site.id)
        .execute();
      const jobs = server().parley.ctx.jobs;

      clock.advance(2 * 60_000);
      chat.visitor.socket.send({
        type: "chat.send",
        ref: "m",
        clientId: "keeps-it-alive",
        conversationId: chat.conversationId,
        text: "Hold on",
      });
      await chat.visitor.socket.next((f) => f.ref === "m");
      // The factory's job (due at 10 minutes) runs early here to show the re-check: activity 0 min ago → not ended.
      await db()
        .updateTable("jobs")
        .set({ run_at: new Date(clock.now()).toISOString() })
        .where("kind", "=", "livechat.inactivity")
        .where("status", "=", "queued")
        .execute();
      await jobs.runDue();
      expect((await chatRow(chat.chatId)).status).toBe("assigned");

      clock.advance(3 * 60_000 - 1);
      await jobs.runDue();
      expect((await chatRow(chat.chatId)).status).toBe("assigned");
      clock.advance(1);
      await jobs.runDue();
      expect(await chatRow(chat.chatId)).toMatchObject({ status: "ended", end_reason: "inactivity" });
      expect((await chat.visitor.message((m) => m.author === "system")).body).toMatchObject({
        reason: "inactivity",
      });
    });

    it("a chat still waiting for an agent does not end by inactivity, however long the visitor waits", async () => {
      const clock = frozenClock("2026-05-05T09:00:00.000Z");
      onTestFinished(setClock(clock));
      const admin = await server().admin();
      const site = await quickSite(admin);
      await db()
        .updateTable("sites")
        .set({ livechat_settings: JSON.stringify({ queueTimeoutMinutes: 60 }) })
        .where("id", "=", site.id)
        .execute();
      const chat = await assignedChat(server(), admin, { site, status: "queued" });
      chat.visitor.socket.send({
        type: "chat.send",
        ref: "w",
        clientId: "still-waiting",
        conversationId: chat.conversationId,
        text: "Anyone?",
      });
      expect(await chat.visitor.socket.next((f) => f.ref === "w")).toMatchObject({ type: "ack" });
      clock.advance(30 * 60_000);
      await server().parley.ctx.jobs.runDue();
      expect((await chatRow(chat.chatId)).status).toBe("queued");
      // Inactivity starts with the agent (the accept starts its job); a message while queued starts none.
      const waiting = await db()
        .selectFrom("jobs")
        .select("run_at")
        .where("dedupe_key", "=", `livechat.inactivity:${chat.chatId}`)
        .execute();
      expect(waiting).toEqual([]);
    });

    it("the agent scores the chat 0–3; anything else is refused and changes nothing", async () => {
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      const put = (score: unknown, client = chat.agent.client) =>
        client.request<{ score: number } & Err>(
          "PUT",
          `/api/sites/${chat.site.id}/chats/${chat.chatId}/score`,
          { score },
        );
      expect(await put(3)).toMatchObject({ status: 200, body: { score: 3 } });
      expect((await put(4)).status).toBe(400);
      expect((await put("2")).status).toBe(400);
      const other = await buildUser(server(), admin, "live_agent");
      expect((await put(0, other.client)).status).toBe(403);
      expect((await chatRow(chat.chatId)).score).toBe(3);
    });
  },
  { options: { jobs: { start: false } } },
);
