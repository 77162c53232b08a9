import { Link } from "../router/Link";
import { EmptyState } from "../ui/EmptyState";

export function NotFoundPage() {
  return (
    <div className="page">
      <EmptyState title="Page not found" level={1}>
        <p>There is nothing at this address.</p>
        <Link className="button button-secondary" to="/">
          Go to the start page
        </Link>
      </EmptyState>
    </div>
  );
}
