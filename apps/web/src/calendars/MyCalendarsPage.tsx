import { AccountMeetingsNav } from "../availability/AccountMeetingsNav";
import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { useSession } from "../session/SessionContext";
import { PageHeader } from "../ui/PageHeader";
import { CalendarsPanel } from "./CalendarsPanel";

/** /account/calendars: the signed-in host's calendar connections (availability.manage_own). */
export function MyCalendarsPage() {
  const { can } = useSession();
  if (!can("availability.manage_own")) return <AccessDeniedPage area="Calendars" />;
  return (
    <div className="page">
      <PageHeader
        title="My calendars"
        description="Busy times in your calendars keep visitors from booking you then; bookings can be written into a CalDAV calendar."
      />
      <AccountMeetingsNav current="calendars" />
      <CalendarsPanel userId="me" />
    </div>
  );
}
