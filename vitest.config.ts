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
  },
});
