import { IMPORT_ENTITIES } from "@parley/protocol/imports";
import { z } from "zod";

/** The import wizard's search: which list it imports into (people when missing or unknown). */
export const ImportSearch = z.object({ entity: z.enum(IMPORT_ENTITIES).catch("people") });
export type ImportSearch = z.infer<typeof ImportSearch>;
