import { DEFAULT_ROLES } from "@parley/protocol/defaultRoles";
import { expect, it } from "vitest";
import { randomToken } from "../lib/ids";
import type { ApiClient } from "../testing/apiClient";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { buildUser, demoSite } from "../testing/factories";

/**
 * What each route must require, written out by hand (not read from the routes): a route added without
 * an entry here fails the first test. "public" routes are open; "signedIn" needs any user or key.
 */
const EXPECTED: Record<string, string | string[]> = {
  "GET /api/openapi.json": "public",
  "POST /api/auth/sign-in": "public",
  "POST /api/auth/sign-out": "user",
  "GET /api/auth/me": "user",
  "POST /api/auth/password": "user",
  "POST /api/auth/forgot-password": "public",
  "POST /api/auth/password-link/inspect": "public",
  "POST /api/auth/password-link": "public",
  "GET /api/setup": "public",
  "POST /api/setup": "public",
  "GET /api/users": ["users.manage", "agents.manage"],
  "GET /api/users/:id": ["users.manage", "agents.manage"],
  "POST /api/users": "users.manage",
  "POST /api/users/invite": "users.manage",
  "GET /api/outbox": "users.manage",
  "GET /api/outbox/:id": "users.manage",
  "PATCH /api/users/:id": "users.manage",
  "DELETE /api/users/:id": "users.manage",
  "GET /api/permissions": "users.manage",
  "GET /api/roles": "users.manage",
  "POST /api/roles": "users.manage",
  "PATCH /api/roles/:id": "users.manage",
  "DELETE /api/roles/:id": "users.manage",
  "GET /api/teams": ["agents.manage", "routing.manage"],
  "GET /api/teams/:id": ["agents.manage", "routing.manage"],
  "POST /api/teams": "agents.manage",
  "PATCH /api/teams/:id": "agents.manage",
  "DELETE /api/teams/:id": "agents.manage",
  "GET /api/api-keys": "integrations.manage",
  "POST /api/api-keys": "integrations.manage",
  "DELETE /api/api-keys/:id": "integrations.manage",
  "GET /api/sites/:siteId/webhooks": "integrations.manage",
  "POST /api/sites/:siteId/webhooks": "integrations.manage",
  "GET /api/sites/:siteId/webhooks/:id": "integrations.manage",
  "PATCH /api/sites/:siteId/webhooks/:id": "integrations.manage",
  "DELETE /api/sites/:siteId/webhooks/:id": "integrations.manage",
  "POST /api/sites/:siteId/webhooks/:id/rotate-secret": "integrations.manage",
  "POST /api/sites/:siteId/webhooks/:id/test": "integrations.manage",
  "GET /api/sites/:siteId/webhook-deliveries": "integrations.manage",
  "GET /api/sites/:siteId/webhook-deliveries/:id": "integrations.manage",
  "POST /api/sites/:siteId/webhook-deliveries/:id/replay": "integrations.manage",
  "GET /api/sites": "signedIn",
  "GET /api/sites/:id": "signedIn",
  "POST /api/sites": "sites.manage",
  "PATCH /api/sites/:id": "sites.manage",
  "DELETE /api/sites/:id": "sites.manage",
  "GET /api/sites/:siteId/identity-secret": "sites.manage",
  "POST /api/sites/:siteId/identity-secret": "sites.manage",
  "GET /api/sites/:siteId/people": "people.view",
  "GET /api/sites/:siteId/people/:id": "people.view",
  "POST /api/sites/:siteId/people": "people.manage",
  "PATCH /api/sites/:siteId/people/:id": "people.manage",
  "DELETE /api/sites/:siteId/people/:id": "people.manage",
  "GET /api/sites/:siteId/people/:id/visits": "people.view",
  "GET /api/sites/:siteId/people/:id/conversations": "people.view",
  "GET /api/sites/:siteId/people/:id/timeline": "people.view",
  "GET /api/sites/:siteId/conversations/:id": ["conversations.view_all", "conversations.view_own"],
  "GET /api/sites/:siteId/conversations": ["conversations.view_all", "conversations.view_own"],
  "GET /api/sites/:siteId/activities": "people.view",
  // calendars (issue 10): own with availability.manage_own, others' with meetings.manage or agents.manage
  "POST /api/agents/:id/calendars/discover": ["availability.manage_own", "meetings.manage", "agents.manage"],
  "GET /api/agents/:id/calendars": ["availability.manage_own", "meetings.manage", "agents.manage"],
  "POST /api/agents/:id/calendars": ["availability.manage_own", "meetings.manage", "agents.manage"],
  "PATCH /api/calendars/:id": ["availability.manage_own", "meetings.manage", "agents.manage"],
  "DELETE /api/calendars/:id": ["availability.manage_own", "meetings.manage", "agents.manage"],
  "POST /api/calendars/:id/refresh": ["availability.manage_own", "meetings.manage", "agents.manage"],
  "GET /api/offers": "livechat.answer",
  "POST /api/sites/:siteId/offers/:offerId/accept": "livechat.answer",
  "POST /api/sites/:siteId/offers/:offerId/decline": "livechat.answer",
  "POST /api/sites/:siteId/chats/:chatId/transfer": "livechat.answer",
  "GET /api/sites/:siteId/companies": "people.view",
  "GET /api/sites/:siteId/companies/:id": "people.view",
  "POST /api/sites/:siteId/companies": "people.manage",
  "PATCH /api/sites/:siteId/companies/:id": "people.manage",
  "DELETE /api/sites/:siteId/companies/:id": "people.manage",
  "GET /api/sites/:siteId/fields": ["people.view", "fields.manage", "dialogues.manage"],
  "POST /api/sites/:siteId/fields": "fields.manage",
  "PATCH /api/sites/:siteId/fields/:id": "fields.manage",
  "DELETE /api/sites/:siteId/fields/:id": "fields.manage",
  "POST /api/widget/visitors": "public",
  "GET /api/widget/bootstrap": "public",
  "POST /api/widget/identify": "public",
  "GET /api/widget/content/:conversationId/:cardId": "public",
  "GET /api/widget/meetings/offers/:offerId": "public",
  "POST /api/widget/meetings/offers/:offerId/book": "public",
  "POST /api/widget/meetings/offers/:offerId/decline": "public",
  "GET /api/sites/:siteId/segments": ["dialogues.view", "dialogues.manage"],
  "POST /api/sites/:siteId/segments": "dialogues.manage",
  "PATCH /api/sites/:siteId/segments/:id": "dialogues.manage",
  "DELETE /api/sites/:siteId/segments/:id": "dialogues.manage",
  "GET /api/sites/:siteId/answers": ["dialogues.view", "dialogues.manage"],
  "GET /api/sites/:siteId/answers/search": ["dialogues.view", "dialogues.manage"],
  "POST /api/sites/:siteId/answers": "dialogues.manage",
  "PATCH /api/sites/:siteId/answers/:id": "dialogues.manage",
  "DELETE /api/sites/:siteId/answers/:id": "dialogues.manage",
  "GET /api/sites/:siteId/dialogues": ["dialogues.view", "dialogues.manage"],
  "GET /api/sites/:siteId/dialogues/:id": ["dialogues.view", "dialogues.manage"],
  "POST /api/sites/:siteId/dialogues": "dialogues.manage",
  "PATCH /api/sites/:siteId/dialogues/:id": "dialogues.manage",
  "POST /api/sites/:siteId/dialogues/:id/validate": ["dialogues.view", "dialogues.manage"],
  "POST /api/sites/:siteId/dialogues/:id/publish": "dialogues.publish",
  "POST /api/sites/:siteId/dialogues/:id/unpublish": "dialogues.publish",
  "POST /api/sites/:siteId/dialogues/:id/archive": "dialogues.manage",
  "POST /api/sites/:siteId/dialogues/:id/duplicate": "dialogues.manage",
  "GET /api/sites/:siteId/dialogues/:id/versions": ["dialogues.view", "dialogues.manage"],
  "PUT /api/sites/:siteId/dialogues/order": "dialogues.manage",
  "GET /api/sites/:siteId/dialogues/status": ["dialogues.view", "dialogues.manage"],
  // live chat: agents, settings, account list, rules, canned responses
  "GET /api/agents/me": ["livechat.answer", "availability.manage_own"],
  "PATCH /api/agents/me": ["livechat.answer", "availability.manage_own"],
  "PUT /api/agents/me/availability": "livechat.answer",
  "PATCH /api/agents/:id": "agents.manage",
  "PUT /api/agents/:id/avatar": ["livechat.answer", "availability.manage_own", "agents.manage"],
  "DELETE /api/agents/:id/avatar": ["livechat.answer", "availability.manage_own", "agents.manage"],
  "GET /api/avatars/:id": "public",
  "GET /api/sites/:siteId/agents": ["livechat.answer", "agents.manage", "routing.manage"],
  "GET /api/sites/:siteId/livechat/settings": ["livechat.answer", "routing.manage"],
  "PUT /api/sites/:siteId/livechat/settings": "routing.manage",
  "GET /api/sites/:siteId/account-routes": "routing.manage",
  "POST /api/sites/:siteId/account-routes": "routing.manage",
  "DELETE /api/sites/:siteId/account-routes/:id": "routing.manage",
  "POST /api/sites/:siteId/account-routes/import": "routing.manage",
  "GET /api/sites/:siteId/routing-rules": "routing.manage",
  "GET /api/sites/:siteId/routing-targets": [
    "dialogues.view",
    "dialogues.manage",
    "routing.manage",
    "agents.manage",
  ],
  "POST /api/sites/:siteId/routing-rules": "routing.manage",
  "PATCH /api/sites/:siteId/routing-rules/:id": "routing.manage",
  "DELETE /api/sites/:siteId/routing-rules/:id": "routing.manage",
  "GET /api/sites/:siteId/canned-responses": ["livechat.answer", "routing.manage", "agents.manage"],
  "POST /api/sites/:siteId/canned-responses": ["routing.manage", "agents.manage"],
  "PATCH /api/sites/:siteId/canned-responses/:id": ["routing.manage", "agents.manage"],
  "DELETE /api/sites/:siteId/canned-responses/:id": ["routing.manage", "agents.manage"],
  // live chat: inbox, notes, transcripts, end and score
  "GET /api/sites/:siteId/inbox": ["livechat.answer", "conversations.view_all", "conversations.view_own"],
  "GET /api/sites/:siteId/inbox/:conversationId": [
    "livechat.answer",
    "conversations.view_all",
    "conversations.view_own",
  ],
  "POST /api/sites/:siteId/inbox/:conversationId/notes": ["livechat.answer", "conversations.view_all"],
  "GET /api/sites/:siteId/inbox/:conversationId/transcript.txt": [
    "livechat.answer",
    "conversations.view_all",
    "conversations.view_own",
  ],
  "POST /api/sites/:siteId/inbox/:conversationId/transcript/email": [
    "livechat.answer",
    "conversations.view_all",
  ],
  "POST /api/sites/:siteId/chats/:chatId/end": "livechat.answer",
  "PUT /api/sites/:siteId/chats/:chatId/score": "livechat.answer",
  "POST /api/sites/:siteId/chats/:chatId/booking": "livechat.answer",
  // meetings: the list, its export, an agent's status change, the visitor's links, the site's settings
  "GET /api/sites/:siteId/meetings": ["meetings.host", "meetings.manage", "conversations.view_all"],
  "GET /api/sites/:siteId/meetings.csv": ["meetings.manage", "reports.export"],
  // reports: any report as JSON, any of its tables as CSV
  "GET /api/sites/:siteId/reports/:report": "reports.view",
  "GET /api/sites/:siteId/reports/:report/:table.csv": "reports.export",
  // retention: periods and purge runs with the site's privacy (sites.manage); erasing with people.manage
  "GET /api/sites/:siteId/retention": "sites.manage",
  "PUT /api/sites/:siteId/retention": "sites.manage",
  "GET /api/sites/:siteId/retention/runs": "sites.manage",
  "POST /api/sites/:siteId/retention/runs": "sites.manage",
  "POST /api/sites/:siteId/people/:id/erase": "people.manage",
  "POST /api/sites/:siteId/visitors/:id/erase": "people.manage",
  // CSV import and export of people and companies: people.manage ("Edit, import and export …")
  "POST /api/sites/:siteId/imports": "people.manage",
  "GET /api/sites/:siteId/imports": "people.manage",
  "GET /api/sites/:siteId/imports/:importId": "people.manage",
  "POST /api/sites/:siteId/imports/:importId/start": "people.manage",
  "GET /api/sites/:siteId/imports/:importId/errors.csv": "people.manage",
  "GET /api/sites/:siteId/people.csv": "people.manage",
  "GET /api/sites/:siteId/companies.csv": "people.manage",
  "PATCH /api/meetings/:id": ["meetings.host", "meetings.manage"],
  "GET /api/meetings/manage": "public",
  "POST /api/meetings/manage/reschedule": "public",
  "POST /api/meetings/manage/cancel": "public",
  "GET /api/sites/:siteId/meeting-settings": ["sites.manage", "meetings.manage"],
  "PATCH /api/sites/:siteId/meeting-settings": ["sites.manage", "meetings.manage"],
  // meetings: availability and hosts
  "GET /api/agents/:id/meeting-availability": ["availability.manage_own", "meetings.manage", "agents.manage"],
  "PUT /api/agents/:id/meeting-availability": ["availability.manage_own", "meetings.manage", "agents.manage"],
  "GET /api/sites/:siteId/meeting-hosts": [
    "meetings.manage",
    "meetings.host",
    "livechat.answer",
    "routing.manage",
  ],
};

