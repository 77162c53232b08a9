import crypto from "node:crypto";
import https from "node:https";
import { afterAll, expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { selfSignedCert } from "../../testing/selfSignedCert";
import { publishStream, quickSite, TestVisitor } from "../../testing/visitorClient";
import { webhookSecret } from "./runWebhookJob";

// A real HTTPS server on loopback with a throw-away self-signed certificate.
const { cert, key } = selfSignedCert();

type Received = { signature: string; body: string };
const received: Received[] = [];
let reply: { status: number; body: unknown } = { status: 200, body: {} };
const hook = https.createServer({ cert, key }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    received.push({
      signature: String(req.headers["x-parley-signature"]),
      body: Buffer.concat(chunks).toString(),
    });
    res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body));
  });
});
await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
const hookUrl = `https://127.0.0.1:${(hook.address() as { port: number }).port}/enrich`;
afterAll(async () => {
  await new Promise((resolve) => hook.close(resolve));
});

let nextRandom = 0.1;

describeEachDatabase(
  "effects performed for real",
  (server) => {
    it("Webhook card: signed HTTPS call, response mapped to fields, success and failure branches", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      const stream = {
        schemaVersion: 1,
        startCardId: "email",
        cards: [
          {
            id: "email",
            type: "capture",
            kind: "email",
            text: "Email?",
            field: "person.email",
            next: "hook",
          },
          {
            id: "hook",
            type: "webhook",
            url: hookUrl,
            responseMapping: [
              { path: "company.name", field: "company.name" },
              { path: "title", field: "person.jobTitle" },
            ],
            success: "ok",
            failure: "ko",
          },
          { id: "ok", type: "message", text: "Welcome, {{company.name}}!" },
          { id: "ko", type: "message", text: "We could not look you up." },
        ],
      };
      const dialogueId = await publishStream(admin, site.id, stream);

      reply = { status: 200, body: { company: { name: "Acme Rockets" }, title: "CTO" } };
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      await visitor.bot("capture");
      visitor.send({ kind: "answer", value: "wile@acme.test" });
      const welcome = await visitor.bot("message");
      expect((welcome.body.text as { text: string }[]).map((s) => s.text).join("")).toBe(
        "Welcome, Acme Rockets!",
      );

      const call = received.at(-1) as Received;
      const payload = JSON.parse(call.body) as { person: { email: string }; conversation: { id: string } };
      expect(payload.person.email).toBe("wile@acme.test");
      expect(payload.conversation.id).toBe(visitor.conversationId);
      const [t, v1] = call.signature.split(",").map((p) => p.split("=")[1]);
      const expected = crypto
        .createHmac("sha256", webhookSecret(server().parley.ctx.secretKey, site.id))
        .update(`${t}.${call.body}`)
        .digest("hex");
      expect(v1).toBe(expected);

      const people = await admin.get<{ items: { jobTitle: string; companyId: string }[] }>(
        `/api/sites/${site.id}/people?q=wile`,
      );
      expect(people.body.items[0]?.jobTitle).toBe("CTO");

      reply = { status: 500, body: { error: "down" } };
      const second = await TestVisitor.arrive(server(), site);
      await second.start(dialogueId);
      await second.bot("capture");
      second.send({ kind: "answer", value: "road@runner.test" });
      const sorry = await second.bot("message");
      expect((sorry.body.text as { text: string }[])[0]?.text).toBe("We could not look you up.");
    });

    it("Webhook card: a host that resolves to a private address is refused, the failure branch runs and the error is recorded", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      const port = (hook.address() as { port: number }).port;
      const stream = {
        schemaVersion: 1,
        startCardId: "hook",
        cards: [
          {
            id: "hook",
            type: "webhook",
            // The same loopback server, named so that only DNS tells where it is (the allow-list names 127.0.0.1).
            url: `https://localhost:${port}/enrich`,
            responseMapping: [],
            success: "ok",
            failure: "ko",
          },
          { id: "ok", type: "message", text: "Called." },
          { id: "ko", type: "message", text: "Not called." },
        ],
      };
      const dialogueId = await publishStream(admin, site.id, stream);
      const calls = received.length;
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      const message = await visitor.bot("message");
      expect((message.body.text as { text: string }[])[0]?.text).toBe("Not called.");
      expect(received.length).toBe(calls);
      const event = await server()
        .parley.ctx.store.db.selectFrom("events")
        .select("data")
        .where("conversation_id", "=", visitor.conversationId)
        .where("type", "=", "webhook_called")
        .executeTakeFirstOrThrow();
      expect(JSON.parse(event.data)).toMatchObject({
        ok: false,
        error: expect.stringMatching(
          /^refused: localhost resolves to (127\.0\.0\.1|::1), not a public address \(loopback\)$/,
        ),
      });
    });

    it("Split card: weighted choice that sticks to the visitor across conversations", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      const stream = {
        schemaVersion: 1,
        startCardId: "ab",
        cards: [
          {
            id: "ab",
            type: "split",
            branches: [
              { id: "a", weight: 1, next: "ma" },
              { id: "b", weight: 3, next: "mb" },
            ],
          },
          { id: "ma", type: "message", text: "Variant A" },
          { id: "mb", type: "message", text: "Variant B" },
        ],
      };
      const dialogueId = await publishStream(admin, site.id, stream, { kind: "flow" });
      const variant = async (v: TestVisitor) => {
        await v.start(dialogueId);
        return ((await v.bot("message")).body.text as { text: string }[])[0]?.text;
      };
      nextRandom = 0.1; // 0.1 < 1/4: branch a
      const visitor = await TestVisitor.arrive(server(), site);
      expect(await variant(visitor)).toBe("Variant A");
      nextRandom = 0.9;
      expect(await variant(visitor)).toBe("Variant A");
      const other = await TestVisitor.arrive(server(), site);
      expect(await variant(other)).toBe("Variant B");
    });

    it("Answer card searches the answer library; Consent records the text, answer and time", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin, { privacyUrl: "https://example.com/privacy" });
      await admin.post(`/api/sites/${site.id}/answers`, {
        question: "Do you offer a free trial?",
        answer: "Yes, 14 days.",
        keywords: ["trial"],
      });
      const stream = {
        schemaVersion: 1,
        startCardId: "ask",
        cards: [
          {
            id: "ask",
            type: "answer",
            text: "Ask me anything",
            maxQuestions: 1,
            matched: "consent",
            noMatch: "consent",
          },
          {
            id: "consent",
            type: "consent",
            text: "May we email you news?",
            accepted: "yay",
            declined: "nay",
          },
          { id: "yay", type: "message", text: "Subscribed." },
          { id: "nay", type: "message", text: "No problem." },
        ],
      };
      const dialogueId = await publishStream(admin, site.id, stream);
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      await visitor.bot("answerPrompt");
      visitor.send({ kind: "answer", value: "is there a fre trial?" });
      const answered = await visitor.bot("message");
      expect(JSON.stringify(answered.body.text)).toContain("Yes, 14 days.");
      await visitor.bot("consent");
      visitor.send({ kind: "consent", accepted: true });
      expect(((await visitor.bot("message")).body.text as { text: string }[])[0]?.text).toBe("Subscribed.");

      const consent = await server()
        .parley.ctx.store.db.selectFrom("activities")
        .select(["data"])
        .where("visitor_id", "=", visitor.visitorId)
        .where("type", "=", "consent_given")
        .executeTakeFirstOrThrow();
      expect(JSON.parse(consent.data)).toMatchObject({
        accepted: true,
        text: "May we email you news?",
        at: expect.stringMatching(/^\d{4}-/),
      });
    });

    it("Flow card runs a published reusable flow, then continues; Goal, Action and Content are recorded", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      const flowId = await publishStream(
        admin,
        site.id,
        {
          schemaVersion: 1,
          startCardId: "f1",
          cards: [
            {
              id: "f1",
              type: "capture",
              kind: "text",
              text: "Your company?",
              field: "company.name",
              next: "f2",
            },
            { id: "f2", type: "message", text: "Noted." },
          ],
        },
        { kind: "flow" },
      );
      const dialogueId = await publishStream(admin, site.id, {
        schemaVersion: 1,
        startCardId: "run",
        cards: [
          { id: "run", type: "flow", flowId, next: "act" },
          { id: "act", type: "action", field: "person.lifecycle", value: "lead", next: "goal" },
          { id: "goal", type: "goal", goal: "Qualified", score: 3, next: "doc" },
          {
            id: "doc",
            type: "content",
            title: "Pricing guide",
            url: "https://example.com/guide.pdf",
            kind: "pdf",
            next: "bye",
          },
          { id: "bye", type: "message", text: "Thanks, {{company.name}}." },
        ],
      });
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      expect((await visitor.bot("capture")).body.text).toEqual([{ text: "Your company?" }]);
      visitor.send({ kind: "answer", value: "Initech" });
      await visitor.bot("message");
      expect((await visitor.bot("content")).body).toMatchObject({
        title: "Pricing guide",
        url: "https://example.com/guide.pdf",
      });
      const bye = await visitor.bot("message");
      expect(bye.status).toBe("completed");
      expect(JSON.stringify(bye.body.text)).toContain("Thanks, Initech.");

      const db = server().parley.ctx.store.db;
      const conv = await db
        .selectFrom("conversations")
        .selectAll()
        .where("id", "=", visitor.conversationId)
        .executeTakeFirstOrThrow();
      expect(conv.score).toBe(3);
      const person = await db
        .selectFrom("people")
        .selectAll()
        .where("id", "=", conv.person_id as string)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(person.fields)).toMatchObject({ lifecycle: "lead" });
      const types = (
        await db.selectFrom("events").select("type").where("conversation_id", "=", conv.id).execute()
      ).map((e) => e.type);
      expect(types).toEqual(
        expect.arrayContaining(["goal_reached", "content_offered", "field_saved", "completed"]),
      );
    });

    it("an email that belongs to a known person joins it: fields merge, no duplicate person", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      const known = await admin.post<{ id: string }>(`/api/sites/${site.id}/people`, {
        email: "ada@lovelace.test",
        lastName: "Lovelace",
      });
      const dialogueId = await publishStream(admin, site.id, {
        schemaVersion: 1,
        startCardId: "name",
        cards: [
          {
            id: "name",
            type: "capture",
            kind: "text",
            text: "First name?",
            field: "person.firstName",
            next: "mail",
          },
          { id: "mail", type: "capture", kind: "email", text: "Email?", field: "person.email" },
        ],
      });
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      await visitor.bot("capture");
      visitor.send({ kind: "answer", value: "Ada" });
      await visitor.bot("capture");
      visitor.send({ kind: "answer", value: "ADA@lovelace.test" });
      await visitor.socket.next((f) => f.type === "conversation.messages" && f.status === "completed");

      const people = await admin.get<{ items: { id: string; firstName: string; lastName: string }[] }>(
        `/api/sites/${site.id}/people?q=lovelace`,
      );
      expect(people.body.items).toHaveLength(1);
      expect(people.body.items[0]).toMatchObject({
        id: known.body.id,
        firstName: "Ada",
        lastName: "Lovelace",
      });
      const all = await admin.get<{ items: unknown[] }>(`/api/sites/${site.id}/people`);
      expect(all.body.items).toHaveLength(1);
      const activity = await server()
        .parley.ctx.store.db.selectFrom("activities")
        .select("person_id")
        .where("visitor_id", "=", visitor.visitorId)
        .where("type", "=", "triggered")
        .executeTakeFirstOrThrow();
      expect(activity.person_id).toBe(known.body.id);
    });
  },
  // The webhook server is on loopback, which outbound calls refuse unless allowed.
  {
    env: { PARLEY_OUTBOUND_ALLOW: "127.0.0.1" },
    options: { webhook: { ca: cert }, random: () => nextRandom },
  },
);
