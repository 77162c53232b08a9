import { randomToken } from "../lib/ids";
import type { ApiClient } from "./apiClient";
import type { TestServer } from "./testServer";

export const PASSWORD = "a-long-test-password";

export async function roleId(admin: ApiClient, key: string): Promise<string> {
  const res = await admin.get<{ id: string; key: string | null; name: string }[]>("/api/roles");
  const role = res.body.find((r) => r.key === key || r.name === key);
  if (!role) throw new Error(`no role ${key}`);
  return role.id;
}

/** Creates a user with the given role (key or name) through the API and returns a client signed in as them. */
export async function buildUser(
  server: TestServer,
  admin: ApiClient,
  role: string,
  extra: { siteIds?: string[] | null } = {},
): Promise<{ id: string; email: string; client: ApiClient }> {
  const email = `user-${randomToken(5).toLowerCase()}@example.com`;
  const res = await admin.post<{ id: string }>("/api/users", {
    email,
    name: `Test ${role}`,
    password: PASSWORD,
    roleId: await roleId(admin, role),
    siteIds: extra.siteIds ?? null,
  });
  if (res.status !== 201) throw new Error(`user not created: ${JSON.stringify(res.body)}`);
  const client = server.anonymous();
  await client.signIn(email, PASSWORD);
  return { id: res.body.id, email, client };
}

export async function demoSite(client: ApiClient): Promise<{ id: string; siteKey: string }> {
  const res = await client.get<{ id: string; siteKey: string; name: string }[]>("/api/sites");
  const site = res.body.find((s) => s.name === "Demo site") ?? res.body[0];
  if (!site) throw new Error("no site");
  return site;
}

/** A new site with a unique name starting with `name`; returns its id. */
export async function newSite(admin: ApiClient, name: string): Promise<string> {
  const res = await admin.post<{ id: string }>("/api/sites", { name: `${name} ${randomToken(3)}` });
  if (res.status !== 201) throw new Error(`site not created: ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** A client that authenticates with an API key's secret only (no session cookie). */
export function bearerClient(server: TestServer, secret: string): ApiClient {
  const client = server.anonymous();
  client.bearer = secret;
  return client;
}
