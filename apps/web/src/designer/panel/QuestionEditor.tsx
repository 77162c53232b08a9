import type { QuestionAnswer } from "@parley/flow/cards/question";
import { Button } from "../../ui/Button";
import { Switch } from "../../ui/Switch";
import { TextField } from "../../ui/TextField";
import { bindSelect, bindText, type EditorProps } from "./editorProps";
import { FieldPicker } from "./FieldPicker";
import { moveItem, removeItem, uniqueItemId, valueFromLabel } from "./listEdits";
import { RowControls } from "./RowControls";
import { TemplateField } from "./TemplateField";

const MAX_ANSWERS = 20;

/** Question: the text, its buttons (shown label, stored value), free text and where the answer is saved. */
export function QuestionEditor({ ed, tokens, lists }: EditorProps<"question">) {
  const answers = (ed.value(["answers"]) as QuestionAnswer[] | undefined) ?? [];
  return (
    <>
      <TemplateField label="Question" tokens={tokens} {...bindText(ed, ["text"])} />
      <fieldset className="panel-group">
        <legend>Answer buttons</legend>
        {answers.length === 0 && <p className="field-hint">No buttons: the visitor types an answer.</p>}
        <ol className="panel-rows">
          {answers.map((answer, i) => (
            <li key={answer.id} className="panel-row">
              <TemplateField
                label={`Button ${i + 1} label`}
                short
                tokens={tokens}
                value={answer.label}
                error={ed.error(["answers", i, "label"])}
                onBlur={() => ed.endTyping()}
                onChange={(label) =>
                  // The stored value follows the label until it is given one of its own.
                  answer.value === "" || answer.value === valueFromLabel(answer.label)
                    ? ed.edit(
                        ["answers", i],
                        { ...answer, label, value: valueFromLabel(label) },
                        { typing: true },
                      )
                    : ed.edit(["answers", i, "label"], label, { typing: true })
                }
              />
              <TextField
                label={`Button ${i + 1} stored value`}
                hint="Saved and reported instead of the label."
                {...bindText(ed, ["answers", i, "value"])}
              />
              <RowControls
                name={`button ${i + 1}`}
                index={i}
                count={answers.length}
                onMove={(by) => ed.edit(["answers"], moveItem(answers, i, by))}
                onRemove={() => ed.edit(["answers"], removeItem(answers, i))}
              />
            </li>
          ))}
        </ol>
        <Button
          disabled={answers.length >= MAX_ANSWERS}
          onPress={() =>
            ed.edit(["answers"], [...answers, { id: uniqueItemId("a", answers), label: "", value: "" }])
          }
        >
          Add button
        </Button>
        {answers.length >= MAX_ANSWERS && (
          <p className="field-hint">A question has at most {MAX_ANSWERS} buttons.</p>
        )}
        {ed.error(["answers"]) && <p className="field-error">{ed.error(["answers"])}</p>}
      </fieldset>
      <Switch
        label="Visitors may also type an answer"
        checked={ed.value(["allowFreeText"]) === true}
        onChange={(on) => ed.edit(["allowFreeText"], on || undefined)}
      />
      <FieldPicker
        label="Save the answer to"
        none="Don't save"
        lists={lists}
        {...bindSelect(ed, ["saveTo"])}
      />
    </>
  );
}
