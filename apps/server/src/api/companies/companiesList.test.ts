import { expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { newSite } from "../../testing/factories";

const time = frozenClock("2026-04-02T09:00:00.000Z");
setClock(time);

interface Item {
  id: string;
  name: string;
  domain: string | null;
  peopleCount: number;
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}

describeEachDatabase("the companies list", (server) => {
  it("pages by name, counts each company's people and searches the start of the name or domain", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Companies");
    const names = ["globex", "Acme", "initech", "Umbrella", "acme labs", "Hooli"];
    const made: Record<string, string> = {};
    for (const name of names) {
      time.advance(1000);
      const domain = name === "Hooli" ? null : `${name.replace(" ", "-").toLowerCase()}.test`;
      const res = await admin.post<Item>(`/api/sites/${siteId}/companies`, { name, domain });
      expect(res.status).toBe(201);
      made[name] = res.body.id;
    }
    for (const [i, email] of ["a@acme.test", "b@acme.test", "c@initech.test"].entries())
      expect((await admin.post(`/api/sites/${siteId}/people`, { email, firstName: `P${i}` })).status).toBe(
        201,
      );

    const seen: Item[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: Page } = await admin.get<Page>(
        `/api/sites/${siteId}/companies?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.map((c) => [c.name, c.peopleCount])).toEqual([
      ["Acme", 2],
      ["acme labs", 0],
      ["globex", 0],
      ["Hooli", 0],
      ["initech", 1],
      ["Umbrella", 0],
    ]);
    const newest = await admin.get<Page>(`/api/sites/${siteId}/companies?sort=created&order=desc&limit=2`);
    expect(newest.body.items.map((c) => c.name)).toEqual(["Hooli", "acme labs"]);

    const search = async (q: string) =>
      (await admin.get<Page>(`/api/sites/${siteId}/companies?q=${q}`)).body.items.map((c) => c.name);
    expect(await search("ACME")).toEqual(["Acme", "acme labs"]);
    expect(await search("acme-")).toEqual(["acme labs"]);
    expect(await search("umb")).toEqual(["Umbrella"]);
    expect(await search("labs")).toEqual([]);

    const mismatched = await admin.get<{ error: { message: string } }>(
      `/api/sites/${siteId}/companies?sort=updated&cursor=${newest.body.nextCursor}`,
    );
    expect(mismatched.status).toBe(400);
    expect(mismatched.body.error.message).toMatch(/sorted by created desc, not updated asc/);
  });
});
