import { CAPTURE_KINDS, type CaptureKind } from "@parley/flow/cards/capture";
import { SelectField } from "../../ui/SelectField";
import { Switch } from "../../ui/Switch";
import { bindSelect, bindText, type EditorProps } from "./editorProps";
import { FieldPicker } from "./FieldPicker";
import { LinesField } from "./LinesField";
import { NumberField } from "./NumberField";
import { TemplateField } from "./TemplateField";

const KIND_LABELS: Readonly<Record<CaptureKind, string>> = {
  email: "Email address",
  phone: "Phone number",
  text: "Text",
  number: "Number",
  picklist: "Choice from a list",
};

/** Information capture: what is asked, its kind and checks, the field it is saved to. */
export function CaptureEditor({ ed, tokens, lists }: EditorProps<"capture">) {
  const kind = ed.value(["kind"]) as CaptureKind;
  const num = (key: "min" | "max" | "maxLength") => ed.value(["validation", key]) as number | undefined;
  const setNum = (key: "min" | "max" | "maxLength", value: number | undefined) =>
    ed.edit(["validation", key], value);
  return (
    <>
      <TemplateField label="Question" tokens={tokens} {...bindText(ed, ["text"])} />
      <SelectField
        label="Asks for"
        value={kind}
        options={CAPTURE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        onChange={(value) => ed.edit(["kind"], value)}
        hint={kind === "email" ? "An email answer identifies the visitor." : undefined}
      />
      {kind === "picklist" && (
        <LinesField
          label="Choices, one per line"
          value={(ed.value(["options"]) as string[] | undefined) ?? []}
          onChange={(options) =>
            ed.edit(["options"], options.length > 0 ? options : undefined, { typing: true })
          }
          onBlur={() => ed.endTyping()}
          error={ed.error(["options"])}
        />
      )}
      <TemplateField
        label="Placeholder"
        short
        preview={false}
        tokens={tokens}
        hint="Shown in the empty input."
        {...bindText(ed, ["placeholder"], { optional: true })}
      />
      {kind === "number" && (
        <div className="panel-pair">
          <NumberField
            label="Smallest"
            value={num("min")}
            onChange={(v) => setNum("min", v)}
            error={ed.error(["validation", "min"])}
          />
          <NumberField
            label="Largest"
            value={num("max")}
            onChange={(v) => setNum("max", v)}
            error={ed.error(["validation", "max"])}
          />
        </div>
      )}
      {kind === "text" && (
        <NumberField
          label="Longest answer (characters)"
          integer
          value={num("maxLength")}
          onChange={(v) => setNum("maxLength", v)}
          error={ed.error(["validation", "maxLength"])}
          hint="1 to 5000; empty: no limit."
        />
      )}
      <FieldPicker label="Save to field" none="Don't save" lists={lists} {...bindSelect(ed, ["field"])} />
      <Switch
        label="Overwrite a value the field already has"
        checked={ed.value(["overwriteExisting"]) === true}
        onChange={(on) => ed.edit(["overwriteExisting"], on || undefined)}
      />
      <Switch
        label="Skip this card when the value is already known"
        checked={ed.value(["skipIfKnown"]) === true}
        onChange={(on) => ed.edit(["skipIfKnown"], on || undefined)}
      />
    </>
  );
}
