import { useId } from "react";
import type { ColourHint } from "./colourHints";

interface ColourFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  /** What the widget will do with this colour (colourHints.ts), shown under it unless there is an error. */
  hint?: ColourHint | null;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** A colour as a picker and as its hex code; either edits it. */
export function ColourField({ label, value, onChange, error, hint }: ColourFieldProps) {
  const id = useId();
  const described = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="field colour-field">
      <label htmlFor={id}>{label}</label>
      <div className="colour-inputs">
        <input
          type="color"
          aria-label={`${label} colour picker`}
          value={HEX.test(value) ? value.toLowerCase() : "#000000"}
          onChange={(event) => onChange(event.target.value)}
        />
        <input
          id={id}
          value={value}
          maxLength={7}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
        />
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-hint`} className={hint.warn ? "field-hint colour-warning" : "field-hint"}>
            {hint.warn && <span aria-hidden="true">⚠ </span>}
            {hint.text}
          </p>
        )
      )}
    </div>
  );
}
