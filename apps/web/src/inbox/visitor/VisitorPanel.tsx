import { Link } from "@tanstack/react-router";
import { useInboxConversation } from "../../data/useInboxConversation";
import { usePerson } from "../../data/usePerson";
import { ConversationsSection } from "../../people/person/ConversationsSection";
import { PersonFieldsSection } from "../../people/person/PersonFieldsSection";
import { TimelineSection } from "../../people/person/TimelineSection";
import { VisitsSection } from "../../people/person/VisitsSection";
import { useSession } from "../../session/SessionContext";
import { Button } from "../../ui/Button";
import { QueryState } from "../../ui/QueryState";
import { LinkedText } from "../conversation/LinkedText";
import "../../people/people.css";

interface VisitorPanelProps {
  siteId: string;
  conversationId: string;
  onBack(): void;
}

/**
 * Who the agent is talking to: the page they are on, and (when known as a person, and the agent may
 * see people) their fields — editable with people.manage — visits, past conversations and activity,
 * the People area's own sections.
 */
export function VisitorPanel({ siteId, conversationId, onBack }: VisitorPanelProps) {
  const conversation = useInboxConversation(siteId, conversationId);
  const { can } = useSession();
  const personId = conversation.data?.personId ?? null;
  return (
    <div className="visitor-panel stack">
      <Button className="narrow-only" onPress={onBack}>
        ← Conversation
      </Button>
      <section className="card section" aria-labelledby="visitor-now-heading">
        <h2 id="visitor-now-heading">Visitor</h2>
        <dl className="visitor-facts">
          <dt>Current page</dt>
          <dd>
            {conversation.data?.currentPage ? <LinkedText text={conversation.data.currentPage} /> : "—"}
          </dd>
          <dt>Started on</dt>
          <dd>{conversation.data?.pageUrl ? <LinkedText text={conversation.data.pageUrl} /> : "—"}</dd>
        </dl>
        {!personId && <p className="section-empty">An anonymous visitor: no details given yet.</p>}
        {personId && can("people.view", "people.manage") && (
          <Link to="/people/$personId" params={{ personId }}>
            Open in People
          </Link>
        )}
      </section>
      {personId && can("people.view", "people.manage") && (
        <PersonDetails siteId={siteId} personId={personId} />
      )}
    </div>
  );
}

function PersonDetails({ siteId, personId }: { siteId: string; personId: string }) {
  const person = usePerson(siteId, personId);
  return (
    <>
      <QueryState query={person} what="the visitor's details">
        {(p) => <PersonFieldsSection siteId={siteId} person={p} />}
      </QueryState>
      <VisitsSection siteId={siteId} personId={personId} />
      <ConversationsSection siteId={siteId} personId={personId} />
      <TimelineSection siteId={siteId} personId={personId} />
    </>
  );
}
