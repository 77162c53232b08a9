import { emailCaptureStream } from "../../testing/emailCaptureStream";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { publishStream, quickSite, TestVisitor } from "../../testing/visitorClient";

type Person = { id: string; email: string | null; fields: Record<string, unknown>; firstName: string | null };

describeEachDatabase("conversations over WebSocket", (server) => {
  it("runs the email-capture dialogue: question → email (validated) → goal → thank-you with the email, then completes", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
    const visitor = await TestVisitor.arrive(server(), site);
    await visitor.start(dialogueId);

    const question = await visitor.bot("question");
    expect(question.seq).toBe(1);
    expect(question.status).toBe("initiated");
    expect((question.body.buttons as { value: string }[]).map((b) => b.value)).toEqual([
      "evaluating",
      "learning",
      "customer",
    ]);

    visitor.send({ kind: "answer", value: "evaluating" });
    expect((await visitor.message((m) => m.author === "visitor")).body).toMatchObject({
      kind: "answer",
      value: "evaluating",
    });
    const capture = await visitor.bot("capture");
    expect(capture).toMatchObject({ status: "engaged", body: { kind: "email" } });

    visitor.send({ kind: "answer", value: "not-an-email" });
    expect((await visitor.bot("invalid")).body).toMatchObject({ code: "invalid_email" });

    visitor.send({ kind: "answer", value: "Grace@Example.com" });
    const thanks = await visitor.bot("message");
    expect(thanks.status).toBe("completed");
    expect(thanks.body.text).toEqual(expect.arrayContaining([{ text: "grace@example.com", bold: true }]));

    const people = await admin.get<{ items: Person[] }>(`/api/sites/${site.id}/people?q=grace`);
    expect(people.body.items).toHaveLength(1);
    expect(people.body.items[0]).toMatchObject({
      email: "grace@example.com",
      fields: { interest: "evaluating" },
    });

    const db = server().parley.ctx.store.db;
    const conv = await db
      .selectFrom("conversations")
      .selectAll()
      .where("id", "=", visitor.conversationId)
      .executeTakeFirstOrThrow();
    expect(conv).toMatchObject({ status: "completed", score: 1, person_id: people.body.items[0]?.id });
    const activities = await db
      .selectFrom("activities")
      .select(["type", "person_id"])
      .where("visitor_id", "=", visitor.visitorId)
      .orderBy("at")
      .execute();
    expect(activities.map((a) => a.type)).toEqual([
      "triggered",
      "engaged",
      "email_given",
      "goal_reached",
      "completed",
    ]);
    const visited = await db
      .selectFrom("events")
      .select("card_id")
      .where("conversation_id", "=", conv.id)
      .where("type", "=", "card_visited")
      .execute();
    expect(visited.map((v) => v.card_id)).toEqual(["qualify", "email", "goal", "thanks"]);
    // The events table is append-only: what happened before the email keeps the person known then
    // (the anonymous record holding the answer), while the timeline moved to the identified person.
    const beforeEmail = await db
      .selectFrom("events")
      .select(["type", "person_id"])
      .where("conversation_id", "=", conv.id)
      .where("type", "=", "triggered")
      .executeTakeFirstOrThrow();
    expect(beforeEmail.person_id).toBeNull();
    expect(activities.every((a) => a.person_id === people.body.items[0]?.id)).toBe(true);
  });

  it("an email given in a capture card links the person to the company with that email domain", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const acme = await admin.post<{ id: string }>(`/api/sites/${site.id}/companies`, {
      name: "Acme",
      domain: "acme.example",
    });
    expect(acme.status).toBe(201);
    const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
    const run = async (email: string) => {
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      await visitor.bot("question");
      visitor.send({ kind: "answer", value: "customer" });
      await visitor.bot("capture");
      visitor.send({ kind: "answer", value: email });
      await visitor.bot("message");
      const people = await admin.get<{ items: { email: string; companyId: string | null }[] }>(
        `/api/sites/${site.id}/people?q=${encodeURIComponent(email)}`,
      );
      return people.body.items[0]?.companyId;
    };
    expect(await run("wile@acme.example")).toBe(acme.body.id);
    expect(await run("someone@elsewhere.example")).toBeNull();
  });

  it("a repeated client id is applied once; a repeated start returns the same conversation", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
    const visitor = await TestVisitor.arrive(server(), site);
    const startId = visitor.nextClientId();
    const first = await visitor.start(dialogueId, startId);
    await visitor.bot("question");
    expect(await visitor.start(dialogueId, startId)).toBe(first);

    const clientId = visitor.send({ kind: "answer", value: "learning" });
    expect(await visitor.socket.next((f) => f.type === "ack")).toMatchObject({ clientId, duplicate: false });
    visitor.send({ kind: "answer", value: "learning" }, clientId);
    expect(await visitor.socket.next((f) => f.type === "ack")).toMatchObject({ clientId, duplicate: true });

    const db = server().parley.ctx.store.db;
    const answers = await db
      .selectFrom("messages")
      .select("seq")
      .where("conversation_id", "=", first)
      .where("author", "=", "visitor")
      .execute();
    expect(answers).toHaveLength(1);
    const conversations = await db
      .selectFrom("conversations")
      .select("id")
      .where("visitor_id", "=", visitor.visitorId)
      .execute();
    expect(conversations).toHaveLength(1);
  });

  it("a visitor who reconnects resumes from the last sequence they saw and gets exactly what they missed", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
    const visitor = await TestVisitor.arrive(server(), site);
    await visitor.start(dialogueId);
    const question = await visitor.bot("question");

    visitor.socket.close();
    // While offline, another tab of the same visitor answered.
    const otherTab = await TestVisitor.connect(server(), site, visitor.token);
    otherTab.send({
      type: "conversation.input",
      clientId: visitor.nextClientId(),
      conversationId: visitor.conversationId,
      input: { kind: "answer", value: "customer" },
    });
    await otherTab.next((f) => f.type === "ack");

    visitor.socket = await TestVisitor.connect(server(), site, visitor.token);
    visitor.socket.send({
      type: "conversation.resume",
      conversationId: visitor.conversationId,
      afterSeq: question.seq,
    });
    const missed = await visitor.socket.next((f) => f.type === "conversation.messages");
    const messages = missed.messages as { seq: number; author: string; body: { type?: string } }[];
    expect(messages.map((m) => m.seq)).toEqual([2, 3]);
    expect(messages.map((m) => m.author)).toEqual(["visitor", "bot"]);
    expect(messages[1]?.body.type).toBe("capture");
  });

  it("refuses other visitors' conversations, unpublished dialogues and bad input without changing anything", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
    const owner = await TestVisitor.arrive(server(), site);
    await owner.start(dialogueId);
    await owner.bot("question");

    const stranger = await TestVisitor.arrive(server(), site);
    stranger.conversationId = owner.conversationId;
    stranger.socket.send({
      type: "conversation.input",
      ref: "x",
      clientId: stranger.nextClientId(),
      conversationId: owner.conversationId,
      input: { kind: "answer", value: "evaluating" },
    });
    expect(await stranger.socket.next((f) => f.type === "error")).toMatchObject({
      code: "not_found",
      ref: "x",
    });
    stranger.socket.send({
      type: "conversation.resume",
      ref: "y",
      conversationId: owner.conversationId,
      afterSeq: 0,
    });
    expect(await stranger.socket.next((f) => f.type === "error")).toMatchObject({
      code: "not_found",
      ref: "y",
    });

    const draft = await admin.post<{ id: string }>(`/api/sites/${site.id}/dialogues`, {
      name: "Unpublished",
    });
    stranger.socket.send({
      type: "conversation.start",
      ref: "z",
      clientId: stranger.nextClientId(),
      dialogueId: draft.body.id,
    });
    expect(await stranger.socket.next((f) => f.type === "error")).toMatchObject({
      code: "conflict",
      ref: "z",
    });

    stranger.socket.send({
      type: "conversation.input",
      ref: "w",
      clientId: "short",
      conversationId: owner.conversationId,
      input: { kind: "answer", value: "" },
    });
    expect(await stranger.socket.next((f) => f.type === "error")).toMatchObject({
      code: "validation_failed",
      ref: "w",
    });

    const count = await server()
      .parley.ctx.store.db.selectFrom("messages")
      .select("seq")
      .where("conversation_id", "=", owner.conversationId)
      .execute();
    expect(count).toHaveLength(1);
  });

  it("visitor text and marketer text never reach the client as markup", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const stream = {
      schemaVersion: 1,
      startCardId: "name",
      cards: [
        {
          id: "name",
          type: "capture",
          kind: "text",
          text: "Your name? <img src=x onerror=alert(1)>",
          field: "person.firstName",
          next: "hi",
        },
        {
          id: "hi",
          type: "message",
          text: "Hi {{person.firstName}}! [click](javascript:alert(1)) <script>alert(2)</script>",
        },
      ],
    };
    const dialogueId = await publishStream(admin, site.id, stream);
    const visitor = await TestVisitor.arrive(server(), site);
    await visitor.start(dialogueId);
    const prompt = await visitor.bot("capture");
    expect(JSON.stringify(prompt.body.text)).toContain("<img src=x onerror=alert(1)>");
    visitor.send({ kind: "answer", value: "**Eve** [x](javascript:alert(3)) <b>" });
    const hi = await visitor.bot("message");
    const segments = hi.body.text as { text: string; href?: string; bold?: boolean }[];
    expect(segments.every((s) => s.href === undefined)).toBe(true);
    expect(segments.some((s) => s.bold)).toBe(false);
    expect(segments.map((s) => s.text).join("")).toContain("**Eve** [x](javascript:alert(3)) <b>");
    expect(segments.map((s) => s.text).join("")).toContain("<script>alert(2)</script>");
  });

  it("a Branch on a saved segment sees the answers just saved; tokens read the company", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const segment = await admin.post<{ id: string }>(`/api/sites/${site.id}/segments`, {
      name: "Professionals",
      conditions: {
        match: "all",
        conditions: [{ type: "attribute", attribute: "person.plan", operator: "is", value: "pro" }],
      },
    });
    const text = (id: string, body: string) => ({ id, type: "message", text: body });
    const dialogueId = await publishStream(admin, site.id, {
      schemaVersion: 1,
      startCardId: "plan",
      cards: [
        {
          id: "plan",
          type: "question",
          text: "Which plan?",
          answers: [
            { id: "p", label: "Pro", value: "pro" },
            { id: "h", label: "Hobby", value: "hobby" },
          ],
          saveTo: "person.plan",
          next: "company",
        },
        {
          id: "company",
          type: "capture",
          kind: "text",
          text: "Your company?",
          field: "company.name",
          next: "route",
        },
        {
          id: "route",
          type: "branch",
          branches: [
            {
              id: "b1",
              conditions: {
                match: "all",
                conditions: [{ type: "segment", segmentId: segment.body.id, operator: "is" }],
              },
              next: "pro",
            },
          ],
          elseNext: "hobby",
        },
        text("pro", 'Welcome, professional from {{company.name | "somewhere"}}'),
        text("hobby", "Welcome, hobbyist"),
      ],
    });
    const run = async (plan: string) => {
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      await visitor.bot("question");
      visitor.send({ kind: "answer", value: plan });
      await visitor.bot("capture");
      visitor.send({ kind: "answer", value: "Acme Ltd" });
      const reply = await visitor.bot("message");
      return (reply.body.text as { text: string }[]).map((t) => t.text).join("");
    };
    expect(await run("pro")).toBe("Welcome, professional from Acme Ltd");
    expect(await run("hobby")).toBe("Welcome, hobbyist");
  });
});

describeEachDatabase("bot response delay", (server) => {
  it("shows typing for the site's response delay before each bot message", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin, { branding: { responseDelaySeconds: 0.3 } });
    const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
    const visitor = await TestVisitor.arrive(server(), site);
    await visitor.start(dialogueId);
    const typing = await visitor.socket.next((f) => f.type === "typing");
    const typingAt = Date.now();
    expect(typing).toMatchObject({ author: "bot", conversationId: visitor.conversationId });
    await visitor.bot("question");
    expect(Date.now() - typingAt).toBeGreaterThanOrEqual(250);
  });
});
