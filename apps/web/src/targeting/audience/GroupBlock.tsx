import type { ConditionGroup } from "@parley/flow/conditions/condition";
import { isConditionGroup } from "@parley/flow/conditions/condition";
import { Button } from "../../ui/Button";
import { SelectField } from "../../ui/SelectField";
import type { ConditionEditorEnv } from "./conditionEditorEnv";
import {
  appendTo,
  canNestIn,
  type ItemPath,
  newGroup,
  removeAt,
  setMatch,
  updateAt,
} from "./conditionGroupEdits";
import { ConditionRow } from "./ConditionRow";
import { newCondition } from "./newCondition";

interface GroupBlockProps {
  group: ConditionGroup;
  path: ItemPath;
  root: ConditionGroup;
  onRootChange(root: ConditionGroup): void;
  env: ConditionEditorEnv;
  label: string;
}

const MATCH_OPTIONS = [
  { value: "all", label: "All of these hold" },
  { value: "any", label: "Any one of these holds" },
];

/** One all/any group: its kind, its conditions and nested groups, and buttons to add or remove. */
export function GroupBlock({ group, path, root, onRootChange, env, label }: GroupBlockProps) {
  const nested = path.length > 0;
  const fresh = () => newCondition(env.allowed[0] ?? "attribute", env.defaults);
  return (
    <fieldset className={nested ? "condition-group condition-group-nested" : "condition-group"}>
      <legend className={nested ? "visually-hidden" : "condition-group-legend"}>{label}</legend>
      <div className="condition-group-head">
        <SelectField
          label={`How the conditions of ${label.toLowerCase()} combine`}
          hideLabel
          value={group.match}
          options={MATCH_OPTIONS}
          onChange={(match) => onRootChange(setMatch(root, path, match as ConditionGroup["match"]))}
        />
        {nested && (
          <Button
            aria-label={`Remove ${label.toLowerCase()}`}
            onPress={() => onRootChange(removeAt(root, path))}
          >
            Remove group
          </Button>
        )}
      </div>
      {group.conditions.length === 0 && (
        <p className="field-hint">
          {group.match === "all" && !nested ? "No conditions: everyone." : "Add a condition to this group."}
        </p>
      )}
      <ol className="condition-items">
        {group.conditions.map((item, index) => {
          const itemPath = [...path, index];
          const n = itemPath.map((i) => i + 1).join(".");
          return (
            <li key={n} className="condition-item">
              {isConditionGroup(item) ? (
                <GroupBlock
                  group={item}
                  path={itemPath}
                  root={root}
                  onRootChange={onRootChange}
                  env={env}
                  label={`Group ${n}`}
                />
              ) : (
                <ConditionRow
                  condition={item}
                  number={n}
                  env={env}
                  onChange={(next) => onRootChange(updateAt(root, itemPath, () => next))}
                  onRemove={() => onRootChange(removeAt(root, itemPath))}
                />
              )}
            </li>
          );
        })}
      </ol>
      <div className="condition-group-actions">
        <Button onPress={() => onRootChange(appendTo(root, path, fresh()))}>Add condition</Button>
        {canNestIn(path) && (
          <Button onPress={() => onRootChange(appendTo(root, path, newGroup(group.match, fresh())))}>
            Add {group.match === "all" ? "an “any of”" : "an “all of”"} group
          </Button>
        )}
      </div>
    </fieldset>
  );
}
