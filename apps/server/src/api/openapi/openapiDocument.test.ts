import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect, it } from "vitest";
import type { ZodType } from "zod";
import { describeEachDatabase } from "../../testing/describeEachDatabase";

type Json = Record<string, unknown>;
type Media = { schema?: Json; example?: unknown; examples?: Record<string, { value: unknown }> };
type Operation = {
  summary?: string;
  description?: string;
  parameters?: { in: string; name: string; required?: boolean; schema?: Json }[];
  requestBody?: { content?: Record<string, Media> };
  responses: Record<string, { description?: string; content?: Record<string, Media> }>;
};
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
};

const SUCCESS = ["200", "201"];
const examplesOf = (media: Media | undefined): unknown[] =>
  media?.example !== undefined ? [media.example] : Object.values(media?.examples ?? {}).map((e) => e.value);
const jsonOf = (content: Record<string, Media> | undefined) => content?.["application/json"];
/** The success answer that is a JSON document (a CSV or plain-text answer is shown as text). */
const jsonSuccess = (op: Operation) => {
  const status = SUCCESS.find((s) => op.responses[s]);
  const media = status ? jsonOf(op.responses[status]?.content) : undefined;
  return media?.schema?.type === "string" ? undefined : media && { status, media };
};

function operationsOf(doc: Document) {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, path, op })),
  );
}

/** Every `$ref` in the document, with where it is. */
function refsOf(value: unknown, at = "#"): { at: string; ref: string }[] {
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === "$ref" && typeof child === "string" ? [{ at, ref: child }] : refsOf(child, `${at}/${key}`),
  );
}

describeEachDatabase("the OpenAPI document", (server) => {
  const document = async () => (await server().anonymous().get<Document>("/api/openapi.json")).body;

  it("gives every operation a summary, a description, examples and its error responses", async () => {
    const doc = await document();
    const missing: string[] = [];
    for (const { where, op } of operationsOf(doc)) {
      if (!op.summary?.trim()) missing.push(`${where}: summary`);
      if (!op.description?.trim()) missing.push(`${where}: description`);
      // Each media type a body may be sent as (JSON, or a file's own type) shows an example.
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {}))
        if (examplesOf(media).length === 0) missing.push(`${where}: request body example (${type})`);
      const success = jsonSuccess(op);
      if (success && examplesOf(success.media).length === 0)
        missing.push(`${where}: ${success.status} example`);
      if (!Object.keys(op.responses).some((s) => Number(s) >= 400)) missing.push(`${where}: error responses`);
    }
    expect(missing).toEqual([]);
  });

  it("describes the CSV upload's body: the file as text, its types and size limit, and its errors", async () => {
    const upload = (await document()).paths["/api/sites/{siteId}/imports"]?.post;
    expect(Object.keys(upload?.requestBody?.content ?? {})).toEqual(["text/csv", "application/csv"]);
    const csv = upload?.requestBody?.content?.["text/csv"];
    expect(csv?.schema).toMatchObject({ type: "string", contentMediaType: "text/csv" });
    expect(csv?.schema?.description).toMatch(/at most 64 MiB/);
    expect(examplesOf(csv)[0]).toMatch(/^Email,First name/);
    expect(upload?.description).toMatch(/`413` a file over 64 MiB/);
    expect(Object.keys(upload?.responses ?? {})).toEqual(expect.arrayContaining(["201", "400", "413"]));
  });

  it("parses every route's examples with the route's own schemas", async () => {
    const { operations } = server().parley;
    expect(operations.filter((o) => o.examples).length).toBeGreaterThan(100);
    const problems: string[] = [];
    const check = (where: string, schema: unknown, value: unknown) => {
      if (!schema) return problems.push(`${where}: an example for what the route does not declare`);
      const result = (schema as ZodType).safeParse(value);
      if (!result.success) problems.push(`${where}: ${JSON.stringify(result.error.issues.slice(0, 3))}`);
    };
    for (const { method, url, schema, examples } of operations) {
      if (!examples) continue;
      const where = `${method} ${url}`;
      if (examples.body !== undefined) check(`${where} body`, schema.body, examples.body);
      if (examples.querystring) check(`${where} query`, schema.querystring, examples.querystring);
      const responses = (schema.response ?? {}) as Record<string, unknown>;
      for (const [status, value] of Object.entries(examples.response ?? {}))
        check(`${where} ${status}`, responses[status], value);
    }
    expect(problems).toEqual([]);
  });

  it("is a valid OpenAPI 3.1 document whose schemas compile and accept its own examples", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    const problems: string[] = [];
    // Every reference resolves to a component.
    for (const { at, ref } of refsOf(doc)) {
      const name = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
      if (!name || !doc.components.schemas[name]) problems.push(`${at}: unresolved ${ref}`);
    }
    // The stream document is described in full (it was `{}`), in both directions.
    for (const name of ["Stream", "StreamInput", "ConditionGroup", "ConditionGroupInput"])
      expect(Object.keys(doc.components.schemas[name]?.properties ?? {}).length, name).toBeGreaterThan(1);

    const ajv = new Ajv2020({ strict: false, allErrors: false });
    addFormats(ajv);
    ajv.addSchema({ $id: "parley:components", components: doc.components });
    // Many operations share a schema (the error format above all): each distinct one compiles once.
    const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
    const compile = (schema: Json) => {
      const text = JSON.stringify(schema).replaceAll('"#/components/', '"parley:components#/components/');
      const known = compiled.get(text);
      if (known) return known;
      const validate = ajv.compile(JSON.parse(text) as Json);
      compiled.set(text, validate);
      return validate;
    };
    for (const { where, path, op } of operationsOf(doc)) {
      const declared = new Set(op.parameters?.filter((p) => p.in === "path").map((p) => p.name));
      for (const name of path.match(/\{(\w+)\}/g) ?? [])
        if (!declared.has(name.slice(1, -1)))
          problems.push(`${where}: path parameter ${name} is not declared`);
      for (const p of op.parameters ?? [])
        if (p.in === "path" && p.required !== true)
          problems.push(`${where}: path parameter ${p.name} not required`);
      const media = [
        ...Object.entries(op.requestBody?.content ?? {}).map(([type, m]) => ({ what: `body ${type}`, m })),
        ...Object.entries(op.responses).flatMap(([status, response]) => {
          if (!response.description) problems.push(`${where} ${status}: no description`);
          return Object.entries(response.content ?? {}).map(([type, m]) => ({
            what: `${status} ${type}`,
            m,
          }));
        }),
      ];
      for (const { what, m } of media) {
        if (!m.schema) continue;
        let validate;
        try {
          validate = compile(m.schema);
        } catch (error) {
          problems.push(`${where} ${what}: the schema does not compile: ${(error as Error).message}`);
          continue;
        }
        for (const example of examplesOf(m))
          if (!validate(example))
            problems.push(
              `${where} ${what}: the example fails the schema: ${ajv.errorsText(validate.errors)}`,
            );
      }
    }
    expect(problems).toEqual([]);
    // Compiling every schema of the document takes a while on a busy machine.
  }, 120_000);
});
