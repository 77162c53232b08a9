import type { LiveChatSettings, UpdateLiveChatSettingsBody } from "@parley/protocol/liveChat";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

const path = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/livechat/settings`;

/** The site's live chat settings (every one with its default when never saved). */
export function useLiveChatSettings(siteId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).liveChatSettings,
    queryFn: () => apiRequest<LiveChatSettings>("GET", path(siteId)),
  });
}

/** Saves some or all settings; the answer (the whole set) replaces the cached one. */
export function useUpdateLiveChatSettings(siteId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateLiveChatSettingsBody>) =>
      apiRequest<LiveChatSettings>("PUT", path(siteId), body),
    onSuccess: (settings) => client.setQueryData(queryKeys.site(siteId).liveChatSettings, settings),
  });
}
