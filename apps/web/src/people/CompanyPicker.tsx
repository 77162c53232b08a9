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
}

/** Picks a company by typing the start of its name or domain; the server searches, 20 at a time. */
export function CompanyPicker({ siteId, label, value, onChange, error, hint }: CompanyPickerProps) {
  const chosen = useCompany(siteId, value);
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const search = useDebounced(typed ?? "");
  const list = useCompanyList(siteId, { q: search || undefined, limit: 20 }, { enabled: open });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const chosenName = value ? (chosen.data?.name ?? "") : "";

  return (
    <ComboBox
      className="field company-picker"
      items={items}
      inputValue={typed ?? chosenName}
      onInputChange={(text) => {
        setTyped(text);
        if (text === "" && value) onChange(null);
      }}
      selectedKey={value}
      onSelectionChange={(key) => {
        setTyped(null);
        if (key !== null) onChange(String(key));
      }}
      onOpenChange={(isOpen) => {
        setOpen(isOpen);
        if (!isOpen) setTyped(null);
      }}
      menuTrigger="focus"
      allowsEmptyCollection
      isInvalid={!!error}
    >
      <Label>{label}</Label>
      <div className="combo-input">
        <Input placeholder="Any company" />
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
