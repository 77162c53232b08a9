import { expect, it } from "vitest";
import { agentSocket, assignedChat } from "../../testing/assignedChat";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser } from "../../testing/factories";
import { mailTestRig } from "../../testing/mailTestRig";
import { publishStream, TestVisitor } from "../../testing/visitorClient";

const { sink } = await mailTestRig("2026-03-02T10:00:00.000Z");

type Item = {
  conversationId: string;
  chat: { status: string; agent: { name: string } | null } | null;
  lastMessage: string | null;
  queuePosition: number | null;
  visitorEmail: string | null;
};
type Page = { items: Item[]; nextCursor: string | null };
type Err = { error: { code: string } };

describeEachDatabase(
  "the agent inbox: lists, conversation, notes, transcripts",
  (server) => {
    const db = () => server().parley.ctx.store.db;
    /** The visitor gave this email: their conversation belongs to a person with it. */
    const giveEmail = async (siteId: string, conversationId: string, email: string) => {
      const admin = await server().admin();
      const person = await admin.post<{ id: string }>(`/api/sites/${siteId}/people`, {
        email,
        firstName: "Ada",
        lastName: "Lovelace",
      });
      await db()
        .updateTable("conversations")
        .set({ person_id: person.body.id })
        .where("id", "=", conversationId)
        .execute();
    };
    const say = async (chat: Awaited<ReturnType<typeof assignedChat>>, text: string, clientId: string) => {
      chat.visitor.socket.send({
        type: "chat.send",
        ref: clientId.slice(0, 10),
        clientId,
        conversationId: chat.conversationId,
        text,
      });
      return chat.visitor.socket.next((f) => f.type === "ack" && f.clientId === clientId);
    };

    it("a note reaches the agents on the conversation, is stored once per client id, and never reaches the visitor", async () => {
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      const agent = await agentSocket(server(), chat.agent.client, chat.conversationId);
      const url = `/api/sites/${chat.site.id}/inbox/${chat.conversationId}/notes`;
      const body = { text: "Secret: offer a 20% discount", clientId: "note-client-1" };
      const first = await chat.agent.client.post<{ id: string; afterSeq: number }>(url, body);
      expect(first.status).toBe(201);
      const again = await chat.agent.client.post<{ id: string }>(url, body);
      expect(again).toMatchObject({ status: 200, body: { id: first.body.id } });
      const heard = await agent.next((f) => f.type === "event" && f.name === "chat.note");
      expect(heard.data).toMatchObject({ text: body.text, authorName: "Test live_agent" });
      const read = await chat.agent.client.get<{
        notes: { text: string; afterSeq: number }[];
        lastSeq: number;
      }>(`/api/sites/${chat.site.id}/inbox/${chat.conversationId}`);
      expect(read.body.notes).toEqual([
        expect.objectContaining({ text: body.text, afterSeq: read.body.lastSeq }),
      ]);

      // Whatever the visitor's socket got, and what a resume sends, holds no note.
      await say(chat, "Anything for me?", "after-note-1");
      chat.visitor.socket.send({
        type: "conversation.resume",
        conversationId: chat.conversationId,
        afterSeq: 0,
      });
      const resumed = await chat.visitor.socket.next(
        (f) => f.type === "conversation.messages" && (f.messages as unknown[]).length > 1,
      );
      expect(JSON.stringify(resumed)).not.toContain("Secret");
      expect(JSON.stringify(chat.visitor.socket.frames)).not.toContain("Secret");
      expect((await chat.agent.client.post<Err>(url, { text: "", clientId: "note-client-2" })).status).toBe(
        400,
      );
      agent.close();
    });

    it("the transcript downloads as text: bot part, visitor, agent and system lines with UTC times, no notes", async () => {
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      await say(chat, "Hello from the visitor", "transcript-v-1");
      const agent = await agentSocket(server(), chat.agent.client, chat.conversationId);
      agent.send({
        type: "chat.send",
        ref: "a",
        clientId: "transcript-a-1",
        conversationId: chat.conversationId,
        text: "Hello from the agent",
      });
      await agent.next((f) => f.ref === "a");
      await chat.agent.client.post(`/api/sites/${chat.site.id}/inbox/${chat.conversationId}/notes`, {
        text: "Internal only",
        clientId: "transcript-n-1",
      });
      await chat.agent.client.post(`/api/sites/${chat.site.id}/chats/${chat.chatId}/end`);
      const res = await fetch(
        `${server().url}/api/sites/${chat.site.id}/inbox/${chat.conversationId}/transcript.txt`,
        {
          headers: { cookie: chat.agent.client.cookie ?? "" },
        },
      );
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
      expect(res.headers.get("content-disposition")).toMatch(
        /^attachment; filename="transcript-2026-03-02-.*\.txt"$/,
      );
      const text = await res.text();
      expect(text).toContain("[2026-03-02T10:00:00.000Z] Bot: Hello there");
      expect(text).toContain("Bot: Connecting you…");
      expect(text).toContain("Visitor: Hello from the visitor");
      expect(text).toContain("Test live_agent: Hello from the agent");
      expect(text).toContain("System: The chat ended (ended by the agent).");
      expect(text).not.toContain("Internal only");
      agent.close();
    });

    it("emails the transcript to the visitor's address, or answers 409 when they gave none", async () => {
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      const url = `/api/sites/${chat.site.id}/inbox/${chat.conversationId}/transcript/email`;
      expect(await chat.agent.client.post<Err>(url)).toMatchObject({
        status: 409,
        body: { error: { code: "conflict" } },
      });
      const email = `ada-${chat.conversationId.slice(0, 6)}@example.com`;
      await giveEmail(chat.site.id, chat.conversationId, email);
      await say(chat, "Please mail me this", "mail-me-1");
      expect((await chat.agent.client.post(url)).status).toBe(202);
      const mail = await sink.waitFor(email);
      const siteName = (await admin.get<{ name: string }>(`/api/sites/${chat.site.id}`)).body.name;
      expect(mail.subject).toBe(`Your conversation with ${siteName}`);
      expect(mail.text).toContain("Visitor: Please mail me this");
      expect(mail.attachments).toEqual([
        expect.objectContaining({ filename: expect.stringMatching(/\.txt$/) }),
      ]);
      // A conversation the widget ran in Japanese: the mail's own words in Japanese. Text only, so
      // what the visitor typed can never become markup.
      await db()
        .updateTable("conversations")
        .set({ language: "ja" })
        .where("id", "=", chat.conversationId)
        .execute();
      await say(chat, "<script>alert(1)</script>", "mail-me-2");
      expect((await chat.agent.client.post(url)).status).toBe(202);
      const japanese = await sink.waitForNth(email, 2);
      expect(japanese.subject).toBe(`${siteName}との会話`);
      expect(japanese.text).toMatch(new RegExp(`^${siteName}との会話の記録です`));
      expect(japanese.text).toContain("Visitor: <script>alert(1)</script>");
      expect(japanese.html).toBeNull();
    });

    it("lists: mine, the queue with positions, and all conversations with filters and search", async () => {
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      await say(chat, "Latest words", "latest-words-1");
      const queued = await assignedChat(server(), admin, {
        site: chat.site,
        agent: chat.agent,
        status: "queued",
      });
      const botOnly = await TestVisitor.arrive(server(), chat.site);
      await botOnly.start(
        await publishStream(admin, chat.site.id, {
          schemaVersion: 1,
          startCardId: "m",
          cards: [{ id: "m", type: "message", text: "Just a bot", next: null }],
        }),
      );
      await botOnly.bot("message");
      await giveEmail(
        chat.site.id,
        chat.conversationId,
        `searchable-${chat.conversationId.slice(0, 6)}@example.com`,
      );
      const list = (query: string, client = chat.agent.client) =>
        client.get<Page>(`/api/sites/${chat.site.id}/inbox?${query}`);

      const mine = await list("view=mine");
      expect(mine.body.items.map((i) => i.conversationId)).toEqual([chat.conversationId]);
      expect(mine.body.items[0]).toMatchObject({
        lastMessage: "Latest words",
        chat: { status: "assigned", agent: { name: "Test live_agent" } },
      });
      const queue = await list("view=queue");
      expect(queue.body.items).toEqual([
        expect.objectContaining({ conversationId: queued.conversationId, queuePosition: 1 }),
      ]);

      const all = await list("view=all", admin);
      expect(all.body.items.map((i) => i.conversationId)).toEqual(
        expect.arrayContaining([chat.conversationId, queued.conversationId, botOnly.conversationId]),
      );
      expect((await list("view=all&kind=bot", admin)).body.items.map((i) => i.conversationId)).toEqual([
        botOnly.conversationId,
      ]);
      expect(
        (await list("view=all&chatStatus=queued", admin)).body.items.map((i) => i.conversationId),
      ).toEqual([queued.conversationId]);
      expect((await list("view=all&q=SEARCHABLE", admin)).body.items.map((i) => i.conversationId)).toEqual([
        chat.conversationId,
      ]);
      expect((await list("view=all&q=ada%20love", admin)).body.items.map((i) => i.conversationId)).toEqual([
        chat.conversationId,
      ]);
      const first = await list("view=all&limit=2", admin);
      const second = await list(`view=all&limit=2&cursor=${first.body.nextCursor}`, admin);
      const paged = [...first.body.items, ...second.body.items].map((i) => i.conversationId);
      expect(paged.sort()).toEqual(
        [chat.conversationId, queued.conversationId, botOnly.conversationId].sort(),
      );
      expect(second.body.nextCursor).toBeNull();
      expect((await list("view=all&cursor=nonsense", admin)).status).toBe(400);
    });

    it("who sees only their own conversations gets the ones they took part in, elsewhere a 404", async () => {
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      const other = await assignedChat(server(), admin, { site: chat.site });
      const all = await chat.agent.client.get<Page>(`/api/sites/${chat.site.id}/inbox?view=all`);
      expect(all.body.items.map((i) => i.conversationId)).toEqual([chat.conversationId]);
      expect(
        (await chat.agent.client.get(`/api/sites/${chat.site.id}/inbox/${other.conversationId}`)).status,
      ).toBe(404);
      expect(
        (await chat.agent.client.get(`/api/sites/${chat.site.id}/conversations/${chat.conversationId}`))
          .status,
      ).toBe(200);
      expect(
        (await chat.agent.client.get(`/api/sites/${chat.site.id}/conversations/${other.conversationId}`))
          .status,
      ).toBe(404);
      const transcript = await fetch(
        `${server().url}/api/sites/${chat.site.id}/inbox/${other.conversationId}/transcript.txt`,
        {
          headers: { cookie: chat.agent.client.cookie ?? "" },
        },
      );
      expect(transcript.status).toBe(404);
      const calendarAgent = await buildUser(server(), admin, "calendar_agent");
      expect(
        (await calendarAgent.client.get<Page>(`/api/sites/${chat.site.id}/inbox?view=queue`)).status,
      ).toBe(403);
    });

    it("the conversation view has the whole transcript, every chat with its routing log, and resumes after a seq", async () => {
      const admin = await server().admin();
      const chat = await assignedChat(server(), admin);
      const { seq } = await say(chat, "One more thing", "resume-view-1");
      await chat.agent.client.post(`/api/sites/${chat.site.id}/chats/${chat.chatId}/end`);
      type View = {
        messages: { seq: number; author: string }[];
        chats: { status: string; routingLog: { kind: string; agentName: string | null }[] }[];
        currentPage: string | null;
      };
      const view = await chat.agent.client.get<View>(
        `/api/sites/${chat.site.id}/inbox/${chat.conversationId}`,
      );
      expect(view.body.messages.map((m) => m.author)).toEqual(["bot", "bot", "system", "visitor", "system"]);
      expect(view.body.chats).toEqual([
        expect.objectContaining({
          status: "ended",
          // Routing's own entries (requested, offered …) come first when routing opened the chat.
          routingLog: expect.arrayContaining([
            expect.objectContaining({ kind: "ended", agentName: "Test live_agent" }),
          ]),
        }),
      ]);
      expect(view.body.chats[0]?.routingLog.at(-1)?.kind).toBe("ended");
      expect(view.body.currentPage).toBe("http://localhost:3000/pricing");
      const after = await chat.agent.client.get<View>(
        `/api/sites/${chat.site.id}/inbox/${chat.conversationId}?afterSeq=${seq}`,
      );
      expect(after.body.messages.map((m) => m.author)).toEqual(["system"]);
    });
  },
  { env: { SMTP_URL: sink.url } },
);
