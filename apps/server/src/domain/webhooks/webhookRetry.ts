/**
 * The retry schedule of a webhook delivery (docs/webhooks.md): after failed attempt n the next one
 * waits min(cap, base × 2^(n−1)), spread by ±25 % jitter so receivers that failed together are not
 * all called again in the same second. After MAX_DELIVERY_ATTEMPTS failures the delivery is dead.
 */
export const MAX_DELIVERY_ATTEMPTS = 12;
export const RETRY_BASE_MS = 60_000;
export const RETRY_CAP_MS = 4 * 60 * 60_000;
/** The deadline of one attempt, answer included. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** The wait after failed attempt `attempt` (1-based); `random` in [0, 1) — 0.5 gives the exact middle. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const exact = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exact * (0.75 + 0.5 * random()));
}
