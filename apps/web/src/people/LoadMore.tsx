import { Button } from "react-aria-components";

interface LoadMoreProps {
  /** Rows shown so far. */
  shown: number;
  /** "person"/"people": the words for one and for many. */
  noun: readonly [string, string];
  hasMore: boolean;
  loading: boolean;
  onLoadMore(): void;
}

/** How many rows are shown and, while the server has more, a button that fetches the next page. */
export function LoadMore({ shown, noun, hasMore, loading, onLoadMore }: LoadMoreProps) {
  return (
    <div className="load-more">
      <p className="load-more-count" role="status">
        {hasMore
          ? `Showing the first ${shown} ${noun[shown === 1 ? 0 : 1]}`
          : `${shown} ${noun[shown === 1 ? 0 : 1]}`}
      </p>
      {hasMore && (
        <Button className="button button-secondary" onPress={onLoadMore} isDisabled={loading}>
          {loading ? "Loading…" : "Load more"}
        </Button>
      )}
    </div>
  );
}
