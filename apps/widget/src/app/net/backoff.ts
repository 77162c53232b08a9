/**
 * Delay before reconnect attempt `attempt` (0-based): exponential from 500 ms, capped at 30 s, with
 * "equal jitter" (half fixed, half random) so that thousands of visitors dropped by one server restart
 * do not all come back in the same instant.
 */
export function backoff(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
