import { Link } from "@tanstack/react-router";
import { useSession } from "../../session/SessionContext";

/** Settings › Meetings' two parts: the site's invitation settings and its hosts. */
export function MeetingsSettingsNav({ current }: { current: "invitations" | "hosts" }) {
  const { can } = useSession();
  const tab = (part: string) => (current === part ? "page" : undefined);
  return (
    <nav className="subtabs" aria-label="Meetings settings">
      <ul>
        {can("meetings.manage", "sites.manage") && (
          <li>
            <Link to="/settings/meetings" activeOptions={{ exact: true }} aria-current={tab("invitations")}>
              Invitations
            </Link>
          </li>
        )}
        {can("meetings.manage", "agents.manage") && (
          <li>
            <Link to="/settings/meetings/hosts" aria-current={tab("hosts")}>
              Hosts
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
