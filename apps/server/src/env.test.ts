import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./env";

describe("configuration from the environment", () => {
  it("has working defaults: port 3000, SQLite in ./data/parley.db, no Redis", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: "sqlite", file: path.resolve("./data/parley.db") });
    expect(config.redisUrl).toBeNull();
    expect(config.publicUrl).toBe("http://localhost:3000");
  });

  it("resolves DATA_DIR and sqlite: paths from where npm was called (npm start runs inside apps/server)", () => {
    const root = path.resolve("/srv/parley");
    expect(loadConfig({ INIT_CWD: root }).database).toEqual({
      kind: "sqlite",
      file: path.join(root, "data", "parley.db"),
    });
    expect(loadConfig({ INIT_CWD: root, DATA_DIR: "state" }).dataDir).toBe(path.join(root, "state"));
    expect(loadConfig({ INIT_CWD: root, DATABASE_URL: "sqlite:db/x.db" }).database).toEqual({
      kind: "sqlite",
      file: path.join(root, "db", "x.db"),
    });
  });

  it("reads PostgreSQL, Redis, SMTP, PUBLIC_URL and LOG_LEVEL", () => {
    const config = loadConfig({
      PORT: "8080",
      DATABASE_URL: "postgres://u@db/parley",
      REDIS_URL: "redis://cache:6379",
      SMTP_URL: "smtp://mail:25",
      PUBLIC_URL: "https://chat.example.com/",
      LOG_LEVEL: "debug",
      SECRET_KEY: "x".repeat(40),
    });
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://u@db/parley" });
    expect(config.redisUrl).toBe("redis://cache:6379");
    expect(config.publicUrl).toBe("https://chat.example.com");
    expect(config.logLevel).toBe("debug");
    expect(config.smtpUrl).toBe("smtp://mail:25");
    expect(config.mailFrom).toBe("Parley <parley@localhost>");
  });

  it("takes MAIL_FROM as a bare address or a named one, and refuses anything else", () => {
    expect(loadConfig({ MAIL_FROM: "Acme Support <help@acme.example>" }).mailFrom).toBe(
      "Acme Support <help@acme.example>",
    );
    expect(loadConfig({ MAIL_FROM: "help@acme.example" }).mailFrom).toBe("help@acme.example");
    expect(() => loadConfig({ MAIL_FROM: "Acme Support" })).toThrow(
      /MAIL_FROM="Acme Support": must be an address/,
    );
  });

  it("reads PARLEY_OUTBOUND_ALLOW as a list of hosts and names a bad entry", () => {
    expect(loadConfig({}).outboundAllow).toEqual([]);
    expect(loadConfig({ PARLEY_OUTBOUND_ALLOW: "127.0.0.1, LocalHost,[::1]" }).outboundAllow).toEqual([
      "127.0.0.1",
      "localhost",
      "[::1]",
    ]);
    expect(() => loadConfig({ PARLEY_OUTBOUND_ALLOW: "127.0.0.1,https://x/" })).toThrow(
      /PARLEY_OUTBOUND_ALLOW=.*host names or IP addresses/,
    );
  });

  it("names every bad variable and what it expects", () => {
    const attempt = () =>
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud", SECRET_KEY: "short" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT="eighty"');
      expect(message).toContain('DATABASE_URL="mysql://x": must start with postgres://');
      expect(message).toContain('LOG_LEVEL="loud"');
      expect(message).toContain("SECRET_KEY");
      expect(message).toContain("at least 32 characters");
    }
  });

  it("reads the visitor rate limits as count/window, with defaults", () => {
    expect(loadConfig({}).limits).toEqual({
      newVisitors: { max: 60, windowMs: 600_000 },
      conversationStarts: { max: 30, windowMs: 600_000 },
      socketFrames: { max: 120, windowMs: 60_000 },
      meetingLinks: { max: 60, windowMs: 600_000 },
    });
    expect(loadConfig({ RATE_LIMIT_SOCKET_FRAMES: "10/30s" }).limits.socketFrames).toEqual({
      max: 10,
      windowMs: 30_000,
    });
    expect(() => loadConfig({ RATE_LIMIT_NEW_VISITORS: "lots" })).toThrow(
      /RATE_LIMIT_NEW_VISITORS="lots": must look like 60\/10m/,
    );
    expect(() => loadConfig({ RATE_LIMIT_CONVERSATION_STARTS: "0/1h" })).toThrow(
      /RATE_LIMIT_CONVERSATION_STARTS/,
    );
  });

  it("refuses Redis without a shared PostgreSQL database", () => {
    expect(() => loadConfig({ REDIS_URL: "redis://localhost:6379" })).toThrow(/DATABASE_URL=postgres/);
  });

  it("stops start-up with a non-zero exit code and the variable's name", async () => {
    const main = path.join(path.dirname(fileURLToPath(import.meta.url)), "main.ts");
    const tsx = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../node_modules/.bin/tsx");
    const run = promisify(execFile)(tsx, [main], {
      env: { ...process.env, PORT: "not-a-port", DATABASE_URL: "" },
    });
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('PORT="not-a-port"'),
    });
  });
});
