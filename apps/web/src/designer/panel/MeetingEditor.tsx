import type { Routing } from "@parley/flow/cards/routing";
import { SelectField } from "../../ui/SelectField";
import { bindText, type EditorProps } from "./editorProps";
import { FieldPicker } from "./FieldPicker";
import { RoutingEditor } from "./RoutingEditor";
import { TemplateField } from "./TemplateField";

type WriteAgentTo = { field: string; value: "name" | "email" } | undefined;

/** Meeting booking: the text, whose calendar (routing) and where the booked agent is written. */
export function MeetingEditor({ ed, tokens, lists }: EditorProps<"meeting">) {
  const write = ed.value(["writeAgentTo"]) as WriteAgentTo;
  return (
    <>
      <TemplateField
        label="Text"
        tokens={tokens}
        hint="Optional: said above the open slots."
        {...bindText(ed, ["text"], { optional: true })}
      />
      <RoutingEditor
        what="meeting"
        lists={lists}
        routing={ed.value(["routing"]) as Routing}
        onChange={(routing) => ed.edit(["routing"], routing)}
        error={ed.error(["routing"])}
      />
      <FieldPicker
        label="Write the booked agent to"
        none="Don't write"
        personOnly
        lists={lists}
        value={write?.field ?? ""}
        error={ed.error(["writeAgentTo", "field"])}
        onChange={(field) =>
          ed.edit(["writeAgentTo"], field === "" ? undefined : { field, value: write?.value ?? "name" })
        }
      />
      {write && (
        <SelectField
          label="Write the agent's"
          value={write.value}
          options={[
            { value: "name", label: "Name" },
            { value: "email", label: "Email address" },
          ]}
          onChange={(value) => ed.edit(["writeAgentTo", "value"], value)}
        />
      )}
      <p className="field-hint">Connect “Booked” and “Not booked” on the canvas.</p>
    </>
  );
}
