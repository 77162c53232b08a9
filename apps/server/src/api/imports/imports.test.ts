import { parse } from "csv-parse/sync";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";
import { importCsv, runToEnd, uploadCsv } from "../../testing/importClient";

type Person = {
  id: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  companyId: string | null;
  fields: Record<string, unknown>;
  updatedAt: string;
};
type Company = {
  id: string;
  name: string;
  domain: string | null;
  ownerId: string | null;
  fields: Record<string, unknown>;
};
type Err = { error: { code: string; message: string } };

describeEachDatabase("CSV import and export of people and companies", (server) => {
  const setup = async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Imports");
    return { admin, siteId };
  };
  const people = async (admin: Awaited<ReturnType<typeof setup>>["admin"], siteId: string) =>
    (await admin.get<{ items: Person[] }>(`/api/sites/${siteId}/people?sort=email&order=asc&limit=200`)).body
      .items;

  it("previews the header and first rows with a suggested mapping, custom fields included", async () => {
    const { admin, siteId } = await setup();
    await admin.post(`/api/sites/${siteId}/fields`, {
      entity: "person",
      key: "plan",
      label: "Plan",
      type: "picklist",
      options: ["Free", "Pro"],
    });
    const up = await uploadCsv(
      admin,
      siteId,
      "people",
      "E-mail,First Name,last_name,Plan,Notes\r\nada@x.io,Ada,Lovelace,pro,hi\r\n",
    );
    expect(up.status).toBe(201);
    expect(up.body.import).toMatchObject({
      status: "uploaded",
      totalRows: 1,
      columns: ["E-mail", "First Name", "last_name", "Plan", "Notes"],
    });
    expect(up.body.rows).toEqual([["ada@x.io", "Ada", "Lovelace", "pro", "hi"]]);
    expect(up.body.suggested).toEqual(["email", "firstName", "lastName", "fields.plan", null]);
    expect(up.body.targets.map((t) => t.target)).toContain("fields.plan");
  });

  it("a dry run writes nothing and gives the counts and per-row errors the import then gives", async () => {
    const { admin, siteId } = await setup();
    await admin.post(`/api/sites/${siteId}/fields`, {
      entity: "person",
      key: "seats",
      label: "Seats",
      type: "number",
    });
    await admin.post(`/api/sites/${siteId}/people`, { email: "same@x.io", firstName: "Same" });
    await admin.post(`/api/sites/${siteId}/people`, { email: "old@x.io", firstName: "Old" });
    const csv = [
      "email,firstName,seats",
      "new@x.io,New,3", // created
      "same@x.io,Same,", // skipped: nothing differs (an empty cell changes nothing)
      "old@x.io,Renamed,", // updated
      "not-an-email,Bad,1", // failed
      "new2@x.io,X,many", // failed: seats
      "NEW@x.io,Again,", // failed: duplicate of row 2
      ",,", // blank: not a row
    ].join("\n");
    const before = await people(admin, siteId);
    const dry = await importCsv(server(), admin, siteId, "people", csv, { dryRun: true });
    expect(dry).toMatchObject({ status: "done", dryRun: true, rowsProcessed: 6, totalRows: 6 });
    expect(dry.counts).toEqual({ created: 1, updated: 1, skipped: 1, failed: 3 });
    expect(dry.rowErrors).toEqual([
      { row: 5, message: "email must be a valid email address" },
      { row: 6, message: "seats must be a number" },
      { row: 7, message: "duplicate of row 2" },
    ]);
    expect(await people(admin, siteId)).toEqual(before);

    // The same file for real: the same counts and errors, and the changes.
    const up = await uploadCsv(admin, siteId, "people", csv);
    const real = await runToEnd(server(), admin, siteId, up.body.import.id, up.body.suggested, false);
    expect(real.counts).toEqual(dry.counts);
    expect(real.rowErrors).toEqual(dry.rowErrors);
    const after = await people(admin, siteId);
    expect(after.map((p) => [p.email, p.firstName, p.fields])).toEqual([
      ["new@x.io", "New", { seats: 3 }],
      ["old@x.io", "Renamed", {}],
      ["same@x.io", "Same", {}],
    ]);
    expect(after.find((p) => p.email === "same@x.io")?.updatedAt).toBe(
      before.find((p) => p.email === "same@x.io")?.updatedAt,
    );

    // A file imported once is not imported again; a dry run after a dry run is fine.
    const again = await admin.post<Err>(`/api/sites/${siteId}/imports/${up.body.import.id}/start`, {
      mapping: up.body.suggested,
      dryRun: false,
    });
    expect(again.status).toBe(409);
  });

  it("the error file holds each bad row as it was, with its row number and error, formula-safe", async () => {
    const { admin, siteId } = await setup();
    const csv =
      'email,firstName\nok@x.io,Ok\nbad,"=HYPERLINK(""http://evil"")"\n"dup@x.io","A, B"\ndup@x.io,C\n';
    const result = await importCsv(server(), admin, siteId, "people", csv, { dryRun: true });
    expect(result.counts).toEqual({ created: 2, updated: 0, skipped: 0, failed: 2 });
    const file = await fetch(`${server().url}/api/sites/${siteId}/imports/${result.id}/errors.csv`, {
      headers: { cookie: admin.cookie ?? "" },
    });
    expect(file.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(file.headers.get("content-disposition")).toBe('attachment; filename="test-errors.csv"');
    const text = await file.text();
    expect(text).toBe(
      'row,error,email,firstName\r\n3,email must be a valid email address,bad,"\'=HYPERLINK(""http://evil"")"\r\n5,duplicate of row 4,dup@x.io,C\r\n',
    );
  });

  it("updates or creates companies by domain, with owner and custom fields, and people by their company", async () => {
    const { admin, siteId } = await setup();
    const owner = await buildUser(server(), admin, "sales_admin", { siteIds: [siteId] });
    const elsewhere = await buildUser(server(), admin, "sales_admin", {
      siteIds: [await newSite(admin, "Other")],
    });
    await admin.post(`/api/sites/${siteId}/fields`, {
      entity: "company",
      key: "tier",
      label: "Tier",
      type: "text",
    });
    await admin.post(`/api/sites/${siteId}/companies`, { name: "Acme", domain: "acme.com" });
    const csv = [
      "name,domain,owner,tier",
      `Acme Inc,ACME.com,${owner.email},gold`,
      `Globex,globex.com,,silver`,
      `Initech,initech.com,${elsewhere.email},`,
      `Nameless,,,`,
      `,hooli.com,,`,
    ].join("\n");
    const result = await importCsv(server(), admin, siteId, "companies", csv);
    expect(result.counts).toEqual({ created: 1, updated: 1, skipped: 0, failed: 3 });
    expect(result.rowErrors).toEqual([
      { row: 4, message: `owner ${elsewhere.email} is not a user of this site` },
      { row: 5, message: "needs a domain (or the id of a company of this site)" },
      { row: 6, message: "needs a name to create a company" },
    ]);
    const companies = (await admin.get<{ items: Company[] }>(`/api/sites/${siteId}/companies`)).body.items;
    expect(companies.map((c) => [c.name, c.domain, c.ownerId, c.fields])).toEqual([
      ["Acme Inc", "acme.com", owner.id, { tier: "gold" }],
      ["Globex", "globex.com", null, { tier: "silver" }],
    ]);

    const peopleCsv = "email,company\nann@elsewhere.org,Globex\nbob@acme.com,\ncy@x.io,Umbrella\n";
    const imported = await importCsv(server(), admin, siteId, "people", peopleCsv);
    expect(imported.counts).toEqual({ created: 2, updated: 0, skipped: 0, failed: 1 });
    expect(imported.rowErrors).toEqual([
      { row: 4, message: 'company "Umbrella" is not a company of this site (by domain or name)' },
    ]);
    const byEmail = new Map((await people(admin, siteId)).map((p) => [p.email, p.companyId]));
    const idOf = (domain: string) => companies.find((c) => c.domain === domain)?.id;
    expect(byEmail.get("ann@elsewhere.org")).toBe(idOf("globex.com"));
    // No company column value: the company of the email's domain, as the app does.
    expect(byEmail.get("bob@acme.com")).toBe(idOf("acme.com"));
  });

  it("export → import changes nothing: every row skipped, values with formulas and phones included", async () => {
    const { admin, siteId } = await setup();
    await admin.post(`/api/sites/${siteId}/fields`, {
      entity: "person",
      key: "vip",
      label: "VIP",
      type: "boolean",
    });
    await admin.post(`/api/sites/${siteId}/fields`, {
      entity: "person",
      key: "score",
      label: "Score",
      type: "number",
    });
    const acme = await admin.post<Company>(`/api/sites/${siteId}/companies`, {
      name: 'Acme, "the" company',
      domain: "acme.com",
    });
    await admin.post(`/api/sites/${siteId}/people`, {
      email: "eve@acme.com",
      firstName: "=cmd|' /C calc'!A0",
      phone: "+1 555 0100",
      fields: { vip: true, score: -2.5 },
    });
    await admin.post(`/api/sites/${siteId}/people`, {
      email: "zed@x.io",
      lastName: "@Zed",
      companyId: acme.body.id,
      fields: { vip: false },
    });
    // Anonymous people have no email: they come back by their id.
    await admin.post(`/api/sites/${siteId}/people`, { firstName: "Anon" });

    const res = await fetch(`${server().url}/api/sites/${siteId}/people.csv?sort=email&order=asc`, {
      headers: { cookie: admin.cookie ?? "" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="people-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const csv = await res.text();
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual([
      "id",
      "email",
      "firstName",
      "lastName",
      "phone",
      "jobTitle",
      "company",
      "vip",
      "score",
      "createdAt",
      "updatedAt",
    ]);
    expect(rows.slice(1).map((r) => r.slice(1, 9))).toEqual([
      ["", "Anon", "", "", "", "", "", ""],
      ["eve@acme.com", "'=cmd|' /C calc'!A0", "", "'+1 555 0100", "", "acme.com", "true", "'-2.5"],
      ["zed@x.io", "", "'@Zed", "", "", "acme.com", "false", ""],
    ]);
    const before = await people(admin, siteId);
    const back = await importCsv(server(), admin, siteId, "people", csv);
    expect(back.counts).toEqual({ created: 0, updated: 0, skipped: 3, failed: 0 });
    expect(await people(admin, siteId)).toEqual(before);

    const companiesCsv = await (
      await fetch(`${server().url}/api/sites/${siteId}/companies.csv`, {
        headers: { cookie: admin.cookie ?? "" },
      })
    ).text();
    expect(companiesCsv.split("\r\n")[0]).toBe("id,name,domain,owner,peopleCount,createdAt,updatedAt");
    const companiesBack = await importCsv(server(), admin, siteId, "companies", companiesCsv);
    expect(companiesBack.counts).toEqual({ created: 0, updated: 0, skipped: 1, failed: 0 });
  });

  it("exports with the list's filters", async () => {
    const { admin, siteId } = await setup();
    await admin.post(`/api/sites/${siteId}/people`, { email: "in@x.io" });
    await admin.post(`/api/sites/${siteId}/people`, { firstName: "Anonymous" });
    const res = await fetch(`${server().url}/api/sites/${siteId}/people.csv?known=known`, {
      headers: { cookie: admin.cookie ?? "" },
    });
    const rows = parse(await res.text()) as string[][];
    expect(rows.slice(1).map((r) => r[1])).toEqual(["in@x.io"]);
    const bad = await fetch(`${server().url}/api/sites/${siteId}/people.csv?field=nope&value=1`, {
      headers: { cookie: admin.cookie ?? "" },
    });
    expect(bad.status).toBe(400);
  });

  it("refuses files that are empty, not UTF-8, not CSV, without a header or rows, and leaves nothing", async () => {
    const { admin, siteId } = await setup();
    const refused = async (body: string | Uint8Array, message: RegExp, type?: string) => {
      const res = await uploadCsv(admin, siteId, "people", body, type);
      expect(res.status).toBe(400);
      expect(res.body.error?.message).toMatch(message);
    };
    await refused("", /empty/);
    await refused(new Uint8Array([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x0a, 0xe9, 0x0a]), /not UTF-8/);
    await refused('email\n"unclosed@x.io\n', /not valid CSV/);
    await refused("ada@x.io,Ada\n", /looks like data/);
    await refused("\n\n", /no header row/);
    await refused("email,firstName\n\n", /no rows/);
    await refused("email\nada@x.io\n", /Content-Type: text\/csv/, "application/octet-stream");
    expect((await admin.get<{ items: unknown[] }>(`/api/sites/${siteId}/imports`)).body.items).toEqual([]);
    // A UTF-8 BOM (Excel's "CSV UTF-8") is not part of the first column's name.
    const bom = await uploadCsv(admin, siteId, "people", "\uFEFFemail\nada@x.io\n");
    expect(bom.body.import.columns).toEqual(["email"]);
  });

  it("refuses a mapping that does not fit, and changes nothing", async () => {
    const { admin, siteId } = await setup();
    const up = await uploadCsv(admin, siteId, "people", "email,name\nada@x.io,Ada\n");
    const start = (mapping: (string | null)[]) =>
      admin.post<Err>(`/api/sites/${siteId}/imports/${up.body.import.id}/start`, { mapping, dryRun: false });
    expect((await start(["email"])).body.error.message).toMatch(/each of the file's 2 columns/);
    expect((await start([null, "firstName"])).body.error.message).toMatch(/needs a column mapped to email/);
    expect((await start(["email", "email"])).body.error.message).toMatch(/more than one column/);
    expect((await start(["email", "fields.nothing"])).body.error.message).toMatch(/not a field of people/);
    expect((await start(["email", "domain"])).body.error.message).toMatch(/not a field of people/);
    expect(
      (await admin.get<{ status: string }>(`/api/sites/${siteId}/imports/${up.body.import.id}`)).body.status,
    ).toBe("uploaded");
  });

  it("only people managers of the site reach imports and exports", async () => {
    const { admin, siteId } = await setup();
    const up = await uploadCsv(admin, siteId, "people", "email\nada@x.io\n");
    const viewer = await buildUser(server(), admin, "marketing_user");
    expect((await uploadCsv(viewer.client, siteId, "people", "email\nbob@x.io\n")).status).toBe(403);
    expect((await viewer.client.get(`/api/sites/${siteId}/people.csv`)).status).toBe(403);
    expect((await viewer.client.get(`/api/sites/${siteId}/imports/${up.body.import.id}`)).status).toBe(403);
    const otherSite = await newSite(admin, "Elsewhere");
    const limited = await buildUser(server(), admin, "marketing_admin", { siteIds: [otherSite] });
    // A site one cannot reach answers as a missing one.
    expect((await uploadCsv(limited.client, siteId, "people", "email\nbob@x.io\n")).status).toBe(404);
    expect((await limited.client.get(`/api/sites/${siteId}/imports/${up.body.import.id}`)).status).toBe(404);
    // The import belongs to its site: another site's URL does not reach it.
    expect((await limited.client.get(`/api/sites/${otherSite}/imports/${up.body.import.id}`)).status).toBe(
      404,
    );
    expect(
      (await limited.client.get(`/api/sites/${otherSite}/imports/${up.body.import.id}/errors.csv`)).status,
    ).toBe(404);
  });
});
