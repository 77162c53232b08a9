import type { InboxView } from "@parley/protocol/liveChat";
import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { type InboxSearch, inboxQueryOf } from "../inboxSearch";
import { InboxFilters } from "./InboxFilters";
import { InboxList } from "./InboxList";

const VIEWS: { id: InboxView; label: string }[] = [
  { id: "mine", label: "My chats" },
  { id: "queue", label: "Queue" },
  { id: "all", label: "All conversations" },
];

interface InboxListsProps {
  siteId: string;
  search: InboxSearch;
  selected: string | null;
  onSearch(patch: Partial<InboxSearch>): void;
}

/** The three lists as tabs (the URL holds which, and All's filters). */
export function InboxLists({ siteId, search, selected, onSearch }: InboxListsProps) {
  const view = search.view ?? "mine";
  const query = inboxQueryOf(search);
  return (
    <Tabs
      className="inbox-tabs"
      selectedKey={view}
      onSelectionChange={(key) => onSearch({ view: key === "mine" ? undefined : (key as InboxView) })}
    >
      <TabList className="inbox-tablist" aria-label="Inbox lists">
        {VIEWS.map((v) => (
          <Tab key={v.id} id={v.id} className="inbox-tab">
            {v.label}
          </Tab>
        ))}
      </TabList>
      {VIEWS.map((v) => (
        <TabPanel key={v.id} id={v.id} className="inbox-tabpanel">
          {v.id === "all" && <InboxFilters siteId={siteId} search={search} onSearch={onSearch} />}
          {v.id === view && <InboxList siteId={siteId} query={query} search={search} selected={selected} />}
        </TabPanel>
      ))}
    </Tabs>
  );
}
