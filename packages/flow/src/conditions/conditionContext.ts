import type { ConditionGroup } from "./condition";

/** A value of a person/company field or inferred attribute as the server knows it. */
export type FieldValue = string | number | boolean | null | undefined | readonly string[];

/** Inferred attributes of the current visit (product §2). */
export interface VisitorAttributes {
  page?: { url?: string };
  referrer?: string;
  utm?: Readonly<Record<string, string>>;
  device?: string;
  language?: string;
  timezone?: string;
  country?: string;
}

/** Everything a condition can look at. The server builds it; nothing here is fetched. */
export interface ConditionContext {
  person?: Readonly<Record<string, FieldValue>>;
  company?: Readonly<Record<string, FieldValue>>;
  visitor?: VisitorAttributes;
  /** Saved audiences by id; a segment condition evaluates the audience against this same context. */
  segments?: Readonly<Record<string, ConditionGroup>>;
  /** Who can take a chat right now: available agents below their concurrency limit, and the teams they are in. */
  availability?: { agentIds: readonly string[]; teamIds: readonly string[] };
  /** The current instant as ISO 8601; needed by office-hours conditions. */
  now?: string;
}
