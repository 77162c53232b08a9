import { ApiError } from "./ApiError";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

let csrfToken: string | null = null;

/** Remembers the session's CSRF token (from Me); every cookie-authenticated write must send it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Calls the Parley API with the session cookie. Sends JSON only when there is a body (a file — a
 * Blob — goes as it is, with its type), adds `X-CSRF-Token` on writes, and turns any failure into an
 * {@link ApiError} carrying the server's message.
 */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  const file = body instanceof Blob ? body : null;
  if (body !== undefined) headers["content-type"] = file ? file.type : "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: file ?? (body === undefined ? undefined : JSON.stringify(body)),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(
      0,
      "network",
      "Could not reach the Parley server. Check your connection and try again.",
    );
  }

  const text = await response.text();
  const json: unknown = text ? safeParse(text) : undefined;
  if (!response.ok) throw toApiError(response, json);
  return json as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toApiError(response: Response, json: unknown): ApiError {
  const error = (json as { error?: Record<string, unknown> } | undefined)?.error;
  const requestId = response.headers.get("x-request-id") ?? undefined;
  if (error && typeof error.message === "string") {
    return new ApiError(
      response.status,
      typeof error.code === "string" ? error.code : "unknown",
      error.message,
      error.details,
      typeof error.requestId === "string" ? error.requestId : requestId,
    );
  }
  return new ApiError(
    response.status,
    "unknown",
    `The server answered ${response.status} ${response.statusText}`.trim(),
    undefined,
    requestId,
  );
}
