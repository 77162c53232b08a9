import type { User } from "@parley/protocol/users";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** Every user, active or not (needs users.manage or agents.manage). */
export function useUsers() {
  return useQuery({ queryKey: queryKeys.users, queryFn: () => apiRequest<User[]>("GET", "/api/users") });
}
