import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { bindText, type EditorProps } from "./editorProps";
import { TemplateField } from "./TemplateField";

/** Content: a document or page offered to the visitor (opens and downloads are recorded). */
export function ContentEditor({ ed, tokens }: EditorProps<"content">) {
  return (
    <>
      <TemplateField
        label="Text"
        tokens={tokens}
        hint="Optional: said with the offer."
        {...bindText(ed, ["text"], { optional: true })}
      />
      <TemplateField label="Title" short preview={false} tokens={tokens} {...bindText(ed, ["title"])} />
      <TextField label="Link" placeholder="https://…" {...bindText(ed, ["url"])} />
      <SelectField
        label="It is a"
        value={String(ed.value(["kind"]))}
        options={[
          { value: "pdf", label: "Document (PDF), downloaded" },
          { value: "page", label: "Page, opened" },
        ]}
        onChange={(kind) => ed.edit(["kind"], kind)}
      />
    </>
  );
}
