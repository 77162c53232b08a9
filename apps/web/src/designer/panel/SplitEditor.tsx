import type { SplitBranch } from "@parley/flow/cards/split";
import { Button } from "../../ui/Button";
import { TextField } from "../../ui/TextField";
import { bindText, type EditorProps } from "./editorProps";
import { moveItem, removeItem, splitPercents, uniqueItemId } from "./listEdits";
import { NumberField } from "./NumberField";
import { RowControls } from "./RowControls";

const MAX_BRANCHES = 10;
const letter = (i: number) => String.fromCharCode(65 + (i % 26));

/** Split: A/B branches by weight, each shown as its chance in percent. */
export function SplitEditor({ ed }: EditorProps<"split">) {
  const branches = (ed.value(["branches"]) as SplitBranch[] | undefined) ?? [];
  const percents = splitPercents(branches.map((b) => b.weight));
  return (
    <>
      <p className="field-hint">
        Each conversation goes down one branch at random, by weight, and stays there.
      </p>
      <ol className="panel-rows">
        {branches.map((branch, i) => (
          <li key={branch.id} className="panel-row">
            <TextField
              label={`Branch ${letter(i)} name`}
              placeholder={`Branch ${letter(i)}`}
              {...bindText(ed, ["branches", i, "name"], { optional: true })}
            />
            <div className="panel-pair">
              <NumberField
                label={`Branch ${letter(i)} weight`}
                integer
                min={1}
                value={branch.weight}
                onChange={(weight) => ed.edit(["branches", i, "weight"], weight ?? 0)}
                error={
                  ed.error(["branches", i, "weight"]) ??
                  (branch.weight > 0 ? undefined : "Give it a weight of 1 or more.")
                }
              />
              <output className="split-percent" aria-label={`Branch ${letter(i)} chance`}>
                {percents[i]}%
              </output>
            </div>
            <RowControls
              name={`branch ${letter(i)}`}
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
        onPress={() => ed.edit(["branches"], [...branches, { id: uniqueItemId("b", branches), weight: 1 }])}
      >
        Add branch
      </Button>
    </>
  );
}
