import type { ApiKey } from "@parley/protocol/apiKeys";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** Every API key, newest first, revoked ones included. */
export function useApiKeys() {
  return useQuery({
    queryKey: queryKeys.apiKeys,
    queryFn: () => apiRequest<ApiKey[]>("GET", "/api/api-keys"),
  });
}
