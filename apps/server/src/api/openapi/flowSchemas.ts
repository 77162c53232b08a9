import { ConditionGroup } from "@parley/flow/conditions/condition";
import { Stream } from "@parley/flow/stream";
import { z } from "zod";

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI components of the documents protocol names but flow defines (protocol/documents.ts):
 * `Stream` and `ConditionGroup`, as replies show them, and `…Input` as bodies take them. The group
 * is recursive (a group holds groups), so it is its own component the stream and itself refer to.
 */
export function flowComponents(): Record<string, JsonSchema> {
  const components: Record<string, JsonSchema> = {};
  for (const io of ["output", "input"] as const) {
    const suffix = io === "input" ? "Input" : "";
    const registry = z.registry<{ id: string }>();
    registry.add(Stream, { id: `Stream${suffix}` });
    registry.add(ConditionGroup, { id: `ConditionGroup${suffix}` });
    const { schemas } = z.toJSONSchema(registry, {
      target: "draft-2020-12",
      io,
      cycles: "ref",
      reused: "inline",
      unrepresentable: "throw",
      uri: (id) => `#/components/schemas/${id}`,
    });
    for (const [id, schema] of Object.entries(schemas)) {
      if (id === "__shared")
        throw new Error(`flow schemas left shared definitions: ${JSON.stringify(schema)}`);
      const { $id: _id, $schema: _dialect, ...rest } = schema as JsonSchema;
      components[id] = rest;
    }
  }
  return components;
}
