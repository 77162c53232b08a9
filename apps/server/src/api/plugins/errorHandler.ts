import type { ErrorCode } from "@parley/protocol/errors";
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError, HTTP_STATUS } from "../../errors";

/** Maps every failure to `{ error: { code, message, details?, requestId } }` with the status from the one table. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    let code: ErrorCode;
    let message: string;
    let details: unknown;
    if (error instanceof AppError) {
      ({ code, message, details } = error);
      if (error.headers) reply.headers(error.headers);
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      code = "validation_failed";
      message = `Invalid ${error.validationContext ?? "request"}: ${error.validation
        .map((v) => `${v.instancePath.replace(/^\//, "").replaceAll("/", ".") || "(root)"} ${v.message}`)
        .join("; ")}`;
      details = error.validation.map((v) => ({
        path: v.instancePath,
        message: v.message,
        keyword: v.keyword,
      }));
    } else if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      code = "payload_too_large";
      message = "The request body is too large";
    } else if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      code = "bad_request";
      message = "Send JSON with Content-Type: application/json";
    } else if (
      error.code === "FST_ERR_CTP_EMPTY_JSON_BODY" ||
      error.code === "FST_ERR_CTP_INVALID_JSON_BODY"
    ) {
      code = "bad_request";
      message = "The request body is not valid JSON";
    } else if (typeof error.statusCode === "number" && error.statusCode < 500) {
      code = error.statusCode === 404 ? "not_found" : "bad_request";
      message = error.message;
    } else {
      if (isResponseSerializationError(error))
        request.log.error({ err: error.cause }, "response did not match schema");
      else request.log.error({ err: error }, "unhandled error");
      code = "internal";
      message = "Something went wrong on our side; the request id helps us find it";
    }
    if (code !== "internal") request.log.info({ code, message }, "request refused");
    reply.status(HTTP_STATUS[code]).send({ error: { code, message, details, requestId: request.id } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: {
        code: "not_found",
        message: `No route for ${request.method} ${request.url}`,
        requestId: request.id,
      },
    });
  });
}
