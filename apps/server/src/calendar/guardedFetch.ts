import http from "node:http";
import https from "node:https";
import { outboundGuard } from "../net/outboundGuard";

export interface GuardedFetchOptions {
  /** Hosts that may be called although they are not public (config.outboundAllow). */
  allow: readonly string[];
  /** One deadline for each request, answer included. */
  timeoutMs?: number;
  /** Answers longer than this are cut off with an error (a feed of a decade of events is still far below). */
  maxBytes?: number;
}

/** A refusal by the outbound guard: the address is not public and not allowed. */
export class OutboundRefusedError extends Error {
  readonly code = "EOUTBOUNDREFUSED";
}

const MAX_REDIRECTS = 5;
const NULL_BODY = new Set([101, 204, 205, 304]);

function headerRecord(init: RequestInit["headers"]): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

function bodyOf(body: RequestInit["body"]): string | Buffer | undefined {
  if (body === null || body === undefined) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  throw new TypeError("guardedFetch sends string or byte bodies only");
}

function once(url: URL, init: RequestInit, options: GuardedFetchOptions): Promise<Response> {
  const guard = outboundGuard(options.allow);
  const refusal = guard.check(url);
  if (refusal) return Promise.reject(new OutboundRefusedError(refusal));
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return Promise.reject(new TypeError(`only http and https addresses are called, not ${url.protocol}`));
  const body = bodyOf(init.body);
  const headers = headerRecord(init.headers);
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      // A fresh connection each time, made to the address the guard checked (no pooled socket skips it).
      { method: init.method ?? "GET", headers, agent: false, lookup: guard.lookup, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) request.destroy(new Error(`the answer is larger than ${maxBytes} bytes`));
          else chunks.push(chunk);
        });
        response.on("end", () => {
          clearTimeout(deadline);
          const status = response.statusCode ?? 0;
          const responseHeaders = new Headers();
          for (const [key, value] of Object.entries(response.headers)) {
            if (Array.isArray(value)) for (const v of value) responseHeaders.append(key, v);
            else if (value !== undefined) responseHeaders.set(key, value);
          }
          const result = new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), {
            status,
            statusText: response.statusMessage ?? "",
            headers: responseHeaders,
          });
          // tsdav reads response.url for error reports; the constructor cannot set it.
          Object.defineProperty(result, "url", { value: url.href });
          resolve(result);
        });
        response.on("error", reject);
      },
    );
    const deadline = setTimeout(() => request.destroy(new Error("timed out")), timeoutMs);
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    init.signal?.addEventListener("abort", () => request.destroy(new Error("aborted")));
    request.end(body);
  });
}

/**
 * A `fetch` for calls made on a user's behalf (CalDAV through tsdav, ICS feeds): every address,
 * redirects included, is checked by net/outboundGuard before connecting, and the connection goes to
 * exactly the addresses its DNS lookup checked. Redirects are followed (up to 5) unless the caller
 * asks for `redirect: "manual"`, as tsdav's service discovery does.
 */
export function guardedFetch(options: GuardedFetchOptions): typeof fetch {
  return async (input, init = {}) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    let current: RequestInit = init;
    for (let hop = 0; ; hop++) {
      const response = await once(url, current, options);
      const location = response.headers.get("location");
      if (init.redirect === "manual" || response.status < 300 || response.status >= 400 || !location)
        return response;
      if (hop >= MAX_REDIRECTS) throw new Error(`more than ${MAX_REDIRECTS} redirects`);
      url = new URL(location, url);
      // 303, and 301/302 after a POST, become GET as browsers do; 307/308 keep method and body.
      const method = (current.method ?? "GET").toUpperCase();
      if (
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && method === "POST")
      )
        current = { ...current, method: "GET", body: undefined };
    }
  };
}
