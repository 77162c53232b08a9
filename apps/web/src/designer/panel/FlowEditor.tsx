import { SelectField } from "../../ui/SelectField";
import { bindSelect, type EditorProps } from "./editorProps";
import { listStatus } from "./listStatus";
import { withCurrent } from "./pickerOptions";

/** Flow: which of the site's conversational flows runs here. */
export function FlowEditor({ ed, lists }: EditorProps<"flow">) {
  const { flows } = lists;
  const bound = bindSelect(ed, ["flowId"]);
  const options = withCurrent(
    (flows.data ?? []).filter((f) => f.status !== "archived").map((f) => ({ value: f.id, label: f.name })),
    bound.value,
    "no longer exists",
  );
  const hint =
    listStatus(flows, "site's flows") ??
    (options.length === 0
      ? "This site has no conversational flows yet (Conversational flows › New flow)."
      : "It runs, then the conversation continues with the next card.");
  return (
    <SelectField label="Flow to run" placeholder="Choose a flow" options={options} hint={hint} {...bound} />
  );
}
