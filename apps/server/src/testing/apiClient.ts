/** A tiny HTTP client for tests that behaves like the browser app: keeps the session cookie, sends the CSRF header. */
export class ApiClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  bearer: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: T; headers: Headers }> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h["content-type"] = "application/json";
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken && !("x-csrf-token" in h)) h["x-csrf-token"] = this.csrfToken;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie?.startsWith("parley_session=")) {
      const value = setCookie.split(";")[0] ?? "";
      this.cookie = value === "parley_session=" ? null : value;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (e.g. HTML docs): keep the text.
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = unknown>(path: string) => this.request<T>("GET", path);
  post = <T = unknown>(path: string, body?: unknown) => this.request<T>("POST", path, body);
  patch = <T = unknown>(path: string, body?: unknown) => this.request<T>("PATCH", path, body);
  delete = <T = unknown>(path: string) => this.request<T>("DELETE", path);

  async signIn(email: string, password: string): Promise<void> {
    const res = await this.post<{ csrfToken: string }>("/api/auth/sign-in", { email, password });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrfToken = res.body.csrfToken;
  }
}
