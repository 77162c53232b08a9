import type { FieldDefinition } from "@parley/protocol/fields";

export interface Option {
  value: string;
  label: string;
}

/**
 * The site's fields as `person.<key>` / `company.<key>` choices, after `none` (value ""). A value the
 * card already has but the site no longer defines stays choosable, marked, so nothing is lost silently.
 */
export function fieldOptions(
  fields: readonly FieldDefinition[],
  options: { none: string; current?: string | undefined; personOnly?: boolean },
): Option[] {
  const list: Option[] = [{ value: "", label: options.none }];
  for (const f of fields) {
    if (options.personOnly && f.entity !== "person") continue;
    list.push({
      value: `${f.entity}.${f.key}`,
      label: `${f.entity === "person" ? "Person" : "Company"}: ${f.label}`,
    });
  }
  return withCurrent(list, options.current, "not a field of this site");
}

/** `current` added (marked `why`) when the list does not hold it. */
export function withCurrent(list: Option[], current: string | undefined, why: string): Option[] {
  if (!current || list.some((o) => o.value === current)) return list;
  return [...list, { value: current, label: `${current} (${why})` }];
}

/** Goal names used by goal cards of these drafts (this stream and the site's other dialogues), A–Z. */
export function goalNames(drafts: readonly unknown[]): string[] {
  const names = new Set<string>();
  for (const draft of drafts) {
    const cards = (draft as { cards?: unknown } | null)?.cards;
    if (!Array.isArray(cards)) continue;
    for (const card of cards as unknown[]) {
      const { type, goal } = (card ?? {}) as { type?: unknown; goal?: unknown };
      if (type === "goal" && typeof goal === "string" && goal.trim() !== "") names.add(goal.trim());
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}
