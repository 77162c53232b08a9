import { expect, it } from "vitest";
import type { SettledJob } from "../../jobs/jobQueue";
import { randomToken } from "../../lib/ids";
import { MAIL_SEND_JOB } from "../../mail/queueMail";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, roleId } from "../../testing/factories";

interface Summary {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  status: string;
  lastError: string | null;
}
type Mail = Summary & { text: string | null };

const isMailJob = (settled: SettledJob) => settled.job.kind === MAIL_SEND_JOB;

describeEachDatabase("Settings → Outbox without SMTP", (server) => {
  async function inviteAndSettle(by: ApiClient, role: string, admin: ApiClient): Promise<Summary> {
    const email = `out-${randomToken(5).toLowerCase()}@example.com`;
    const settled = server().parley.ctx.jobs.waitFor(isMailJob);
    const res = await by.post("/api/users/invite", {
      email,
      name: "Olga Outbox",
      roleId: await roleId(admin, role),
      siteIds: null,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await settled).outcome).toBe("done");
    const list = await by.get<Summary[]>("/api/outbox");
    const mail = list.body.find((m) => m.recipient === email);
    if (!mail) throw new Error(`no outbox mail to ${email}`);
    return mail;
  }

  it("keeps the mail in the outbox, unsent, for an admin to read and pass on; the link works", async () => {
    const admin = await server().admin();
    const summary = await inviteAndSettle(admin, "live_agent", admin);
    expect(summary).toMatchObject({
      kind: "invite",
      subject: "You're invited to Parley",
      status: "unsent",
      lastError: "not sent: no SMTP configured (set SMTP_URL)",
    });
    const mail = await admin.get<Mail>(`/api/outbox/${summary.id}`);
    const token = mail.body.text?.match(/\/app\/accept-invite\?token=([\w-]+)/)?.[1];
    expect(token).toBeTruthy();
    const invited = server().anonymous();
    const res = await invited.post("/api/auth/password-link", { token, password: "passed-on-password" });
    expect(res.status).toBe(200);
    expect((await server().anonymous().get(`/api/outbox/${summary.id}`)).status).toBe(401);
  });

  it("a user manager reads mails about users they may manage, not the link to an account above theirs", async () => {
    const admin = await server().admin();
    const name = `Outbox readers ${randomToken(3)}`;
    expect((await admin.post("/api/roles", { name, permissions: ["users.manage"] })).status).toBe(201);
    const manager = await buildUser(server(), admin, name);

    const aboutPeer = await inviteAndSettle(manager.client, name, admin);
    expect((await manager.client.get<Mail>(`/api/outbox/${aboutPeer.id}`)).body.text).toContain(
      "/app/accept-invite?token=",
    );
    const aboutAdmin = await inviteAndSettle(admin, "admin", admin);
    const withheld = await manager.client.get<Mail>(`/api/outbox/${aboutAdmin.id}`);
    expect(withheld.status).toBe(200);
    expect(withheld.body.subject).toBe("You're invited to Parley");
    expect(withheld.body.text).toBeNull();
    expect((await admin.get<Mail>(`/api/outbox/${aboutAdmin.id}`)).body.text).toContain("/app/accept-invite");

    const marketingAdmin = await buildUser(server(), admin, "marketing_admin");
    expect((await marketingAdmin.client.get("/api/outbox")).status).toBe(403);
  });
});
