import type { Trigger } from "@parley/protocol/dialogues";
import { useState } from "react";
import { SelectField } from "../ui/SelectField";
import { TextField } from "../ui/TextField";

interface TriggerFieldProps {
  value: Trigger;
  onChange(trigger: Trigger): void;
  error?: string;
}

const KINDS = [
  { value: "immediately", label: "Immediately" },
  { value: "seconds_on_page", label: "After some seconds on the page" },
  { value: "seconds_on_site", label: "After some seconds on the site" },
  { value: "scroll", label: "When scrolled down the page" },
  { value: "exit_intent", label: "When about to leave (exit intent)" },
];

const DEFAULTS: Record<Trigger["kind"], Trigger> = {
  immediately: { kind: "immediately" },
  seconds_on_page: { kind: "seconds_on_page", seconds: 10 },
  seconds_on_site: { kind: "seconds_on_site", seconds: 30 },
  scroll: { kind: "scroll", percent: 50 },
  exit_intent: { kind: "exit_intent" },
};

const LIMITS = { seconds_on_page: [1, 3600], seconds_on_site: [1, 86_400], scroll: [1, 100] } as const;

/** When the dialogue opens (protocol Trigger): the kind and its number, kept within the server's limits. */
export function TriggerField({ value, onChange, error }: TriggerFieldProps) {
  const amount = value.kind === "scroll" ? value.percent : "seconds" in value ? value.seconds : null;
  const [typed, setTyped] = useState<string | null>(null);
  const limits = value.kind in LIMITS ? LIMITS[value.kind as keyof typeof LIMITS] : null;
  const shown = typed ?? (amount === null ? "" : String(amount));
  const n = Number(shown);
  const outOfRange = limits && (!Number.isInteger(n) || n < limits[0] || n > limits[1]);
  return (
    <div className="form-grid">
      <SelectField
        label="Open it"
        value={value.kind}
        options={KINDS}
        onChange={(kind) => {
          setTyped(null);
          onChange(DEFAULTS[kind as Trigger["kind"]]);
        }}
        error={error}
      />
      {limits && (
        <TextField
          label={value.kind === "scroll" ? "Scrolled (%)" : "Seconds"}
          inputMode="numeric"
          value={shown}
          onChange={(text) => {
            setTyped(text);
            // Passed on even when out of range, so Save is refused (here and by the server), not lost.
            const next = Number.parseInt(text, 10);
            const amount = Number.isFinite(next) ? next : 0;
            onChange(
              value.kind === "scroll"
                ? { kind: "scroll", percent: amount }
                : ({ ...value, seconds: amount } as Trigger),
            );
          }}
          error={outOfRange ? `Enter a whole number from ${limits[0]} to ${limits[1]}` : undefined}
        />
      )}
    </div>
  );
}
