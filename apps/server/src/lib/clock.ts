/** Where the server reads the time. Tests replace it (`setClock`) so nothing depends on the wall clock. */
export interface Clock {
  /** Milliseconds since the epoch, like Date.now(). */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

let current: Clock = systemClock;

/** The clock in force for this process. */
export const clock = (): Clock => current;

/** Replaces the process clock (tests); returns the function that puts the previous one back. */
export function setClock(next: Clock): () => void {
  const previous = current;
  current = next;
  return () => {
    current = previous;
  };
}

/** A clock that moves only when told: `advance(ms)` or `set(iso)`. */
export function frozenClock(startIso: string): Clock & { advance(ms: number): void; set(iso: string): void } {
  let now = Date.parse(startIso);
  if (Number.isNaN(now)) throw new Error(`frozenClock: not a date: ${startIso}`);
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    set: (iso) => {
      now = Date.parse(iso);
    },
  };
}

/** Now as the ISO text the store keeps; `offsetMs` moves it. */
export const nowIso = (offsetMs = 0): string => new Date(current.now() + offsetMs).toISOString();
