import type { FieldType } from "@parley/protocol/fields";
import type { z } from "zod";

type Def = { entity: "person" | "company"; key: string; label: string; type: z.infer<typeof FieldType> };

/** Standard fields every site has; they map to columns of people and companies and cannot be deleted. */
export const BUILT_IN_FIELDS: readonly Def[] = [
  { entity: "person", key: "email", label: "Email", type: "text" },
  { entity: "person", key: "firstName", label: "First name", type: "text" },
  { entity: "person", key: "lastName", label: "Last name", type: "text" },
  { entity: "person", key: "phone", label: "Phone", type: "text" },
  { entity: "person", key: "jobTitle", label: "Job title", type: "text" },
  { entity: "company", key: "name", label: "Company name", type: "text" },
  { entity: "company", key: "domain", label: "Domain", type: "text" },
];
