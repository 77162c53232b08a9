import {
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from "react-aria-components";
import { Button as AriaButton } from "react-aria-components";
import { SelectField } from "../../ui/SelectField";
import { bindText, type EditorProps } from "./editorProps";
import { goalNames } from "./pickerOptions";

const SCORES = [
  { value: "none", label: "Don't set a score" },
  { value: "0", label: "0" },
  { value: "1", label: "1" },
  { value: "2", label: "2" },
  { value: "3", label: "3 (best)" },
];

/** Goal: a new or existing goal name, and the conversation score it sets. */
export function GoalEditor({ ed, stream, lists }: EditorProps<"goal">) {
  const drafts = [
    stream,
    ...(lists.dialogues.data ?? []).map((d) => d.draft),
    ...(lists.flows.data ?? []).map((d) => d.draft),
  ];
  const names = goalNames(drafts);
  const goal = bindText(ed, ["goal"]);
  const existing = names.includes(goal.value.trim());
  const typed = goal.value.trim().toLowerCase();
  const shown = existing ? names : names.filter((name) => name.toLowerCase().includes(typed));
  const score = ed.value(["score"]);
  return (
    <>
      <ComboBox
        className="field combo-field"
        allowsCustomValue
        menuTrigger="focus"
        inputValue={goal.value}
        onInputChange={goal.onChange}
        onSelectionChange={(key) => key !== null && goal.onChange(String(key))}
        onBlur={goal.onBlur}
        isInvalid={goal.error ? true : undefined}
        validationBehavior="aria"
        items={shown.map((name) => ({ id: name, name }))}
      >
        <Label>Goal</Label>
        <div className="combo-input">
          <Input placeholder="e.g. Demo booked" />
          <AriaButton className="select-button combo-button" aria-label="Show existing goals">
            <span className="select-chevron" aria-hidden="true" />
          </AriaButton>
        </div>
        {!goal.error && (
          <Text slot="description" className="field-hint">
            {goal.value.trim() === ""
              ? "Pick an existing goal or type a new one."
              : existing
                ? "An existing goal."
                : "A new goal."}
          </Text>
        )}
        <FieldError className="field-error">{goal.error}</FieldError>
        <Popover className="select-popover" offset={4}>
          <ListBox className="select-list">
            {(item: { id: string; name: string }) => (
              <ListBoxItem id={item.id} className="select-option" textValue={item.name}>
                {item.name}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      <SelectField
        label="Conversation score"
        value={typeof score === "number" ? String(score) : "none"}
        options={SCORES}
        onChange={(value) => ed.edit(["score"], value === "none" ? undefined : Number(value))}
        error={ed.error(["score"])}
      />
      <p className="field-hint">Invisible to the visitor: the conversation just goes on.</p>
    </>
  );
}
