import type { User } from "@parley/protocol/users";
import { parseJson } from "../../lib/json";
import type { UserTable } from "../../store/schema";

export const presentUser = (row: UserTable): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  roleId: row.role_id,
  siteIds: parseJson<string[] | null>(row.site_ids, null),
  active: row.active === 1,
  createdAt: row.created_at,
});
