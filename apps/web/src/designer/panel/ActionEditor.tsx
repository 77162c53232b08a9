import { bindSelect, bindText, type EditorProps } from "./editorProps";
import { FieldPicker } from "./FieldPicker";
import { TemplateField } from "./TemplateField";

/** Action: sets a person or company field to a value, tokens resolved. */
export function ActionEditor({ ed, tokens, lists }: EditorProps<"action">) {
  return (
    <>
      <FieldPicker label="Set field" none="Choose a field" lists={lists} {...bindSelect(ed, ["field"])} />
      <TemplateField
        label="To the value"
        short
        preview={false}
        tokens={tokens}
        hint="Text, or a token such as the UTM source of the visit."
        {...bindText(ed, ["value"])}
      />
      <p className="field-hint">Invisible to the visitor.</p>
    </>
  );
}
