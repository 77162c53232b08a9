import type { NavArea } from "../shell/navAreas";
import { EmptyState } from "../ui/EmptyState";
import { PageHeader } from "../ui/PageHeader";

/** An area that is planned but not built yet: says what it will hold. */
export function ComingSoonPage({ area }: { area: NavArea }) {
  return (
    <div className="page">
      <PageHeader title={area.label} description={area.summary} />
      <EmptyState title="Coming soon">
        <p>This area is being built. It will bring:</p>
        <ul className="checklist">
          {area.upcoming.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </EmptyState>
    </div>
  );
}
