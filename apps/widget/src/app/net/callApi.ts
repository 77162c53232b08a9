/** A JSON answer, or why there is none (`status` 0: the network failed). */
export type ApiAnswer<T> =
  { ok: true; data: T } | { ok: false; status: number; code?: string; details?: unknown };

/**
 * A GET (no body) or POST of JSON to the Parley API. `simple`: the body goes as text/plain, a
 * simple CORS request without a preflight (the widget runs on customers' origins, as the identify
 * beacon does); the manage page on Parley's own origin sends application/json. Never throws.
 */
export async function callApi<T>(url: string, body?: object, simple = true): Promise<ApiAnswer<T>> {
  try {
    const response = await fetch(url, {
      credentials: "omit",
      ...(body && {
        method: "POST",
        headers: { "content-type": simple ? "text/plain;charset=UTF-8" : "application/json" },
        body: JSON.stringify(body),
      }),
    });
    const json = (await response.json().catch(() => null)) as {
      error?: { code?: string; details?: unknown };
    } | null;
    if (response.ok) return { ok: true, data: json as T };
    return { ok: false, status: response.status, code: json?.error?.code, details: json?.error?.details };
  } catch {
    return { ok: false, status: 0 };
  }
}
