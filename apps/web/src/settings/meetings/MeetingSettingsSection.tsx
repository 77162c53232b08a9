import { useMeetingSettings } from "../../data/useMeetingSettings";
import { QueryState } from "../../ui/QueryState";
import { SiteSection } from "../liveChat/SiteSection";
import { MeetingSettingsForm } from "./MeetingSettingsForm";
import "./meetingSettings.css";

/** /settings/meetings: the selected site's invitation texts, video link, no-slots text and cutoff. */
export function MeetingSettingsSection() {
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
    <QueryState query={settings} what="meeting settings">
      {(data) => <MeetingSettingsForm siteId={siteId} settings={data} />}
    </QueryState>
  );
}
