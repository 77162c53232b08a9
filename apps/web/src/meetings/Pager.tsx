import { Button } from "../ui/Button";

interface PagerProps {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  /** The rows of this page. */
  shown: number;
  onPage(page: number): void;
}

/** "26–50 of 73 meetings" with Previous and Next. */
export function Pager({ page, pageSize, total, shown, onPage }: PagerProps) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = (page - 1) * pageSize + shown;
  const noun = total === 1 ? "meeting" : "meetings";
  return (
    <nav className="pager" aria-label="Pages">
      <p className="load-more-count" role="status">
        {total <= pageSize ? `${total} ${noun}` : `${first}–${last} of ${total} ${noun}`}
      </p>
      {total > pageSize && (
        <div className="pager-buttons">
          <Button disabled={page <= 1} onPress={() => onPage(page - 1)}>
            Previous
          </Button>
          <Button disabled={last >= total} onPress={() => onPage(page + 1)}>
            Next
          </Button>
        </div>
      )}
    </nav>
  );
}
