import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, PASSWORD } from "../../testing/factories";

type Refusal = { error: { code: string } };

describeEachDatabase("sign-in limits under parallel attempts", (server) => {
  it("checks at most five of 200 parallel guesses for one email; the right password is then refused", async () => {
    const admin = await server().admin();
    const victim = await buildUser(server(), admin, "live_agent");
    const attacker = server().anonymous();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        attacker.post<Refusal>("/api/auth/sign-in", {
          email: victim.email,
          // The right password at attempt 40, like the attack that got in.
          password: i === 39 ? PASSWORD : `wrong-${i}`,
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    const checked = statuses.filter((s) => s !== 429);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(195);
    if (!checked.includes(200)) {
      const late = await attacker.post<Refusal>("/api/auth/sign-in", {
        email: victim.email,
        password: PASSWORD,
      });
      expect(late.status).toBe(429);
      expect(late.body.error.code).toBe("rate_limited");
    }
  });

  it("checks at most 30 of 200 parallel guesses from one address across emails", async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        server()
          .anonymous()
          .post("/api/auth/sign-in", { email: `nobody-${i}@example.com`, password: "wrong-password" }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(30);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(170);
  });
});
