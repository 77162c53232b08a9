import type { AccountRoute, AgentSummary } from "@parley/protocol/liveChat";
import { expect, test } from "vitest";
import { accountCsv } from "./accountCsv";

const agent = (id: string, email: string): AgentSummary => ({
  id,
  name: id,
  email,
  initials: "AA",
  avatarUrl: null,
  teamIds: [],
  state: "available",
  activeChats: 0,
  limit: 5,
});
const route = (id: string, domain: string | null, ownerId: string): AccountRoute => ({
  id,
  domain,
  companyId: domain ? null : "c1",
  companyName: domain ? null : "Acme",
  ownerId,
  ownerName: ownerId,
  createdAt: "2026-01-01T00:00:00.000Z",
});

test("an empty list gives just the domain,owner header", () => {
  expect(accountCsv([], [])).toBe("domain,owner\r\n");
});

test("domain entries follow with their owner's email; company entries and unknown owners are left out", () => {
  const csv = accountCsv(
    [route("r1", "acme.com", "u1"), route("r2", null, "u1"), route("r3", "gone.com", "u9")],
    [agent("u1", "ada@example.com")],
  );
  expect(csv).toBe("domain,owner\r\nacme.com,ada@example.com\r\n");
});

test("a cell with a comma or quote is quoted", () => {
  const csv = accountCsv([route("r1", "acme.com", "u1")], [agent("u1", 'o"neil,ada@example.com')]);
  expect(csv.split("\r\n")[1]).toBe('acme.com,"o""neil,ada@example.com"');
});
