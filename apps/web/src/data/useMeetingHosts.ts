import type { MeetingHost } from "@parley/protocol/meetings";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** The site's meeting hosts (who can be booked), with whether they are set up and their calendars' state. */
export function useMeetingHosts(siteId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.site(siteId).meetingHosts,
    queryFn: () =>
      apiRequest<{ items: MeetingHost[] }>("GET", `/api/sites/${encodeURIComponent(siteId)}/meeting-hosts`),
    select: (list) => list.items,
    enabled,
  });
}
