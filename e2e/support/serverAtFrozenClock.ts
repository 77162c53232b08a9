/**
 * The Parley server (apps/server/src/main.ts) with its clock stopped at PARLEY_E2E_FROZEN_CLOCK (an ISO
 * instant): every message, session and event is stamped with that instant, so a browser test can assert
 * the exact time the widget shows. Used by startWidgetServer({ frozenClock }).
 *
 * With PARLEY_E2E_CLOCK_PORT set, a control server on that loopback port moves the clock:
 * `POST /advance?ms=N` moves it N ms forward and pokes the job worker, so timed jobs (inactivity,
 * offer and queue timeouts) come due at once. It lives only in this test harness, never in the product.
 */
import http from "node:http";
import { frozenClock, setClock } from "../../apps/server/src/lib/clock";
import { JobQueue } from "../../apps/server/src/jobs/jobQueue";

const at = process.env.PARLEY_E2E_FROZEN_CLOCK;
if (!at) throw new Error("serverAtFrozenClock: set PARLEY_E2E_FROZEN_CLOCK to an ISO instant");
const serverClock = frozenClock(at);
setClock(serverClock);

const controlPort = process.env.PARLEY_E2E_CLOCK_PORT;
if (controlPort) {
  // main.ts keeps its node to itself: the worker is found when it starts, to be poked after a move.
  const workers: JobQueue[] = [];
  const start = JobQueue.prototype.start;
  JobQueue.prototype.start = function (this: JobQueue) {
    workers.push(this);
    return start.call(this);
  };
  const control = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const ms = Number(url.searchParams.get("ms"));
    if (request.method !== "POST" || url.pathname !== "/advance" || !Number.isInteger(ms) || ms < 0) {
      response
        .writeHead(400, { "content-type": "text/plain" })
        .end("POST /advance?ms=<non-negative integer>");
      return;
    }
    serverClock.advance(ms);
    for (const worker of workers) worker.poke();
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ now: new Date(serverClock.now()).toISOString() }));
  });
  control.listen(Number(controlPort), "127.0.0.1");
  // The control server must not keep the process alive once the server shuts down.
  control.unref();
}

await import("../../apps/server/src/main");
