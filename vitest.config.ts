import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "e2e/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Store suites create their own databases; running files in parallel on 2 cores is fine.
    pool: "forks",
    // Most files wait on databases, sockets and Chromium rather than the CPU: three at once on a
    // 2-core machine (Vitest's default there is one) roughly halves the suite's wall time.
    maxWorkers: 3,
    // `expect.poll` waits for what a user would wait for (a bot's typing delay, a save); Vitest's
    // default of 1 s is shorter than a busy CI machine may take. A poll that succeeds returns at once.
    expect: { poll: { timeout: 10_000 } },
  },
});
