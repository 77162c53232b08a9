import type { ImportMapping } from "@parley/protocol/imports";
import type { z } from "zod";
import { uncsvCell } from "../../lib/csvRead";
import { parseJson } from "../../lib/json";
import { type FieldDefinitionRow, fieldValueProblems } from "../fields/validateFieldValues";

export type FieldValue = string | number | boolean | null;

/** A row's mapped values: standard targets as text, custom fields typed; empty cells left out. */
export interface MappedRow {
  values: Record<string, string>;
  fields: Record<string, FieldValue>;
  problems: string[];
}

/**
 * Reads one row under a mapping. An empty cell gives no value (an import never clears one); a
 * cell exported with csvCell's formula guard reads as it was; a custom field's cell is read for
 * its type (numbers, true/false/yes/no/1/0, a picklist's option in any case) and checked like an
 * edit in the app.
 */
export function readImportRow(
  cells: readonly string[],
  mapping: ImportMapping,
  defs: readonly FieldDefinitionRow[],
  entity: "person" | "company",
): MappedRow {
  const values: Record<string, string> = {};
  const fields: Record<string, FieldValue> = {};
  const problems: string[] = [];
  mapping.forEach((target, i) => {
    if (target === null) return;
    const cell = uncsvCell((cells[i] ?? "").trim());
    if (cell === "") return;
    if (!target.startsWith("fields.")) {
      values[target] = cell;
      return;
    }
    const key = target.slice("fields.".length);
    const def = defs.find((d) => d.key === key && d.built_in === 0);
    const typed = def ? typedCell(def, cell) : cell;
    if (typed === undefined)
      problems.push(`${key} ${def?.type === "number" ? "must be a number" : "must be true or false"}`);
    else fields[key] = typed;
  });
  for (const p of fieldValueProblems(defs, entity, fields))
    problems.push(`${p.path.slice("/fields/".length)} ${p.message}`);
  return { values, fields, problems };
}

function typedCell(def: FieldDefinitionRow, cell: string): FieldValue | undefined {
  switch (def.type) {
    case "number":
      return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cell) ? Number(cell) : undefined;
    case "boolean": {
      const word = cell.toLowerCase();
      if (["true", "yes", "1"].includes(word)) return true;
      if (["false", "no", "0"].includes(word)) return false;
      return undefined;
    }
    case "picklist":
      return parseJson<string[]>(def.options, []).find((o) => o.toLowerCase() === cell.toLowerCase()) ?? cell;
    default:
      return cell;
  }
}

/** A zod error as one line: "email must be a valid email address; phone must be …". */
export const issuesText = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.join(".") || "row"} ${issue.message}`).join("; ");

/** Whether two stored field values are the same (JSON values: text, number, boolean, null). */
export const sameValue = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null);
