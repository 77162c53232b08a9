import { DEFAULT_MAX_QUESTIONS } from "@parley/flow/cards/answer";
import { bindText, type EditorProps } from "./editorProps";
import { NumberField } from "./NumberField";
import { TemplateField } from "./TemplateField";

/** Answer: questions answered from the site's answer library; how many, and what when nothing matches. */
export function AnswerEditor({ ed, tokens }: EditorProps<"answer">) {
  return (
    <>
      <TemplateField label="Invitation to ask" tokens={tokens} {...bindText(ed, ["text"])} />
      <TemplateField
        label="Before each further question"
        tokens={tokens}
        hint="Empty: the invitation again."
        {...bindText(ed, ["followUpText"], { optional: true })}
      />
      <NumberField
        label="Questions answered at most"
        integer
        min={1}
        max={20}
        value={ed.value(["maxQuestions"]) as number | undefined}
        onChange={(n) => ed.edit(["maxQuestions"], n)}
        error={ed.error(["maxQuestions"])}
        hint={`1 to 20; empty: ${DEFAULT_MAX_QUESTIONS}.`}
      />
      <TemplateField
        label="When nothing matches"
        tokens={tokens}
        hint="Empty: the widget's standard message, in the visitor's language."
        {...bindText(ed, ["fallbackMessage"], { optional: true })}
      />
      <p className="field-hint">
        Connect “Matched” and “No match” on the canvas: “No match” is taken when a question finds nothing.
      </p>
    </>
  );
}
