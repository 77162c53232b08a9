import { type KeyboardEvent, useId } from "react";
import type { FieldErrors } from "../../forms/fieldErrorsOf";
import { Button } from "../../ui/Button";
import type { DomainList } from "./useDomainList";

interface DomainListEditorProps {
  label: string;
  list: DomainList;
  placeholder?: string;
  hint?: string;
  /** Server messages: keyed by the body field (`field`) and by item (`field.2`). */
  errors: FieldErrors;
  /** The body field, e.g. "allowedDomains". */
  field: string;
}

/** A list of domains: type or paste one or more (comma, space or newline separated), remove with ×. */
export function DomainListEditor({ label, list, placeholder, hint, errors, field }: DomainListEditorProps) {
  const id = useId();
  const { values, setValues, draft, setDraft, commit } = list;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the domain instead of submitting the whole form.
    if (event.key === "Enter") {
      event.preventDefault();
      commit();
    }
  };

  const listError = errors[field];
  const itemErrors = values
    .map((value, index) => ({ value, message: errors[`${field}.${index}`] }))
    .filter((e): e is { value: string; message: string } => Boolean(e.message));

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {values.length > 0 && (
        <ul className="chips" aria-label={`Current ${label.toLowerCase()}`}>
          {values.map((value, index) => (
            <li key={value} className={`chip${errors[`${field}.${index}`] ? " chip-error" : ""}`}>
              <span>{value}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${value}`}
                onClick={() => setValues(values.filter((v) => v !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="input-with-button">
        <input
          id={id}
          value={draft}
          placeholder={placeholder}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={hint ? `${id}-hint` : undefined}
          aria-invalid={listError || itemErrors.length ? true : undefined}
        />
        <Button variant="secondary" onPress={commit}>
          Add
        </Button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {listError && <p className="field-error">{listError}</p>}
      {itemErrors.map((e) => (
        <p key={e.value} className="field-error">
          {e.value}: {e.message}
        </p>
      ))}
    </div>
  );
}
