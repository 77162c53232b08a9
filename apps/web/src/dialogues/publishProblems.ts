import { isApiError } from "../api/ApiError";

export interface PublishRefusal {
  /** One line for the notice's heading. */
  summary: string;
  /** Each problem of the stream, in words; empty when the refusal was not about the stream. */
  problems: string[];
}

/**
 * What to tell a marketer whose publish was refused: the stream's problems one per line (the server
 * sends them in `details.problems`, each naming its card), or the server's message as it is.
 */
export function publishRefusal(error: unknown, name: string): PublishRefusal {
  const problems = isApiError(error) ? problemsOf(error.details) : [];
  if (problems.length > 0) {
    return {
      summary: `“${name}” cannot be published yet: fix ${problems.length === 1 ? "this problem" : `these ${problems.length} problems`} in the designer first.`,
      problems,
    };
  }
  const message = error instanceof Error ? error.message : "Something went wrong";
  return { summary: `“${name}” was not published: ${message}`, problems: [] };
}

function problemsOf(details: unknown): string[] {
  if (typeof details !== "object" || details === null) return [];
  const list = (details as { problems?: unknown }).problems;
  if (!Array.isArray(list)) return [];
  return list.flatMap((p: unknown) => {
    const message = typeof p === "object" && p !== null ? (p as { message?: unknown }).message : null;
    return typeof message === "string" ? [message] : [];
  });
}
