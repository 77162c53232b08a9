import { Link } from "@tanstack/react-router";
import { useConversationTranscript } from "../../data/useConversationTranscript";
import { formatDate } from "../../ui/formatDate";
import { PageHeader } from "../../ui/PageHeader";
import { QueryState } from "../../ui/QueryState";
import { transcriptRoute } from "../peopleRoutes";
import { SiteRequired } from "../SiteRequired";
import { StatusBadge } from "./StatusBadge";
import { Transcript } from "./Transcript";
import "../people.css";

/** /people/$personId/conversations/$conversationId: one conversation, every message as plain text. */
export function TranscriptPage() {
  const { personId, conversationId } = transcriptRoute.useParams();
  return (
    <div className="page">
      <Link to="/people/$personId" params={{ personId }} className="back-link">
        ← Back to the person
      </Link>
      <SiteRequired>
        {(siteId) => <TranscriptView siteId={siteId} conversationId={conversationId} />}
      </SiteRequired>
    </div>
  );
}

function TranscriptView({ siteId, conversationId }: { siteId: string; conversationId: string }) {
  const conversation = useConversationTranscript(siteId, conversationId);
  return (
    <QueryState query={conversation} what="the conversation">
      {(c) => (
        <>
          <PageHeader
            title={c.dialogueName ?? "Deleted dialogue"}
            documentTitle={`Transcript · ${c.dialogueName ?? "Conversation"}`}
            description={
              <span className="conversation-meta">
                <StatusBadge status={c.status} />
                <span>Started {formatDate(c.startedAt)}</span>
                {c.endedAt && <span>Ended {formatDate(c.endedAt)}</span>}
                {c.pageUrl && <span className="cell-wrap">on {c.pageUrl}</span>}
              </span>
            }
          />
          <Transcript messages={c.messages} />
        </>
      )}
    </QueryState>
  );
}
