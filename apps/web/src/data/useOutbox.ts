import type { OutboxMail, OutboxMailSummary } from "@parley/protocol/mail";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** The latest outgoing mails, newest first (needs users.manage). */
export function useOutbox() {
  return useQuery({
    queryKey: queryKeys.outbox,
    queryFn: () => apiRequest<OutboxMailSummary[]>("GET", "/api/outbox"),
  });
}

/** One outgoing mail, to read. */
export function useOutboxMail(id: string) {
  return useQuery({
    queryKey: [...queryKeys.outbox, id],
    queryFn: () => apiRequest<OutboxMail>("GET", `/api/outbox/${encodeURIComponent(id)}`),
  });
}
