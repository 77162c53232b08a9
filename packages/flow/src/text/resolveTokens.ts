import { parseTemplate } from "./parseTemplate";
import { resolveToken } from "./resolveToken";
import type { TokenContext } from "./tokenContext";

/** A template with its tokens replaced, as plain text (no formatting): for field values and labels. */
export function resolveTokens(template: string, context: TokenContext): string {
  return parseTemplate(template)
    .map((part) => (part.kind === "text" ? part.text : resolveToken(part.path, part.fallback, context)))
    .join("");
}
