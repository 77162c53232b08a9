import { QueryState } from "../../ui/QueryState";
import { SiteSection } from "../liveChat/SiteSection";
import { PurgeRunsCard } from "./PurgeRunsCard";
import { RetentionForm } from "./RetentionForm";
import { useRetentionSettings } from "../../data/useRetention";
import "./retention.css";

/** /settings/retention: how long each class of the selected site's data is kept, and the purge runs. */
export function RetentionSection() {
  return (
    <SiteSection
      id="retention-heading"
      title="Data retention"
      description={(name) =>
        `How long ${name} keeps each kind of data. A purge removes what is older every hour, in small batches.`
      }
      what="Retention settings appear here once there is a site."
    >
      {(siteId) => <RetentionOfSite siteId={siteId} />}
    </SiteSection>
  );
}

function RetentionOfSite({ siteId }: { siteId: string }) {
  const settings = useRetentionSettings(siteId);
  return (
    <div className="stack">
      <QueryState query={settings} what="retention settings">
        {(data) => <RetentionForm siteId={siteId} settings={data} />}
      </QueryState>
      <PurgeRunsCard siteId={siteId} />
    </div>
  );
}
