import { useLiveChatSettings } from "../../data/useLiveChatSettings";
import { useSession } from "../../session/SessionContext";
import { QueryState } from "../../ui/QueryState";
import { LiveChatSettingsForm } from "./LiveChatSettingsForm";
import { SiteSection } from "./SiteSection";

/** /settings/live-chat: how the selected site offers, queues and ends live chats. */
export function LiveChatSection() {
  return (
    <SiteSection
      id="livechat-heading"
      title="Live chat"
      description={(name) =>
        `How ${name} offers chats to agents, queues them, and what visitors read when nobody can take one.`
      }
      what="Live chat settings appear here once there is a site."
    >
      {(siteId) => <SettingsOfSite siteId={siteId} />}
    </SiteSection>
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
