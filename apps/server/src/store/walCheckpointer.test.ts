import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { startWalCheckpointer } from "./walCheckpointer";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function openFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-wal-"));
  dirs.push(dir);
  const file = path.join(dir, "test.db");
  const db = new SQLite(file);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
  return { db, file };
}

/** Ten bursts of ~1 MB of writes, `between` awaited after each. Returns the largest WAL file seen. */
async function writeBursts(
  db: SQLite.Database,
  file: string,
  between: () => Promise<void> = async () => {},
): Promise<number> {
  const insert = db.prepare("INSERT INTO notes (body) VALUES (?)");
  let largest = 0;
  for (let burst = 0; burst < 10; burst++) {
    db.transaction(() => {
      for (let i = 0; i < 250; i++) insert.run("x".repeat(4000));
    })();
    largest = Math.max(largest, fs.statSync(`${file}-wal`).size);
    await between();
  }
  return largest;
}

describe("SQLite WAL checkpoints off the request thread", () => {
  it("keeps the WAL from growing without the serving connection ever checkpointing", async () => {
    const unchecked = openFile();
    unchecked.db.pragma("wal_autocheckpoint = 0");
    const grown = await writeBursts(unchecked.db, unchecked.file);
    unchecked.db.close();
    expect(grown).toBeGreaterThan(9 * 1024 * 1024);

    const { db, file } = openFile();
    // Between bursts, wait for the worker to have copied every page into the database file (not for
    // some time to pass): page_count counts the pages still only in the WAL too.
    let checkpointed: () => void = () => {};
    const checkpointer = startWalCheckpointer(db, file, { everyMs: 50, onCheckpoint: () => checkpointed() });
    const copiedAll = () =>
      fs.statSync(file).size >=
      Number(db.pragma("page_count", { simple: true })) * Number(db.pragma("page_size", { simple: true }));
    const caughtUp = () =>
      new Promise<void>((resolve) => {
        checkpointed = () => {
          if (copiedAll()) resolve();
        };
      });
    const bounded = await writeBursts(db, file, caughtUp);
    expect(bounded).toBeLessThan(3 * 1024 * 1024);
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(0);

    await checkpointer.stop();
    db.close();
    // Closing the last connection folded the WAL into the database file.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const reopened = new SQLite(file, { readonly: true });
    expect(reopened.prepare("SELECT count(*) AS n FROM notes").get()).toEqual({ n: 2500 });
    reopened.close();
  });
});
