import { Button } from "../ui/Button";
import { TextField } from "../ui/TextField";
import type { BlockProblems, DraftBlock } from "./scheduleBlocks";

export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

interface ScheduleEditorProps {
  blocks: readonly DraftBlock[];
  onChange(blocks: DraftBlock[]): void;
  problems: BlockProblems;
  newKey(): string;
}

/** The weekly schedule: for each day any number of blocks (start–end), added and removed. */
export function ScheduleEditor({ blocks, onChange, problems, newKey }: ScheduleEditorProps) {
  const update = (key: string, patch: Partial<DraftBlock>) =>
    onChange(blocks.map((b) => (b.key === key ? { ...b, ...patch } : b)));
  return (
    <div className="schedule">
      {WEEKDAY_NAMES.map((dayName, index) => {
        const day = index + 1;
        const ofDay = blocks.filter((b) => b.day === day);
        return (
          <fieldset key={day} className="schedule-day">
            <legend>{dayName}</legend>
            {ofDay.length === 0 ? (
              <p className="field-hint">Not available</p>
            ) : (
              <p className="schedule-columns" aria-hidden="true">
                <span>Start</span>
                <span>End</span>
              </p>
            )}
            <ul className="schedule-blocks">
              {ofDay.map((block, n) => {
                const problem = problems[block.key];
                const name = `${dayName} block ${n + 1}`;
                return (
                  <li key={block.key} className="schedule-block">
                    <TextField
                      hideLabel
                      label={`${name} start`}
                      placeholder="09:00"
                      value={block.start}
                      onChange={(start) => update(block.key, { start })}
                      error={problem?.field === "start" ? problem.message : undefined}
                    />
                    <TextField
                      hideLabel
                      label={`${name} end`}
                      placeholder="17:00"
                      value={block.end}
                      onChange={(end) => update(block.key, { end })}
                      error={problem?.field === "end" ? problem.message : undefined}
                    />
                    <Button
                      aria-label={`Remove ${name}`}
                      onPress={() => onChange(blocks.filter((b) => b.key !== block.key))}
                    >
                      Remove
                    </Button>
                  </li>
                );
              })}
            </ul>
            <div>
              <Button
                aria-label={`Add block on ${dayName}`}
                onPress={() => onChange([...blocks, { key: newKey(), day, start: "09:00", end: "17:00" }])}
              >
                Add block
              </Button>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
