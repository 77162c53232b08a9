import { LIVE_CHAT_STATUSES } from "@parley/protocol/liveChat";
import { useSiteAgents } from "../../data/useSiteAgents";
import { DateRange } from "../../people/list/DateRange";
import { SearchBox } from "../../people/SearchBox";
import { SelectField } from "../../ui/SelectField";
import { type InboxSearch, inboxFilterCount } from "../inboxSearch";
import { CHAT_STATUS_LABELS } from "./ChatStatusBadge";

const ANY = "any";

interface InboxFiltersProps {
  siteId: string;
  search: InboxSearch;
  onSearch(patch: Partial<InboxSearch>): void;
}

/** All conversations' search (visitor email or name) and filters: live or bot, chat status, agent, days. */
export function InboxFilters({ siteId, search, onSearch }: InboxFiltersProps) {
  const agents = useSiteAgents(siteId);
  const pick = (value: string) => (value === ANY ? undefined : value);
  return (
    <div className="inbox-filters">
      <SearchBox
        label="Search conversations"
        placeholder="Visitor email or name"
        value={search.q ?? ""}
        onSearch={(q) => onSearch({ q: q.trim() || undefined })}
      />
      <SelectField
        label="Kind"
        value={search.kind ?? ANY}
        options={[
          { value: ANY, label: "Live and bot" },
          { value: "live", label: "Reached a person" },
          { value: "bot", label: "Bot only" },
        ]}
        onChange={(value) => onSearch({ kind: pick(value) as InboxSearch["kind"] })}
      />
      <SelectField
        label="Chat status"
        value={search.chatStatus ?? ANY}
        options={[
          { value: ANY, label: "Any status" },
          ...LIVE_CHAT_STATUSES.map((s) => ({ value: s, label: CHAT_STATUS_LABELS[s] })),
        ]}
        onChange={(value) => onSearch({ chatStatus: pick(value) as InboxSearch["chatStatus"] })}
      />
      <SelectField
        label="Agent"
        value={search.agentId ?? ANY}
        options={[
          { value: ANY, label: "Any agent" },
          ...(agents.data ?? []).map((a) => ({ value: a.id, label: a.name })),
        ]}
        onChange={(value) => onSearch({ agentId: pick(value) })}
      />
      <DateRange
        legend="Started"
        from={search.from}
        to={search.to}
        onChange={(from, to) => onSearch({ from, to })}
      />
      {inboxFilterCount(search) > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            onSearch({
              kind: undefined,
              chatStatus: undefined,
              agentId: undefined,
              from: undefined,
              to: undefined,
            })
          }
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
