import { Navigate } from "@tanstack/react-router";
import { useMeetingSettings } from "../../data/useMeetingSettings";
import { useSession } from "../../session/SessionContext";
import { QueryState } from "../../ui/QueryState";
import { SiteSection } from "../liveChat/SiteSection";
import { MeetingSettingsForm } from "./MeetingSettingsForm";
import { MeetingsSettingsNav } from "./MeetingsSettingsNav";
import "./meetingSettings.css";

/** /settings/meetings: the selected site's invitation texts, video link, no-slots text and cutoff. */
export function MeetingSettingsSection() {
  const { can } = useSession();
  // agents.manage alone opens Meetings for its hosts, not for the site's texts.
  if (!can("meetings.manage", "sites.manage")) return <Navigate to="/settings/meetings/hosts" replace />;
  return (
    <SiteSection
      id="meetings-heading"
      title="Meetings"
      description={(name) =>
        `What visitors of ${name} receive when they book: the invitation's words, the video link, and until when they can change the meeting.`
      }
      what="Meeting settings appear here once there is a site."
    >
      {(siteId) => <SettingsOfSite siteId={siteId} />}
    </SiteSection>
  );
}

function SettingsOfSite({ siteId }: { siteId: string }) {
  const settings = useMeetingSettings(siteId);
  return (
    <>
      <MeetingsSettingsNav current="invitations" />
      <QueryState query={settings} what="meeting settings">
        {(data) => <MeetingSettingsForm siteId={siteId} settings={data} />}
      </QueryState>
    </>
  );
}
