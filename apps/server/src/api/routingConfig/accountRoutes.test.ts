import type { AccountRoute, ImportAccountRoutesResult } from "@parley/protocol/liveChat";
import { expect, it } from "vitest";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";
import type { TestServer } from "../../testing/testServer";

type Failure = { error: { code: string; message: string } };

async function setting(server: TestServer, admin: ApiClient) {
  const siteId = await newSite(admin, "Accounts");
  const ada = await buildUser(server, admin, "live_agent", { siteIds: [siteId] });
  const bob = await buildUser(server, admin, "live_agent", { siteIds: [siteId] });
  const company = await admin.post<{ id: string }>(`/api/sites/${siteId}/companies`, {
    name: "Globex Corporation",
    domain: "globex.com",
  });
  const base = `/api/sites/${siteId}/account-routes`;
  return { siteId, ada, bob, companyId: company.body.id, base };
}

const list = async (admin: ApiClient, base: string) =>
  (await admin.get<{ items: AccountRoute[] }>(base)).body.items;

describeEachDatabase("account list", (server) => {
  it("adds domains and companies with their owner, lists them with names, deletes them", async () => {
    const admin = await server().admin();
    const { siteId, ada, bob, companyId, base } = await setting(server(), admin);
    const byDomain = await admin.post<AccountRoute>(base, { domain: " Acme.COM ", ownerId: ada.id });
    expect(byDomain.status).toBe(201);
    expect(byDomain.body).toMatchObject({
      domain: "acme.com",
      companyId: null,
      ownerId: ada.id,
      ownerName: "Test live_agent",
    });
    const byCompany = await admin.post<AccountRoute>(base, { companyId, ownerId: bob.id });
    expect(byCompany.body).toMatchObject({ domain: null, companyId, companyName: "Globex Corporation" });
    expect((await list(admin, base)).map((r) => r.domain ?? r.companyName)).toEqual([
      "acme.com",
      "Globex Corporation",
    ]);

    const again = await admin.post<Failure>(base, { domain: "acme.com", ownerId: bob.id });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("acme.com is already on the account list");
    expect((await admin.delete(`${base}/${byDomain.body.id}`)).status).toBe(200);
    expect((await admin.delete(`${base}/${byDomain.body.id}`)).status).toBe(404);
    expect((await list(admin, base)).map((r) => r.id)).toEqual([byCompany.body.id]);
    // Another site's list is its own.
    const other = await newSite(admin, "Elsewhere");
    expect(await list(admin, `/api/sites/${other}/account-routes`)).toEqual([]);
    expect((await admin.delete(`/api/sites/${other}/account-routes/${byCompany.body.id}`)).status).toBe(404);
    expect(siteId).not.toBe(other);
  });

  it("refuses an owner who cannot take chats on the site and a company of another site", async () => {
    const admin = await server().admin();
    const { base, companyId } = await setting(server(), admin);
    const otherSite = await newSite(admin, "Other");
    const outsider = await buildUser(server(), admin, "live_agent", { siteIds: [otherSite] });
    const marketer = await buildUser(server(), admin, "marketing_user", { siteIds: null });
    for (const ownerId of [outsider.id, marketer.id]) {
      const res = await admin.post<Failure>(base, { domain: "initech.com", ownerId });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/ownerId is not an agent who answers live chats/);
    }
    const foreign = await admin.post<{ id: string }>(`/api/sites/${otherSite}/companies`, {
      name: "Foreign",
    });
    const res = await admin.post<Failure>(base, { companyId: foreign.body.id, ownerId: outsider.id });
    expect(res.status).toBe(400);
    expect((await admin.post(base, { domain: "not a domain", ownerId: outsider.id })).status).toBe(400);
    expect((await admin.post(base, { domain: "a.com", companyId, ownerId: outsider.id })).status).toBe(400);
    expect(await list(admin, base)).toEqual([]);
  });

  it("imports CSV: a dry run counts and writes nothing; the real run creates, updates and leaves alone", async () => {
    const admin = await server().admin();
    const { ada, bob, base, companyId } = await setting(server(), admin);
    await admin.post(base, { domain: "acme.com", ownerId: ada.id });
    await admin.post(base, { domain: "initech.com", ownerId: ada.id });
    const csv = [
      "Domain,Owner,Company",
      `acme.com,${ada.email},`, // unchanged
      `initech.com,${bob.email.toUpperCase()},`, // updated: owner changed
      `umbrella.com,${bob.email},`, // created
      `,${ada.email},GLOBEX.COM`, // created: the company by its domain
      "",
    ].join("\n");
    const dry = await admin.post<ImportAccountRoutesResult>(`${base}/import`, { csv, dryRun: true });
    expect(dry.body).toEqual({ created: 2, updated: 1, unchanged: 1, failed: [], dryRun: true });
    expect((await list(admin, base)).length).toBe(2);

    const real = await admin.post<ImportAccountRoutesResult>(`${base}/import`, { csv });
    expect(real.body).toEqual({ created: 2, updated: 1, unchanged: 1, failed: [], dryRun: false });
    const owners = Object.fromEntries(
      (await list(admin, base)).map((r) => [r.domain ?? r.companyId, r.ownerId]),
    );
    expect(owners).toEqual({
      "acme.com": ada.id,
      "initech.com": bob.id,
      "umbrella.com": bob.id,
      [companyId]: ada.id,
    });
    const twice = await admin.post<ImportAccountRoutesResult>(`${base}/import`, { csv });
    expect(twice.body).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it("reports each bad line and, in a real run, writes none of the good ones", async () => {
    const admin = await server().admin();
    const { ada, base } = await setting(server(), admin);
    const csv = [
      "domain,owner,company",
      `good.com,${ada.email},`,
      `not a domain,${ada.email},`,
      "fine.com,nobody@example.com,",
      `good.com,${ada.email},`,
      `,${ada.email},No Such Company`,
      `both.com,${ada.email},Globex Corporation`,
    ].join("\r\n");
    const res = await admin.post<ImportAccountRoutesResult>(`${base}/import`, { csv });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      dryRun: false,
      failed: [
        { line: 3, message: '"not a domain" is not a domain such as example.com' },
        { line: 4, message: '"nobody@example.com" is not an agent who answers live chats on this site' },
        { line: 5, message: "good.com is already on line 2 of the file" },
        { line: 6, message: 'no company "No Such Company" on this site' },
        { line: 7, message: "give a domain or a company, not both" },
      ],
    });
    expect(await list(admin, base)).toEqual([]);
    const dry = await admin.post<ImportAccountRoutesResult>(`${base}/import`, { csv, dryRun: true });
    expect(dry.body).toMatchObject({ created: 1, dryRun: true });
    expect(dry.body.failed).toHaveLength(5);
  });

  it("refuses a file without the header row or that is not CSV", async () => {
    const admin = await server().admin();
    const { ada, base } = await setting(server(), admin);
    for (const csv of [`acme.com,${ada.email}`, "", 'domain,owner\n"acme.com,x']) {
      const res = await admin.post<Failure>(`${base}/import`, { csv });
      expect(res.status, csv).toBe(400);
      expect(res.body.error.message).toMatch(/^csv /);
    }
  });
});
