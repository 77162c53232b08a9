import type { PeopleSort, SortOrder } from "@parley/protocol/directory";
import type { ReactNode } from "react";
import { usePeopleList } from "../../data/usePeopleList";
import { EmptyState } from "../../ui/EmptyState";
import { FormMessage } from "../../ui/FormMessage";
import { LoadMore } from "../LoadMore";
import type { PeopleListKey } from "../../api/queryKeys";
import { PeopleTable } from "./PeopleTable";

interface PeopleResultsProps {
  siteId: string;
  query: PeopleListKey;
  onSort(sort: PeopleSort, order: SortOrder): void;
  /** Whether any search or filter narrows the list (changes what the empty state says). */
  filtered: boolean;
  caption: string;
  /** What an empty list says instead of the standard words. */
  empty?: ReactNode;
}

/** One people list: loading, error, empty, or the rows with "Load more". */
export function PeopleResults({ siteId, query, onSort, filtered, caption, empty }: PeopleResultsProps) {
  const list = usePeopleList(siteId, query);
  if (list.isPending) {
    return (
      <p className="loading" role="status">
        Loading people…
      </p>
    );
  }
  if (list.isError) {
    return (
      <div className="query-error">
        <FormMessage error={list.error} />
        <button type="button" className="button button-secondary" onClick={() => list.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const people = list.data.pages.flatMap((page) => page.items);
  if (people.length === 0) {
    if (empty) return <>{empty}</>;
    return filtered ? (
      <EmptyState title="Nobody matches">
        <p>No person matches this search and these filters. Try fewer filters.</p>
      </EmptyState>
    ) : (
      <EmptyState title="No people yet">
        <p>People appear here when a visitor answers a dialogue or gives their email.</p>
      </EmptyState>
    );
  }
  return (
    <div className={`stack${list.isPlaceholderData ? " is-stale" : ""}`} aria-busy={list.isFetching}>
      <PeopleTable
        people={people}
        sort={query.sort ?? "updated"}
        order={query.order ?? "desc"}
        onSort={onSort}
        caption={caption}
      />
      <LoadMore
        shown={people.length}
        noun={["person", "people"]}
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onLoadMore={() => list.fetchNextPage()}
      />
    </div>
  );
}
