import { type Condition, WEEKDAYS } from "@parley/flow/conditions/condition";
import { Button } from "../../ui/Button";
import { SelectField, type SelectOption } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { isKnownZone } from "../schedule/zonedTime";

type OfficeHoursCondition = Extract<Condition, { type: "officeHours" }>;

interface OfficeHoursConditionFieldsProps {
  condition: OfficeHoursCondition;
  number: string;
  onChange(condition: OfficeHoursCondition): void;
  isOptions: readonly SelectOption[];
}

const DAY_OPTIONS = WEEKDAYS.map((day) => ({
  value: day,
  label: {
    mon: "Monday",
    tue: "Tuesday",
    wed: "Wednesday",
    thu: "Thursday",
    fri: "Friday",
    sat: "Saturday",
    sun: "Sunday",
  }[day],
}));

/** Within / outside weekly opening blocks, read on a named time zone's clock. */
export function OfficeHoursConditionFields({
  condition,
  number,
  onChange,
  isOptions,
}: OfficeHoursConditionFieldsProps) {
  const setBlock = (index: number, patch: Partial<OfficeHoursCondition["blocks"][number]>) =>
    onChange({
      ...condition,
      blocks: condition.blocks.map((b, i) => (i === index ? { ...b, ...patch } : b)),
    });
  return (
    <>
      <SelectField
        label={`When, for condition ${number}`}
        hideLabel
        value={condition.operator}
        options={isOptions.map((o) => ({
          value: o.value,
          label: o.value === "is" ? "Within office hours" : "Outside office hours",
        }))}
        onChange={(operator) => onChange({ ...condition, operator: operator as "is" | "is_not" })}
      />
      <TextField
        label={`Time zone of condition ${number}`}
        hideLabel
        placeholder="Europe/Berlin"
        hint="Time zone of the hours"
        value={condition.timezone}
        onChange={(timezone) => onChange({ ...condition, timezone })}
        error={isKnownZone(condition.timezone) ? undefined : "Enter a time zone such as Europe/Berlin"}
      />
      <div className="office-hours-blocks">
        {condition.blocks.map((block, index) => {
          const label = `opening time ${index + 1} of condition ${number}`;
          return (
            <div className="office-hours-block" key={index} role="group" aria-label={label}>
              <SelectField
                label="Day"
                value={block.day}
                options={DAY_OPTIONS}
                onChange={(day) => setBlock(index, { day: day as (typeof WEEKDAYS)[number] })}
              />
              <TextField
                label="From"
                type="time"
                value={block.from}
                onChange={(from) => setBlock(index, { from })}
              />
              <TextField
                label="To"
                type="time"
                value={block.to}
                onChange={(to) => setBlock(index, { to })}
                error={block.from >= block.to ? "Must end after it starts" : undefined}
              />
              <Button
                aria-label={`Remove ${label}`}
                onPress={() =>
                  onChange({ ...condition, blocks: condition.blocks.filter((_, i) => i !== index) })
                }
              >
                Remove
              </Button>
            </div>
          );
        })}
        <div>
          <Button
            onPress={() =>
              onChange({
                ...condition,
                blocks: [...condition.blocks, { day: "mon", from: "09:00", to: "17:00" }],
              })
            }
          >
            Add opening time
          </Button>
        </div>
      </div>
    </>
  );
}
