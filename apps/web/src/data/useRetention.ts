import type {
  Erasure,
  PurgeRun,
  PurgeRunList,
  RetentionSettings,
  RetentionSettingsBody,
} from "@parley/protocol/retention";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

const base = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;
const runsKey = (siteId: string) => [...queryKeys.site(siteId).retention, "runs"] as const;

/** The site's retention periods per data class (Settings › Data retention). */
export function useRetentionSettings(siteId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).retention,
    queryFn: () => apiRequest<RetentionSettings>("GET", `${base(siteId)}/retention`),
  });
}

export function useSaveRetention(siteId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RetentionSettingsBody) =>
      apiRequest<RetentionSettings>("PUT", `${base(siteId)}/retention`, body),
    onSuccess: (settings) => client.setQueryData(queryKeys.site(siteId).retention, settings),
  });
}

const unfinished = (runs: PurgeRun[] | undefined) =>
  (runs ?? []).some((run) => run.status === "queued" || run.status === "running");

/** The latest purge runs; asked again every 2 s while one is queued or running. */
export function usePurgeRuns(siteId: string) {
  return useQuery({
    queryKey: runsKey(siteId),
    queryFn: () => apiRequest<PurgeRunList>("GET", `${base(siteId)}/retention/runs?limit=10`),
    refetchInterval: (query) => (unfinished(query.state.data?.items) ? 2000 : false),
  });
}

export function useRunPurge(siteId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<PurgeRun>("POST", `${base(siteId)}/retention/runs`),
    onSuccess: () => client.invalidateQueries({ queryKey: runsKey(siteId) }),
  });
}

/** Erases a person or a visitor everywhere (right to be forgotten); the people lists forget them. */
export function useErase(siteId: string, subject: "person" | "visitor") {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<Erasure>(
        "POST",
        `${base(siteId)}/${subject === "person" ? "people" : "visitors"}/${encodeURIComponent(id)}/erase`,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.site(siteId).people }),
  });
}
