import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { Link } from "../router/Link";
import { useLocation } from "../router/location";
import { Redirect } from "../router/Redirect";
import { useSession } from "../session/SessionContext";
import { PageHeader } from "../ui/PageHeader";
import { ApiKeysSection } from "./apiKeys/ApiKeysSection";
import { OutboxSection } from "./outbox/OutboxSection";
import { RolesSection } from "./roles/RolesSection";
import { SETTINGS_SECTIONS } from "./settingsSections";
import { SitesSection } from "./sites/SitesSection";
import { TeamsSection } from "./teams/TeamsSection";
import { UsersSection } from "./users/UsersSection";

/** /settings/<section>/<rest>: the sections this user may open, as tabs, and the open one. */
export function SettingsPage() {
  const { path } = useLocation();
  const { can } = useSession();
  const [, , slug, ...rest] = path.split("/");
  const allowed = SETTINGS_SECTIONS.filter((s) => can(...s.permissions));

  if (!slug) {
    const first = allowed[0];
    return first ? <Redirect to={`/settings/${first.slug}`} /> : <AccessDeniedPage area="Settings" />;
  }
  const section = SETTINGS_SECTIONS.find((s) => s.slug === slug);
  if (!section) return <NotFoundPage />;
  if (!can(...section.permissions)) return <AccessDeniedPage area={`${section.label} settings`} />;

  return (
    <div className="page">
      <PageHeader title="Settings" documentTitle={`${section.label} · Settings`} />
      <nav className="tabs" aria-label="Settings sections">
        <ul>
          {allowed.map((s) => (
            <li key={s.slug}>
              <Link to={`/settings/${s.slug}`} aria-current={s.slug === slug ? "page" : undefined}>
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {renderSection(section.slug, rest)}
    </div>
  );
}

function renderSection(slug: string, rest: string[]) {
  switch (slug) {
    case "users":
      return <UsersSection />;
    case "roles":
      return <RolesSection rest={rest} />;
    case "teams":
      return <TeamsSection />;
    case "api-keys":
      return <ApiKeysSection />;
    case "sites":
      return <SitesSection rest={rest} />;
    case "outbox":
      return <OutboxSection rest={rest} />;
    default:
      return <NotFoundPage />;
  }
}
