import { useState } from "react";
import { useSites } from "../../data/useSites";
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useSelectedSite } from "../../shell/SelectedSiteContext";
import { Button } from "../../ui/Button";
import { EmptyState } from "../../ui/EmptyState";
import { QueryState } from "../../ui/QueryState";
import { SectionHeader } from "../SectionHeader";
import { CreateSiteForm } from "./CreateSiteForm";
import { SiteDetail } from "./SiteDetail";
import { SiteList } from "./SiteList";

/** /settings/sites (list and "create site") and /settings/sites/<id>. */
export function SitesSection() {
  const { siteId } = useParams({ strict: false });
  const navigate = useNavigate();
  const sites = useSites();
  const { selectSite } = useSelectedSite();
  const [creating, setCreating] = useState(false);

  return (
    <section className="section" aria-labelledby="sites-heading">
      <QueryState query={sites} what="sites">
        {(list) => {
          if (siteId) {
            const site = list.find((s) => s.id === siteId);
            if (!site) {
              return (
                <EmptyState title="Site not found">
                  <p>It may have been deleted, or you may not have access to it.</p>
                  <Link to="/settings/sites">All sites</Link>
                </EmptyState>
              );
            }
            return <SiteDetail site={site} />;
          }
          return (
            <>
              <SectionHeader
                id="sites-heading"
                title="Sites"
                description="A site is one website where the Parley widget runs, with its own domains, branding and privacy settings."
                action={
                  !creating && (
                    <Button variant="primary" onPress={() => setCreating(true)}>
                      Create site
                    </Button>
                  )
                }
              />
              {creating && (
                <CreateSiteForm
                  onCancel={() => setCreating(false)}
                  onCreated={(site) => {
                    selectSite(site.id);
                    void navigate({
                      to: "/settings/sites/$siteId",
                      params: { siteId: site.id },
                      search: { created: true },
                    });
                  }}
                />
              )}
              {list.length === 0 ? (
                <EmptyState title="No sites yet">
                  <p>Create a site to get the snippet for your website.</p>
                </EmptyState>
              ) : (
                <SiteList sites={list} />
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
