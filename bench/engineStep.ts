/**
 * The engine alone: sequential bot steps (answer → next card) called in-process, no sockets.
 * Shows the CPU cost of one step on SQLite.   npx tsx bench/engineStep.ts [steps]
 */
import { advanceConversation } from "../apps/server/src/domain/engine/advanceConversation";
import { startConversation } from "../apps/server/src/domain/engine/startConversation";
import { createTestDatabase } from "../apps/server/src/testing/testDatabases";
import { startTestServer } from "../apps/server/src/testing/testServer";
import { publishStream, quickSite } from "../apps/server/src/testing/visitorClient";

const db = await createTestDatabase("sqlite");
const server = await startTestServer(db);
const admin = await server.admin();
const site = await quickSite(admin);
const id = await publishStream(admin, site.id, {
  schemaVersion: 1,
  startCardId: "q",
  cards: [
    {
      id: "q",
      type: "question",
      text: 'Pick {{person.firstName | "x"}}',
      answers: [{ id: "a", label: "A", value: "a" }],
      saveTo: "person.interest",
      next: "m",
    },
    { id: "m", type: "message", text: "ok", next: "q" },
  ],
});
const res = await fetch(`${server.url}/api/widget/visitors`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ siteKey: site.siteKey }),
});
const { visitorId } = (await res.json()) as { visitorId: string };
const ctx = server.parley.ctx;
const conv = await startConversation(ctx, {
  siteId: site.id,
  visitorId,
  dialogueId: id,
  clientId: "startxxxxx",
  delivery: "chat",
});
const N = Number(process.argv[2] ?? 2000);
for (let i = 0; i < 200; i++)
  await advanceConversation(
    ctx,
    conv.conversation.id,
    { kind: "answer", value: "a" },
    { clientId: `w${i}xxxxxxxx` },
  );
const t = performance.now();
for (let i = 0; i < N; i++)
  await advanceConversation(
    ctx,
    conv.conversation.id,
    { kind: "answer", value: "a" },
    { clientId: `c${i}xxxxxxxx` },
  );
console.log(`${((performance.now() - t) / N).toFixed(3)} ms per step (sequential, in-process)`);
await server.close();
await db.drop();
