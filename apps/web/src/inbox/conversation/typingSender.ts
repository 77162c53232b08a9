export interface TypingClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface TypingSender {
  /** The agent typed something (a key in the composer). */
  typed(): void;
  /** The agent sent, cleared the text or left: "stopped typing", if "typing" was said. */
  stop(): void;
}

const browserClock: TypingClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as number),
};

/**
 * `chat.typing` for the visitor's "agent is typing…", throttled: "typing" at most once per
 * `repeatMs` while keys come (the visitor side forgets it after a while), "stopped" once `idleMs`
 * pass without a key, or at once on stop().
 */
export function createTypingSender(
  send: (typing: boolean) => void,
  {
    repeatMs = 3000,
    idleMs = 4000,
    clock = browserClock,
  }: { repeatMs?: number; idleMs?: number; clock?: TypingClock } = {},
): TypingSender {
  let lastSent: number | null = null;
  let idle: unknown = null;
  const stop = () => {
    if (idle !== null) clock.clearTimeout(idle);
    idle = null;
    if (lastSent === null) return;
    lastSent = null;
    send(false);
  };
  return {
    typed() {
      const now = clock.now();
      if (lastSent === null || now - lastSent >= repeatMs) {
        lastSent = now;
        send(true);
      }
      if (idle !== null) clock.clearTimeout(idle);
      idle = clock.setTimeout(stop, idleMs);
    },
    stop,
  };
}
