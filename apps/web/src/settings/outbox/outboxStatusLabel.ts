import type { OutboxStatus } from "@parley/protocol/mail";

/** How an outbox status reads in the app. */
export const OUTBOX_STATUS_LABEL: Record<OutboxStatus, string> = {
  queued: "Queued",
  sent: "Sent",
  failed: "Failed",
  unsent: "Not sent: no SMTP configured",
};
