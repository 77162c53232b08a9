import fs from "node:fs";
import http from "node:http";
import { percentile } from "./percentile";

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time the server process spent per measured request (user + system), less sensitive to other load. */
  cpuPerRequest: number;
}

export interface LoadOptions {
  seconds: number;
  connections: number;
  /** Stop measuring after this many requests even if time is left. */
  max: number;
  headers?: Record<string, string>;
  /** Warm-up before measuring, in seconds. */
  warmup?: number;
}

/** CPU milliseconds a process has used so far (Linux /proc; its clock ticks are 1/100 s). */
const cpuMs = (pid: number) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/**
 * Closed loop: `connections` keep-alive connections each send the GET for the path `next()` gives
 * when the previous answer arrived, for `seconds` after the warm-up or until `max` requests.
 * A status other than 200 counts as an error.
 */
export async function closedLoop(
  base: string,
  pid: number,
  next: () => string,
  options: LoadOptions,
): Promise<LoadResult> {
  const { seconds, connections, max, headers = {}, warmup = 1 } = options;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const get = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const req = http.get(`${base}${path}`, { agent, headers }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
    });
  const latencies: number[] = [];
  let errors = 0;
  let measuring = false;
  let cpuAtStart = 0;
  let stopAt = performance.now() + (warmup + seconds) * 1000;
  let started = 0;
  setTimeout(() => {
    measuring = true;
    cpuAtStart = cpuMs(pid);
    started = performance.now();
    stopAt = started + seconds * 1000;
  }, warmup * 1000);
  const worker = async () => {
    while (performance.now() < stopAt && latencies.length < max) {
      const t0 = performance.now();
      const status = await get(next());
      if (!measuring) continue;
      if (status !== 200) errors++;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuMs(pid) - cpuAtStart;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: Math.round(sorted.length / elapsed),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors,
    cpuPerRequest: cpu / sorted.length,
  };
}
