import type { Logger } from "pino";

export interface Job {
  name: string;
  everyMs: number;
  run(): Promise<unknown>;
}

/**
 * Runs periodic jobs in this process. Every job must be safe to run on several nodes at once
 * (claim rows with conditional updates); a failing run is logged and retried at the next tick.
 */
export function startScheduler(jobs: Job[], log: Logger): () => void {
  const timers = jobs.map((job) => {
    let running = false;
    const timer = setInterval(async () => {
      if (running) return;
      running = true;
      try {
        const result = await job.run();
        if (result) log.debug({ job: job.name, result }, "job ran");
      } catch (err) {
        log.error({ err, job: job.name }, "job failed");
      } finally {
        running = false;
      }
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}
