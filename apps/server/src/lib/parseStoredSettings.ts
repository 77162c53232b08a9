import type { z } from "zod";
import { parseJson } from "./json";

/**
 * A stored settings document (JSON column), read leniently: every missing key at its default, and a
 * value an older version wrote that no longer fits is its default too, instead of failing the read.
 */
export function parseStoredSettings<S extends z.ZodObject>(schema: S, json: string | null): z.infer<S> {
  const stored = parseJson<Record<string, unknown>>(json, {});
  const parsed = schema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const keep = Object.fromEntries(
    Object.entries(stored).filter(([key, value]) => schema.shape[key]?.safeParse(value).success),
  );
  return schema.parse(keep);
}
