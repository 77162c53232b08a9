import { isApiError } from "../../api/ApiError";

interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * What a picker says about its list while it cannot offer it: loading, not allowed (a marketer may
 * edit dialogues without seeing the site's agents, teams or routing rules), or failed. Null once loaded.
 */
export function listStatus(query: ListQuery, what: string): string | null {
  if (query.isPending) return `Loading ${what}…`;
  if (!query.isError) return null;
  if (isApiError(query.error) && query.error.status === 403) {
    return `Your role cannot see the ${what}; an admin can choose them. The current choice is kept.`;
  }
  const message = query.error instanceof Error ? query.error.message : "something went wrong";
  return `The ${what} could not be loaded: ${message}`;
}
