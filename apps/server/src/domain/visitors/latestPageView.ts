import type { ExpressionBuilder } from "kysely";
import type { Database } from "../../store/schema";

/**
 * A column of the visitor's latest page view, as a subquery inside a select from `visitors` (the
 * index page_views_visitor_last serves it). The latest view holds the visitor's latest inferred
 * attributes and their current visit.
 */
export function latestPageView(
  eb: ExpressionBuilder<Database, "visitors">,
  column: "attributes" | "session_id" | "last_at",
) {
  return eb
    .selectFrom("page_views")
    .select(`page_views.${column}`)
    .whereRef("page_views.visitor_id", "=", "visitors.id")
    .orderBy("page_views.last_at", "desc")
    .limit(1);
}
