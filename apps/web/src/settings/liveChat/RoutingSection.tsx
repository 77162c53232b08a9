import { useSiteAgents } from "../../data/useSiteAgents";
import { SiteRequired } from "../../people/SiteRequired";
import { useSession } from "../../session/SessionContext";
import { useSelectedSite } from "../../shell/SelectedSiteContext";
import { SectionHeader } from "../SectionHeader";
import { AccountListCard } from "./AccountListCard";
import { RoutingRulesCard } from "./RoutingRulesCard";
import "./liveChat.css";

/** /settings/routing: the selected site's account list and custom routing rules. */
export function RoutingSection() {
  const { site } = useSelectedSite();
  return (
    <section className="section" aria-labelledby="routing-heading">
      <SectionHeader
        id="routing-heading"
        title="Routing"
        description={`Who gets the live chats of ${site?.name ?? "the site"}: account owners first, then the rules. Pick another site at the top.`}
      />
      <SiteRequired what="Routing appears here once there is a site.">
        {(siteId) => <RoutingOfSite key={siteId} siteId={siteId} />}
      </SiteRequired>
    </section>
  );
}

function RoutingOfSite({ siteId }: { siteId: string }) {
  const { can } = useSession();
  const agents = useSiteAgents(siteId);
  const canManage = can("routing.manage");
  return (
    <div className="stack">
      <AccountListCard siteId={siteId} agents={agents.data ?? []} canManage={canManage} />
      <RoutingRulesCard siteId={siteId} agents={agents.data ?? []} canManage={canManage} />
    </div>
  );
}
