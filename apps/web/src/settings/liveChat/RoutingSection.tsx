import { useSiteAgents } from "../../data/useSiteAgents";
import { useSession } from "../../session/SessionContext";
import { AccountListCard } from "./AccountListCard";
import { RoutingRulesCard } from "./RoutingRulesCard";
import { SiteSection } from "./SiteSection";

/** /settings/routing: the selected site's account list and custom routing rules. */
export function RoutingSection() {
  return (
    <SiteSection
      id="routing-heading"
      title="Routing"
      description={(name) => `Who gets the live chats of ${name}: account owners first, then the rules.`}
      what="Routing appears here once there is a site."
    >
      {(siteId) => <RoutingOfSite siteId={siteId} />}
    </SiteSection>
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
