import { expect, it } from "vitest";
import { randomToken } from "../../lib/ids";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, PASSWORD, roleId } from "../../testing/factories";
import { linkToken } from "../../testing/mailLinks";
import { mailTestRig } from "../../testing/mailTestRig";

type Me = { user: { email: string; name: string; roleName: string } };
type ErrorBody = { error: { code: string; message: string } };

const { sink, clock } = await mailTestRig("2026-03-02T10:00:00.000Z");

const HOUR = 3600_000;
const freshEmail = (who: string) => `${who}-${randomToken(5).toLowerCase()}@example.com`;

describeEachDatabase(
  "invitations and password resets by mail",
  (server) => {
    async function invite(email: string, role = "marketing_user") {
      const admin = await server().admin();
      const res = await admin.post<{ id: string }>("/api/users/invite", {
        email,
        name: "Ines <b>Invited</b>",
        roleId: await roleId(admin, role),
        siteIds: null,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    }

    it("an invited user gets a mail whose link lets them choose a password once and signs them in", async () => {
      const email = freshEmail("ines");
      await invite(email);
      const mail = await sink.waitFor(email);
      expect(mail.subject).toBe("You're invited to Parley");
      expect(mail.text).toContain("Hello Ines <b>Invited</b>,");
      expect(mail.html).toContain("Hello Ines &#60;b&#62;Invited&#60;/b&#62;,");
      expect(mail.text).toContain(`${server().config.publicUrl}/app/accept-invite?token=`);
      const token = linkToken(mail, "accept-invite");

      // Before choosing, nobody can sign in as them.
      const guesser = server().anonymous();
      expect((await guesser.post("/api/auth/sign-in", { email, password: PASSWORD })).status).toBe(401);

      const invited = server().anonymous();
      const info = await invited.post<{ purpose: string; email: string }>("/api/auth/password-link/inspect", {
        token,
      });
      expect(info.status).toBe(200);
      expect(info.body).toMatchObject({ purpose: "invite", email });

      const short = await invited.post<ErrorBody>("/api/auth/password-link", { token, password: "short" });
      expect(short.status).toBe(400);
      expect(JSON.stringify(short.body)).toContain("at least 10 characters");

      const chosen = await invited.post<Me & { csrfToken: string }>("/api/auth/password-link", {
        token,
        password: "my-own-password-1",
      });
      expect(chosen.status).toBe(200);
      expect(chosen.body.user).toMatchObject({ email, roleName: "Marketing user" });
      expect((await invited.get<Me>("/api/auth/me")).body.user.email).toBe(email);

      const again = await server().anonymous().post<ErrorBody>("/api/auth/password-link", {
        token,
        password: "someone-elses-password",
      });
      expect(again.status).toBe(404);
      expect(again.body.error.message).toBe(
        "This link has already been used. Ask for a new one if you need it.",
      );
      const later = server().anonymous();
      await later.signIn(email, "my-own-password-1");
      expect(sink.mailsTo(email)).toHaveLength(1);
    });

    it("an invitation link stops working after 7 days", async () => {
      const email = freshEmail("late");
      await invite(email);
      const token = linkToken(await sink.waitFor(email), "accept-invite");
      clock.advance(7 * 24 * HOUR + 1000);
      const client = server().anonymous();
      const inspect = await client.post<ErrorBody>("/api/auth/password-link/inspect", { token });
      expect(inspect.status).toBe(404);
      expect(inspect.body.error.message).toBe("This link has expired. Ask for a new one.");
      const use = await client.post<ErrorBody>("/api/auth/password-link", {
        token,
        password: "too-late-password",
      });
      expect(use.body.error.message).toBe("This link has expired. Ask for a new one.");
      expect((await client.post("/api/auth/sign-in", { email, password: "too-late-password" })).status).toBe(
        401,
      );
    });

    it("a user manager cannot invite someone into a role beyond their own: 403, no user, no mail", async () => {
      const admin = await server().admin();
      const name = `User managers ${randomToken(3)}`;
      expect((await admin.post("/api/roles", { name, permissions: ["users.manage"] })).status).toBe(201);
      const manager = await buildUser(server(), admin, name);
      const email = freshEmail("too-high");
      const res = await manager.client.post<ErrorBody>("/api/users/invite", {
        email,
        name: "Too High",
        roleId: await roleId(admin, "admin"),
        siteIds: null,
      });
      expect(res.status).toBe(403);
      const users = await admin.get<{ email: string }[]>("/api/users");
      expect(users.body.map((u) => u.email)).not.toContain(email);
      const outbox = await admin.get<{ recipient: string }[]>("/api/outbox");
      expect(outbox.body.map((m) => m.recipient)).not.toContain(email);
    });

    it("forgot password: the same answer for an unknown address, which gets nothing", async () => {
      const admin = await server().admin();
      const known = await buildUser(server(), admin, "live_agent");
      const unknown = freshEmail("nobody");
      const anonymous = server().anonymous();
      const forKnown = await anonymous.post("/api/auth/forgot-password", { email: known.email });
      const forUnknown = await anonymous.post("/api/auth/forgot-password", { email: unknown });
      expect(forKnown.status).toBe(200);
      expect(forUnknown.status).toBe(200);
      expect(forUnknown.body).toEqual(forKnown.body);
      expect(forKnown.body).toEqual({
        ok: true,
        message: "If an account exists for that address, we've sent a link to choose a new password.",
      });
      const mail = await sink.waitFor(known.email);
      expect(mail.subject).toBe("Reset your Parley password");
      const outbox = await admin.get<{ recipient: string }[]>("/api/outbox");
      expect(outbox.body.map((m) => m.recipient)).toContain(known.email);
      expect(outbox.body.map((m) => m.recipient)).not.toContain(unknown);
      expect(sink.mailsTo(unknown)).toEqual([]);
    });

    it("a reset link sets a new password once and ends the user's other sessions", async () => {
      const admin = await server().admin();
      const user = await buildUser(server(), admin, "live_agent");
      expect((await user.client.get("/api/auth/me")).status).toBe(200);
      await server().anonymous().post("/api/auth/forgot-password", { email: user.email });
      const token = linkToken(await sink.waitFor(user.email), "reset-password");

      const browser = server().anonymous();
      const info = await browser.post<{ purpose: string }>("/api/auth/password-link/inspect", { token });
      expect(info.body.purpose).toBe("password_reset");
      const reset = await browser.post<Me>("/api/auth/password-link", {
        token,
        password: "brand-new-password",
      });
      expect(reset.status).toBe(200);
      expect((await browser.get<Me>("/api/auth/me")).body.user.email).toBe(user.email);
      // The session signed in before is over; the old password no longer works, the new one does.
      expect((await user.client.get("/api/auth/me")).status).toBe(401);
      expect(
        (await server().anonymous().post("/api/auth/sign-in", { email: user.email, password: PASSWORD }))
          .status,
      ).toBe(401);
      await server().anonymous().signIn(user.email, "brand-new-password");
      const reused = await server().anonymous().post<ErrorBody>("/api/auth/password-link", {
        token,
        password: "third-password-here",
      });
      expect(reused.status).toBe(404);
    });

    it("a reset link stops working after an hour", async () => {
      const admin = await server().admin();
      const user = await buildUser(server(), admin, "live_agent");
      await server().anonymous().post("/api/auth/forgot-password", { email: user.email });
      const token = linkToken(await sink.waitFor(user.email), "reset-password");
      clock.advance(HOUR + 1000);
      const res = await server().anonymous().post<ErrorBody>("/api/auth/password-link", {
        token,
        password: "brand-new-password",
      });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe("This link has expired. Ask for a new one.");
      await server().anonymous().signIn(user.email, PASSWORD);
    });

    it("forgot password is limited per email and per address, with 429 in the one error format", async () => {
      // A new window: earlier tests' asks from this address are over an hour old.
      clock.advance(HOUR + 1000);
      const anonymous = server().anonymous();
      const email = freshEmail("hammered");
      for (let i = 0; i < 3; i++)
        expect((await anonymous.post("/api/auth/forgot-password", { email })).status).toBe(200);
      const limited = await anonymous.post<ErrorBody>("/api/auth/forgot-password", { email });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe("rate_limited");
      expect(limited.body.error.message).toMatch(/^Too many password reset requests/);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);

      // 4 asks so far from this address; 16 more are allowed, the 21st is not, whatever the email.
      for (let i = 0; i < 16; i++)
        expect(
          (await anonymous.post("/api/auth/forgot-password", { email: freshEmail("spread") })).status,
        ).toBe(200);
      const byAddress = await anonymous.post<ErrorBody>("/api/auth/forgot-password", {
        email: freshEmail("x"),
      });
      expect(byAddress.status).toBe(429);
      expect(byAddress.body.error.code).toBe("rate_limited");

      clock.advance(HOUR + 1000);
      expect((await anonymous.post("/api/auth/forgot-password", { email })).status).toBe(200);
    });
  },
  { env: { SMTP_URL: sink.url } },
);
