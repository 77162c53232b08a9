import { useRef } from "react";
import { FieldError, Input, Label, Text, TextArea, TextField as AriaTextField } from "react-aria-components";
import { insertionRange } from "./insertToken";
import { TextPreview } from "./TextPreview";
import type { TokenGroup } from "./tokenCatalog";
import { TokenPicker } from "./TokenPicker";

interface TemplateFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Typing in this field ended (blur): the next edit is a new undo step. */
  onBlur(): void;
  tokens: readonly TokenGroup[];
  error?: string | undefined;
  hint?: string;
  /** One line (a button label) instead of a text area. */
  short?: boolean;
  placeholder?: string;
  /** Show the text as a visitor sees it below the field. */
  preview?: boolean;
  /** A short mark beside the label ("Missing" for an untranslated text). */
  badge?: string | undefined;
}

/**
 * A text a visitor sees: tokens inserted at the caret (as typing, so the field's own undo keeps
 * working), a preview, the field's error in place of its hint.
 */
export function TemplateField(props: TemplateFieldProps) {
  const { label, value, onChange, onBlur, tokens, error, hint, short, placeholder, badge } = props;
  const preview = props.preview ?? !short;
  const input = useRef<HTMLTextAreaElement & HTMLInputElement>(null);

  const insert = (token: string) => {
    const element = input.current;
    if (!element) return onChange(value + token);
    const { from, to } = insertionRange(
      value,
      element.selectionStart ?? value.length,
      element.selectionEnd ?? value.length,
    );
    element.focus();
    element.setSelectionRange(from, to);
    // execCommand types the token like a keystroke would: the browser's undo (Ctrl+Z) in the field
    // still works. Where it is not supported, the value is set directly.
    if (!document.execCommand("insertText", false, token)) {
      onChange(value.slice(0, from) + token + value.slice(to));
      requestAnimationFrame(() => element.setSelectionRange(from + token.length, from + token.length));
    }
  };

  return (
    <div className="template-field">
      <AriaTextField
        className="field"
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        isInvalid={error ? true : undefined}
        validationBehavior="aria"
      >
        <div className="template-field-head">
          <Label>
            {label}
            {badge && <span className="badge template-missing">{badge}</span>}
          </Label>
          <TokenPicker fieldLabel={label} groups={tokens} onPick={insert} />
        </div>
        {short ? (
          <Input ref={input} placeholder={placeholder} />
        ) : (
          <TextArea ref={input} rows={3} placeholder={placeholder} />
        )}
        {hint && !error && (
          <Text slot="description" className="field-hint">
            {hint}
          </Text>
        )}
        <FieldError className="field-error">{error}</FieldError>
      </AriaTextField>
      {preview && <TextPreview template={value} />}
    </div>
  );
}
