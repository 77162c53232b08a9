import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = path.resolve(here, "../../../../node_modules/.bin/tsx");
const cli = path.join(here, "migrateCli.ts");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("npm run migrate", () => {
  it("migrates the SQLite file under DATA_DIR, relative to where npm was called, and exits 0", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "parley-migrate-"));
    dirs.push(root);
    // npm runs the server's script inside apps/server and names the caller's folder in INIT_CWD.
    const env = { ...process.env, INIT_CWD: root, DATA_DIR: "./data", DATABASE_URL: "" };
    const first = await promisify(execFile)(tsx, [cli], { env, cwd: path.resolve(here, "../..") });
    expect(first.stdout).toContain("Applied: 0001_foundation");
    expect(fs.existsSync(path.join(root, "data", "parley.db"))).toBe(true);
    // The WAL was folded in as the store closed.
    expect(fs.existsSync(path.join(root, "data", "parley.db-wal"))).toBe(false);
    const again = await promisify(execFile)(tsx, [cli], { env, cwd: path.resolve(here, "../..") });
    expect(again.stdout).toContain("Database is up to date.");
    // Two cold tsx start-ups of the whole server: slow on a busy 2-core machine.
  }, 90_000);
});
