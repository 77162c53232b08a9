import { Link, useNavigate } from "@tanstack/react-router";
import { useConversationTranscript } from "../../data/useConversationTranscript";
import { useErase } from "../../data/useRetention";
import { useSession } from "../../session/SessionContext";
import { formatDate } from "../../ui/formatDate";
import { PageHeader } from "../../ui/PageHeader";
import { QueryState } from "../../ui/QueryState";
import { transcriptRoute } from "../peopleRoutes";
import { SiteRequired } from "../SiteRequired";
import { EraseDialog } from "./EraseDialog";
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
        {(siteId) => <TranscriptView siteId={siteId} personId={personId} conversationId={conversationId} />}
      </SiteRequired>
    </div>
  );
}

function TranscriptView({
  siteId,
  personId,
  conversationId,
}: {
  siteId: string;
  personId: string;
  conversationId: string;
}) {
  const conversation = useConversationTranscript(siteId, conversationId);
  const mayErase = useSession().can("people.manage");
  const erase = useErase(siteId, "visitor");
  const navigate = useNavigate();
  return (
    <QueryState query={conversation} what="the conversation">
      {(c) => (
        <>
          <PageHeader
            title={c.dialogueName ?? "Deleted dialogue"}
            documentTitle={`Transcript · ${c.dialogueName ?? "Conversation"}`}
            actions={
              mayErase && (
                <EraseDialog
                  subject="visitor"
                  name="the visitor of this conversation"
                  pending={erase.isPending}
                  error={erase.error}
                  onErase={(done) =>
                    erase.mutate(c.visitorId, {
                      onSuccess: () => {
                        done();
                        void navigate({ to: "/people/$personId", params: { personId } });
                      },
                    })
                  }
                />
              )
            }
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
