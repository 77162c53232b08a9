import { PURGEABLE_CLASSES, type PurgeableClass, RETENTION_CLASS_LABELS } from "@parley/protocol/retention";

/** What each class is, for the form: in the order the purge removes them. */
export const CLASS_DESCRIPTIONS: Record<PurgeableClass | "aggregates", string> = {
  reportEvents:
    "The raw events reports are counted from. Each day is rolled up before its events go, so the reports keep their numbers.",
  pageViews: "Each page of each visit, counted from its last view.",
  activities: "Timeline entries on people and visitors.",
  transcripts:
    "Finished conversations with their messages, notes and live chats, counted from their last message. Meetings booked in them stay.",
  anonymousVisitors:
    "Visitors with no email who never answered anything nor booked a meeting, counted from their last visit; with their page views and unanswered conversations.",
  webhookDeliveries:
    "Webhook deliveries that were delivered or ran out of attempts, with their attempt logs, counted from their last attempt. Deliveries still to be retried are kept.",
  aggregates: "The daily numbers of every report. Kept forever, so reports never change when raw data goes.",
};

export const CLASS_ORDER: readonly PurgeableClass[] = PURGEABLE_CLASSES;
export const classLabel = (c: PurgeableClass | "aggregates") => RETENTION_CLASS_LABELS[c];
