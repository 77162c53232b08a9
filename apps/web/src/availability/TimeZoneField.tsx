import { useMemo } from "react";
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  useFilter,
} from "react-aria-components";
import { timeZoneOptions } from "../agent/timeZones";
import "../people/people.css";

interface TimeZoneFieldProps {
  value: string;
  onChange(zone: string): void;
  hint?: string;
  error?: string;
  label?: string;
}

/**
 * Picks an IANA time zone by typing any part of its name ("berl", "new york"): every zone the browser
 * knows (Intl.supportedValuesOf), and the current one even when the browser lacks it.
 */
export function TimeZoneField({ value, onChange, hint, error, label = "Time zone" }: TimeZoneFieldProps) {
  const zones = useMemo(() => timeZoneOptions(value), [value]);
  const { contains } = useFilter({ sensitivity: "base" });
  return (
    <ComboBox
      className="field company-picker"
      defaultItems={zones.map((z) => ({ id: z.value, name: z.label }))}
      defaultFilter={(text, input) => contains(text, input) || contains(text.replaceAll(" ", "_"), input)}
      selectedKey={value}
      onSelectionChange={(key) => {
        if (key !== null) onChange(String(key));
      }}
      menuTrigger="focus"
      // The list stays open when nothing matches, to say so ("No time zone has that name").
      allowsEmptyCollection
      isInvalid={!!error}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <div className="combo-input">
        <Input />
        <Button className="combo-button" aria-label="Show time zones">
          ▾
        </Button>
      </div>
      {hint && !error && (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="combo-popover">
        <ListBox
          className="combo-list"
          renderEmptyState={() => <p className="combo-empty">No time zone has that name</p>}
        >
          {(zone: { id: string; name: string }) => (
            <ListBoxItem id={zone.id} className="combo-item" textValue={zone.name}>
              {zone.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
