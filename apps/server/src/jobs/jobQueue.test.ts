import pino from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { frozenClock, setClock } from "../lib/clock";
import { type Store, openStore } from "../store/db";
import { migrateToLatest } from "../store/migrate";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/testDatabases";
import { enqueueJob } from "./enqueueJob";
import { PermanentJobError } from "./jobErrors";
import { JobQueue } from "./jobQueue";
import { KEEP_DONE_MS, KEEP_FAILED_MS, purgeFinishedJobs } from "./purgeFinishedJobs";

const log = pino({ level: "silent" });

/** A handler that signals when it starts and runs until `finish()` (or for ever, if never called). */
function blockingHandler() {
  let started!: () => void;
  const running = new Promise<void>((resolve) => {
    started = resolve;
  });
  let finish!: () => void;
  const gate = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const handler = async () => {
    started();
    await gate;
  };
  return { handler, running, finish };
}
const T0 = "2026-03-01T10:00:00.000Z";

for (const kind of DATABASE_KINDS) {
  describe(`durable job queue [${kind}]`, () => {
    let db: TestDatabase;
    let store: Store;
    const time = frozenClock(T0);
    let restoreClock: () => void;
    const queues: JobQueue[] = [];
    const queue = (options: Partial<ConstructorParameters<typeof JobQueue>[0]> = {}) => {
      const q = new JobQueue({
        store,
        log,
        leaseMs: 30_000,
        backoff: { baseMs: 1_000, capMs: 8_000 },
        ...options,
      });
      queues.push(q);
      return q;
    };
    const job = (id: string) =>
      store.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

    beforeAll(async () => {
      restoreClock = setClock(time);
      db = await createTestDatabase(kind);
      store = openStore(db.config);
      await migrateToLatest(store.db);
    });
    afterEach(async () => {
      for (const q of queues.splice(0)) q.abandon();
      await store.db.deleteFrom("jobs").execute();
      time.set(T0);
    });
    afterAll(async () => {
      restoreClock();
      await store?.close();
      await db?.drop();
    });

    it("a job enqueued in a transaction that rolls back never runs; a committed one runs once", async () => {
      const ran: unknown[] = [];
      const q = queue().register("note", async (payload) => {
        ran.push(payload);
      });
      await expect(
        store.db.transaction().execute(async (trx) => {
          await enqueueJob(trx, { kind: "note", payload: { n: "lost" } });
          throw new Error("the caller's work failed");
        }),
      ).rejects.toThrow("the caller's work failed");
      await store.db
        .transaction()
        .execute((trx) => enqueueJob(trx, { kind: "note", payload: { n: "kept" } }));
      expect(await q.runDue()).toBe(1);
      expect(await q.runDue()).toBe(0);
      expect(ran).toEqual([{ n: "kept" }]);
    });

    it("waits for its run-at time", async () => {
      const q = queue().register("later", async () => {});
      const id = (await enqueueJob(store.db, {
        kind: "later",
        payload: {},
        runAt: new Date(Date.parse(T0) + 60_000),
      }))!;
      expect(await q.runDue()).toBe(0);
      time.advance(60_000);
      expect(await q.runDue()).toBe(1);
      expect((await job(id)).status).toBe("done");
    });

    it("retries with exponential backoff up to its cap, keeps the last error, then fails", async () => {
      let calls = 0;
      const q = queue().register("flaky", async () => {
        calls++;
        throw new Error(`refused #${calls}`);
      });
      const id = (await enqueueJob(store.db, { kind: "flaky", payload: {}, maxAttempts: 5 }))!;
      const waits: number[] = [];
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect(await q.runDue()).toBe(1);
        const row = await job(id);
        expect(row.attempts).toBe(attempt);
        expect(row.last_error).toBe(`refused #${attempt}`);
        if (attempt < 5) {
          expect(row.status).toBe("queued");
          const wait = Date.parse(row.run_at) - time.now();
          waits.push(wait);
          // Not a moment early.
          time.advance(wait - 1);
          expect(await q.runDue()).toBe(0);
          time.advance(1);
        } else expect(row.status).toBe("failed");
      }
      expect(waits).toEqual([1_000, 2_000, 4_000, 8_000]);
      time.advance(60 * 60_000);
      expect(await q.runDue()).toBe(0);
      expect(calls).toBe(5);
    });

    it("a permanent error fails the job at once", async () => {
      const q = queue().register("doomed", async () => {
        throw new PermanentJobError("the payload names no conversation");
      });
      const id = (await enqueueJob(store.db, { kind: "doomed", payload: {} }))!;
      await q.runDue();
      expect(await job(id)).toMatchObject({
        status: "failed",
        attempts: 1,
        last_error: "the payload names no conversation",
      });
    });

    it("a dedupe key keeps a second job out while the first is open, not after it is done", async () => {
      const q = queue().register("digest", async () => {});
      const first = await enqueueJob(store.db, { kind: "digest", payload: {}, dedupeKey: "digest:site-1" });
      expect(first).toBeTypeOf("string");
      expect(
        await enqueueJob(store.db, { kind: "digest", payload: {}, dedupeKey: "digest:site-1" }),
      ).toBeNull();
      expect(
        await enqueueJob(store.db, { kind: "digest", payload: {}, dedupeKey: "digest:site-2" }),
      ).toBeTypeOf("string");
      expect(await q.runDue()).toBe(2);
      expect(
        await enqueueJob(store.db, { kind: "digest", payload: {}, dedupeKey: "digest:site-1" }),
      ).toBeTypeOf("string");
    });

    it("a job held by a dead node is taken over once its lease expires", async () => {
      const call = blockingHandler(); // the node dies mid-call: this never returns
      const dead = queue({ nodeId: "dead-node", pollMs: 10 }).register("call", call.handler);
      const id = (await enqueueJob(store.db, { kind: "call", payload: { to: "x" } }))!;
      await dead.start();
      await call.running;
      dead.abandon();
      expect(await job(id)).toMatchObject({ status: "running", locked_by: "dead-node", attempts: 1 });

      const ran: string[] = [];
      const alive = queue({ nodeId: "alive-node" }).register("call", async () => {
        ran.push("alive");
      });
      expect(await alive.runDue()).toBe(0); // the lease still holds
      time.advance(30_001);
      expect(await alive.runDue()).toBe(1);
      expect(ran).toEqual(["alive"]);
      expect(await job(id)).toMatchObject({ status: "done", locked_by: "alive-node", attempts: 2 });
    });

    it("shutdown waits for a running job to finish", async () => {
      const quick = blockingHandler();
      const q = queue({ pollMs: 10 }).register("quick", quick.handler);
      const id = (await enqueueJob(store.db, { kind: "quick", payload: {} }))!;
      await q.start();
      await quick.running;
      const stopping = q.stop(60_000);
      quick.finish();
      await stopping;
      expect((await job(id)).status).toBe("done");
    });

    it("shutdown releases a job that outlasts the grace period, without counting the attempt", async () => {
      const slow = blockingHandler();
      const q = queue({ nodeId: "stopping", pollMs: 10 }).register("slow", slow.handler);
      const id = (await enqueueJob(store.db, { kind: "slow", payload: {} }))!;
      await q.start();
      await slow.running;
      await q.stop(0);
      expect(await job(id)).toMatchObject({ status: "queued", locked_by: null, attempts: 0 });
      // The stopped node's late finish changes nothing; another node runs the job.
      slow.finish();
      const other = queue({ nodeId: "other" }).register("slow", async () => {});
      expect(await other.runDue()).toBe(1);
      expect(await job(id)).toMatchObject({ status: "done", locked_by: "other", attempts: 1 });
    });

    it("a recurring job runs again after its period, one open job at a time", async () => {
      let runs = 0;
      const a = queue({ nodeId: "a" }).every("tick", 60_000, async () => {
        runs++;
      });
      const b = queue({ nodeId: "b" }).every("tick", 60_000, async () => {
        runs++;
      });
      await a.scheduleRecurring();
      await b.scheduleRecurring();
      expect(
        await store.db.selectFrom("jobs").select("id").where("kind", "=", "tick").execute(),
      ).toHaveLength(1);
      expect((await a.runDue()) + (await b.runDue())).toBe(1);
      time.advance(59_999);
      expect((await a.runDue()) + (await b.runDue())).toBe(0);
      time.advance(1);
      expect((await b.runDue()) + (await a.runDue())).toBe(1);
      expect(runs).toBe(2);
    });

    it("finished jobs are purged after their keeping time; open ones never", async () => {
      const q = queue()
        .register("ok", async () => {})
        .register("bad", async () => {
          throw new PermanentJobError("no");
        });
      const done = (await enqueueJob(store.db, { kind: "ok", payload: {} }))!;
      const failed = (await enqueueJob(store.db, { kind: "bad", payload: {} }))!;
      const open = (await enqueueJob(store.db, { kind: "ok", payload: {}, runAt: "2030-01-01T00:00:00Z" }))!;
      await q.runDue();
      const ids = async () =>
        (await store.db.selectFrom("jobs").select("id").execute()).map((r) => r.id).sort();
      expect(await purgeFinishedJobs(store.db, time.now() + KEEP_DONE_MS - 1)).toBe(0);
      expect(await purgeFinishedJobs(store.db, time.now() + KEEP_DONE_MS + 1)).toBe(1);
      expect(await ids()).toEqual([failed, open].sort());
      expect(await purgeFinishedJobs(store.db, time.now() + KEEP_FAILED_MS + 1)).toBe(1);
      expect(await ids()).toEqual([open]);
      expect(done).toBeTypeOf("string");
    });

    it("nodes claiming at the same time run every job exactly once", async () => {
      const seen = new Map<number, number>();
      const nodes = [1, 2, 3, 4].map((n) =>
        queue({ nodeId: `node-${n}`, concurrency: 3 }).register("count", async (payload) => {
          const { i } = payload as { i: number };
          seen.set(i, (seen.get(i) ?? 0) + 1);
        }),
      );
      for (let i = 0; i < 120; i++) await enqueueJob(store.db, { kind: "count", payload: { i } });
      const counts = await Promise.all(nodes.map((q) => q.runDue()));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(120);
      expect(seen.size).toBe(120);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
    });
  });
}
