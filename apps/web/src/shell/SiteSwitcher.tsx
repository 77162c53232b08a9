import { useId } from "react";
import { useSelectedSite } from "./SelectedSiteContext";

/** The header's site picker; the choice is remembered in this browser. */
export function SiteSwitcher() {
  const { sites, site, isLoading, selectSite } = useSelectedSite();
  const id = useId();
  if (isLoading) return <span className="site-switcher site-switcher-empty">Loading sites…</span>;
  if (!site) return <span className="site-switcher site-switcher-empty">No sites</span>;
  return (
    <div className="site-switcher">
      <label htmlFor={id}>Site</label>
      <select id={id} value={site.id} onChange={(event) => selectSite(event.target.value)}>
        {sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
