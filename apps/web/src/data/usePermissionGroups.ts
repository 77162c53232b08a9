import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import type { PermissionGroup } from "./permissionGroups";

/** GET /api/permissions: every permission grouped by area, with its label (needs users.manage). */
export function usePermissionGroups() {
  return useQuery({
    queryKey: queryKeys.permissions,
    queryFn: () => apiRequest<PermissionGroup[]>("GET", "/api/permissions"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
