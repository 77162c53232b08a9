import { Link } from "@tanstack/react-router";

/** The own meeting setup's sub-navigation: Availability | Calendars. */
export function AccountMeetingsNav({ current }: { current: "availability" | "calendars" }) {
  const tab = (section: string) => (current === section ? "page" : undefined);
  return (
    <nav className="tabs" aria-label="Meeting setup">
      <ul>
        <li>
          <Link to="/account/availability" aria-current={tab("availability")}>
            Availability
          </Link>
        </li>
        <li>
          <Link to="/account/calendars" aria-current={tab("calendars")}>
            Calendars
          </Link>
        </li>
      </ul>
    </nav>
  );
}
