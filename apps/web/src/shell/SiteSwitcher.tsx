import { SelectField } from "../ui/SelectField";
import { useSelectedSite } from "./SelectedSiteContext";

/** The header's site picker; the choice is remembered in this browser. */
export function SiteSwitcher() {
  const { sites, site, isLoading, selectSite } = useSelectedSite();
  if (isLoading) return <span className="site-switcher site-switcher-empty">Loading sites…</span>;
  if (!site) return <span className="site-switcher site-switcher-empty">No sites</span>;
  return (
    <SelectField
      className="site-switcher"
      label="Site"
      value={site.id}
      onChange={selectSite}
      options={sites.map((s) => ({ value: s.id, label: s.name }))}
    />
  );
}
