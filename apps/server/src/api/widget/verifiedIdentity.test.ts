import { expect, it } from "vitest";
import { signIdentity } from "../../domain/visitors/identitySignature";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser } from "../../testing/factories";
import { PAGE_ORIGIN, quickSite, type TestSite, TestVisitor } from "../../testing/visitorClient";

type PersonBody = {
  id: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  jobTitle: string | null;
};

describeEachDatabase("verified identity for Parley.identify", (server) => {
  const beacon = (body: unknown) =>
    fetch(`${server().url}/api/widget/identify`, {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", origin: PAGE_ORIGIN },
      body: JSON.stringify(body),
    });
  const secretOf = async (admin: ApiClient, site: TestSite) =>
    (await admin.get<{ secret: string }>(`/api/sites/${site.id}/identity-secret`)).body.secret;
  const knownPerson = async (admin: ApiClient, site: TestSite) =>
    (
      await admin.post<PersonBody>(`/api/sites/${site.id}/people`, {
        email: "kim@example.com",
        firstName: "Kim",
        lastName: null,
        phone: "+1 555 0100",
        jobTitle: "CFO",
      })
    ).body;

  it("two unsigned identify() calls cannot rewrite a known person: only empty fields fill, the rest is kept on the timeline", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const kim = await knownPerson(admin, site);
    const stranger = await TestVisitor.arrive(server(), site);
    const change = { firstName: "Mallory", phone: "+1 555 0666", jobTitle: "Thief" };
    expect((await beacon({ site: site.siteKey, visitor: stranger.token, person: change })).status).toBe(204);
    const joined = { email: "Kim@Example.com", lastName: "Lee" };
    expect((await beacon({ site: site.siteKey, visitor: stranger.token, person: joined })).status).toBe(204);
    expect((await beacon({ site: site.siteKey, visitor: stranger.token, person: change })).status).toBe(204);

    const after = await admin.get<PersonBody>(`/api/sites/${site.id}/people/${kim.id}`);
    expect(after.body).toMatchObject({
      firstName: "Kim",
      lastName: "Lee",
      phone: "+1 555 0100",
      jobTitle: "CFO",
    });
    const kept = await server()
      .parley.ctx.store.db.selectFrom("activities")
      .select(["data"])
      .where("person_id", "=", kim.id)
      .where("type", "=", "answer_not_saved")
      .execute();
    const answers = kept.map((a) => JSON.parse(a.data) as { field: string; value: string });
    expect(answers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "person.firstName", value: "Mallory" }),
        expect.objectContaining({ field: "person.phone", value: "+1 555 0666" }),
        expect.objectContaining({ field: "person.jobTitle", value: "Thief" }),
      ]),
    );
  });

  it("a signature from the site's backend lets identify() update the stored person", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const kim = await knownPerson(admin, site);
    const visitor = await TestVisitor.arrive(server(), site);
    const signature = signIdentity(await secretOf(admin, site), " KIM@example.com");
    const res = await beacon({
      site: site.siteKey,
      visitor: visitor.token,
      person: { email: "kim@example.com", firstName: "Kimberly", jobTitle: "CEO" },
      signature,
    });
    expect(res.status).toBe(204);
    // The proof stays with the visitor: a later call without the email may update too.
    await beacon({ site: site.siteKey, visitor: visitor.token, person: { phone: "+1 555 0199" } });
    const after = await admin.get<PersonBody>(`/api/sites/${site.id}/people/${kim.id}`);
    expect(after.body).toMatchObject({ firstName: "Kimberly", jobTitle: "CEO", phone: "+1 555 0199" });
  });

  it("refuses a wrong signature, one for another email or site, and a signature without an email, changing nothing", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const other = await quickSite(admin);
    const kim = await knownPerson(admin, site);
    const visitor = await TestVisitor.arrive(server(), site);
    const person = { email: "kim@example.com", firstName: "Mallory" };
    const attempts: [unknown, number][] = [
      [{ person, signature: signIdentity(await secretOf(admin, site), "eve@example.com") }, 401],
      [{ person, signature: signIdentity(await secretOf(admin, other), "kim@example.com") }, 401],
      [{ person, signature: "0".repeat(64) }, 401],
      [{ person, signature: "not hex" }, 400],
      [
        {
          person: { firstName: "Mallory" },
          signature: signIdentity(await secretOf(admin, site), "kim@example.com"),
        },
        400,
      ],
    ];
    for (const [body, status] of attempts) {
      const res = await beacon({ site: site.siteKey, visitor: visitor.token, ...(body as object) });
      expect(res.status).toBe(status);
    }
    expect((await admin.get<PersonBody>(`/api/sites/${site.id}/people/${kim.id}`)).body.firstName).toBe(
      "Kim",
    );
    const row = await server()
      .parley.ctx.store.db.selectFrom("visitors")
      .select(["person_id", "verified_email"])
      .where("id", "=", visitor.visitorId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ person_id: null, verified_email: null });
  });

  it("the identity secret is for site managers only, is never in the site or bootstrap answers, and regenerating voids old signatures", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    await knownPerson(admin, site);
    const secret = await secretOf(admin, site);
    expect(secret).toMatch(/^[\w-]{40,}$/);
    const marketer = await buildUser(server(), admin, "marketing_user");
    expect((await marketer.client.get(`/api/sites/${site.id}/identity-secret`)).status).toBe(403);
    expect((await marketer.client.post(`/api/sites/${site.id}/identity-secret`)).status).toBe(403);
    expect(JSON.stringify((await admin.get(`/api/sites/${site.id}`)).body)).not.toContain(secret);
    const bootstrap = await fetch(
      `${server().url}/api/widget/bootstrap?site=${site.siteKey}&url=${encodeURIComponent("http://localhost:3000/")}`,
      { headers: { origin: PAGE_ORIGIN } },
    );
    expect(await bootstrap.text()).not.toContain(secret);

    const regenerated = await admin.post<{ secret: string }>(`/api/sites/${site.id}/identity-secret`);
    expect(regenerated.status).toBe(200);
    expect(regenerated.body.secret).not.toBe(secret);
    expect(await secretOf(admin, site)).toBe(regenerated.body.secret);
    const visitor = await TestVisitor.arrive(server(), site);
    const person = { email: "kim@example.com" };
    const old = await beacon({
      site: site.siteKey,
      visitor: visitor.token,
      person,
      signature: signIdentity(secret, person.email),
    });
    expect(old.status).toBe(401);
    const fresh = signIdentity(regenerated.body.secret, person.email);
    expect(
      (await beacon({ site: site.siteKey, visitor: visitor.token, person, signature: fresh })).status,
    ).toBe(204);
  });
});
