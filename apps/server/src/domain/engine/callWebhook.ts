import crypto from "node:crypto";
import type http from "node:http";
import https from "node:https";
import { clock } from "../../lib/clock";
import { outboundGuard } from "../../net/outboundGuard";

export interface WebhookOptions {
  /** Extra certificate authorities to trust (tests use a self-signed loopback server). */
  ca?: string;
  timeoutMs?: number;
  /** Hosts that may be called although they are not public (PARLEY_OUTBOUND_ALLOW). */
  allow?: readonly string[];
}

export interface WebhookResult {
  ok: boolean;
  status?: number;
  body?: unknown;
  error?: string;
}

const MAX_RESPONSE_BYTES = 256 * 1024;

/** The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the site's webhook secret. */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

/**
 * POSTs the conversation context as JSON to an https URL, signed, with a deadline for the whole
 * call. Any network error, timeout, non-2xx status or oversized answer is a failure (the card's
 * failure branch). Private, loopback, link-local and metadata addresses are refused after DNS
 * resolution (net/outboundGuard) unless allowed. Redirects are not followed: a 3xx is a failure too.
 */
export function callWebhook(
  url: string,
  payload: unknown,
  secret: string,
  options: WebhookOptions = {},
): Promise<WebhookResult> {
  const body = JSON.stringify(payload);
  const target = new URL(url);
  if (target.protocol !== "https:")
    return Promise.resolve({ ok: false, error: "only https URLs are called" });
  const guard = outboundGuard(options.allow);
  const refusal = guard.check(target);
  if (refusal) return Promise.resolve({ ok: false, error: refusal });
  const headers = {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
    "user-agent": "Parley-Webhook/1",
    "x-parley-signature": signWebhook(secret, body, Math.floor(clock().now() / 1000)),
  };
  const timeoutMs = options.timeoutMs ?? 5000;
  return new Promise((resolve) => {
    // One deadline for the whole call: a server that answers slowly, byte by byte, is cut off too.
    const deadline = setTimeout(() => request.destroy(new Error("timed out")), timeoutMs);
    const settle = (result: WebhookResult) => {
      clearTimeout(deadline);
      resolve(result);
    };
    const request = https.request(
      target,
      {
        method: "POST",
        headers,
        timeout: timeoutMs,
        // A fresh connection each time, made to the address the guard checked.
        agent: false,
        lookup: guard.lookup,
        ...(options.ca ? { ca: options.ca } : {}),
      },
      (response: http.IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) request.destroy(new Error("response too large"));
          else chunks.push(chunk);
        });
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            // A non-JSON answer is kept as text; mappings simply find nothing in it.
          }
          settle({ ok: status >= 200 && status < 300, status, body: parsed });
        });
        response.on("error", (error) => settle({ ok: false, error: error.message }));
      },
    );
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", (error) => settle({ ok: false, error: error.message }));
    request.end(body);
  });
}
