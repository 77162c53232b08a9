import type { Dialogue } from "@parley/protocol/dialogues";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { ReactFlowProvider } from "@xyflow/react";
import { useState } from "react";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { SiteRequired } from "../people/SiteRequired";
import { useSession } from "../session/SessionContext";
import { EmptyState } from "../ui/EmptyState";
import { QueryState } from "../ui/QueryState";
import { DesignerWorkspace } from "./canvas/DesignerWorkspace";
import { readStream } from "./readStream";
import "@xyflow/react/dist/style.css";
import "./designer.css";

/** …/dialogues/$dialogueId/design and …/flows/$dialogueId/design: the stream designer. */
export function DesignerPage() {
  const { can } = useSession();
  if (!can("dialogues.manage")) return <AccessDeniedPage area="The stream designer" />;
  return (
    <SiteRequired what="Dialogues appear here once you have a site.">
      {(siteId) => <DesignerOfSite siteId={siteId} />}
    </SiteRequired>
  );
}

function DesignerOfSite({ siteId }: { siteId: string }) {
  const { dialogueId } = useParams({ strict: false }) as { dialogueId: string };
  const dialogue = useQuery({
    queryKey: queryKeys.site(siteId).dialogue(dialogueId),
    queryFn: () => apiRequest<Dialogue>("GET", `/api/sites/${siteId}/dialogues/${dialogueId}`),
    // The designer owns the draft once open: a refetch must not replace what is being edited.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  return (
    <QueryState query={dialogue} what="the dialogue">
      {(loaded) => <OpenedDesigner key={`${siteId}/${dialogueId}`} siteId={siteId} dialogue={loaded} />}
    </QueryState>
  );
}

/** Reads the draft once: later answers (autosave updating the cache) must not reset the designer. */
function OpenedDesigner({ siteId, dialogue }: { siteId: string; dialogue: Dialogue }) {
  const [opened] = useState(() => ({ dialogue, stream: readStream(dialogue.draft, "the draft's stream") }));
  if (!opened.stream) {
    return (
      <EmptyState title="This draft cannot be opened">
        <p>Its stream document is damaged or from a newer version of Parley. Ask an admin to check it.</p>
      </EmptyState>
    );
  }
  return (
    <ReactFlowProvider>
      <DesignerWorkspace siteId={siteId} dialogue={opened.dialogue} stream={opened.stream} />
    </ReactFlowProvider>
  );
}
