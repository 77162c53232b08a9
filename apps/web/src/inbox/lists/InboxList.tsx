import type { InboxItem } from "@parley/protocol/liveChat";
import { Link } from "@tanstack/react-router";
import type { InboxListKey } from "../../api/queryKeys";
import { useInboxList } from "../../data/useInboxList";
import { LoadMore } from "../../people/LoadMore";
import { FormMessage } from "../../ui/FormMessage";
import { formatDate } from "../../ui/formatDate";
import type { InboxSearch } from "../inboxSearch";
import { VisitorPresenceLabel } from "../VisitorPresenceLabel";
import { ChatStatusBadge } from "./ChatStatusBadge";

const EMPTY: Record<string, string> = {
  mine: "No chats assigned to you right now.",
  queue: "Nobody is waiting.",
  all: "No conversations match.",
};

interface InboxListProps {
  siteId: string;
  query: InboxListKey;
  search: InboxSearch;
  selected: string | null;
}

/** One list's rows, each opening its conversation (the list and its filters stay in the URL). */
export function InboxList({ siteId, query, search, selected }: InboxListProps) {
  const list = useInboxList(siteId, query);
  if (list.isPending)
    return (
      <p className="loading" role="status">
        Loading conversations…
      </p>
    );
  if (list.isError) return <FormMessage error={list.error} />;
  const rows = list.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) return <p className="section-empty">{EMPTY[query.view ?? "mine"]}</p>;
  return (
    <>
      <ul className="inbox-rows" aria-label="Conversations in this list">
        {rows.map((row) => (
          <li key={row.conversationId}>
            <Row row={row} search={search} current={row.conversationId === selected} />
          </li>
        ))}
      </ul>
      <LoadMore
        shown={rows.length}
        noun={["conversation", "conversations"]}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
    </>
  );
}

function Row({ row, search, current }: { row: InboxItem; search: InboxSearch; current: boolean }) {
  const name = row.visitorName ?? row.visitorEmail ?? "Anonymous visitor";
  return (
    <Link
      to="/inbox/$conversationId"
      params={{ conversationId: row.conversationId }}
      search={{ ...search, panel: undefined }}
      className="inbox-row"
      aria-current={current ? "page" : undefined}
    >
      <span className="inbox-row-top">
        <span className="inbox-row-name">{name}</span>
        <ChatStatusBadge item={row} />
      </span>
      <VisitorPresenceLabel
        online={row.visitorOnline}
        className="inbox-row-presence"
        onlyOnline={!row.chat || row.chat.status === "ended" || row.chat.status === "fallback"}
      />
      {row.queuePosition !== null && (
        <span className="inbox-row-queue">#{row.queuePosition} in the queue</span>
      )}
      <span className="inbox-row-last">{row.lastMessage ?? row.dialogueName ?? "No messages yet"}</span>
      <span className="inbox-row-meta">
        {[row.chat?.agent?.name, row.dialogueName, formatDate(row.updatedAt)].filter(Boolean).join(" · ")}
      </span>
    </Link>
  );
}