function expectedAllowed(rule: string | string[], permissions: Set<string> | null, isKey: boolean): boolean {
  if (rule === "public") return true;
  if (permissions === null) return false;
  if (rule === "signedIn") return true;
  if (rule === "user") return !isKey;
  return [rule].flat().some((p) => permissions.has(p));
}

// Routes whose success would end the caller's session are probed last.
const LAST = new Set(["POST /api/auth/sign-out"]);

describeEachDatabase("roles × routes permission matrix", (server) => {
  it("every /api route is in the expected table and vice versa", () => {
    const actual = server()
      .parley.routes.map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(actual).toEqual(Object.keys(EXPECTED).sort());
  });

  async function probe(client: ApiClient, permissions: Set<string> | null, siteId: string, who: string) {
    const keys = Object.keys(EXPECTED).sort((a, b) => Number(LAST.has(a)) - Number(LAST.has(b)));
    const wrong: string[] = [];
    for (const key of keys) {
      const [method, template] = key.split(" ") as [string, string];
      const path = template.replace(":siteId", siteId).replace(":id", crypto.randomUUID());
      const body = method === "POST" || method === "PATCH" ? { probe: randomToken(3) } : undefined;
      const res = await client.request(method, path, body);
      const refused = res.status === 401 || res.status === 403;
      const shouldAllow = expectedAllowed(
        EXPECTED[key] as string | string[],
        permissions,
        client.bearer !== null,
      );
      if (refused === shouldAllow)
        wrong.push(`${who}: ${key} → ${res.status}, expected ${shouldAllow ? "allowed" : "refused"}`);
    }
    expect(wrong).toEqual([]);
  }

  it("anonymous visitors reach only public routes", async () => {
    const site = await demoSite(await server().admin());
    await probe(server().anonymous(), null, site.id, "anonymous");
  });

  for (const role of DEFAULT_ROLES) {
    it(`${role.name}: allowed exactly what the role's permissions say`, async () => {
      const admin = await server().admin();
      const site = await demoSite(admin);
      const user = await buildUser(server(), admin, role.key);
      await probe(user.client, new Set(role.permissions), site.id, role.name);
    });
  }

  it("a custom role built from two permissions gets exactly those", async () => {
    const admin = await server().admin();
    const site = await demoSite(admin);
    const name = `Viewer ${randomToken(4)}`;
    const created = await admin.post("/api/roles", { name, permissions: ["people.view", "teams.nope"] });
    expect(created.status).toBe(400);
    expect(
      (await admin.post("/api/roles", { name, permissions: ["people.view", "reports.view"] })).status,
    ).toBe(201);
    const user = await buildUser(server(), admin, name);
    await probe(user.client, new Set(["people.view", "reports.view"]), site.id, name);
  });

  it("an API key is limited to its scopes and stops working once revoked", async () => {
    const admin = await server().admin();
    const site = await demoSite(admin);
    const created = await admin.post<{ secret: string; apiKey: { id: string; prefix: string } }>(
      "/api/api-keys",
      {
        name: "CRM sync",
        scopes: ["people.view", "people.manage"],
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.secret.startsWith(created.body.apiKey.prefix)).toBe(true);
    const listed = await admin.get<Record<string, unknown>[]>("/api/api-keys");
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);

    const key = server().anonymous();
    key.bearer = created.body.secret;
    await probe(key, new Set(["people.view", "people.manage"]), site.id, "API key");

    expect((await admin.delete(`/api/api-keys/${created.body.apiKey.id}`)).status).toBe(200);
    const after = await key.get<{ error: { message: string } }>(`/api/sites/${site.id}/people`);
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/revoked/);
  });

  it("an admin cannot grant an API key scopes they lack", async () => {
    const admin = await server().admin();
    const marketingAdmin = await buildUser(server(), admin, "marketing_admin");
    const res = await marketingAdmin.client.post<{ error: { code: string } }>("/api/api-keys", {
      name: "Too much",
      scopes: ["users.manage"],
    });
    expect(res.status).toBe(403);
  });

  it("a user limited to one site cannot reach another site's people, fields or settings", async () => {
    const admin = await server().admin();
    const demo = await demoSite(admin);
    const other = await admin.post<{ id: string }>("/api/sites", {
      name: `Other ${randomToken(3)}`,
      allowedDomains: ["other.example"],
    });
    const user = await buildUser(server(), admin, "admin", { siteIds: [other.body.id] });
    for (const path of [
      `/api/sites/${demo.id}/people`,
      `/api/sites/${demo.id}/fields`,
      `/api/sites/${demo.id}`,
    ]) {
      expect((await user.client.get(path)).status, path).toBe(404);
    }
    expect((await user.client.get(`/api/sites/${other.body.id}/people`)).status).toBe(200);
    const sites = await user.client.get<{ id: string }[]>("/api/sites");
    expect(sites.body.map((s) => s.id)).toEqual([other.body.id]);
  });
});
