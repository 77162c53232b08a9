import type { Meeting } from "@parley/protocol/meetings";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { type MeetingListKey, queryKeys } from "../api/queryKeys";
import { queryString } from "../people/queryString";

const listPath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/meetings`;

/**
 * One page of the site's meetings (offset paging: the list has a total). `meeting.updated` patches
 * and refreshes these entries, so an open list stays current; while another page or filter loads
 * the previous rows stay on screen.
 */
export function useMeetingList(siteId: string, query: MeetingListKey) {
  return useQuery({
    queryKey: queryKeys.site(siteId).meetingList(query),
    queryFn: () =>
      apiRequest<{ items: Meeting[]; total: number }>("GET", `${listPath(siteId)}${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
}

/** The CSV of the same filters (every row, no paging): a plain link, so the browser downloads it. */
export function meetingsCsvUrl(siteId: string, query: MeetingListKey): string {
  const { limit: _limit, offset: _offset, ...filters } = query;
  return `${listPath(siteId)}.csv${queryString(filters)}`;
}

export type MeetingChange = { id: string; status: "scheduled" | "no_show" | "cancelled"; reason?: string };

/** Marks a no-show (or undoes it) or cancels; the lists are read again (the row may leave a filter). */
export function useUpdateMeeting(siteId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: MeetingChange) =>
      apiRequest<Meeting>("PATCH", `/api/meetings/${encodeURIComponent(id)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.site(siteId).meetingLists }),
  });
}
