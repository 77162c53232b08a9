import { TextField } from "../../ui/TextField";
import { bindText, type EditorProps, textAt } from "./editorProps";
import { TemplateField } from "./TemplateField";

/** Message: the text the bot says and an optional image. */
export function MessageEditor({ ed, tokens }: EditorProps<"message">) {
  const url = textAt(ed, ["image", "url"]);
  const alt = textAt(ed, ["image", "alt"]);
  return (
    <>
      <TemplateField label="Text" tokens={tokens} {...bindText(ed, ["text"])} />
      <TextField
        label="Image URL"
        value={url}
        placeholder="https://…"
        hint="Optional: an image shown with the text."
        error={ed.error(["image", "url"])}
        onChange={(value) =>
          value === "" && alt === ""
            ? ed.edit(["image"], undefined)
            : ed.edit(["image", "url"], value, { typing: true })
        }
        onBlur={() => ed.endTyping()}
      />
      <TextField
        label="Image description"
        disabled={url === ""}
        hint="Read out to visitors who cannot see the image."
        {...bindText(ed, ["image", "alt"], { optional: true })}
      />
    </>
  );
}
