import type { FastifyInstance } from "fastify";
import { AppError } from "../../errors";

/**
 * Lets the routes of `scope` read a text/plain body as JSON: what the widget sends from customers'
 * pages (a beacon, or a fetch kept a simple CORS request so no preflight is needed).
 */
export function acceptTextPlainJson(scope: FastifyInstance): void {
  scope.addContentTypeParser("text/plain", { parseAs: "string" }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new AppError("bad_request", "The request body is not valid JSON"), undefined);
    }
  });
}
