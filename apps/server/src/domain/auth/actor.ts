import type { Permission } from "@parley/protocol/permissions";

/** Who is making a request: a signed-in user (session cookie) or an API key. */
export type Actor =
  | {
      kind: "user";
      id: string;
      email: string;
      name: string;
      roleId: string;
      roleName: string;
      permissions: ReadonlySet<Permission>;
      siteIds: readonly string[] | null;
      sessionId: string;
      csrfToken: string;
    }
  | {
      kind: "apiKey";
      id: string;
      name: string;
      /** The user who made the key: it acts with no more than their current rights. */
      createdBy: string;
      /** Its scopes, within its creator's current permissions. */
      permissions: ReadonlySet<Permission>;
      /** The sites both the key and its creator reach now; null means every site. */
      siteIds: readonly string[] | null;
    };
