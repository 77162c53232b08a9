import crypto from "node:crypto";
import type { Socket } from "node:net";
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError, HTTP_STATUS } from "../../errors";

/** Longest URL (path and query) Parley reads; longer ones answer 414. */
export const MAX_URL_LENGTH = 8 * 1024;

/**
 * Requests Node refuses before Fastify sees them (headers, request line included, beyond
 * `maxHeaderSize`) still answer in the one error format: 414 when the request line alone is too
 * long, 431 otherwise. Node gives the bytes it read; a request line with no end in them is the long part.
 */
export function clientErrorHandler(error: ConnectionError, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  let code: "uri_too_long" | "headers_too_large" | "bad_request" = "bad_request";
  let message = "The request could not be read";
  if (error.code === "HPE_HEADER_OVERFLOW") {
    // Typed as its JSON form, but Node hands over the Buffer it read.
    const raw: unknown = error.rawPacket;
    const firstLineEnd = Buffer.isBuffer(raw) ? raw.indexOf("\r\n") : -1;
    const urlTooLong = firstLineEnd < 0 || firstLineEnd > MAX_URL_LENGTH;
    code = urlTooLong ? "uri_too_long" : "headers_too_large";
    message = urlTooLong ? "The URL is too long" : "The request headers are too large";
  }
  const requestId = crypto.randomUUID();
  const body = JSON.stringify({ error: { code, message, requestId } });
  const status = HTTP_STATUS[code];
  const reason = { uri_too_long: "URI Too Long", headers_too_large: "Request Header Fields Too Large" };
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${code === "bad_request" ? "Bad Request" : reason[code]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}

/** Fastify's own refusals before routing (a path parameter too long, a malformed URL), in the one error format. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === "FST_ERR_MAX_PARAM_LENGTH";
  const code = tooLong ? "uri_too_long" : "bad_request";
  reply
    .status(HTTP_STATUS[code])
    .header("x-request-id", request.id)
    .send({
      error: {
        code,
        message: tooLong ? "The URL is too long" : "The URL is not valid",
        requestId: request.id,
      },
    });
}

/** Refuses URLs longer than MAX_URL_LENGTH before anything else reads them. */
export function installUrlLimit(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    if (request.url.length > MAX_URL_LENGTH) throw new AppError("uri_too_long", "The URL is too long");
  });
}
