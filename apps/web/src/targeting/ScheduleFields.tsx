import { TextField } from "../ui/TextField";
import type { ScheduleDraft } from "./schedule/scheduleDraft";
import { isKnownZone } from "./schedule/zonedTime";
import { fromLocalInput, toLocalInput } from "./schedule/zonedTime";

interface ScheduleFieldsProps {
  value: ScheduleDraft;
  onChange(value: ScheduleDraft): void;
  errors: Record<string, string>;
}

/**
 * Start and end on the chosen zone's clock (the browser's by default). Changing the zone keeps the
 * instants and shows them on the new clock, so nothing moves by itself.
 */
export function ScheduleFields({ value, onChange, errors }: ScheduleFieldsProps) {
  const rezone = (zone: string) => {
    if (!isKnownZone(zone) || !isKnownZone(value.zone)) return onChange({ ...value, zone });
    const move = (local: string) => {
      const iso = local ? fromLocalInput(local, value.zone) : null;
      return iso ? toLocalInput(iso, zone) : local;
    };
    onChange({ start: move(value.start), end: move(value.end), zone });
  };
  return (
    <div className="form-grid">
      <TextField
        label="Starts"
        type="datetime-local"
        value={value.start}
        onChange={(start) => onChange({ ...value, start })}
        hint="Empty: from when it is published"
        error={errors["schedule.start"] ?? errors.schedule}
      />
      <TextField
        label="Ends"
        type="datetime-local"
        value={value.end}
        onChange={(end) => onChange({ ...value, end })}
        hint="Empty: no end"
        error={errors["schedule.end"]}
      />
      <TextField
        label="Time zone of these times"
        value={value.zone}
        onChange={rezone}
        hint="Stored as UTC; shown in this zone"
        error={isKnownZone(value.zone) ? undefined : "Enter a time zone such as Europe/Berlin"}
      />
    </div>
  );
}
