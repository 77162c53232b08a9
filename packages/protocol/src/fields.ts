import { z } from "zod";
import { Id } from "./common";

export const FIELD_TYPES = ["text", "number", "boolean", "date", "picklist"] as const;
export const FieldType = z.enum(FIELD_TYPES);
export const FieldEntity = z.enum(["person", "company"]);

export const FieldDefinition = z.object({
  id: Id,
  siteId: Id,
  entity: FieldEntity,
  key: z.string(),
  label: z.string(),
  type: FieldType,
  options: z.array(z.string()),
  builtIn: z.boolean(),
});
export type FieldDefinition = z.infer<typeof FieldDefinition>;

const FieldKey = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,62}$/, "must start with a letter and hold only letters, digits and _");

export const CreateFieldBody = z
  .strictObject({
    entity: FieldEntity,
    key: FieldKey,
    label: z.string().trim().min(1).max(120),
    type: FieldType,
    options: z.array(z.string().trim().min(1).max(200)).max(500).default([]),
  })
  .refine((f) => f.type !== "picklist" || f.options.length > 0, {
    message: "a picklist needs at least one option",
    path: ["options"],
  });
export const UpdateFieldBody = z.strictObject({
  label: z.string().trim().min(1).max(120).optional(),
  options: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
});

/** Custom field values as sent and stored: by field key. */
export const FieldValues = z.record(
  z.string(),
  z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]),
);
