import { EventEmitter } from "node:events";
import os from "node:os";
import type { Logger } from "pino";
import { clock, nowIso } from "../lib/clock";
import { randomToken } from "../lib/ids";
import { parseJson } from "../lib/json";
import type { Store } from "../store/db";
import type { JobTable } from "../store/schema";
import { claimJobs } from "./claimJobs";
import { enqueueJob } from "./enqueueJob";
import { backoffMs, PermanentJobError } from "./jobErrors";

/**
 * Runs one job. Throwing retries it later (exponential backoff); PermanentJobError fails it at once.
 * What it returns (e.g. `{ removed: 120 }` from a purge) is logged with the job.
 */
export type JobHandler = (payload: unknown, job: JobTable) => Promise<unknown>;

export interface JobQueueOptions {
  store: Store;
  log: Logger;
  /** Identifies this node in `locked_by`; unique per process by default. */
  nodeId?: string;
  /** How long a claim holds before another node may take the job over; renewed while it runs. */
  leaseMs?: number;
  /** How often due jobs are looked for when nothing wakes the worker. */
  pollMs?: number;
  /** Jobs this node runs at once. */
  concurrency?: number;
  backoff?: { baseMs: number; capMs: number };
}

export type JobOutcome = "done" | "retry" | "failed";
export interface SettledJob {
  job: JobTable;
  outcome: JobOutcome;
  error?: string;
}

interface Recurring {
  kind: string;
  everyMs: number;
}

/**
 * The durable job queue's worker on this node. Jobs are rows (see enqueueJob); any number of nodes
 * claim due ones with a lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL), renew it while they run, and
 * a job whose node died is taken over once its lease has expired. Delivery is at least once: handlers
 * make their effect idempotent (a conversation step checks it is still waiting for this job).
 */
export class JobQueue {
  readonly nodeId: string;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly recurring: Recurring[] = [];
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly events = new EventEmitter();
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private ticking: Promise<void> | null = null;
  private again = false;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly concurrency: number;
  private readonly backoff: { baseMs: number; capMs: number };

  constructor(private readonly options: JobQueueOptions) {
    this.nodeId = options.nodeId ?? `${os.hostname()}:${process.pid}:${randomToken(4)}`;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollMs = options.pollMs ?? 1_000;
    this.concurrency = options.concurrency ?? 4;
    this.backoff = options.backoff ?? { baseMs: 1_000, capMs: 60 * 60_000 };
    this.events.setMaxListeners(100);
  }

  /** Who runs jobs of this kind. Register every handler before start(). */
  register(kind: string, handler: JobHandler): this {
    this.handlers.set(kind, handler);
    return this;
  }

  /** A handler that runs every `everyMs` on one node at a time (one open job per kind, by dedupe key). */
  every(kind: string, everyMs: number, handler: JobHandler): this {
    this.recurring.push({ kind, everyMs });
    return this.register(kind, handler);
  }

  async start(): Promise<void> {
    await this.scheduleRecurring();
    this.running = true;
    this.schedule(0);
  }

  /** Makes sure each recurring kind has its one open job (a no-op where another node made it). */
  async scheduleRecurring(): Promise<void> {
    for (const r of this.recurring)
      await enqueueJob(this.options.store.db, { kind: r.kind, payload: {}, dedupeKey: `every:${r.kind}` });
  }

  /** Look for due jobs now (after a commit that enqueued one, or a test that moved the clock). */
  poke(): void {
    if (this.running) this.schedule(0);
  }

  /** Calls the listener each time a job this node ran is settled; returns the function that stops it. */
  onSettled(listener: (settled: SettledJob) => void): () => void {
    this.events.on("settled", listener);
    return () => this.events.off("settled", listener);
  }

  /** Resolves with the next settled job this node runs that matches. */
  waitFor(match: (settled: SettledJob) => boolean): Promise<SettledJob> {
    return new Promise((resolve) => {
      const stop = this.onSettled((settled) => {
        if (!match(settled)) return;
        stop();
        resolve(settled);
      });
    });
  }

  /**
   * Claims and runs due jobs until none is due; resolves with how many settled. For tests and tools;
   * the running worker does the same on its own.
   */
  async runDue(): Promise<number> {
    let count = 0;
    for (;;) {
      const claimed = await this.claim(this.concurrency);
      if (claimed.length === 0) return count;
      await Promise.all(claimed.map((job) => this.execute(job)));
      count += claimed.length;
    }
  }

