import type { FieldDefinition } from "@parley/protocol/fields";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

const field: FieldDefinition = {
  id: EX.fieldId,
  siteId: EX.siteId,
  entity: "person",
  key: "plan",
  label: "Plan",
  type: "picklist",
  options: ["free", "team", "enterprise"],
  builtIn: false,
};

export const fieldExamples = {
  list: {
    response: {
      200: [
        {
          ...field,
          id: "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f70",
          key: "email",
          label: "Email",
          type: "text",
          options: [],
          builtIn: true,
        },
        field,
      ],
    },
  },
  create: {
    body: {
      entity: "person",
      key: "plan",
      label: "Plan",
      type: "picklist",
      options: ["free", "team", "enterprise"],
    },
    response: { 201: field },
  },
  update: {
    body: { options: ["free", "team", "business", "enterprise"] },
    response: { 200: { ...field, options: ["free", "team", "business", "enterprise"] } },
  },
  delete: { response: { 200: { ok: true } } },
} satisfies Record<string, RouteExamples>;
