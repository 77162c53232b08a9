import type { FastifySchema } from "fastify";

/**
 * Examples of one route, declared beside its policy (`config.examples`): a body it accepts, a query it
 * accepts, and what it answers by status. The OpenAPI document shows them (installOpenApi) and
 * openapiDocument.test.ts parses each with the route's own schemas, so an example cannot drift from
 * what the route takes and answers.
 */
export interface RouteExamples {
  body?: unknown;
  querystring?: Record<string, unknown>;
  /** By status; the success answer (200 or 201) at least, when it is JSON. */
  response?: Record<number, unknown>;
}

/** A documented /api route as declared: what the example test parses against. */
export interface DocumentedRoute {
  method: string;
  url: string;
  schema: FastifySchema;
  examples: RouteExamples | undefined;
}
