import { STREAM_TEMPLATES } from "@parley/flow/templates/streamTemplates";
import { Radio, RadioGroup } from "react-aria-components";
import type { TemplateName } from "./useDialogueActions";

/** "blank" or one of the four templates (packages/flow streamTemplates). */
export type TemplateChoice = TemplateName | "blank";

export const TEMPLATE_OPTIONS: readonly { id: TemplateChoice; name: string; description: string }[] = [
  { id: "blank", name: "Blank", description: "Start from one message card and build your own." },
  ...STREAM_TEMPLATES.map((t) => ({ id: t.id as TemplateName, name: t.name, description: t.description })),
];

interface TemplateChoicesProps {
  value: TemplateChoice;
  onChange(value: TemplateChoice): void;
  label?: string;
}

/** The templates as a group of radio cards: arrow keys move between them, the description says what each does. */
export function TemplateChoices({ value, onChange, label = "Start from" }: TemplateChoicesProps) {
  return (
    <RadioGroup
      className="template-choices"
      value={value}
      onChange={(v) => onChange(v as TemplateChoice)}
      aria-label={label}
    >
      <span className="template-choices-label" aria-hidden="true">
        {label}
      </span>
      <div className="template-grid">
        {TEMPLATE_OPTIONS.map((t) => (
          <Radio key={t.id} value={t.id} className="template-card">
            <strong>{t.name}</strong>
            <span className="template-description">{t.description}</span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
