import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useCannedResponses } from "../../data/useCannedResponses";
import { useInboxActions } from "../../data/useInboxActions";
import { useInboxConversation } from "../../data/useInboxConversation";
import { sendChatMessage, useRealtime } from "../../realtime/RealtimeProvider";
import { useSession } from "../../session/SessionContext";
import { Button } from "../../ui/Button";
import { QueryState } from "../../ui/QueryState";
import { conversationTimeline } from "../conversationTimeline";
import { newClientId } from "../newClientId";
import { VisitorPresenceLabel } from "../VisitorPresenceLabel";
import { ChatStatusBadge } from "../lists/ChatStatusBadge";
import { ChatActions } from "./ChatActions";
import { Composer } from "./Composer";
import { ConversationLog } from "./ConversationLog";
import { createTypingSender } from "./typingSender";
import { useConversationChannel } from "./useConversationChannel";
import { WhyThisAgent } from "./WhyThisAgent";

interface ConversationViewProps {
  siteId: string;
  conversationId: string;
  onBack(): void;
  onShowVisitor(): void;
}

/** The open conversation: its header and actions, the whole transcript live, typing, and the composer. */
export function ConversationView({ siteId, conversationId, onBack, onShowVisitor }: ConversationViewProps) {
  const query = useInboxConversation(siteId, conversationId);
  const { me, can } = useSession();
  const realtime = useRealtime();
  const conversation = query.data;
  const chat = conversation?.chat ?? null;
  const mine = chat?.status === "assigned" && chat.agent?.id === me.user.id;
  const { visitorTyping } = useConversationChannel(siteId, conversationId, conversation, mine);
  const actions = useInboxActions(siteId, conversationId);
  const canned = useCannedResponses(siteId, can("livechat.answer"));
  const outgoing = useSyncExternalStore(realtime.outgoing.subscribe, () =>
    realtime.outgoing.of(conversationId),
  );
  const [typing] = useState(() =>
    createTypingSender((on) => realtime.send({ type: "chat.typing", conversationId, typing: on })),
  );
  // Leaving the conversation ends "typing…" on the visitor's side.
  useEffect(() => typing.stop, [typing]);
  const items = useMemo(
    () => (conversation ? conversationTimeline(conversation.messages, conversation.notes, outgoing) : []),
    [conversation, outgoing],
  );

  return (
    <div className="conversation">
      <div className="conversation-head">
        <Button className="narrow-only" onPress={onBack}>
          ← Conversations
        </Button>
        <h2 className="conversation-title">
          {conversation?.visitorName ??
            conversation?.visitorEmail ??
            (conversation ? "Anonymous visitor" : "Conversation")}
        </h2>
        {conversation && <ChatStatusBadge item={conversation} />}
        {conversation && <VisitorPresenceLabel online={conversation.visitorOnline} className="cell-sub" />}
        <Button className="narrow-only" onPress={onShowVisitor}>
          Visitor details
        </Button>
      </div>
      <QueryState query={query} what="the conversation">
        {(data) => (
          <>
            <ChatActions siteId={siteId} conversation={data} actions={actions} mine={mine} />
            <WhyThisAgent chats={data.chats} />
            <ConversationLog
              items={items}
              chat={data.chat}
              onRetry={(item) => sendChatMessage(realtime, { retryOf: item.clientId })}
              onDiscard={(item) => realtime.outgoing.discard(item.clientId)}
            />
            <p className="typing-indicator" aria-live="polite">
              {visitorTyping ? "The visitor is typing…" : ""}
            </p>
            {can("livechat.answer") && (
              <Composer
                canChat={mine}
                canned={canned.data ?? []}
                onSendChat={(text) => sendChatMessage(realtime, { conversationId, text })}
                onSendNote={(text) =>
                  actions.addNote.mutateAsync({ text, clientId: newClientId() }).then(
                    () => true,
                    // The mutation's error is shown under the composer; the text stays for another try.
                    () => false,
                  )
                }
                noteError={actions.addNote.error}
                onTyping={typing.typed}
                onStopTyping={typing.stop}
              />
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}
