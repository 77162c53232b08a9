import https from "node:https";
import { afterAll, describe, expect, it } from "vitest";
import { selfSignedCert } from "../../testing/selfSignedCert";
import { callWebhook } from "./callWebhook";

const { cert, key } = selfSignedCert();
const timers = new Set<NodeJS.Timeout>();
// /silent never answers; /trickle sends its headers, then one byte every 100 ms, for ever.
const server = https.createServer({ cert, key }, (request, response) => {
  request.resume();
  if (request.url === "/trickle") {
    response.writeHead(200, { "content-type": "application/json" });
    const timer = setInterval(() => response.write(" "), 100);
    timers.add(timer);
    response.on("close", () => clearInterval(timer));
  }
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
afterAll(async () => {
  for (const timer of timers) clearInterval(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("webhook calls have one deadline", () => {
  it("a server that never answers, or answers byte by byte, fails the call at the deadline", async () => {
    for (const pathname of ["/silent", "/trickle"]) {
      const result = await callWebhook(`${base}${pathname}`, { hello: 1 }, "secret", {
        ca: cert,
        timeoutMs: 600,
        allow: ["127.0.0.1"],
      });
      // The trickle never ends and never idles for 600 ms: only the deadline can end this call.
      expect(result).toMatchObject({ ok: false, error: "timed out" });
    }
  });

  it("refuses loopback, unspecified and mapped addresses, by name (after DNS) or spelled as numbers, without calling", async () => {
    const port = (server.address() as { port: number }).port;
    let reached = 0;
    server.on("request", () => (reached += 1));
    for (const host of ["localhost", "127.0.0.1", "[::1]", "0.0.0.0", "2130706433", "[::ffff:127.0.0.1]"]) {
      const result = await callWebhook(`https://${host}:${port}/silent`, {}, "secret", {
        ca: cert,
        timeoutMs: 600,
      });
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/^refused: .*not a public address/);
    }
    // The allow-list names hosts exactly: allowing 127.0.0.1 does not allow localhost.
    const named = await callWebhook(`https://localhost:${port}/silent`, {}, "secret", {
      ca: cert,
      timeoutMs: 600,
      allow: ["127.0.0.1"],
    });
    expect(named.error).toMatch(/^refused: localhost resolves to/);
    expect(reached).toBe(0);
  });

  it("refuses plain http without calling", async () => {
    expect(await callWebhook("http://127.0.0.1:1/x", {}, "s")).toEqual({
      ok: false,
      error: "only https URLs are called",
    });
  });
});
