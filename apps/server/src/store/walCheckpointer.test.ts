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

/** Ten bursts of ~1 MB of writes, with pauses between them. Returns the largest WAL file seen. */
async function writeBursts(db: SQLite.Database, file: string): Promise<number> {
  const insert = db.prepare("INSERT INTO notes (body) VALUES (?)");
  let largest = 0;
  for (let burst = 0; burst < 10; burst++) {
    db.transaction(() => {
      for (let i = 0; i < 250; i++) insert.run("x".repeat(4000));
    })();
    largest = Math.max(largest, fs.statSync(`${file}-wal`).size);
    await new Promise((resolve) => setTimeout(resolve, 250));
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
    const checkpointer = startWalCheckpointer(db, file, { everyMs: 50 });
    const bounded = await writeBursts(db, file);
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
