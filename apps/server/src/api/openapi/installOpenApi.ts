import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import type { App } from "../context";
import { flowComponents } from "./flowSchemas";
import type { DocumentedRoute, RouteExamples } from "./routeExamples";

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema> };
type Transform = typeof jsonSchemaTransform;

/** Puts a route's examples on the JSON schemas the document is made of (the media type takes them). */
function withExamples(examples: RouteExamples | undefined, schema: Record<string, unknown>) {
  if (!examples) return schema;
  const out = { ...schema };
  const body = out.body as JsonSchema | undefined;
  if (body && examples.body !== undefined) out.body = { ...body, examples: [examples.body] };
  const query = out.querystring as JsonSchema | undefined;
  if (query?.properties && examples.querystring) {
    const properties = { ...query.properties };
    for (const [name, value] of Object.entries(examples.querystring))
      if (properties[name]) properties[name] = { ...properties[name], examples: [value] };
    out.querystring = { ...query, properties };
  }
  const response = out.response as Record<string, JsonSchema> | undefined;
  if (response && examples.response) {
    const withExample = { ...response };
    for (const [status, value] of Object.entries(examples.response))
      if (withExample[status]) withExample[status] = { ...withExample[status], examples: [value] };
    out.response = withExample;
  }
  return out;
}

/**
 * Serves the OpenAPI 3.1 document at /api/openapi.json (its schemas are JSON Schema 2020-12, which
 * zod writes as it is, recursion included) and the browsable docs at /api/docs. Returns every
 * documented /api route with its schemas and examples (for the test that parses the examples).
 */
export async function installOpenApi(app: App, version: string): Promise<DocumentedRoute[]> {
  const documented: DocumentedRoute[] = [];
  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/") || route.url.startsWith("/api/docs") || route.schema?.hide) return;
    for (const method of [route.method].flat())
      if (method !== "HEAD")
        documented.push({
          method,
          url: route.url,
          // Read when asked: later onRoute hooks (installErrorDocs) add the error responses.
          get schema() {
            return route.schema ?? {};
          },
          examples: route.config?.examples,
        });
  });
  const transform: Transform = (input) => {
    const result = jsonSchemaTransform(input);
    const examples = (input.route.config as { examples?: RouteExamples } | undefined)?.examples;
    return { ...result, schema: withExamples(examples, result.schema as Record<string, unknown>) };
  };
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Parley API",
        version,
        description:
          "Parley's REST API. Authenticate with `Authorization: Bearer <api key>`; lists are paged with " +
          "`limit` and the previous page's `nextCursor` as `cursor`. See docs/rest-api.md.",
      },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: [{ bearer: [] }],
    },
    transform,
    transformObject: (input) => {
      const document = jsonSchemaTransformObject(input) as {
        components: { schemas: Record<string, unknown> };
      };
      Object.assign(document.components.schemas, flowComponents());
      return document as ReturnType<typeof jsonSchemaTransformObject>;
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  return documented;
}
