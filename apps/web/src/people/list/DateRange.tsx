import { TextField } from "../../ui/TextField";

interface DateRangeProps {
  legend: string;
  from?: string;
  to?: string;
  onChange(from: string | undefined, to: string | undefined): void;
}

/** Two local days, both included ("Created from 1 March to 31 March"). */
export function DateRange({ legend, from, to, onChange }: DateRangeProps) {
  return (
    <fieldset className="filter-group date-range">
      <legend>{legend}</legend>
      <TextField
        label="From"
        type="date"
        value={from ?? ""}
        max={to}
        onChange={(value) => onChange(value || undefined, to)}
      />
      <TextField
        label="To"
        type="date"
        value={to ?? ""}
        min={from}
        onChange={(value) => onChange(from, value || undefined)}
      />
    </fieldset>
  );
}
