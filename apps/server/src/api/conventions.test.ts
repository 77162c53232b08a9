import { expect, it } from "vitest";
import { describeEachDatabase } from "../testing/describeEachDatabase";

type Err = { error: { code: string; message: string; details?: unknown; requestId: string } };

describeEachDatabase("REST API conventions", (server) => {
  it("errors have one shape with a request id that matches the X-Request-Id header", async () => {
    const res = await server().anonymous().get<Err>("/api/users");
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: "unauthenticated", message: expect.any(String) });
    expect(res.body.error.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("unknown fields are rejected with a message naming them, and nothing is created", async () => {
    const admin = await server().admin();
    const before = (await admin.get<unknown[]>("/api/teams")).body.length;
    const res = await admin.post<Err>("/api/teams", { name: "Sales", colour: "red" });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.message).toMatch(/colour/);
    expect((await admin.get<unknown[]>("/api/teams")).body.length).toBe(before);
  });

  it("wrong types and formats name the field", async () => {
    const admin = await server().admin();
    const res = await admin.post<Err>("/api/sites", { name: "Shop", allowedDomains: ["not a domain!"] });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/allowedDomains\.0 must be a domain/);
  });

  it("malformed JSON gets a clear 400", async () => {
    const admin = await server().admin();
    const res = await admin.request<Err>("POST", "/api/teams", "{not json", {});
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/not valid JSON/);
  });

  it("bodies over the limit get 413 payload_too_large", async () => {
    const admin = await server().admin();
    const res = await admin.post<Err>("/api/teams", { name: "x".repeat(300 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("unknown routes answer 404 in the same error shape", async () => {
    const res = await server().anonymous().get<Err>("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });

  it("serves the OpenAPI 3 document and browsable docs", async () => {
    const doc = await server()
      .anonymous()
      .get<{ openapi: string; paths: Record<string, unknown> }>("/api/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(["/api/users", "/api/sites/{siteId}/people", "/api/api-keys", "/api/teams"]),
    );
    const html = await fetch(`${server().url}/api/docs/`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain("swagger");
  });
});
