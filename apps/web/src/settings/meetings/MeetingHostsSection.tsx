import type { MeetingHost } from "@parley/protocol/meetings";
import { Link } from "@tanstack/react-router";
import { AgentAvatar } from "../../agent/AgentAvatar";
import { useMeetingHosts } from "../../data/useMeetingHosts";
import { AccessDeniedPage } from "../../pages/AccessDeniedPage";
import { useSession } from "../../session/SessionContext";
import { QueryState } from "../../ui/QueryState";
import { SiteSection } from "../liveChat/SiteSection";
import { MeetingsSettingsNav } from "./MeetingsSettingsNav";
import "../../agent/agent.css";
import "../../meetings/badges.css";
import "./meetingSettings.css";

/** /settings/meetings/hosts: who can be booked on the site, and whose setup needs a look. */
export function MeetingHostsSection() {
  const { can } = useSession();
  if (!can("meetings.manage", "agents.manage")) return <AccessDeniedPage area="Meeting hosts" />;
  return (
    <SiteSection
      id="meeting-hosts-heading"
      title="Meetings"
      description={(name) =>
        `Everyone visitors of ${name} can book. Open a host to change their availability and calendars.`
      }
      what="Hosts appear here once there is a site."
    >
      {(siteId) => <HostsOfSite siteId={siteId} />}
    </SiteSection>
  );
}

function HostsOfSite({ siteId }: { siteId: string }) {
  const hosts = useMeetingHosts(siteId);
  return (
    <>
      <MeetingsSettingsNav current="hosts" />
      <QueryState query={hosts} what="meeting hosts">
        {(items) =>
          items.length === 0 ? (
            <p className="field-hint">
              Nobody with the “Receive booked meetings” permission reaches this site yet.
            </p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">Meeting hosts</caption>
                <thead>
                  <tr>
                    <th scope="col">Host</th>
                    <th scope="col">Time zone</th>
                    <th scope="col">Setup</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((host) => (
                    <HostRow key={host.id} host={host} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </>
  );
}

function HostRow({ host }: { host: MeetingHost }) {
  return (
    <tr>
      <td>
        <span className="agent-cell">
          <AgentAvatar name={host.name} initials={host.initials} avatarUrl={host.avatarUrl} />
          <span>
            <span className="cell-title">{host.name}</span>
            <span className="cell-sub"> {host.email}</span>
          </span>
        </span>
      </td>
      <td>{host.timeZone.replaceAll("_", " ")}</td>
      <td>
        <span className="host-badges">
          {host.configured ? (
            <span className="badge badge-success">Configured</span>
          ) : (
            <span className="badge badge-warning">Not set up — no times to book</span>
          )}
          {host.calendarsNeedAttention && (
            <span className="badge badge-danger">Calendar needs attention</span>
          )}
        </span>
      </td>
      <td className="cell-actions">
        <Link
          className="button button-secondary"
          to="/settings/meetings/hosts/$userId"
          params={{ userId: host.id }}
          aria-label={`Edit ${host.name}'s availability and calendars`}
        >
          Edit
        </Link>
      </td>
    </tr>
  );
}
