import { expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { newSite } from "../../testing/factories";

const time = frozenClock("2026-04-01T09:00:00.000Z");
setClock(time);

interface Item {
  id: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  companyId: string | null;
  companyName: string | null;
  createdAt: string;
  updatedAt: string;
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}
type Err = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

// Names with mixed case, missing names, missing emails; several share a timestamp.
const PEOPLE: [string | null, string | null, string | null][] = [
  ["ada@lovelace.test", "Ada", "Lovelace"],
  ["grace@navy.test", "Grace", "Hopper"],
  [null, null, null],
  [null, "anna", null],
  ["zed@example.test", null, "Zimmer"],
  ["Bob@Example.test", "bob", "Adams"],
  [null, null, null],
  ["alan@turing.test", "Alan", "Turing"],
  ["adam@smith.test", "Adam", "smith"],
  [null, "Ada", "Byron"],
  ["carl@example.test", "Carl", null],
];

/** Follows every cursor of a list; returns the ids in the order served. */
async function everyPage(
  client: ApiClient,
  siteId: string,
  params: string,
  limit: number,
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const url: string = `/api/sites/${siteId}/people?${params}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
    const res: { status: number; body: Page } = await client.get<Page>(url);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    ids.push(...res.body.items.map((p) => p.id));
    cursor = res.body.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error("the list never ended");
}

const lower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
const sortKey: Record<"updated" | "created" | "email" | "name", (p: Item) => string> = {
  updated: (p) => p.updatedAt,
  created: (p) => p.createdAt,
  email: (p) => lower(p.email ?? ""),
  name: (p) => lower(`${p.firstName ?? ""} ${p.lastName ?? ""}`),
};
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function seed(admin: ApiClient, siteId: string): Promise<Item[]> {
  const made: Item[] = [];
  for (const [i, [email, firstName, lastName]] of PEOPLE.entries()) {
    // Pairs share their timestamps: ties are broken by id.
    if (i % 2 === 0) time.advance(60_000);
    const res = await admin.post<Item>(`/api/sites/${siteId}/people`, { email, firstName, lastName });
    expect(res.status).toBe(201);
    made.push(res.body);
  }
  return made;
}

describeEachDatabase("the people list", (server) => {
  it("pages through every sort and order, each person exactly once, in order (nulls and ties included)", async () => {
    const admin = await server().admin();
    const site = { id: await newSite(admin, "People") };
    const people = await seed(admin, site.id);
    for (const sort of ["updated", "created", "name", "email"] as const) {
      for (const order of ["asc", "desc"] as const) {
        const expected = [...people]
          .sort((a, b) => byteOrder(sortKey[sort](a), sortKey[sort](b)) || byteOrder(a.id, b.id))
          .map((p) => p.id);
        if (order === "desc") expected.reverse();
        for (const limit of [1, 3, 50]) {
          expect(
            await everyPage(admin, site.id, `sort=${sort}&order=${order}`, limit),
            `${sort} ${order}`,
          ).toEqual(expected);
        }
      }
    }
    // The default: most recently updated first.
    const first = await admin.get<Page>(`/api/sites/${site.id}/people?limit=1`);
    expect(first.body.items.map((p) => p.email)).toEqual(["carl@example.test"]);
    // By name: nameless people first (their key is empty), then "ada byron" before "ada lovelace".
    const byName = await admin.get<Page>(`/api/sites/${site.id}/people?sort=name&order=asc&limit=5`);
    expect(byName.body.items.slice(2).map((p) => `${p.firstName} ${p.lastName}`)).toEqual([
      "null Zimmer",
      "Ada Byron",
      "Ada Lovelace",
    ]);
  });

  it("searches the start of the email, first name, last name or full name, ignoring case", async () => {
    const admin = await server().admin();
    const site = { id: await newSite(admin, "People") };
    await seed(admin, site.id);
    const search = async (q: string) =>
      (
        await admin.get<Page>(`/api/sites/${site.id}/people?q=${encodeURIComponent(q)}&sort=name&order=asc`)
      ).body.items
        .map((p) => `${p.firstName} ${p.lastName}`)
        .sort();
    expect(await search("ada")).toEqual(["Ada Byron", "Ada Lovelace", "Adam smith", "bob Adams"]);
    expect(await search("ADA L")).toEqual(["Ada Lovelace"]);
    expect(await search("smi")).toEqual(["Adam smith"]);
    expect(await search("bob@ex")).toEqual(["bob Adams"]);
    expect(await search("adams")).toEqual(["bob Adams"]);
    expect(await search("lovelace.test")).toEqual([]);
    expect(await search("ovelace")).toEqual([]);
    expect(await search("  grace  ")).toEqual(["Grace Hopper"]);
    // A search pages like the list.
    const page = await admin.get<Page>(`/api/sites/${site.id}/people?q=a&sort=email&order=asc&limit=2`);
    expect(page.body.nextCursor).not.toBeNull();
    const next = await admin.get<Page>(
      `/api/sites/${site.id}/people?q=a&sort=email&order=asc&limit=50&cursor=${page.body.nextCursor}`,
    );
    const all = await admin.get<Page>(`/api/sites/${site.id}/people?q=a&sort=email&order=asc`);
    expect([...page.body.items, ...next.body.items].map((p) => p.id)).toEqual(
      all.body.items.map((p) => p.id),
    );
  });

  it("filters by known or anonymous, company, any field and time ranges", async () => {
    const admin = await server().admin();
    const site = { id: await newSite(admin, "People") };
    const start = new Date(time.now()).toISOString();
    const people = await seed(admin, site.id);
    const list = async (params: string) => {
      const res = await admin.get<Page>(`/api/sites/${site.id}/people?${params}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.items.map((p) => p.id).sort();
    };
    const ids = (pick: (p: Item) => boolean) =>
      people
        .filter(pick)
        .map((p) => p.id)
        .sort();
    expect(await list("known=anonymous")).toEqual(ids((p) => p.email === null));
    expect(await list("known=known")).toEqual(ids((p) => p.email !== null));

    const acme = await admin.post<{ id: string }>(`/api/sites/${site.id}/companies`, { name: "Acme" });
    const [ada, grace] = people;
    await admin.patch(`/api/sites/${site.id}/people/${ada?.id}`, { companyId: acme.body.id });
    time.advance(1000);
    await admin.patch(`/api/sites/${site.id}/people/${grace?.id}`, { companyId: acme.body.id });
    const members = await admin.get<Page>(`/api/sites/${site.id}/people?companyId=${acme.body.id}`);
    expect(members.body.items.map((p) => [p.email, p.companyName])).toEqual([
      ["grace@navy.test", "Acme"],
      ["ada@lovelace.test", "Acme"],
    ]);

    expect(await list("field=firstName&value=Ada")).toEqual(ids((p) => p.firstName === "Ada"));
    expect(await list("field=lastName&op=empty")).toEqual(ids((p) => p.lastName === null));
    expect(await list("field=email&value=BOB@example.test")).toEqual(
      ids((p) => p.email === "bob@example.test"),
    );
    await admin.post(`/api/sites/${site.id}/fields`, {
      entity: "person",
      key: "seats",
      label: "Seats",
      type: "number",
    });
    await admin.post(`/api/sites/${site.id}/fields`, {
      entity: "person",
      key: "vip",
      label: "VIP",
      type: "boolean",
    });
    await admin.post(`/api/sites/${site.id}/fields`, {
      entity: "person",
      key: "plan",
      label: "Plan",
      type: "text",
    });
    await admin.patch(`/api/sites/${site.id}/people/${ada?.id}`, {
      fields: { seats: 12, vip: true, plan: "pro" },
    });
    await admin.patch(`/api/sites/${site.id}/people/${grace?.id}`, {
      fields: { seats: 3, vip: false, plan: "" },
    });
    expect(await list("field=seats&value=12")).toEqual([ada?.id]);
    expect(await list("field=vip&value=false")).toEqual([grace?.id]);
    expect(await list("field=vip&op=set")).toEqual([ada?.id, grace?.id].sort());
    expect(await list("field=plan&op=set")).toEqual([ada?.id]);
    expect(await list("field=plan&op=empty")).toEqual(ids((p) => p.id !== ada?.id));
    expect(await list("field=plan&value=pro&known=anonymous")).toEqual([]);

    const third = people[2]?.createdAt ?? "";
    expect(await list(`createdFrom=${start}&createdTo=${third}`)).toEqual(ids((p) => p.createdAt < third));
    expect(await list(`createdFrom=${third}`)).toEqual(ids((p) => p.createdAt >= third));
    // Ada and Grace were edited last (their company and fields), at the latest time.
    time.advance(60_000);
    const later = new Date(time.now()).toISOString();
    await admin.patch(`/api/sites/${site.id}/people/${ada?.id}`, { jobTitle: "Countess" });
    expect(await list(`updatedFrom=${later}`)).toEqual([ada?.id]);
    expect(await list(`updatedTo=${later}&field=jobTitle&op=set`)).toEqual([]);
  });

  it("refuses a bad cursor, a cursor of another sort and an unknown field with a clear 400", async () => {
    const admin = await server().admin();
    const site = { id: await newSite(admin, "People") };
    await seed(admin, site.id);
    const bad = async (params: string) => {
      const res = await admin.get<Err>(`/api/sites/${site.id}/people?${params}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      return res.body.error;
    };
    expect((await bad("cursor=garbage")).message).toMatch(/not one the server made/);
    expect((await bad(`cursor=${Buffer.from('{"s":"name"}').toString("base64url")}`)).message).toMatch(
      /not one the server made/,
    );
    const page = await admin.get<Page>(`/api/sites/${site.id}/people?sort=name&limit=2`);
    expect((await bad(`sort=email&cursor=${page.body.nextCursor}`)).message).toMatch(
      /sorted by name desc, not email desc/,
    );
    const unknown = await bad("field=shoeSize&value=9");
    expect(unknown.message).toMatch(/shoeSize/);
    expect(unknown.details).toEqual([{ path: "/field", message: 'names no field of people: "shoeSize"' }]);
    await admin.post(`/api/sites/${site.id}/fields`, {
      entity: "person",
      key: "seats",
      label: "Seats",
      type: "number",
    });
    expect((await bad("field=seats&value=many")).details).toEqual([
      { path: "/value", message: "must be a number" },
    ]);
    expect((await bad("field=seats")).message).toMatch(/value/);
    expect((await bad("sort=shoeSize")).message).toMatch(/sort/);
  });

  it("lists only the site's own people and companies", async () => {
    const admin = await server().admin();
    const site = { id: await newSite(admin, "People") };
    const other = await newSite(admin, `Other ${crypto.randomUUID().slice(0, 6)}`);
    const mine = await admin.post<Item>(`/api/sites/${site.id}/people`, { email: "mine@example.test" });
    const theirs = await admin.post<Item>(`/api/sites/${other}/people`, { email: "mine@example.test" });
    const theirCompany = await admin.post<{ id: string }>(`/api/sites/${other}/companies`, {
      name: "Theirs",
    });
    await admin.patch(`/api/sites/${other}/people/${theirs.body.id}`, { companyId: theirCompany.body.id });
    const found = await admin.get<Page>(`/api/sites/${site.id}/people?q=mine`);
    expect(found.body.items.map((p) => p.id)).toEqual([mine.body.id]);
    expect(
      (await admin.get<Page>(`/api/sites/${site.id}/people?companyId=${theirCompany.body.id}`)).body.items,
    ).toEqual([]);
    const companies = await admin.get<{ items: { id: string }[] }>(
      `/api/sites/${site.id}/companies?q=theirs`,
    );
    expect(companies.body.items).toEqual([]);
  });
});

// Every statement the store runs, to tell which plan a search took.
const statements: string[] = [];
const COMMON = 4;
const searchKeys = (p: Item) =>
  [p.email ?? "", `${p.firstName ?? ""} ${p.lastName ?? ""}`, p.lastName ?? ""].map(lower);
const startsWith = (q: string) => (p: Item) => searchKeys(p).some((k) => k.startsWith(lower(q)));
/** The entries of the three prefix ranges (a person matching by two keys is two). */
const rangeEntries = (people: Item[], q: string) =>
  people.flatMap(searchKeys).filter((k) => k.startsWith(lower(q))).length;

describeEachDatabase(
  "a search with a few matches and one with many",
  (server) => {
    it("pages alike through the prefix ranges and through the sort's index, each match exactly once, in order", async () => {
      const admin = await server().admin();
      const site = { id: await newSite(admin, "People") };
      const people = await seed(admin, site.id);
      // From COMMON range entries up the list walks the sort's index; below, it reads the ranges.
      for (const [q, common] of [
        ["a", true],
        ["ADA", true],
        ["ada l", false],
        ["bob@ex", false],
        ["z", false],
        ["nobody", false],
      ] as const) {
        const matching = people.filter(startsWith(q));
        expect(rangeEntries(people, q) >= COMMON, q).toBe(common);
        for (const sort of ["updated", "created", "name", "email"] as const) {
          for (const order of ["asc", "desc"] as const) {
            const expected = [...matching]
              .sort((a, b) => byteOrder(sortKey[sort](a), sortKey[sort](b)) || byteOrder(a.id, b.id))
              .map((p) => p.id);
            if (order === "desc") expected.reverse();
            for (const limit of [1, 3, 50]) {
              statements.length = 0;
              const served = await everyPage(
                admin,
                site.id,
                `q=${encodeURIComponent(q)}&sort=${sort}&order=${order}`,
                limit,
              );
              expect(served, `${q} ${sort} ${order} ${limit}`).toEqual(expected);
              // The walk tests the keys through `|| ''` (not the indexed expressions).
              const walked = statements.some((s) => /order by/i.test(s) && /\|\| ''/.test(s));
              expect(walked, `${q}: walks the sort's index`).toBe(common);
            }
          }
        }
      }
      // Another site's people never count towards this site's matches.
      const other = await newSite(admin, `Other ${crypto.randomUUID().slice(0, 6)}`);
      for (let i = 0; i < COMMON; i++)
        await admin.post(`/api/sites/${other}/people`, { email: `zed${i}@example.test` });
      statements.length = 0;
      const zed = await everyPage(admin, site.id, "q=zed", 2);
      expect(zed).toEqual(people.filter(startsWith("zed")).map((p) => p.id));
      expect(statements.some((s) => /\|\| ''/.test(s))).toBe(false);
    });
  },
  { options: { onQuery: (sql) => statements.push(sql), peopleList: { commonSearchMatches: COMMON } } },
);
