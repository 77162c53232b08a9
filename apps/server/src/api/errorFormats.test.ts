import net from "node:net";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { demoSite } from "../testing/factories";
import type { TestServer } from "../testing/testServer";
import { WsClient } from "../testing/wsClient";

type Err = { error: { code: string; message: string; requestId: string } };

/** Sends raw HTTP bytes and reads the whole answer until the server closes (Node refuses before Fastify). */
async function rawRequest(server: TestServer, request: string): Promise<{ status: number; body: Err }> {
  const { port } = new URL(server.url);
  const text = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), "127.0.0.1", () => socket.end(request));
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString()));
    socket.on("close", () => resolve(data));
    socket.on("error", reject);
  });
  const [head = "", body = ""] = text.split("\r\n\r\n");
  return { status: Number(head.split(" ")[1]), body: JSON.parse(body) as Err };
}

const expectErrorFormat = (body: Err, code: string) => {
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
};

describeEachDatabase("error answers", (server) => {
  it("PATCH on a field with an empty body answers 200 with the field unchanged", async () => {
    const admin = await server().admin();
    const site = await demoSite(admin);
    const created = await admin.post<{ id: string; label: string }>(`/api/sites/${site.id}/fields`, {
      entity: "person",
      key: `plan_${crypto.randomUUID().slice(0, 6)}`,
      label: "Plan",
      type: "text",
    });
    expect(created.status).toBe(201);
    const res = await admin.patch<{ label: string }>(`/api/sites/${site.id}/fields/${created.body.id}`, {});
    expect(res.status).toBe(200);
    expect(res.body.label).toBe("Plan");
    const none = await admin.request<Err>("PATCH", `/api/sites/${site.id}/fields/${created.body.id}`);
    expect(none.status).toBe(400);
  });

  it("a frame whose ref is not a string gets an error frame, and the socket goes on", async () => {
    const admin = await server().admin();
    const socket = await WsClient.connect(`${server().url.replace("http", "ws")}/ws`, {
      cookie: admin.cookie ?? "",
      origin: server().url,
    });
    await socket.next((f) => f.type === "hello");
    socket.send('{"type":"ping","ref":{"toString":1}}');
    const first = await socket.next((f) => f.type === "error");
    expect(first).toMatchObject({ code: "validation_failed" });
    expect(first.ref).toBeUndefined();
    socket.send({ type: "ping", ref: 5 });
    expect((await socket.next((f) => f.type === "error")).ref).toBeUndefined();
    socket.send({ type: "ping", ref: "p1" });
    expect(await socket.next((f) => f.type === "pong")).toMatchObject({ ref: "p1" });
    socket.close();
  });

  it("a URL too long answers 414 in the one error format", async () => {
    const long = await server()
      .anonymous()
      .get<Err>(`/api/setup?x=${"a".repeat(9000)}`);
    expect(long.status).toBe(414);
    expectErrorFormat(long.body, "uri_too_long");
    const param = await server()
      .anonymous()
      .get<Err>(`/api/sites/${"a".repeat(300)}/people`);
    expect(param.status).toBe(414);
    expectErrorFormat(param.body, "uri_too_long");
    const huge = await rawRequest(
      server(),
      `GET /api/setup?x=${"a".repeat(40_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    );
    expect(huge.status).toBe(414);
    expectErrorFormat(huge.body, "uri_too_long");
  });

  it("headers too large answer 431 in the one error format", async () => {
    const res = await rawRequest(
      server(),
      `GET /api/setup HTTP/1.1\r\nHost: x\r\nX-Big: ${"b".repeat(40_000)}\r\n\r\n`,
    );
    expect(res.status).toBe(431);
    expectErrorFormat(res.body, "headers_too_large");
  });

  it("a bot avatar URL must be an http(s) URL when saved", async () => {
    const admin = await server().admin();
    const site = await demoSite(admin);
    for (const bad of [
      "javascript:alert(1)",
      "not a url",
      "ftp://example.com/a.png",
      "data:image/png;base64,AA",
    ]) {
      const res = await admin.patch<Err>(`/api/sites/${site.id}`, { branding: { botAvatarUrl: bad } });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    const ok = await admin.patch<{ branding: { botAvatarUrl: string } }>(`/api/sites/${site.id}`, {
      branding: { botAvatarUrl: "https://cdn.example.com/bot.png" },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.branding.botAvatarUrl).toBe("https://cdn.example.com/bot.png");
  });
});
