import type { ConditionalBranch } from "@parley/flow/cards/branch";
import { ALL_CONDITION_TYPES, ConditionGroupEditor } from "../../targeting/audience/ConditionGroupEditor";
import { Button } from "../../ui/Button";
import { TextField } from "../../ui/TextField";
import { bindText, type EditorProps } from "./editorProps";
import { moveItem, removeItem, uniqueItemId } from "./listEdits";
import { RowControls } from "./RowControls";

const MAX_BRANCHES = 20;

/**
 * Branch: the first branch whose conditions hold wins, else "Else". Conditions on fields, visit
 * attributes, segments, agent availability and office hours (the targeting's condition editor).
 */
export function BranchEditor({ ed, siteId }: EditorProps<"branch">) {
  const branches = (ed.value(["branches"]) as ConditionalBranch[] | undefined) ?? [];
  return (
    <>
      <p className="field-hint">Tried from the top; the first branch whose conditions hold is taken.</p>
      <ol className="panel-rows">
        {branches.map((branch, i) => (
          <li key={branch.id} className="panel-row">
            <TextField
              label={`Branch ${i + 1} name`}
              placeholder={`Branch ${i + 1}`}
              {...bindText(ed, ["branches", i, "name"], { optional: true })}
            />
            <ConditionGroupEditor
              siteId={siteId}
              allowed={ALL_CONDITION_TYPES}
              label={`Conditions of ${branch.name || `branch ${i + 1}`}`}
              value={branch.conditions}
              onChange={(conditions) => ed.edit(["branches", i, "conditions"], conditions)}
              problems={
                ed.error(["branches", i, "conditions"])
                  ? [ed.error(["branches", i, "conditions"]) ?? ""]
                  : undefined
              }
            />
            <RowControls
              name={`branch ${i + 1}`}
              index={i}
              count={branches.length}
              onMove={(by) => ed.edit(["branches"], moveItem(branches, i, by))}
              onRemove={() => ed.edit(["branches"], removeItem(branches, i))}
            />
          </li>
        ))}
      </ol>
      <Button
        disabled={branches.length >= MAX_BRANCHES}
        onPress={() =>
          ed.edit(
            ["branches"],
            [...branches, { id: uniqueItemId("b", branches), conditions: { match: "all", conditions: [] } }],
          )
        }
      >
        Add branch
      </Button>
      <p className="field-hint">Visitors no branch fits take “Else”. Connect the branches on the canvas.</p>
    </>
  );
}
