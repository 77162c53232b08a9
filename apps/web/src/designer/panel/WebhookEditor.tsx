import type { ResponseMapping } from "@parley/flow/cards/webhook";
import { Button } from "../../ui/Button";
import { TextField } from "../../ui/TextField";
import { bindSelect, bindText, type EditorProps } from "./editorProps";
import { FieldPicker } from "./FieldPicker";
import { moveItem, removeItem } from "./listEdits";
import { RowControls } from "./RowControls";

const MAX_MAPPINGS = 50;

/** Webhook: the HTTPS endpoint (called signed, with the conversation) and response fields to save. */
export function WebhookEditor({ ed, lists }: EditorProps<"webhook">) {
  const rows = (ed.value(["responseMapping"]) as ResponseMapping[] | undefined) ?? [];
  const set = (next: ResponseMapping[]) => ed.edit(["responseMapping"], next.length > 0 ? next : undefined);
  return (
    <>
      <TextField
        label="Endpoint URL"
        placeholder="https://…"
        hint="Must be https. Called with a signature header."
        {...bindText(ed, ["url"])}
      />
      <fieldset className="panel-group">
        <legend>Save from the response</legend>
        {rows.length === 0 && <p className="field-hint">Nothing is saved from the response.</p>}
        <ol className="panel-rows">
          {rows.map((_, i) => (
            <li key={i} className="panel-row">
              <TextField
                label={`Response path ${i + 1}`}
                placeholder="data.company.name"
                {...bindText(ed, ["responseMapping", i, "path"])}
              />
              <FieldPicker
                label={`Save path ${i + 1} to`}
                none="Choose a field"
                lists={lists}
                {...bindSelect(ed, ["responseMapping", i, "field"])}
              />
              <RowControls
                name={`mapping ${i + 1}`}
                index={i}
                count={rows.length}
                onMove={(by) => set(moveItem(rows, i, by))}
                onRemove={() => set(removeItem(rows, i))}
              />
            </li>
          ))}
        </ol>
        <Button
          disabled={rows.length >= MAX_MAPPINGS}
          onPress={() => ed.edit(["responseMapping"], [...rows, { path: "", field: "" }])}
        >
          Add a response field
        </Button>
      </fieldset>
      <p className="field-hint">Connect “Success” and “Failure” on the canvas.</p>
    </>
  );
}
