import type { DialogueVersion } from "@parley/protocol/dialogues";
import { SelectField } from "../../ui/SelectField";

interface VersionPickerProps {
  /** Newest first. */
  versions: readonly DialogueVersion[];
  /** The version visitors meet now, if any. */
  live: number | null;
  value: number | undefined;
  onChange(version: number): void;
}

/** Which published version the report counts and draws (the live one unless another is picked). */
export function VersionPicker({ versions, live, value, onChange }: VersionPickerProps) {
  if (versions.length === 0) return null;
  return (
    <SelectField
      label="Version"
      value={value === undefined ? "" : String(value)}
      options={versions.map((v) => ({
        value: String(v.version),
        label: `Version ${v.version}${v.version === live ? " (live)" : ""}`,
      }))}
      onChange={(picked) => onChange(Number(picked))}
    />
  );
}
