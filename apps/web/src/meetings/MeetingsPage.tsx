import type { Meeting } from "@parley/protocol/meetings";
import { useMemo } from "react";
import { useMeetingDialogues } from "../data/useMeetingDialogues";
import { useMeetingHosts } from "../data/useMeetingHosts";
import { meetingsCsvUrl, useMeetingList } from "../data/useMeetingList";
import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { SearchBox } from "../people/SearchBox";
import { SiteRequired } from "../people/SiteRequired";
import { useSession } from "../session/SessionContext";
import { EmptyState } from "../ui/EmptyState";
import { PageHeader } from "../ui/PageHeader";
import { QueryState } from "../ui/QueryState";
import { MeetingsFilters, type Named } from "./MeetingsFilters";
import { meetingsRoute } from "./meetingsRoutes";
import {
  meetingFilterCount,
  MEETINGS_PAGE_SIZE,
  type MeetingsSearch,
  meetingsQueryOf,
} from "./meetingsSearch";
import { MeetingsTable } from "./MeetingsTable";
import { Pager } from "./Pager";
import "../people/people.css";
import "./badges.css";
import "./meetings.css";

/** /meetings: every meeting booked on the selected site, filtered, paged, exported; live. */
export function MeetingsPage() {
  const { can } = useSession();
  if (!can("meetings.host", "meetings.manage")) return <AccessDeniedPage area="Meetings" />;
  return (
    <div className="page page-wide">
      <PageHeader
        title="Meetings"
        description="Meetings visitors booked with your team, as they happen: mark no-shows, cancel, export."
      />
      <SiteRequired what="Meetings appear here once a site books them.">
        {(siteId) => <MeetingsOfSite key={siteId} siteId={siteId} />}
      </SiteRequired>
    </div>
  );
}

function MeetingsOfSite({ siteId }: { siteId: string }) {
  const { can } = useSession();
  const search = meetingsRoute.useSearch();
  const navigate = meetingsRoute.useNavigate();
  const query = meetingsQueryOf(search);
  const list = useMeetingList(siteId, query);
  const hosts = useMeetingHosts(siteId);
  const dialogues = useMeetingDialogues(siteId, can("dialogues.view", "dialogues.manage"));
  const rows = list.data?.items;
  const agents = useMemo(
    () =>
      named(
        hosts.data ?? [],
        rows?.map((m) => m.agent),
      ),
    [hosts.data, rows],
  );
  const dialogueOptions = useMemo(
    () =>
      named(
        dialogues.data ?? [],
        rows?.flatMap((m) => (m.dialogue ? [m.dialogue] : [])),
      ),
    [dialogues.data, rows],
  );
  const filters = meetingFilterCount(search);
  // Any change of filter starts again at the first page.
  const update = (patch: Partial<MeetingsSearch>) =>
    navigate({
      search: (previous: MeetingsSearch) => ({ ...previous, page: undefined, ...patch }),
      replace: true,
    });

  return (
    <>
      <div className="list-toolbar">
        <SearchBox
          label="Search meetings"
          placeholder="Visitor's email or name"
          value={search.q ?? ""}
          onSearch={(q) => update({ q: q.trim() || undefined })}
        />
        {filters > 0 && (
          <button type="button" className="link-button" onClick={() => navigate({ search: { q: search.q } })}>
            Clear filters
          </button>
        )}
        {/* The export is the list's managers' and those who may export reports. */}
        {can("meetings.manage", "reports.export") && (
          <a
            className="button button-secondary meetings-export"
            href={meetingsCsvUrl(siteId, query)}
            download
          >
            Export CSV
          </a>
        )}
      </div>
      <MeetingsFilters search={search} agents={agents} dialogues={dialogueOptions} onChange={update} />
      <QueryState query={list} what="meetings">
        {(data) =>
          data.items.length === 0 ? (
            <EmptyMeetings filtered={filters > 0 || !!query.q} />
          ) : (
            <div className={`stack${list.isPlaceholderData ? " is-stale" : ""}`} aria-busy={list.isFetching}>
              <MeetingsTable siteId={siteId} meetings={data.items} />
              <Pager
                page={search.page ?? 1}
                pageSize={MEETINGS_PAGE_SIZE}
                total={data.total}
                shown={data.items.length}
                onPage={(page) => update({ ...search, page })}
              />
            </div>
          )
        }
      </QueryState>
    </>
  );
}

function EmptyMeetings({ filtered }: { filtered: boolean }) {
  return filtered ? (
    <EmptyState title="No meeting matches">
      <p>No meeting matches this search and these filters. Try fewer filters.</p>
    </EmptyState>
  ) : (
    <EmptyState title="No meetings yet">
      <p>
        Meetings appear here when a visitor books one through a Meeting card, a live chat's fallback, or a
        booking link an agent shares in a chat.
      </p>
    </EmptyState>
  );
}

/** Names by id, sorted: the known list, plus any seen in the rows (so a filter can name them). */
function named(known: readonly Named[], seen: readonly Meeting["agent"][] | readonly Named[] = []): Named[] {
  const byId = new Map<string, string>();
  for (const item of [...known, ...seen]) byId.set(item.id, item.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
