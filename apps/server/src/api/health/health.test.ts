import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";

describeEachDatabase("health", (server, kind) => {
  it("answers 200 with the database kind, Redis use and the version", async () => {
    const res = await server().anonymous().get("/healthz");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: "ok",
      database: kind,
      redis: false,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });
});
