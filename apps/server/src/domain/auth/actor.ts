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
      permissions: ReadonlySet<Permission>;
      /** The sites the key reaches (set from its creator's at creation); null means every site. */
      siteIds: readonly string[] | null;
    };
