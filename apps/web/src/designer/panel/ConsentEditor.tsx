import { TextField } from "../../ui/TextField";
import { bindText, type EditorProps } from "./editorProps";
import { TemplateField } from "./TemplateField";

/** Consent: the text asked (recorded with the answer), the policy link and the two buttons. */
export function ConsentEditor({ ed, tokens }: EditorProps<"consent">) {
  return (
    <>
      <TemplateField
        label="Text"
        tokens={tokens}
        hint="Recorded with the answer, as shown."
        {...bindText(ed, ["text"])}
      />
      <TextField
        label="Privacy policy URL"
        placeholder="https://…"
        hint="Empty: the site's privacy policy."
        {...bindText(ed, ["privacyUrl"], { optional: true })}
      />
      <TemplateField
        label="Accept button"
        short
        preview={false}
        tokens={tokens}
        placeholder="Accept"
        {...bindText(ed, ["acceptLabel"], { optional: true })}
      />
      <TemplateField
        label="Decline button"
        short
        preview={false}
        tokens={tokens}
        placeholder="Decline"
        {...bindText(ed, ["declineLabel"], { optional: true })}
      />
    </>
  );
}
