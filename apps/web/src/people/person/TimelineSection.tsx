import { usePersonTimeline } from "../../data/usePersonTimeline";
import { formatDate } from "../../ui/formatDate";
import { QueryState } from "../../ui/QueryState";
import { LoadMore } from "../LoadMore";
import { activityText } from "./activityText";

/** The person's activity timeline, newest first, with "Load more". */
export function TimelineSection({ siteId, personId }: { siteId: string; personId: string }) {
  const timeline = usePersonTimeline(siteId, personId);
  return (
    <section className="card section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Activity</h2>
      <QueryState query={timeline} what="activity">
        {(data) => {
          const entries = data.pages.flatMap((page) => page.items);
          if (entries.length === 0) return <p className="section-empty">No activity yet.</p>;
          return (
            <>
              <ol className="timeline">
                {entries.map((entry) => (
                  <li key={entry.id}>
                    <time dateTime={entry.at}>{formatDate(entry.at)}</time>
                    <span>{activityText(entry)}</span>
                    {entry.pageUrl && <span className="cell-sub cell-wrap">on {entry.pageUrl}</span>}
                  </li>
                ))}
              </ol>
              <LoadMore
                shown={entries.length}
                noun={["activity", "activities"]}
                hasMore={timeline.hasNextPage}
                loading={timeline.isFetchingNextPage}
                onLoadMore={() => timeline.fetchNextPage()}
              />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
