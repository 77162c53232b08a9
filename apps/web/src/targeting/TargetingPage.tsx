import { useParams } from "@tanstack/react-router";
import { useSelectedSite } from "../shell/SelectedSiteContext";
import { PageHeader } from "../ui/PageHeader";
import { QueryState } from "../ui/QueryState";
import { DialogueTargetingForm } from "./DialogueTargetingForm";
import { FlowDeliveryForm } from "./FlowDeliveryForm";
import { useTargetingDialogue } from "./useTargetingDialogue";
import "./targeting.css";

/** A dialogue's targeting (pages, audience, trigger, schedule), or a flow's delivery. */
export function TargetingPage() {
  const { dialogueId } = useParams({ strict: false }) as { dialogueId: string };
  const { site } = useSelectedSite();
  if (!site) return <p>Choose a site first.</p>;
  return <TargetingOf siteId={site.id} dialogueId={dialogueId} />;
}

function TargetingOf({ siteId, dialogueId }: { siteId: string; dialogueId: string }) {
  const dialogue = useTargetingDialogue(siteId, dialogueId);
  return (
    <div className="page targeting-page">
      <QueryState query={dialogue} what="targeting">
        {(d) =>
          d.kind === "flow" ? (
            <>
              <PageHeader
                title="Delivery"
                documentTitle={`${d.name}: delivery`}
                description="How this flow starts and shows."
              />
              <FlowDeliveryForm key={d.id} siteId={siteId} flow={d} />
            </>
          ) : (
            <>
              <PageHeader
                title="Targeting"
                documentTitle={`${d.name}: targeting`}
                description="Where, to whom and when this dialogue shows."
              />
              <DialogueTargetingForm key={d.id} siteId={siteId} dialogue={d} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
