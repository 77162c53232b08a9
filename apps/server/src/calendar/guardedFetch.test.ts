import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardedFetch, OutboundRefusedError } from "./guardedFetch";

let server: http.Server;
let port: number;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/hop") res.writeHead(302, { location: `http://127.0.0.1:${port}/target` }).end();
    else if (req.url === "/via-name")
      res.writeHead(301, { location: `http://localhost:${port}/target` }).end();
    else
      res
        .writeHead(200, { "content-type": "text/plain", etag: '"x"' })
        .end(`you asked ${req.method} ${req.url}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("guardedFetch", () => {
  it("calls an allowed host and answers like fetch", async () => {
    const res = await guardedFetch({ allow: ["127.0.0.1"] })(`http://127.0.0.1:${port}/feed.ics`, {
      method: "PROPFIND",
      body: "<x/>",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"x"');
    expect(await res.text()).toBe("you asked PROPFIND /feed.ics");
  });

  it("refuses a private address before connecting, by literal and by name", async () => {
    const before = hits.length;
    await expect(guardedFetch({ allow: [] })(`http://127.0.0.1:${port}/feed.ics`)).rejects.toBeInstanceOf(
      OutboundRefusedError,
    );
    await expect(guardedFetch({ allow: [] })(`http://localhost:${port}/feed.ics`)).rejects.toMatchObject({
      code: "EOUTBOUNDREFUSED",
    });
    expect(hits.length).toBe(before);
  });

  it("checks every redirect hop: an allowed host cannot send the call to one that is not", async () => {
    const allowedByName = guardedFetch({ allow: ["localhost"] });
    await expect(allowedByName(`http://localhost:${port}/hop`)).rejects.toBeInstanceOf(OutboundRefusedError);
    expect(hits.at(-1)).toBe("/hop");
    const allowed = guardedFetch({ allow: ["127.0.0.1"] });
    expect(await (await allowed(`http://127.0.0.1:${port}/hop`)).text()).toBe("you asked GET /target");
  });

  it("hands a redirect back unfollowed when asked to (tsdav's discovery)", async () => {
    const res = await guardedFetch({ allow: ["127.0.0.1"] })(`http://127.0.0.1:${port}/hop`, {
      redirect: "manual",
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`http://127.0.0.1:${port}/target`);
  });
});
