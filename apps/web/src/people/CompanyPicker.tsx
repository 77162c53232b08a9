import type { CompanyListItem } from "@parley/protocol/directory";
import { useState } from "react";
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from "react-aria-components";
import { useCompany } from "../data/useCompany";
import { useCompanyList } from "../data/useCompanyList";
import { useDebounced } from "./useDebounced";

interface CompanyPickerProps {
  siteId: string;
  label: string;
  /** The chosen company's id, or null for none. */
  value: string | null;
  onChange(companyId: string | null): void;
  error?: string;
  hint?: string;
  /** What the empty input says: "Any company" in a filter, "No company" on a person. */
  placeholder?: string;
}

/** Picks a company by typing the start of its name or domain; the server searches, 20 at a time. */
export function CompanyPicker({
  siteId,
  label,
  value,
  onChange,
  error,
  hint,
  placeholder = "Any company",
}: CompanyPickerProps) {
  const chosen = useCompany(siteId, value);
  /** What is in the input, for the value it was typed or chosen with (another value shows its own name). */
  const [typed, setTyped] = useState<{ text: string; forValue: string | null } | null>(null);
  const [open, setOpen] = useState(false);
  const text = typed && typed.forValue === value ? typed.text : null;
  const search = useDebounced(text ?? "");
  const list = useCompanyList(siteId, { q: search || undefined, limit: 20 }, { enabled: open });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const chosenName = value ? (chosen.data?.name ?? "") : "";

  return (
    <ComboBox
      className="field company-picker"
      items={items}
      inputValue={text ?? chosenName}
      onInputChange={(input) => {
        setTyped({ text: input, forValue: input === "" ? null : value });
        if (input === "" && value) onChange(null);
      }}
      selectedKey={value}
      onSelectionChange={(key) => {
        if (key === null) return;
        // Keep the chosen name in the input: changing it under a focused combobox would reopen it.
        const name = items.find((c) => c.id === key)?.name;
        setTyped(name === undefined ? null : { text: name, forValue: String(key) });
        onChange(String(key));
      }}
      onOpenChange={(isOpen) => {
        if (isOpen) setOpen(true);
      }}
      allowsEmptyCollection
      isInvalid={!!error}
    >
      <Label>{label}</Label>
      <div className="combo-input">
        <Input placeholder={placeholder} />
        <Button className="combo-button" aria-label={`Show ${label.toLowerCase()} choices`}>
          ▾
        </Button>
      </div>
      {hint && (
        <Text slot="description" className="field-hint">
          {hint}
        </Text>
      )}
      {error && (
        <Text slot="errorMessage" className="field-error">
          {error}
        </Text>
      )}
      <Popover className="combo-popover">
        <ListBox
          className="combo-list"
          renderEmptyState={() => (
            <p className="combo-empty">{list.isFetching ? "Searching…" : "No company starts like that"}</p>
          )}
        >
          {(company: CompanyListItem) => (
            <ListBoxItem id={company.id} className="combo-item" textValue={company.name}>
              {company.name}
              {company.domain && <span className="cell-sub">{company.domain}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
