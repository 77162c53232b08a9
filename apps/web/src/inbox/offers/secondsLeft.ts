/** Whole seconds until `expiresAt` at `nowMs` (the server's clock as this browser estimates it), ≥ 0. */
export function secondsLeft(expiresAt: string, nowMs: number): number {
  const end = Date.parse(expiresAt);
  return Number.isNaN(end) ? 0 : Math.max(0, Math.ceil((end - nowMs) / 1000));
}

/** 83 → "1:23". */
export function formatCountdown(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
