import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { demoSite } from "../../testing/factories";

type Person = {
  id: string;
  email: string | null;
  companyId: string | null;
  fields: Record<string, unknown>;
  firstName: string | null;
};
type Company = { id: string; name: string; domain: string | null };
type Err = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

describeEachDatabase("people, companies and fields", (server) => {
  it("creates a company and a person who joins it by email domain; email is unique per site", async () => {
    const admin = await server().admin();
    const site = await demoSite(admin);
    const domain = `acme-${Date.now()}.com`;
    const company = await admin.post<Company>(`/api/sites/${site.id}/companies`, { name: "Acme", domain });
    expect(company.status).toBe(201);
    const person = await admin.post<Person>(`/api/sites/${site.id}/people`, {
      email: `Ada@${domain.toUpperCase()}`,
      firstName: "Ada",
    });
    expect(person.status).toBe(201);
    expect(person.body.email).toBe(`ada@${domain}`);
    expect(person.body.companyId).toBe(company.body.id);

    const dup = await admin.post<Err>(`/api/sites/${site.id}/people`, { email: `ada@${domain}` });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toMatch(/already exists/);

    const dupCompany = await admin.post<Err>(`/api/sites/${site.id}/companies`, { name: "Acme 2", domain });
    expect(dupCompany.status).toBe(409);
  });

  it("lists, searches, updates and deletes people", async () => {
    const admin = await server().admin();
    const site = await demoSite(admin);
    const tag = `grace${Date.now()}`;
    const created = await admin.post<Person>(`/api/sites/${site.id}/people`, {
      email: `${tag}@navy.mil`,
      firstName: "Grace",
    });
    const found = await admin.get<{ items: Person[] }>(`/api/sites/${site.id}/people?q=${tag}`);
    expect(found.body.items.map((p) => p.id)).toEqual([created.body.id]);

    const updated = await admin.patch<Person>(`/api/sites/${site.id}/people/${created.body.id}`, {
      lastName: "Hopper",
    });
    expect(updated.body).toMatchObject({ firstName: "Grace", email: `${tag}@navy.mil` });
    expect((await admin.get<Person>(`/api/sites/${site.id}/people/${created.body.id}`)).body).toMatchObject({
      lastName: "Hopper",
    });

    expect((await admin.delete(`/api/sites/${site.id}/people/${created.body.id}`)).status).toBe(200);
    expect((await admin.get(`/api/sites/${site.id}/people/${created.body.id}`)).status).toBe(404);
  });

  it("custom fields: defined per site, typed, any number of them, values checked", async () => {
    const admin = await server().admin();
    const site = await demoSite(admin);
    const suffix = Date.now().toString(36);
    for (let i = 0; i < 60; i++) {
      const res = await admin.post(`/api/sites/${site.id}/fields`, {
        entity: "person",
        key: `f${i}_${suffix}`,
        label: `Field ${i}`,
        type: "text",
      });
      expect(res.status).toBe(201);
    }
    await admin.post(`/api/sites/${site.id}/fields`, {
      entity: "person",
      key: `seats_${suffix}`,
      label: "Seats",
      type: "number",
    });
    const noOptions = await admin.post<Err>(`/api/sites/${site.id}/fields`, {
      entity: "person",
      key: `plan_${suffix}`,
      label: "Plan",
      type: "picklist",
    });
    expect(noOptions.status).toBe(400);
    await admin.post(`/api/sites/${site.id}/fields`, {
      entity: "person",
      key: `plan_${suffix}`,
      label: "Plan",
      type: "picklist",
      options: ["Free", "Pro"],
    });
    const fields = await admin.get<{ key: string; builtIn: boolean }[]>(`/api/sites/${site.id}/fields`);
    expect(fields.body.filter((f) => f.key.endsWith(suffix))).toHaveLength(62);
    expect(fields.body.find((f) => f.key === "email")?.builtIn).toBe(true);

    const bad = await admin.post<Err>(`/api/sites/${site.id}/people`, {
      fields: { [`seats_${suffix}`]: "many", [`plan_${suffix}`]: "Enterprise", nosuch: "x" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_failed");
    expect(bad.body.error.details?.sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: "/fields/nosuch", message: "is not a custom field of people" },
      { path: `/fields/plan_${suffix}`, message: "must be one of: Free, Pro" },
      { path: `/fields/seats_${suffix}`, message: "must be a number" },
    ]);

    const good = await admin.post<Person>(`/api/sites/${site.id}/people`, {
      fields: { [`seats_${suffix}`]: 12, [`plan_${suffix}`]: "Pro", [`f59_${suffix}`]: "hello" },
    });
    expect(good.status).toBe(201);
    const merged = await admin.patch<Person>(`/api/sites/${site.id}/people/${good.body.id}`, {
      fields: { [`seats_${suffix}`]: 20 },
    });
    expect(merged.body.fields).toEqual({
      [`seats_${suffix}`]: 20,
      [`plan_${suffix}`]: "Pro",
      [`f59_${suffix}`]: "hello",
    });

    const builtIn = fields.body.find((f) => f.key === "email") as unknown as { id: string };
    expect((await admin.delete(`/api/sites/${site.id}/fields/${builtIn.id}`)).status).toBe(409);
  });

  it("a PATCH with a bad field value answers per field and changes nothing, for people and companies", async () => {
    const admin = await server().admin();
    const site = await demoSite(admin);
    const suffix = Date.now().toString(36);
    for (const entity of ["person", "company"])
      await admin.post(`/api/sites/${site.id}/fields`, {
        entity,
        key: `size_${suffix}`,
        label: "Size",
        type: "number",
      });
    const person = await admin.post<Person>(`/api/sites/${site.id}/people`, {
      firstName: "Edsger",
      fields: { [`size_${suffix}`]: 1 },
    });
    const bad = await admin.patch<Err>(`/api/sites/${site.id}/people/${person.body.id}`, {
      firstName: "Changed",
      fields: { [`size_${suffix}`]: "big" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: "validation_failed",
      details: [{ path: `/fields/size_${suffix}`, message: "must be a number" }],
    });
    const badCompany = await admin.patch<Err>(`/api/sites/${site.id}/people/${person.body.id}`, {
      companyId: crypto.randomUUID(),
    });
    expect(badCompany.body.error).toMatchObject({
      code: "validation_failed",
      details: [{ path: "/companyId", message: "is not a company of this site" }],
    });
    expect((await admin.get<Person>(`/api/sites/${site.id}/people/${person.body.id}`)).body).toMatchObject({
      firstName: "Edsger",
      companyId: null,
      fields: { [`size_${suffix}`]: 1 },
    });

    const company = await admin.post<Company>(`/api/sites/${site.id}/companies`, { name: `Co ${suffix}` });
    const badEdit = await admin.patch<Err>(`/api/sites/${site.id}/companies/${company.body.id}`, {
      name: "Renamed",
      fields: { [`size_${suffix}`]: true, nosuch: 1 },
    });
    expect(badEdit.status).toBe(400);
    expect(badEdit.body.error.details).toEqual([
      { path: `/fields/size_${suffix}`, message: "must be a number" },
      { path: "/fields/nosuch", message: "is not a custom field of companies" },
    ]);
    expect((await admin.get<Company>(`/api/sites/${site.id}/companies/${company.body.id}`)).body.name).toBe(
      `Co ${suffix}`,
    );
  });

  it("refuses people on a site that does not exist", async () => {
    const admin = await server().admin();
    const res = await admin.post<Err>(`/api/sites/${crypto.randomUUID()}/people`, { email: "x@example.com" });
    expect(res.status).toBe(404);
  });
});
