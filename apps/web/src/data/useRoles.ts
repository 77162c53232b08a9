import type { Role } from "@parley/protocol/roles";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** Default roles first, then custom ones, by name (needs users.manage). */
export function useRoles() {
  return useQuery({ queryKey: queryKeys.roles, queryFn: () => apiRequest<Role[]>("GET", "/api/roles") });
}
