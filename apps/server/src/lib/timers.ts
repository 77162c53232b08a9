/**
 * Where the server schedules work for later (a debounce, a renewal). Tests hand in `manualTimers()`
 * and move it themselves, so nothing waits on the wall clock.
 */
export interface Timers {
  /** Runs `run` once after `ms`; returns the function that cancels it. */
  after(ms: number, run: () => void): () => void;
  /** Runs `run` every `ms`; returns the function that stops it. */
  every(ms: number, run: () => void): () => void;
}

/** Node's timers; they never keep the process alive on their own. */
export const systemTimers: Timers = {
  after(ms, run) {
    const timer = setTimeout(run, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
  every(ms, run) {
    const timer = setInterval(run, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

export interface ManualTimers extends Timers {
  /** Moves time forward by `ms`, running what comes due in order (a repeating timer once per period). */
  advance(ms: number): void;
  /** How many timers are scheduled now. */
  pending(): number;
}

/** Timers that move only when told (tests). */
export function manualTimers(): ManualTimers {
  let now = 0;
  let nextId = 0;
  const scheduled = new Map<number, { at: number; every: number | null; run: () => void }>();
  const add = (ms: number, run: () => void, every: number | null) => {
    const id = nextId++;
    scheduled.set(id, { at: now + ms, every, run });
    return () => void scheduled.delete(id);
  };
  return {
    after: (ms, run) => add(ms, run, null),
    every: (ms, run) => add(Math.max(1, ms), run, Math.max(1, ms)),
    advance(ms) {
      const until = now + ms;
      for (;;) {
        let due: [number, { at: number; every: number | null; run: () => void }] | undefined;
        for (const entry of scheduled)
          if (entry[1].at <= until && (!due || entry[1].at < due[1].at)) due = entry;
        if (!due) break;
        const [id, timer] = due;
        now = timer.at;
        if (timer.every === null) scheduled.delete(id);
        else timer.at += timer.every;
        timer.run();
      }
      now = until;
    },
    pending: () => scheduled.size,
  };
}
