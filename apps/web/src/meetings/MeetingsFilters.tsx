import { MEETING_STATUSES } from "@parley/protocol/meetings";
import { DateRange } from "../people/list/DateRange";
import { SelectField } from "../ui/SelectField";
import { MEETING_STATUS_LOOKS } from "./MeetingStatusBadge";
import type { MeetingsSearch } from "./meetingsSearch";

export interface Named {
  id: string;
  name: string;
}

interface MeetingsFiltersProps {
  search: MeetingsSearch;
  agents: readonly Named[];
  dialogues: readonly Named[];
  onChange(patch: Partial<MeetingsSearch>): void;
}

/** The choice that filters nothing ("" would show as nothing chosen). */
const ANY = "any";
const chosen = (value: string) => (value === ANY ? undefined : value);
const STATUS_OPTIONS = [
  { value: ANY, label: "Any status" },
  ...MEETING_STATUSES.map((s) => ({ value: s, label: MEETING_STATUS_LOOKS[s].label })),
];

/** Status, agent, dialogue and the days the meetings start on (the viewer's days). */
export function MeetingsFilters({ search, agents, dialogues, onChange }: MeetingsFiltersProps) {
  const options = (items: readonly Named[], any: string) => [
    { value: ANY, label: any },
    ...items.map((i) => ({ value: i.id, label: i.name })),
  ];
  return (
    <section className="meetings-filters" aria-label="Filters">
      <SelectField
        label="Status"
        value={search.status ?? ANY}
        options={STATUS_OPTIONS}
        onChange={(status) => onChange({ status: chosen(status) as MeetingsSearch["status"] })}
      />
      <SelectField
        label="Agent"
        value={search.agentId ?? ANY}
        options={options(agents, "Any agent")}
        onChange={(agentId) => onChange({ agentId: chosen(agentId) })}
      />
      <SelectField
        label="Dialogue"
        value={search.dialogueId ?? ANY}
        options={options(dialogues, "Any dialogue")}
        onChange={(dialogueId) => onChange({ dialogueId: chosen(dialogueId) })}
      />
      <DateRange
        legend="Starts"
        from={search.from}
        to={search.to}
        onChange={(from, to) => onChange({ from, to })}
      />
    </section>
  );
}
