import { Link, useParams } from "@tanstack/react-router";
import { AvailabilityForm } from "../../availability/AvailabilityForm";
import { CalendarsPanel } from "../../calendars/CalendarsPanel";
import { useAvailability } from "../../data/useAvailability";
import { useMeetingHosts } from "../../data/useMeetingHosts";
import { AccessDeniedPage } from "../../pages/AccessDeniedPage";
import { useSession } from "../../session/SessionContext";
import { useSelectedSite } from "../../shell/SelectedSiteContext";
import { QueryState } from "../../ui/QueryState";
import "./meetingSettings.css";

/** /settings/meetings/hosts/<user>: an admin changes one host's availability and calendars. */
export function MeetingHostPage() {
  const { can } = useSession();
  if (!can("meetings.manage", "agents.manage")) return <AccessDeniedPage area="Meeting hosts" />;
  return <HostSettings />;
}

function HostSettings() {
  const { userId = "" } = useParams({ strict: false });
  const { site } = useSelectedSite();
  const hosts = useMeetingHosts(site?.id ?? "", !!site);
  const host = hosts.data?.find((h) => h.id === userId);
  const name = host?.name ?? "this host";
  const availability = useAvailability(userId);
  return (
    <section className="section" aria-labelledby="host-heading">
      <Link className="back-link" to="/settings/meetings/hosts">
        ← Meeting hosts
      </Link>
      <div className="section-header">
        <div>
          <h2 id="host-heading">{host ? host.name : "Host"}</h2>
          <p className="section-description">
            {host ? `${host.email} · ` : ""}Their availability applies on every site they host meetings for.
          </p>
        </div>
      </div>
      <QueryState query={availability} what={`the availability of ${name}`}>
        {(data) => <AvailabilityForm key={data.userId} userId={userId} saved={data} whose={name} />}
      </QueryState>
      <h2>Calendars</h2>
      <CalendarsPanel userId={userId} />
    </section>
  );
}
