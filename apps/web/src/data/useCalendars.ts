import type { CalendarConnection, CreateCalendarBody, UpdateCalendarBody } from "@parley/protocol/meetings";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { isMeetingHostsKey } from "./useAvailability";

const agentPath = (userId: string) => `/api/agents/${encodeURIComponent(userId)}/calendars`;
const connectionPath = (id: string) => `/api/calendars/${encodeURIComponent(id)}`;

/** A host's calendar connections (`me` or a user id); the built-in calendar is not one of them. */
export function useCalendars(userId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.calendars(userId),
    queryFn: () => apiRequest<{ items: CalendarConnection[] }>("GET", agentPath(userId)),
    select: (list) => list.items,
    enabled,
  });
}

/**
 * Everything that changes a host's connections: discover the calendars of a CalDAV account, connect
 * one (or an ICS feed), rename it / switch writing / give new credentials, refresh now, remove. Each
 * change reads the connections (and the hosts' needs-attention badges) again.
 */
export function useCalendarActions(userId: string) {
  const client = useQueryClient();
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: queryKeys.calendars(userId) });
    void client.invalidateQueries({ queryKey: ["site"], predicate: isMeetingHostsKey });
  };
  return {
    discover: useMutation({
      mutationFn: (body: { url: string; username: string; password: string }) =>
        apiRequest<{ items: { url: string; name: string }[] }>("POST", `${agentPath(userId)}/discover`, body),
    }),
    create: useMutation({
      mutationFn: (body: z.input<typeof CreateCalendarBody>) =>
        apiRequest<CalendarConnection>("POST", agentPath(userId), body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: z.input<typeof UpdateCalendarBody> & { id: string }) =>
        apiRequest<CalendarConnection>("PATCH", connectionPath(id), body),
      onSuccess: refresh,
    }),
    refreshNow: useMutation({
      mutationFn: (id: string) => apiRequest<CalendarConnection>("POST", `${connectionPath(id)}/refresh`),
      onSettled: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => apiRequest<unknown>("DELETE", connectionPath(id)),
      onSuccess: refresh,
    }),
  };
}
