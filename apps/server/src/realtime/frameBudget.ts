import type { RateLimit } from "../env";
import { clock } from "../lib/clock";

/**
 * Counts one socket's frames in fixed windows. Returns, for each frame, 0 when it is within the limit,
 * or the seconds until the next window. A socket lives on one node for its whole life, so its count
 * needs no database; what a visitor can do across sockets and nodes is limited in the database
 * (conversation starts, new visitors).
 */
export function frameBudget(limit: RateLimit): () => number {
  let windowStart = Number.NEGATIVE_INFINITY;
  let used = 0;
  return () => {
    const now = clock().now();
    const current = Math.floor(now / limit.windowMs) * limit.windowMs;
    if (current !== windowStart) {
      windowStart = current;
      used = 0;
    }
    used += 1;
    return used <= limit.max ? 0 : Math.max(1, Math.ceil((current + limit.windowMs - now) / 1000));
  };
}
