import { useLiveChatSettings } from "../../data/useLiveChatSettings";
import { SiteRequired } from "../../people/SiteRequired";
import { useSession } from "../../session/SessionContext";
import { useSelectedSite } from "../../shell/SelectedSiteContext";
import { QueryState } from "../../ui/QueryState";
import { SectionHeader } from "../SectionHeader";
import { LiveChatSettingsForm } from "./LiveChatSettingsForm";
import "./liveChat.css";

/** /settings/live-chat: how the selected site offers, queues and ends live chats. */
export function LiveChatSection() {
  const { site } = useSelectedSite();
  return (
    <section className="section" aria-labelledby="livechat-heading">
      <SectionHeader
        id="livechat-heading"
        title="Live chat"
        description={`How ${site?.name ?? "the site"} offers chats to agents, queues them, and what visitors read when nobody can take one. Pick another site at the top.`}
      />
      <SiteRequired what="Live chat settings appear here once there is a site.">
        {(siteId) => <SettingsOfSite key={siteId} siteId={siteId} />}
      </SiteRequired>
    </section>
  );
}

function SettingsOfSite({ siteId }: { siteId: string }) {
  const { can } = useSession();
  const settings = useLiveChatSettings(siteId);
  return (
    <QueryState query={settings} what="live chat settings">
      {(data) => <LiveChatSettingsForm siteId={siteId} settings={data} readOnly={!can("routing.manage")} />}
    </QueryState>
  );
}
