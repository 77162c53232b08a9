import type { ApiClient } from "./apiClient";
import type { TestServer } from "./testServer";
import { WsClient } from "./wsClient";

export const PAGE_ORIGIN = "http://localhost:3000";

export interface TestSite {
  id: string;
  siteKey: string;
}

/** A site on localhost with no response delay, so conversation tests see messages at once. */
export async function quickSite(admin: ApiClient, extra: Record<string, unknown> = {}): Promise<TestSite> {
  const res = await admin.post<TestSite>("/api/sites", {
    name: `Engine ${crypto.randomUUID().slice(0, 6)}`,
    allowedDomains: ["localhost"],
    branding: { responseDelaySeconds: 0 },
    ...extra,
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body;
}

/** Creates and publishes a dialogue (or flow) with the given stream; returns its id. */
export async function publishStream(
  admin: ApiClient,
  siteId: string,
  stream: unknown,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const created = await admin.post<{ id: string }>(`/api/sites/${siteId}/dialogues`, {
    name: `D ${crypto.randomUUID().slice(0, 6)}`,
    ...extra,
  });
  const patched = await admin.patch(`/api/sites/${siteId}/dialogues/${created.body.id}`, { draft: stream });
  if (patched.status !== 200) throw new Error(JSON.stringify(patched.body));
  const published = await admin.post(`/api/sites/${siteId}/dialogues/${created.body.id}/publish`);
  if (published.status !== 200) throw new Error(JSON.stringify(published.body));
  return created.body.id;
}

type Message = { seq: number; author: string; body: { type?: string; [k: string]: unknown } };

/** A visitor with a token and an open WebSocket, with helpers to run a conversation. */
export class TestVisitor {
  conversationId = "";
  private counter = 0;

  private constructor(
    readonly server: TestServer,
    readonly site: TestSite,
    readonly visitorId: string,
    readonly token: string,
    public socket: WsClient,
  ) {}

  static async arrive(server: TestServer, site: TestSite, token?: string): Promise<TestVisitor> {
    const res = await fetch(`${server.url}/api/widget/visitors`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: PAGE_ORIGIN },
      body: JSON.stringify({ siteKey: site.siteKey, ...(token ? { token } : {}) }),
    });
    const body = (await res.json()) as { visitorId: string; token: string };
    const socket = await TestVisitor.connect(server, site, body.token);
    return new TestVisitor(server, site, body.visitorId, body.token, socket);
  }

  static async connect(server: TestServer, site: TestSite, token: string): Promise<WsClient> {
    const url = `${server.url.replace("http", "ws")}/ws?site=${site.siteKey}&visitor=${encodeURIComponent(token)}`;
    const socket = await WsClient.connect(url, { origin: PAGE_ORIGIN });
    await socket.next((f) => f.type === "hello");
    return socket;
  }

  async reconnect(): Promise<void> {
    this.socket.close();
    this.socket = await TestVisitor.connect(this.server, this.site, this.token);
  }

  nextClientId(): string {
    this.counter += 1;
    return `c${this.counter}-${crypto.randomUUID()}`;
  }

  async start(dialogueId: string, clientId = this.nextClientId()): Promise<string> {
    this.socket.send({
      type: "conversation.start",
      ref: clientId.slice(0, 20),
      clientId,
      dialogueId,
      pageUrl: `${PAGE_ORIGIN}/pricing`,
    });
    const started = await this.socket.next((f) => f.type === "conversation.started" || f.type === "error");
    if (started.type === "error") throw new Error(`start refused: ${JSON.stringify(started)}`);
    this.conversationId = started.conversationId as string;
    return this.conversationId;
  }

  send(input: Record<string, unknown>, clientId = this.nextClientId()): string {
    this.socket.send({ type: "conversation.input", clientId, conversationId: this.conversationId, input });
    return clientId;
  }

  /** Waits for the next message of this conversation and returns it. */
  async message(match: (m: Message) => boolean = () => true): Promise<Message & { status: string }> {
    let status = "";
    const frame = await this.socket.next((f) => {
      if (f.type !== "conversation.messages" || f.conversationId !== this.conversationId) return false;
      const [m] = f.messages as Message[];
      if (m && match(m)) {
        status = f.status as string;
        return true;
      }
      return false;
    });
    return { ...(frame.messages as Message[])[0], status } as Message & { status: string };
  }

  /** Waits for the next bot message whose body has the given type. */
  bot(type: string) {
    return this.message((m) => m.author === "bot" && m.body.type === type);
  }
}
