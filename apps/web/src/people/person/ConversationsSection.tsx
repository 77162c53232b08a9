import { Link } from "@tanstack/react-router";
import { useSession } from "../../session/SessionContext";
import { usePersonConversations } from "../../data/usePersonConversations";
import { formatDate } from "../../ui/formatDate";
import { QueryState } from "../../ui/QueryState";
import { StatusBadge } from "./StatusBadge";

/** The conversations of the person's visitors; each opens its full transcript. */
export function ConversationsSection({ siteId, personId }: { siteId: string; personId: string }) {
  const conversations = usePersonConversations(siteId, personId);
  // Transcripts need a conversations permission; people.view alone lists them without their words.
  const mayRead = useSession().can("conversations.view_all", "conversations.view_own");
  return (
    <section className="card section" aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">Conversations</h2>
      <QueryState query={conversations} what="conversations">
        {({ items }) =>
          items.length === 0 ? (
            <p className="section-empty">No conversations yet.</p>
          ) : (
            <ul className="conversation-list">
              {items.map((c) => (
                <li key={c.id}>
                  {mayRead ? (
                    <Link
                      to="/people/$personId/conversations/$conversationId"
                      params={{ personId, conversationId: c.id }}
                      className="cell-title"
                    >
                      {c.dialogueName ?? "Deleted dialogue"}
                    </Link>
                  ) : (
                    <span className="cell-title">{c.dialogueName ?? "Deleted dialogue"}</span>
                  )}
                  <span className="conversation-meta">
                    <StatusBadge status={c.status} />
                    <span>Started {formatDate(c.startedAt)}</span>
                    <span>{c.messageCount === 1 ? "1 message" : `${c.messageCount} messages`}</span>
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
