import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  POSTGRES_TEST_URL,
  REDIS_TEST_URL,
  type TestDatabase,
} from "../../testing/testDatabases";
import { selfSignedCert } from "../../testing/selfSignedCert";
import { startTestServer, type TestServer } from "../../testing/testServer";
import { publishStream, quickSite, TestVisitor } from "../../testing/visitorClient";
import { freePort } from "../../testing/freePort";

const SERVER_ROOT = path.resolve(import.meta.dirname, "../../..");

/**
 * A node killed in the middle of a Webhook card's call: the call is a job in the database, so the other
 * node takes it over once the dead node's lease has run out, makes the call, and the visitor goes on.
 */
describe.skipIf(!POSTGRES_TEST_URL || !REDIS_TEST_URL)("Webhook card on two nodes [postgres + redis]", () => {
  const { cert, key } = selfSignedCert();
  const certDir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-ca-"));
  const caFile = path.join(certDir, "ca.pem");
  fs.writeFileSync(caFile, cert);
  const calls: string[] = [];
  let callArrived: (n: number) => Promise<void>;
  let hook: https.Server;
  let hookUrl: string;
  let db: TestDatabase;
  let nodeB: TestServer;
  let nodeA: ChildProcess | null = null;
  let nodeAUrl = "";

  beforeAll(async () => {
    const waiting = new Map<number, () => void>();
    callArrived = (n) =>
      calls.length >= n ? Promise.resolve() : new Promise((resolve) => waiting.set(n, resolve));
    hook = https.createServer({ cert, key }, (request, response) => {
      request.resume();
      calls.push(String(request.url));
      waiting.get(calls.length)?.();
      // The first call is the one the dying node makes: it never gets an answer.
      if (calls.length === 1) return;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ plan: "gold" }));
    });
    await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
    hookUrl = `https://127.0.0.1:${(hook.address() as { port: number }).port}/hook`;

    db = await createTestDatabase("postgres");
    // The webhook server is on loopback: outbound calls reach it only through the allow-list.
    const env = {
      REDIS_URL: REDIS_TEST_URL as string,
      JOB_LEASE_SECONDS: "2",
      PARLEY_OUTBOUND_ALLOW: "127.0.0.1",
    };
    // Node B runs no jobs until node A has taken the call, so the test knows who holds it.
    nodeB = await startTestServer(db, {
      env,
      options: { webhook: { ca: cert }, jobs: { start: false, pollMs: 100 } },
    });
    nodeA = await startChildNode({
      ...env,
      DATABASE_URL: db.config.kind === "postgres" ? db.config.url : "",
      NODE_EXTRA_CA_CERTS: caFile,
    });
    nodeAUrl = (nodeA as ChildProcess & { url: string }).url;
  }, 60_000);

  afterAll(async () => {
    if (nodeA && nodeA.exitCode === null && nodeA.signalCode === null) nodeA.kill("SIGKILL");
    await nodeB?.close();
    await db?.drop();
    hook?.closeAllConnections();
    await new Promise((resolve) => hook?.close(resolve));
    fs.rmSync(certDir, { recursive: true, force: true });
  });

  it("node A dies mid-call; node B makes the call and the visitor's conversation goes on", async () => {
    const admin = await nodeB.admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, {
      schemaVersion: 1,
      startCardId: "ask",
      cards: [
        {
          id: "ask",
          type: "question",
          text: "Check your plan?",
          answers: [{ id: "yes", label: "Yes", value: "yes" }],
          next: "call",
        },
        { id: "call", type: "webhook", url: hookUrl, success: "gold", failure: "sorry" },
        { id: "gold", type: "message", text: "You are on the gold plan." },
        { id: "sorry", type: "message", text: "We could not check your plan." },
      ],
    });

    // The visitor talks to node A.
    const visitor = await TestVisitor.arrive({ url: nodeAUrl } as TestServer, site);
    await visitor.start(dialogueId);
    await visitor.bot("question");
    visitor.send({ kind: "answer", value: "yes" });
    await callArrived(1);

    // Node A is killed while its call is open; the visitor's connection drops with it.
    const exited = new Promise((resolve) => nodeA?.once("exit", resolve));
    nodeA?.kill("SIGKILL");
    await exited;
    await visitor.socket.closed;
    const held = await nodeB.parley.ctx.store.db
      .selectFrom("jobs")
      .select(["status", "attempts"])
      .where("kind", "=", "webhook.call")
      .executeTakeFirstOrThrow();
    expect(held).toMatchObject({ status: "running", attempts: 1 });

    // The visitor's widget reconnects through the load balancer, now to node B, and resumes.
    visitor.socket = await TestVisitor.connect(nodeB, site, visitor.token);
    const settled = nodeB.parley.ctx.jobs.waitFor((j) => j.job.kind === "webhook.call");
    await nodeB.parley.ctx.jobs.start();
    await callArrived(2);
    // Whether the reply comes live or with the resume, the visitor sees it.
    const saysGold = (f: { type: string; messages?: unknown }) =>
      f.type === "conversation.messages" && JSON.stringify(f.messages).includes("gold plan");
    const reply = visitor.socket.next(saysGold, 30_000);
    visitor.socket.send({
      type: "conversation.resume",
      ref: "r1",
      conversationId: visitor.conversationId,
      afterSeq: 0,
    });
    await reply;
    expect((await settled).outcome).toBe("done");
    expect(calls).toHaveLength(2);
    const job = await nodeB.parley.ctx.store.db
      .selectFrom("jobs")
      .select(["status", "attempts", "locked_by"])
      .where("kind", "=", "webhook.call")
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: "done", attempts: 2, locked_by: nodeB.parley.ctx.jobs.nodeId });
  }, 60_000);
});

/** `apps/server/src/main.ts` in its own process (so it can be killed), on a free port. */
async function startChildNode(env: Record<string, string>): Promise<ChildProcess & { url: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-node-"));
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: SERVER_ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  }) as ChildProcess & { url: string };
  let out = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /is running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`node A exited (${code}) before listening:\n${out}`)));
  });
  child.once("exit", () => fs.rmSync(dataDir, { recursive: true, force: true }));
  return child;
}
