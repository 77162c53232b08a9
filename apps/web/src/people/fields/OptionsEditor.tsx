import { useId } from "react";
import { Label, Text, TextArea, TextField } from "react-aria-components";

interface OptionsEditorProps {
  value: readonly string[];
  onChange(options: string[]): void;
  error?: string;
  readOnly?: boolean;
}

/** A picklist's options, one per line. */
export function OptionsEditor({ value, onChange, error, readOnly }: OptionsEditorProps) {
  const id = useId();
  return (
    <TextField
      className="field"
      value={value.join("\n")}
      onChange={(text) => onChange(text.split("\n"))}
      isInvalid={!!error}
      isReadOnly={readOnly}
      id={id}
    >
      <Label>Options</Label>
      <TextArea rows={Math.min(8, Math.max(3, value.length + 1))} />
      <Text slot="description" className="field-hint">
        One option per line.
      </Text>
      {error && (
        <Text slot="errorMessage" className="field-error">
          {error}
        </Text>
      )}
    </TextField>
  );
}

/** The options as sent: trimmed, blank lines left out. */
export function cleanOptions(options: readonly string[]): string[] {
  return options.map((o) => o.trim()).filter(Boolean);
}
