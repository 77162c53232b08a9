import type { Site } from "@parley/protocol/sites";
import { Link } from "@tanstack/react-router";
import { useSelectedSite } from "../../shell/SelectedSiteContext";

/** Every site with its key, domains and chat status; the one chosen in the header is marked. */
export function SiteList({ sites }: { sites: readonly Site[] }) {
  const { site: current } = useSelectedSite();
  return (
    <ul className="card-list">
      {sites.map((site) => (
        <li key={site.id} className="card card-row">
          <div className="card-row-main">
            <p className="cell-title">
              <Link to="/settings/sites/$siteId" params={{ siteId: site.id }}>
                {site.name}
              </Link>
              {current?.id === site.id && <span className="badge badge-info">Selected</span>}
              <span className={`badge ${site.chatEnabled ? "badge-success" : "badge-quiet"}`}>
                {site.chatEnabled ? "Chat on" : "Chat off"}
              </span>
            </p>
            <p className="cell-sub">
              <code>{site.siteKey}</code> ·{" "}
              {site.allowedDomains.length === 0 ? "no allowed domains yet" : site.allowedDomains.join(", ")}
            </p>
          </div>
          <div className="card-row-actions">
            <Link
              className="button button-secondary"
              to="/settings/sites/$siteId"
              params={{ siteId: site.id }}
              aria-label={`Settings of ${site.name}`}
            >
              Settings
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
