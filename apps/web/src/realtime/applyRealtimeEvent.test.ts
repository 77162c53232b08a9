import type { PersonListItem, PersonPage } from "@parley/protocol/directory";
import type { Person } from "@parley/protocol/people";
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, test } from "vitest";
import { queryKeys } from "../api/queryKeys";
import { applyRealtimeEvent } from "./applyRealtimeEvent";

const SITE = "site1";
const keys = queryKeys.site(SITE);
const channel = `site:${SITE}` as const;

const person = (id: string, firstName: string): Person => ({
  id,
  siteId: SITE,
  email: `${id}@example.com`,
  firstName,
  lastName: null,
  phone: null,
  jobTitle: null,
  companyId: null,
  fields: {},
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
});
const listItem = (p: Person): PersonListItem => ({ ...p, companyName: "Acme" });

/** A client whose queries never refetch on their own, so what the test sees is what the event did. */
function clientWithPeople() {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  const page: PersonPage = {
    items: [listItem(person("p1", "Ada")), listItem(person("p2", "Bo"))],
    nextCursor: null,
  };
  client.setQueryData(keys.peopleList({ q: "a" }), page);
  client.setQueryData(keys.peopleList({ sort: "name" }), { pages: [page], pageParams: [null] });
  client.setQueryData(keys.person("p1"), person("p1", "Ada"));
  return client;
}

const isInvalidated = (client: QueryClient, key: readonly unknown[]) =>
  client.getQueryState(key)?.isInvalidated === true;

describe("applyRealtimeEvent", () => {
  test("person.updated shows the change in the detail and in every cached list page, then re-reads the lists", () => {
    const client = clientWithPeople();
    applyRealtimeEvent(client, { channel, name: "person.updated", data: person("p1", "Adele") });

    expect(client.getQueryData<Person>(keys.person("p1"))?.firstName).toBe("Adele");
    const page = client.getQueryData<PersonPage>(keys.peopleList({ q: "a" }));
    expect(page?.items.map((p) => p.firstName)).toEqual(["Adele", "Bo"]);
    // Fields only the list has are kept.
    expect(page?.items[0]?.companyName).toBe("Acme");
    const infinite = client.getQueryData<{ pages: PersonPage[] }>(keys.peopleList({ sort: "name" }));
    expect(infinite?.pages[0]?.items[0]?.firstName).toBe("Adele");
    expect(isInvalidated(client, keys.peopleList({ q: "a" }))).toBe(true);
  });

  test("person.created re-reads the lists; person.deleted forgets the person", () => {
    const client = clientWithPeople();
    applyRealtimeEvent(client, { channel, name: "person.created", data: person("p3", "Cy") });
    expect(isInvalidated(client, keys.peopleList({ q: "a" }))).toBe(true);
    expect(isInvalidated(client, keys.person("p1"))).toBe(false);

    applyRealtimeEvent(client, { channel, name: "person.deleted", data: { id: "p1", into: null } });
    expect(client.getQueryData(keys.person("p1"))).toBeUndefined();
  });

  test("events of one site leave another site's cache alone", () => {
    const client = clientWithPeople();
    applyRealtimeEvent(client, { channel: "site:other", name: "person.updated", data: person("p1", "Zed") });
    expect(client.getQueryData<Person>(keys.person("p1"))?.firstName).toBe("Ada");
    expect(isInvalidated(client, keys.peopleList({ q: "a" }))).toBe(false);
  });

  test("site.updated replaces the site in the sites list; access.changed re-reads Me", () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    client.setQueryData(queryKeys.sites, [
      { id: SITE, name: "Old" },
      { id: "s2", name: "Other" },
    ]);
    client.setQueryData(queryKeys.me, { user: { id: "u1" } });
    const site = { id: SITE, name: "New" } as never;
    applyRealtimeEvent(client, { channel, name: "site.updated", data: site });
    expect(client.getQueryData<{ name: string }[]>(queryKeys.sites)?.map((s) => s.name)).toEqual([
      "New",
      "Other",
    ]);

    applyRealtimeEvent(client, { channel: "user:u1", name: "access.changed", data: {} });
    expect(isInvalidated(client, queryKeys.me)).toBe(true);
  });

  test("conversation.updated re-reads that conversation only", () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    client.setQueryData(keys.conversation("c1"), { id: "c1" });
    client.setQueryData(keys.conversation("c2"), { id: "c2" });
    applyRealtimeEvent(client, {
      channel,
      name: "conversation.updated",
      data: { conversationId: "c1", status: "completed", lastSeq: 4 },
    });
    expect(isInvalidated(client, keys.conversation("c1"))).toBe(true);
    expect(isInvalidated(client, keys.conversation("c2"))).toBe(false);
  });
});
