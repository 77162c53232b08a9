import { Link, Outlet, useLocation } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { NotFoundPage } from "../pages/NotFoundPage";
import { useSession } from "../session/SessionContext";
import { PageHeader } from "../ui/PageHeader";
import { SETTINGS_SECTIONS } from "./settingsSections";

/** /settings/<section>/…: the sections this user may open, as tabs, and the open one. */
export function SettingsPage() {
  const path = useLocation({ select: (location) => location.pathname });
  const { can } = useSession();
  const [, , slug] = path.split("/");
  const allowed = SETTINGS_SECTIONS.filter((s) => can(...s.permissions));
  const tabs = useRef<HTMLElement>(null);
  // The tabs scroll sideways when they do not fit: the open section's tab is brought into sight.
  useEffect(() => {
    tabs.current
      ?.querySelector('[aria-current="page"]')
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [slug]);

  if (!slug) return allowed.length === 0 ? <AccessDeniedPage area="Settings" /> : <Outlet />;
  const section = SETTINGS_SECTIONS.find((s) => s.slug === slug);
  if (!section) return <NotFoundPage />;
  if (!can(...section.permissions)) return <AccessDeniedPage area={`${section.label} settings`} />;

  return (
    <div className="page">
      <PageHeader title="Settings" documentTitle={`${section.label} · Settings`} />
      <nav className="tabs" aria-label="Settings sections" ref={tabs}>
        <ul>
          {allowed.map((s) => (
            <li key={s.slug}>
              <Link to={s.path} aria-current={s.slug === slug ? "page" : undefined}>
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
