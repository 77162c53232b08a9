import type { FieldDefinition } from "@parley/protocol/fields";
import { SelectField } from "../../ui/SelectField";
import { CompanyPicker } from "../CompanyPicker";
import type { PeopleSearch } from "../peopleSearch";
import { DateRange } from "./DateRange";
import { FieldFilter } from "./FieldFilter";

interface PeopleFiltersProps {
  siteId: string;
  id: string;
  search: PeopleSearch;
  fields: readonly FieldDefinition[];
  onChange(patch: Partial<PeopleSearch>): void;
  /** Shown on narrow screens only when opened (wide screens always show the filters). */
  open: boolean;
}

const KNOWN = [
  { value: "known", label: "Known (has an email)" },
  { value: "anonymous", label: "Anonymous" },
];

/** The People list's filters: known or anonymous, company, any field, created and updated days. */
export function PeopleFilters({ siteId, id, search, fields, onChange, open }: PeopleFiltersProps) {
  return (
    <section id={id} className={`people-filters${open ? " is-open" : ""}`} aria-label="Filters">
      <SelectField
        label="Who"
        value={search.known ?? ""}
        placeholder="Everyone"
        options={KNOWN}
        onChange={(known) => onChange({ known: (known || undefined) as PeopleSearch["known"] })}
      />
      <CompanyPicker
        siteId={siteId}
        label="Company"
        value={search.companyId ?? null}
        onChange={(companyId) => onChange({ companyId: companyId ?? undefined })}
      />
      <FieldFilter fields={fields} search={search} onChange={onChange} />
      <DateRange
        legend="Created"
        from={search.createdFrom}
        to={search.createdTo}
        onChange={(createdFrom, createdTo) => onChange({ createdFrom, createdTo })}
      />
      <DateRange
        legend="Last updated"
        from={search.updatedFrom}
        to={search.updatedTo}
        onChange={(updatedFrom, updatedTo) => onChange({ updatedFrom, updatedTo })}
      />
    </section>
  );
}
