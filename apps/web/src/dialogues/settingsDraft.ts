import type { Dialogue } from "@parley/protocol/dialogues";

/** The settings form as typed: the priority stays text until it is saved. */
export interface SettingsDraft {
  name: string;
  description: string;
  priority: string;
}

export type SettingsChange = Partial<Pick<Dialogue, "name" | "description" | "priority">>;

export const settingsDraftOf = (d: Pick<Dialogue, "name" | "description" | "priority">): SettingsDraft => ({
  name: d.name,
  description: d.description,
  priority: String(d.priority),
});

/**
 * What Save sends (only what changed), or the message for each field that is not acceptable, in the
 * words the form shows beside it. Flows have no priority: theirs is never sent.
 */
export function readSettingsDraft(
  draft: SettingsDraft,
  saved: Pick<Dialogue, "name" | "description" | "priority" | "kind">,
): { change: SettingsChange; errors: Partial<Record<keyof SettingsDraft, string>> } {
  const errors: Partial<Record<keyof SettingsDraft, string>> = {};
  const change: SettingsChange = {};
  const name = draft.name.trim();
  if (!name) errors.name = "Required";
  else if (name.length > 120) errors.name = "At most 120 characters";
  else if (name !== saved.name) change.name = name;
  if (draft.description.length > 2000) errors.description = "At most 2000 characters";
  else if (draft.description !== saved.description) change.description = draft.description;
  if (saved.kind === "dialogue") {
    const text = draft.priority.trim();
    const priority = Number(text);
    if (!/^\d+$/.test(text) || priority > 1000) errors.priority = "A whole number from 0 to 1000";
    else if (priority !== saved.priority) change.priority = priority;
  }
  return { change, errors };
}
