import type { InboxConversation } from "@parley/protocol/liveChat";
import { useEffect, useRef } from "react";
import type { TranscriptLine } from "../../people/transcriptLines";
import { Button } from "../../ui/Button";
import { formatDate } from "../../ui/formatDate";
import type { TimelineItem } from "../conversationTimeline";
import type { OutgoingItem } from "../outgoingQueue";
import { LinkedText } from "./LinkedText";

const WHO: Record<TranscriptLine["author"], string> = {
  bot: "Bot",
  visitor: "Visitor",
  agent: "Agent",
  system: "",
};

interface ConversationLogProps {
  items: TimelineItem[];
  chat: InboxConversation["chat"];
  onRetry(item: OutgoingItem): void;
  onDiscard(item: OutgoingItem): void;
}

/**
 * The conversation as the agent reads it: bot, visitor, agent and system messages, internal notes
 * (marked as unseen by the visitor), and the agent's messages on their way. Text is text: links are
 * made clickable, nothing is read as HTML. Scrolls to the newest when something arrives.
 */
export function ConversationLog({ items, chat, onRetry, onDiscard }: ConversationLogProps) {
  const log = useRef<HTMLOListElement>(null);
  // The log scrolls, not the page: the newest message comes into view when something arrives.
  useEffect(() => {
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [items.length]);
  if (items.length === 0) return <p className="section-empty">No messages yet.</p>;
  return (
    <ol className="chat-log" aria-label="Messages" ref={log}>
      {items.map((item) => {
        if (item.type === "note") {
          return (
            <li key={item.key} className="chat-item is-note">
              <p className="chat-who">
                <span>Internal note — the visitor does not see this</span>
                <span>
                  {item.note.authorName ?? "An agent"} ·{" "}
                  <time dateTime={item.note.createdAt}>{formatDate(item.note.createdAt)}</time>
                </span>
              </p>
              <p className="chat-text">
                <LinkedText text={item.note.text} />
              </p>
            </li>
          );
        }
        if (item.type === "outgoing") {
          return (
            <li key={item.key} className="chat-item is-agent is-pending">
              <p className="chat-text">
                <LinkedText text={item.item.text} />
              </p>
              {item.item.error ? (
                <p className="chat-status text-error">
                  Not sent: {item.item.error} <Button onPress={() => onRetry(item.item)}>Retry</Button>{" "}
                  <Button onPress={() => onDiscard(item.item)}>Discard</Button>
                </p>
              ) : (
                <p className="chat-status">sending…</p>
              )}
            </li>
          );
        }
        const { line } = item;
        return (
          <li key={item.key} className={`chat-item is-${line.author}`}>
            <p className="chat-who">
              <span>{line.who ?? WHO[line.author]}</span>
              <time dateTime={line.at}>{formatDate(line.at)}</time>
            </p>
            <p className="chat-text">{line.text ? <LinkedText text={line.text} /> : "—"}</p>
            {line.note && line.author !== "system" && <p className="chat-note">{line.note}</p>}
            {line.author === "agent" && chat && <p className="chat-status">{mark(line.seq, chat)}</p>}
          </li>
        );
      })}
    </ol>
  );
}

function mark(seq: number, chat: NonNullable<InboxConversation["chat"]>): string {
  if (seq <= chat.visitorReadSeq) return "Read";
  if (seq <= chat.visitorDeliveredSeq) return "Delivered";
  return "Sent";
}
