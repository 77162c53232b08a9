import { expect, it, vi } from "vitest";
import { manualTimers } from "../lib/timers";
import type { ApiClient } from "../testing/apiClient";
import { assignedChat, agentSocket, type TestChat } from "../testing/assignedChat";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import type { TestServer } from "../testing/testServer";
import { TestVisitor } from "../testing/visitorClient";
import type { WsClient } from "../testing/wsClient";
import { OFFLINE_AFTER_MS } from "./visitorPresence";

// The offline debounce and the lease renewals run on these: the test moves them, nothing sleeps.
const timers = manualTimers();

/** An inbox's socket: the user's own channel and the site's, as the web app joins them. */
async function inboxSocket(server: TestServer, client: ApiClient, siteId: string): Promise<WsClient> {
  const socket = await agentSocket(server, client);
  socket.send({ type: "subscribe", channel: `site:${siteId}`, ref: "site" });
  await socket.next((f) => f.ref === "site" && f.type === "subscribed");
  return socket;
}

const presenceEvent = (socket: WsClient) =>
  socket.next((f) => f.type === "event" && f.name === "visitor.presence");

describeEachDatabase(
  "a visitor's presence in the inbox",
  (server) => {
    const sockets = (chat: TestChat) =>
      server().parley.ctx.visitors.sockets(chat.site.id, chat.visitor.visitorId);
    /** What the agent's inbox reads of the visitor: the conversation and its row in "My chats". */
    const readByAgent = async (chat: TestChat) => {
      const base = `/api/sites/${chat.site.id}/inbox`;
      const view = await chat.agent.client.get<{ visitorOnline: boolean }>(`${base}/${chat.conversationId}`);
      const mine = await chat.agent.client.get<{
        items: { conversationId: string; visitorOnline: boolean }[];
      }>(`${base}?view=mine`);
      const row = mine.body.items.find((i) => i.conversationId === chat.conversationId);
      return { conversation: view.body.visitorOnline, row: row?.visitorOnline };
    };
    const openTab = (chat: TestChat) => TestVisitor.connect(server(), chat.site, chat.visitor.token);

    it("online while any tab is open; offline a moment after the last one closes; a page change in between is no change", async () => {
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      const inbox = await inboxSocket(server(), chat.agent.client, chat.site.id);
      expect(await readByAgent(chat)).toEqual({ conversation: true, row: true });

      // A second tab, then the first closes: still on the site, however long after.
      const second = await openTab(chat);
      chat.visitor.socket.close();
      await vi.waitFor(() => expect(sockets(chat)).toBe(1));
      timers.advance(OFFLINE_AFTER_MS * 2);
      await server().parley.ctx.visitors.settled();
      expect(await readByAgent(chat)).toEqual({ conversation: true, row: true });

      // The last tab closes: online through the debounce, then offline, and the inbox hears it.
      second.close();
      await vi.waitFor(() => expect(sockets(chat)).toBe(0));
      expect(await readByAgent(chat)).toEqual({ conversation: true, row: true });
      timers.advance(OFFLINE_AFTER_MS);
      expect(await presenceEvent(inbox)).toMatchObject({
        channel: `site:${chat.site.id}`,
        data: {
          visitorId: chat.visitor.visitorId,
          online: false,
          conversationIds: [chat.conversationId],
          currentPage: "http://localhost:3000/pricing",
        },
      });
      expect(await readByAgent(chat)).toEqual({ conversation: false, row: false });

      // Back on the site: online at once.
      const third = await openTab(chat);
      expect((await presenceEvent(inbox)).data).toMatchObject({ online: true });
      expect(await readByAgent(chat)).toEqual({ conversation: true, row: true });

      // A page navigation: the tab closes and the next page connects within the debounce.
      third.close();
      await vi.waitFor(() => expect(sockets(chat)).toBe(0));
      timers.advance(OFFLINE_AFTER_MS - 1);
      const fourth = await openTab(chat);
      timers.advance(OFFLINE_AFTER_MS * 2);
      await server().parley.ctx.visitors.settled();
      // Nothing was told in between: the next thing the inbox hears is this real leave.
      fourth.close();
      await vi.waitFor(() => expect(sockets(chat)).toBe(0));
      timers.advance(OFFLINE_AFTER_MS);
      expect((await presenceEvent(inbox)).data).toMatchObject({ online: false });
      inbox.close();
    });

    it("only agents who may see the conversation hear of its visitor, and only of conversations they may see", async () => {
      const admin = await server().admin();
      const first = await assignedChat(server(), admin);
      const second = await assignedChat(server(), admin, { site: first.site });
      const [adminInbox, firstInbox, secondInbox] = await Promise.all([
        inboxSocket(server(), admin, first.site.id),
        inboxSocket(server(), first.agent.client, first.site.id),
        inboxSocket(server(), second.agent.client, first.site.id),
      ]);

      first.visitor.socket.close();
      await vi.waitFor(() => expect(sockets(first)).toBe(0));
      timers.advance(OFFLINE_AFTER_MS);
      const told = {
        visitorId: first.visitor.visitorId,
        online: false,
        conversationIds: [first.conversationId],
      };
      expect((await presenceEvent(adminInbox)).data).toMatchObject(told);
      expect((await presenceEvent(firstInbox)).data).toMatchObject(told);

      second.visitor.socket.close();
      await vi.waitFor(() => expect(sockets(second)).toBe(0));
      timers.advance(OFFLINE_AFTER_MS);
      // The second agent's first presence event is their own visitor's: the first visitor's never came.
      expect((await presenceEvent(secondInbox)).data).toMatchObject({
        visitorId: second.visitor.visitorId,
        conversationIds: [second.conversationId],
      });
      expect((await presenceEvent(adminInbox)).data).toMatchObject({ visitorId: second.visitor.visitorId });

      // And the first agent's next one is their visitor coming back, not the second's leaving.
      const back = await TestVisitor.connect(server(), first.site, first.visitor.token);
      expect((await presenceEvent(firstInbox)).data).toMatchObject({
        visitorId: first.visitor.visitorId,
        online: true,
      });
      // The second agent cannot open the first conversation either.
      const foreign = await second.agent.client.get(
        `/api/sites/${first.site.id}/inbox/${first.conversationId}`,
      );
      expect(foreign.status).toBe(404);
      for (const socket of [adminInbox, firstInbox, secondInbox, back]) socket.close();
    });
  },
  { options: { visitorPresence: { timers } } },
);
