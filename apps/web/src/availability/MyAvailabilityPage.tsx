import { useAvailability } from "../data/useAvailability";
import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { useSession } from "../session/SessionContext";
import { PageHeader } from "../ui/PageHeader";
import { QueryState } from "../ui/QueryState";
import { AccountMeetingsNav } from "./AccountMeetingsNav";
import { AvailabilityForm } from "./AvailabilityForm";

/** /account/availability: when visitors can book the signed-in host (availability.manage_own). */
export function MyAvailabilityPage() {
  const { can } = useSession();
  const allowed = can("availability.manage_own");
  const availability = useAvailability("me", allowed);
  if (!allowed) return <AccessDeniedPage area="Meeting availability" />;
  return (
    <div className="page">
      <PageHeader
        title="My availability"
        description="When visitors can book a meeting with you. They see the free times in their own time zone."
      />
      <AccountMeetingsNav current="availability" />
      <QueryState query={availability} what="your availability">
        {(data) => <AvailabilityForm key={data.userId} userId="me" saved={data} whose="your" />}
      </QueryState>
    </div>
  );
}
