/** Thrown by a job handler when trying again cannot help (bad payload, target gone): the job fails at once. */
export class PermanentJobError extends Error {}

/** The wait before attempt n+1: base × 2^(n−1), capped. */
export function backoffMs(attempt: number, { baseMs, capMs }: { baseMs: number; capMs: number }): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
