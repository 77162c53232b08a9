import { lookupPath } from "../lookupPath";
import { TOKEN_ROOTS } from "./parseTemplate";
import type { TokenContext } from "./tokenContext";

// C0/C1 control characters other than tab and newline never reach the output.
// eslint-disable-next-line no-control-regex -- removing them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function asText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) {
    const items = value.filter((v): v is string => typeof v === "string" && v.trim() !== "");
    return items.length > 0 ? items.join(", ") : null;
  }
  return null;
}

/**
 * The plain text a token stands for: the value at `path`, else the fallback, else "". Only the
 * four known roots are readable; objects and unknown paths give the fallback.
 */
export function resolveToken(path: string, fallback: string, context: TokenContext): string {
  const root = path.split(".")[0] ?? "";
  const known = (TOKEN_ROOTS as readonly string[]).includes(root);
  const value = known ? asText(lookupPath(context, path)) : null;
  return (value ?? fallback).replace(CONTROL, "").replace(/\r\n?/g, "\n");
}
