import { Button } from "../ui/Button";
import { TextField } from "../ui/TextField";

interface PatternListFieldProps {
  /** "Show on" / "Never on". */
  title: string;
  /** The body field ("targeting.include"): the server's messages are under `<field>.<index>`. */
  field: string;
  patterns: readonly string[];
  onChange(patterns: string[]): void;
  errors: Record<string, string>;
  emptyText: string;
}

/** A list of URL patterns, one per row, added and removed; the server's message shown at its row. */
export function PatternListField({
  title,
  field,
  patterns,
  onChange,
  errors,
  emptyText,
}: PatternListFieldProps) {
  return (
    <fieldset className="stack pattern-fieldset">
      <legend className="subheading">{title}</legend>
      {patterns.length === 0 && <p className="field-hint">{emptyText}</p>}
      <ol className="pattern-list">
        {patterns.map((pattern, index) => (
          <li key={index} className="pattern-row">
            <TextField
              label={`${title}: pattern ${index + 1}`}
              hideLabel
              value={pattern}
              placeholder="/pricing*"
              onChange={(next) => onChange(patterns.map((p, i) => (i === index ? next : p)))}
              error={errors[`${field}.${index}`]}
            />
            <Button
              aria-label={`Remove ${title.toLowerCase()} pattern ${index + 1}`}
              onPress={() => onChange(patterns.filter((_, i) => i !== index))}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <div>
        <Button onPress={() => onChange([...patterns, ""])}>Add pattern</Button>
      </div>
    </fieldset>
  );
}
