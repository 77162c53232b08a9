export const PROBLEM_CODES = [
  "invalid_document",
  "unsupported_schema_version",
  "invalid_card",
  "duplicate_card_id",
  "missing_start_card",
  "unknown_start_card",
  "dangling_edge",
  "unreachable_card",
  "live_chat_not_last",
  "loop_without_input",
  "question_without_answers",
  "duplicate_answer_value",
  "split_needs_branches",
  "invalid_split_weight",
  "picklist_without_options",
  "webhook_url_not_https",
  "flow_without_id",
  "goal_without_name",
  "missing_field",
  "routing_incomplete",
  "invalid_url",
  "empty_text",
  "invalid_condition",
  "translation_unknown_card",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One reason a stream cannot be published, located on a card when it is about one. */
export interface Problem {
  cardId?: string;
  code: ProblemCode;
  message: string;
}
