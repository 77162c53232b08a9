import { Link } from "@tanstack/react-router";

const PAGES = [
  { to: "/reports", label: "Overview" },
  { to: "/reports/meetings", label: "Meetings" },
  { to: "/reports/live-chat", label: "Live chat" },
] as const;

/** The Reports area's pages; the filters (days, visitors) go along when switching. */
export function ReportsNav() {
  return (
    <nav className="tabs reports-nav" aria-label="Reports">
      <ul>
        {PAGES.map((page) => (
          <li key={page.to}>
            <Link
              to={page.to}
              search={(previous: Record<string, unknown>) => previous}
              // The router marks the current page (aria-current="page") itself; /reports only exactly.
              activeOptions={{ exact: true, includeSearch: false }}
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