  /**
   * Stops claiming, lets running jobs finish for up to `graceMs`, then releases what this node still
   * holds so another node takes it at once (a release does not count as an attempt).
   */
  async stop(graceMs = 10_000): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.ticking;
    let graceTimer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      graceTimer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.allSettled([...this.inFlight.values()]), grace]);
    clearTimeout(graceTimer);
    if (this.inFlight.size > 0) await this.release();
  }

  /** Stops as a crashed node would: no more claims, nothing released (tests of takeover). */
  abandon(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.ticking = this.tick().finally(() => {
        this.ticking = null;
        const again = this.again;
        this.again = false;
        this.schedule(again ? 0 : this.pollMs);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    const room = this.concurrency - this.inFlight.size;
    if (room <= 0) return;
    try {
      const claimed = await this.claim(room);
      for (const job of claimed) {
        const run = this.execute(job).finally(() => {
          this.inFlight.delete(job.id);
          this.poke();
        });
        this.inFlight.set(job.id, run);
      }
      if (claimed.length === room) this.again = true;
    } catch (err) {
      this.options.log.error({ err }, "claiming jobs failed");
    }
  }

  private claim(limit: number): Promise<JobTable[]> {
    return claimJobs(this.options.store, {
      kinds: [...this.handlers.keys()],
      limit,
      nodeId: this.nodeId,
      leaseMs: this.leaseMs,
    });
  }

  private async execute(job: JobTable): Promise<void> {
    const handler = this.handlers.get(job.kind);
    if (!handler) return;
    const { db } = this.options.store;
    if (job.attempts > job.max_attempts) {
      await this.settle(job, "failed", "the node running it stopped during its last attempt");
      return;
    }
    const renew = setInterval(
      () => {
        db.updateTable("jobs")
          .set({ lease_until: nowIso(this.leaseMs) })
          .where("id", "=", job.id)
          .where("locked_by", "=", this.nodeId)
          .execute()
          .catch((err: unknown) =>
            this.options.log.warn({ err, job: job.id }, "renewing a job lease failed"),
          );
      },
      Math.max(50, Math.floor(this.leaseMs / 3)),
    );
    renew.unref();
    try {
      const result = await handler(parseJson<unknown>(job.payload, null), job);
      clearInterval(renew);
      if (result !== undefined) this.options.log.info({ job: job.id, kind: job.kind, result }, "job done");
      await this.settle(job, "done");
    } catch (err) {
      clearInterval(renew);
      const message = err instanceof Error ? err.message : String(err);
      const final = err instanceof PermanentJobError || job.attempts >= job.max_attempts;
      this.options.log.warn({ err, job: job.id, kind: job.kind, attempt: job.attempts }, "job failed");
      await this.settle(job, final ? "failed" : "retry", message);
    }
  }

  private async settle(job: JobTable, outcome: JobOutcome, error?: string): Promise<void> {
    const now = nowIso();
    const recurring = this.recurring.find((r) => r.kind === job.kind);
    try {
      await this.options.store.db.transaction().execute(async (trx) => {
        const update = trx
          .updateTable("jobs")
          .where("id", "=", job.id)
          .where("locked_by", "=", this.nodeId)
          .where("status", "=", "running");
        const result =
          outcome === "retry"
            ? await update
                .set({
                  status: "queued",
                  run_at: new Date(clock().now() + backoffMs(job.attempts, this.backoff)).toISOString(),
                  lease_until: null,
                  locked_by: null,
                  last_error: error ?? null,
                  updated_at: now,
                })
                .executeTakeFirst()
            : await update
                .set({
                  status: outcome,
                  lease_until: null,
                  last_error: error ?? null,
                  updated_at: now,
                  finished_at: now,
                })
                .executeTakeFirst();
        // Lost the lease meanwhile: the node that took over settles it.
        if (result.numUpdatedRows === 0n) return;
        if (recurring && outcome !== "retry")
          await enqueueJob(trx, {
            kind: job.kind,
            payload: {},
            dedupeKey: `every:${job.kind}`,
            runAt: new Date(clock().now() + recurring.everyMs),
          });
      });
    } catch (err) {
      this.options.log.error({ err, job: job.id }, "settling a job failed");
      return;
    }
    this.events.emit("settled", { job, outcome, error } satisfies SettledJob);
  }

  private async release(): Promise<void> {
    const held = [...this.inFlight.keys()];
    if (held.length === 0) return;
    await this.options.store.db
      .updateTable("jobs")
      .set((eb) => ({
        status: "queued",
        lease_until: null,
        locked_by: null,
        attempts: eb("attempts", "-", 1),
        updated_at: nowIso(),
      }))
      .where("id", "in", held)
      .where("locked_by", "=", this.nodeId)
      .where("status", "=", "running")
      .execute();
  }
}
