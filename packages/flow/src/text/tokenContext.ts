import type { FieldValue, VisitorAttributes } from "../conditions/conditionContext";

/** What `{{person.*}}`, `{{company.*}}`, `{{agent.*}}` and `{{visitor.*}}` tokens read. */
export interface TokenContext {
  person?: Readonly<Record<string, FieldValue>>;
  company?: Readonly<Record<string, FieldValue>>;
  /** The agent of the conversation (live chat or booked meeting): name, email … */
  agent?: Readonly<Record<string, FieldValue>>;
  visitor?: VisitorAttributes;
}
