import { ADMIN } from "./widgetServer";

export interface Site {
  id: string;
  siteKey: string;
  name: string;
}

/** The REST API as the admin (session cookie + CSRF header), for setting up what a visitor meets. */
export class WidgetAdmin {
  private cookie = "";
  private csrf = "";

  private constructor(readonly baseUrl: string) {}

  static async signIn(baseUrl: string): Promise<WidgetAdmin> {
    const admin = new WidgetAdmin(baseUrl);
    const res = await fetch(`${baseUrl}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    admin.cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    admin.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    return admin;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        cookie: this.cookie,
        "x-csrf-token": this.csrf,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  /** The first-run demo site (its sample dialogue is what /demo shows). */
  async demoSite(): Promise<Site> {
    const sites = await this.request<Site[]>("GET", "/api/sites");
    const demo = sites.find((s) => s.name === "Demo site");
    if (!demo) throw new Error("no demo site");
    return demo;
  }

  /** A site for a test, allowed on 127.0.0.1, without response delay unless given. */
  async createSite(extra: Record<string, unknown> = {}): Promise<Site> {
    const { branding, ...rest } = extra as { branding?: Record<string, unknown> };
    return this.request<Site>("POST", "/api/sites", {
      name: `Widget test ${Math.random().toString(36).slice(2, 8)}`,
      allowedDomains: ["127.0.0.1"],
      branding: { responseDelaySeconds: 0, ...branding },
      ...rest,
    });
  }

  /** Creates a dialogue (or flow) with this stream and publishes it; returns its id. */
  async publish(siteId: string, stream: unknown, extra: Record<string, unknown> = {}): Promise<string> {
    const created = await this.request<{ id: string }>("POST", `/api/sites/${siteId}/dialogues`, {
      name: `Dialogue ${Math.random().toString(36).slice(2, 8)}`,
      ...extra,
    });
    await this.request("PATCH", `/api/sites/${siteId}/dialogues/${created.id}`, { draft: stream });
    await this.request("POST", `/api/sites/${siteId}/dialogues/${created.id}/publish`);
    return created.id;
  }

  /** The first page of the site's people matching `q`. */
  async people(siteId: string, q: string) {
    const page = await this.request<{
      items: { id: string; email: string | null; fields: Record<string, unknown> }[];
    }>("GET", `/api/sites/${siteId}/people?q=${encodeURIComponent(q)}`);
    return page.items;
  }
}
