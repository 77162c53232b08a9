import type { RunContext } from "../runner/runContext";

/** A run context with a fixed clock (Wednesday 2025-01-15 10:00 UTC) and random 0, for tests. */
export function buildRunContext(overrides: Partial<RunContext> = {}): RunContext {
  return { now: "2025-01-15T10:00:00.000Z", random: 0, person: {}, company: {}, visitor: {}, ...overrides };
}
