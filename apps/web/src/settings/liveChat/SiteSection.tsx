import type { ReactNode } from "react";
import { SiteRequired } from "../../people/SiteRequired";
import { useSelectedSite } from "../../shell/SelectedSiteContext";
import { SectionHeader } from "../SectionHeader";
import "./liveChat.css";

interface SiteSectionProps {
  /** The heading's id. */
  id: string;
  title: string;
  /** The sentence under the heading, naming the selected site. */
  description(siteName: string): string;
  /** What appears once there is a site, for the empty state. */
  what: string;
  /** The section's content for the selected site; remounted when another site is picked. */
  children(siteId: string): ReactNode;
}

/** A settings section about the site chosen in the header's site picker. */
export function SiteSection({ id, title, description, what, children }: SiteSectionProps) {
  const { site } = useSelectedSite();
  return (
    <section className="section" aria-labelledby={id}>
      <SectionHeader
        id={id}
        title={title}
        description={`${description(site?.name ?? "the site")} Pick another site at the top.`}
      />
      <SiteRequired what={what}>{(siteId) => <div key={siteId}>{children(siteId)}</div>}</SiteRequired>
    </section>
  );
}
