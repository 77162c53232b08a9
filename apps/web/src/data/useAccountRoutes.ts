import type {
  AccountRoute,
  CreateAccountRouteBody,
  ImportAccountRoutesResult,
} from "@parley/protocol/liveChat";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

const listPath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/account-routes`;

/** The site's account list (domain or company → owner agent) and its changes. */
export function useAccountRoutes(siteId: string) {
  const client = useQueryClient();
  const key = queryKeys.site(siteId).accountRoutes;
  const refresh = () => client.invalidateQueries({ queryKey: key });
  return {
    list: useQuery({
      queryKey: key,
      queryFn: () => apiRequest<{ items: AccountRoute[] }>("GET", listPath(siteId)),
      select: (list) => list.items,
    }),
    create: useMutation({
      mutationFn: (body: z.input<typeof CreateAccountRouteBody>) =>
        apiRequest<AccountRoute>("POST", listPath(siteId), body),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => apiRequest<void>("DELETE", `${listPath(siteId)}/${encodeURIComponent(id)}`),
      onSuccess: refresh,
    }),
    /** A CSV of `domain,owner` lines; with dryRun nothing is written, every line is checked. */
    importCsv: useMutation({
      mutationFn: (body: { csv: string; dryRun: boolean }) =>
        apiRequest<ImportAccountRoutesResult>("POST", `${listPath(siteId)}/import`, body),
      onSuccess: (result) => {
        if (!result.dryRun) void refresh();
      },
    }),
  };
}
