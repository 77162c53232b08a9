import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type SQLite from "better-sqlite3";

// Runs in the worker: its own connection to the same file; a PASSIVE checkpoint never waits for or
// blocks the writer, it copies what it can from the WAL into the database file and fsyncs there.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 0");
const checkpoint = () => {
  try {
    const [result] = db.pragma("wal_checkpoint(PASSIVE)");
    if (workerData.report) parentPort.postMessage({ log: result.log, checkpointed: result.checkpointed });
  } catch (error) {
    // SQLITE_BUSY (another checkpoint running) is fine: the next tick tries again.
    if (error.code !== "SQLITE_BUSY") parentPort.postMessage(String(error.message || error));
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on("message", () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  stop(): Promise<void>;
}

/**
 * SQLite's automatic checkpoint runs inside whichever commit crosses the WAL threshold, on the event
 * loop, and its fsync shows as a 10–30 ms stall in bot-step latency. Here the connection that serves
 * requests never checkpoints (`wal_autocheckpoint = 0`); a worker thread does it every `everyMs`.
 */
export function startWalCheckpointer(
  connection: SQLite.Database,
  file: string,
  options: {
    everyMs?: number;
    onError?: (message: string) => void;
    /** After each checkpoint: frames in the WAL and how many of them are now in the database file. */
    onCheckpoint?: (result: { log: number; checkpointed: number }) => void;
  } = {},
): WalCheckpointer {
  connection.pragma("wal_autocheckpoint = 0");
  // The WAL file is reused after each full checkpoint; this keeps it from staying large after a burst.
  connection.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve("better-sqlite3"),
      file,
      everyMs: options.everyMs ?? 1000,
      report: Boolean(options.onCheckpoint),
    },
  });
  const onError = options.onError ?? ((message) => console.error("SQLite checkpoint failed:", message));
  worker.on("message", (message: string | { log: number; checkpointed: number }) => {
    if (typeof message === "string") onError(message);
    else options.onCheckpoint?.(message);
  });
  worker.on("error", (error) => onError(error.message));
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  return {
    async stop() {
      // Held while it finishes: an unreferenced worker would let the process end before it closed.
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}
