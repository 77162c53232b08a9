import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, PASSWORD } from "../../testing/factories";
import { ADMIN } from "../../testing/testServer";

type Me = { user: { email: string; roleName: string }; permissions: string[]; csrfToken: string };

describeEachDatabase("sign-in, sessions and CSRF", (server) => {
  it("signs in with email and password and sets an HttpOnly, SameSite=Lax session cookie", async () => {
    const client = server().anonymous();
    const res = await client.post<Me>("/api/auth/sign-in", {
      email: ADMIN.email.toUpperCase(),
      password: ADMIN.password,
    });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe(ADMIN.email);
    expect(res.body.user.roleName).toBe("Admin");
    expect(res.body.permissions).toContain("users.manage");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^parley_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http on loopback
    expect((await client.get<Me>("/api/auth/me")).body.user.email).toBe(ADMIN.email);
  });

  it("refuses a wrong password with a clear 401 and no cookie", async () => {
    const client = server().anonymous();
    const res = await client.post<{ error: { code: string; message: string } }>("/api/auth/sign-in", {
      email: ADMIN.email,
      password: "not-the-password",
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("invalid_credentials");
    expect(res.headers.get("set-cookie")).toBeNull();
    expect((await client.get("/api/auth/me")).status).toBe(401);
  });

  it("rate-limits repeated failures for one email with 429 and Retry-After, even with the right password", async () => {
    const admin = await server().admin();
    const victim = await buildUser(server(), admin, "live_agent");
    const attacker = server().anonymous();
    for (let i = 0; i < 5; i++) {
      const res = await attacker.post("/api/auth/sign-in", { email: victim.email, password: `wrong-${i}` });
      expect(res.status).toBe(401);
    }
    const blocked = await attacker.post<{ error: { code: string; message: string } }>("/api/auth/sign-in", {
      email: victim.email,
      password: PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe("rate_limited");
    expect(blocked.body.error.message).toMatch(/Too many failed sign-in attempts/);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("signs out: the session no longer works", async () => {
    const client = await server().admin();
    const saved = client.cookie;
    expect((await client.post("/api/auth/sign-out")).status).toBe(200);
    client.cookie = saved;
    expect((await client.get("/api/auth/me")).status).toBe(401);
  });

  it("requires the CSRF token for cookie-authenticated writes and changes nothing without it", async () => {
    const admin = await server().admin();
    const before = (await admin.get<unknown[]>("/api/teams")).body.length;
    const res = await admin.request<{ error: { code: string } }>(
      "POST",
      "/api/teams",
      { name: "Forged" },
      { "x-csrf-token": "wrong" },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("csrf_failed");
    expect((await admin.get<unknown[]>("/api/teams")).body.length).toBe(before);
    expect((await admin.post("/api/teams", { name: `Real ${Date.now()}` })).status).toBe(201);
  });

  it("changes the password: the old one stops working, other sessions end, this one stays", async () => {
    const admin = await server().admin();
    const user = await buildUser(server(), admin, "marketing_user");
    const otherDevice = server().anonymous();
    await otherDevice.signIn(user.email, PASSWORD);

    const wrong = await user.client.post<{ error: { code: string } }>("/api/auth/password", {
      currentPassword: "nope-nope-nope",
      newPassword: "another-long-password",
    });
    expect(wrong.status).toBe(401);
    const weak = await user.client.post("/api/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "short",
    });
    expect(weak.status).toBe(400);

    const ok = await user.client.post("/api/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "another-long-password",
    });
    expect(ok.status).toBe(200);
    expect((await user.client.get("/api/auth/me")).status).toBe(200);
    expect((await otherDevice.get("/api/auth/me")).status).toBe(401);
    const fresh = server().anonymous();
    expect((await fresh.post("/api/auth/sign-in", { email: user.email, password: PASSWORD })).status).toBe(
      401,
    );
    await fresh.signIn(user.email, "another-long-password");
  });

  it("a deactivated user is signed out everywhere and cannot sign in", async () => {
    const admin = await server().admin();
    const user = await buildUser(server(), admin, "live_agent");
    expect((await admin.delete(`/api/users/${user.id}`)).status).toBe(200);
    expect((await user.client.get("/api/auth/me")).status).toBe(401);
    expect(
      (await server().anonymous().post("/api/auth/sign-in", { email: user.email, password: PASSWORD }))
        .status,
    ).toBe(401);
  });
});

describeEachDatabase(
  "session cookie behind HTTPS",
  (server) => {
    it("is Secure when Parley is reached over HTTPS (PUBLIC_URL https://…)", async () => {
      const res = await server().anonymous().post("/api/auth/sign-in", ADMIN);
      expect(res.status).toBe(200);
      expect(res.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
    });
  },
  { env: { PUBLIC_URL: "https://chat.example.com" } },
);
