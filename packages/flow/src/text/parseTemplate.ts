/** A template split into literal text and tokens. */
export type TemplatePart = { kind: "text"; text: string } | { kind: "token"; path: string; fallback: string };

export const TOKEN_ROOTS = ["person", "company", "agent", "visitor"] as const;

// {{ person.firstName | "there" }}; the fallback may be "double", 'single' quoted or bare.
const TOKEN =
  /\{\{\s*([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+){0,4})\s*(?:\|\s*(?:"([^"{}]*)"|'([^'{}]*)'|([^"'{}|]*?)))?\s*\}\}/g;

/** Finds `{{path | "fallback"}}` tokens; anything that does not look like one stays text. */
export function parseTemplate(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ kind: "text", text: template.slice(last, index) });
    parts.push({
      kind: "token",
      path: match[1] ?? "",
      fallback: match[2] ?? match[3] ?? match[4]?.trim() ?? "",
    });
    last = index + match[0].length;
  }
  if (last < template.length) parts.push({ kind: "text", text: template.slice(last) });
  return parts;
}
