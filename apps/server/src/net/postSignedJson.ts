import http from "node:http";
import https from "node:https";
import { performance } from "node:perf_hooks";
import { clock } from "../lib/clock";
import { outboundGuard } from "./outboundGuard";
import { signWebhook } from "./webhookSignature";

export interface OutboundCallOptions {
  /** Extra certificate authorities to trust (tests use a self-signed loopback server). */
  ca?: string;
  /** One deadline for the whole call, answer included. */
  timeoutMs?: number;
  /** Hosts that may be called although they are not public (PARLEY_OUTBOUND_ALLOW). */
  allow?: readonly string[];
}

export interface SignedPostResult {
  /** The answer's status; absent when none came (refused, network error, timeout). */
  status?: number;
  /** The answer's body as text (cut off at MAX_RESPONSE_BYTES: that is an error). */
  text?: string;
  error?: string;
  durationMs: number;
}

const MAX_RESPONSE_BYTES = 256 * 1024;
const DEFAULT_TIMEOUT_MS = 5000;

/**
 * POSTs a JSON body signed with `secret` (net/webhookSignature; `x-parley-timestamp` carries the same
 * seconds) to an http or https URL: the one HTTP caller of the Webhook card and of webhook
 * subscriptions. Private, loopback, link-local and metadata addresses are refused after DNS
 * resolution (net/outboundGuard) unless allowed. Redirects are NOT followed: a 3xx is returned as
 * it came and callers count it as a failure. One deadline covers the whole call, so a server that
 * answers byte by byte is cut off too. Never rejects: every failure is an `error`.
 */
export function postSignedJson(
  url: URL,
  body: string,
  secret: string,
  extraHeaders: Record<string, string>,
  options: OutboundCallOptions = {},
): Promise<SignedPostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return Promise.resolve({
      error: `only http and https URLs are called, not ${url.protocol}`,
      durationMs: 0,
    });
  const guard = outboundGuard(options.allow);
  const refusal = guard.check(url);
  if (refusal) return Promise.resolve({ error: refusal, durationMs: 0 });
  const timestamp = Math.floor(clock().now() / 1000);
  const headers = {
    ...extraHeaders,
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
    "user-agent": "Parley-Webhook/1",
    "x-parley-timestamp": String(timestamp),
    "x-parley-signature": signWebhook(secret, body, timestamp),
  };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const deadline = setTimeout(() => request.destroy(new Error("timed out")), timeoutMs);
    let settled = false;
    const settle = (result: Omit<SignedPostResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve({ ...result, durationMs: elapsed() });
    };
    const request = transport.request(
      url,
      {
        method: "POST",
        headers,
        timeout: timeoutMs,
        // A fresh connection each time, made to the address the guard checked.
        agent: false,
        lookup: guard.lookup,
        ...(options.ca && url.protocol === "https:" ? { ca: options.ca } : {}),
      },
      (response: http.IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) request.destroy(new Error("response too large"));
          else chunks.push(chunk);
        });
        response.on("end", () =>
          settle({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", (error) => settle({ error: error.message }));
      },
    );
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", (error) => settle({ error: error.message }));
    request.end(body);
  });
}
