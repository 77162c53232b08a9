import type { MeetingSettings, UpdateMeetingSettingsBody } from "@parley/protocol/meetings";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

const path = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/meeting-settings`;

/** The site's meeting settings: title, invitation text, video link, no-slots text, link cutoff. */
export function useMeetingSettings(siteId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).meetingSettings,
    queryFn: () => apiRequest<MeetingSettings>("GET", path(siteId)),
  });
}

/** Saves some or all settings; the answer (the whole set) replaces the cached one. */
export function useUpdateMeetingSettings(siteId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateMeetingSettingsBody>) =>
      apiRequest<MeetingSettings>("PATCH", path(siteId), body),
    onSuccess: (settings) => client.setQueryData(queryKeys.site(siteId).meetingSettings, settings),
  });
}
