import type { BlockProblems, DraftBlock } from "../agent/scheduleBlocks";
import type { FieldErrors } from "../forms/fieldErrorsOf";
import { Button } from "../ui/Button";
import { Switch } from "../ui/Switch";
import { TextField } from "../ui/TextField";
import type { OverrideDraft } from "./availabilityDraft";

interface OverridesEditorProps {
  overrides: readonly OverrideDraft[];
  onChange(overrides: OverrideDraft[]): void;
  problems: FieldErrors;
  blockProblems: BlockProblems;
  newKey(): string;
}

/**
 * Days that differ from the week: a holiday (not bookable at all) or other hours on that day, in the
 * host's time zone. Each day is added, changed and removed on its own.
 */
export function OverridesEditor({
  overrides,
  onChange,
  problems,
  blockProblems,
  newKey,
}: OverridesEditorProps) {
  const update = (key: string, patch: Partial<OverrideDraft>) =>
    onChange(overrides.map((o) => (o.key === key ? { ...o, ...patch } : o)));
  const block = (): DraftBlock => ({ key: newKey(), day: 0, start: "09:00", end: "17:00" });
  return (
    <div className="overrides">
      {overrides.length === 0 && <p className="field-hint">No days off or special hours.</p>}
      <ul className="overrides-list">
        {overrides.map((override, index) => {
          const name = override.date || `Override ${index + 1}`;
          const dayOff = override.blocks.length === 0;
          return (
            <li key={override.key} className="override">
              <div className="override-head">
                <TextField
                  label="Day"
                  type="date"
                  value={override.date}
                  onChange={(date) => update(override.key, { date })}
                  error={problems[`override.${override.key}`]}
                />
                <Switch
                  label="Not available all day"
                  checked={dayOff}
                  onChange={(off) => update(override.key, { blocks: off ? [] : [block()] })}
                />
                <Button
                  aria-label={`Remove the override of ${name}`}
                  onPress={() => onChange(overrides.filter((o) => o.key !== override.key))}
                >
                  Remove
                </Button>
              </div>
              {!dayOff && (
                <p className="schedule-columns" aria-hidden="true">
                  <span>Start</span>
                  <span>End</span>
                </p>
              )}
              {!dayOff && (
                <ul className="schedule-blocks">
                  {override.blocks.map((b, n) => {
                    const problem = blockProblems[b.key];
                    const label = `${name} block ${n + 1}`;
                    const setBlock = (patch: Partial<DraftBlock>) =>
                      update(override.key, {
                        blocks: override.blocks.map((x) => (x.key === b.key ? { ...x, ...patch } : x)),
                      });
                    return (
                      <li key={b.key} className="schedule-block">
                        <TextField
                          label={`${label} start`}
                          hideLabel
                          placeholder="09:00"
                          value={b.start}
                          onChange={(start) => setBlock({ start })}
                          error={problem?.field === "start" ? problem.message : undefined}
                        />
                        <TextField
                          label={`${label} end`}
                          hideLabel
                          placeholder="17:00"
                          value={b.end}
                          onChange={(end) => setBlock({ end })}
                          error={problem?.field === "end" ? problem.message : undefined}
                        />
                        <Button
                          aria-label={`Remove ${label}`}
                          onPress={() =>
                            update(override.key, { blocks: override.blocks.filter((x) => x.key !== b.key) })
                          }
                        >
                          Remove
                        </Button>
                      </li>
                    );
                  })}
                  <li>
                    <Button
                      aria-label={`Add block on ${name}`}
                      onPress={() => update(override.key, { blocks: [...override.blocks, block()] })}
                    >
                      Add block
                    </Button>
                  </li>
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <div>
        <Button onPress={() => onChange([...overrides, { key: newKey(), date: "", blocks: [] }])}>
          Add a day off or special hours
        </Button>
      </div>
    </div>
  );
}
