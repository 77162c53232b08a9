import { expect, it } from "vitest";
import { describeEachDatabase } from "../testing/describeEachDatabase";

type Schema = { type?: string; properties?: Record<string, Schema>; required?: string[]; enum?: string[] };
type Operation = {
  parameters?: { in: string }[];
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, { content?: { "application/json"?: { schema: Schema } } }>;
};
type Document = { paths: Record<string, Record<string, Operation>> };

describeEachDatabase("the OpenAPI document's error responses", (server) => {
  it("lists, for every operation, the errors it can answer, each with the one error schema", async () => {
    const doc = (await server().anonymous().get<Document>("/api/openapi.json")).body;
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThan(40);
    for (const { path, method, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      const statuses = Object.keys(op.responses);
      const errors = statuses.filter((s) => Number(s) >= 400);
      expect(errors, where).toContain("500");
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (!isPublic) expect(errors, where).toContain("401");
      // A cookie-authenticated write can always fail its CSRF check.
      if (!isPublic && method !== "get") expect(errors, where).toContain("403");
      if (op.requestBody) expect(errors, where).toEqual(expect.arrayContaining(["400", "413"]));
      if (op.parameters?.some((p) => p.in === "path")) expect(errors, where).toContain("404");
      if (method === "post" || method === "patch") expect(errors, where).toContain("409");
      for (const status of errors) {
        const schema = op.responses[status]?.content?.["application/json"]?.schema;
        const error = schema?.properties?.error;
        expect(error?.required, `${where} ${status}`).toEqual(
          expect.arrayContaining(["code", "message", "requestId"]),
        );
        expect(error?.properties?.code?.enum, `${where} ${status}`).toContain("rate_limited");
      }
    }
    const signIn = doc.paths["/api/auth/sign-in"]?.post;
    expect(Object.keys(signIn?.responses ?? {})).toEqual(expect.arrayContaining(["401", "429"]));
    expect(signIn?.security).toEqual([]);
  });

  it("an error sent through a documented status still has the one format", async () => {
    const res = await server()
      .anonymous()
      .post<{ error: { code: string; requestId: string } }>("/api/auth/sign-in", {
        email: "nobody@example.com",
        password: "wrong-password",
      });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("invalid_credentials");
    expect(res.body.error.requestId).toBe(res.headers.get("x-request-id"));
  });
});
