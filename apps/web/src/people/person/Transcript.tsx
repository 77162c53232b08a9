import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import { formatDate } from "../../ui/formatDate";
import { transcriptLines } from "../transcriptLines";

const WHO: Record<ConversationMessage["author"], string> = {
  bot: "Bot",
  visitor: "Visitor",
  agent: "Agent",
  system: "Note",
};

/** The messages as a dialogue; every word is rendered as text (React escapes it), never as HTML. */
export function Transcript({ messages }: { messages: readonly ConversationMessage[] }) {
  const lines = transcriptLines(messages);
  if (lines.length === 0) return <p className="loading">This conversation has no messages.</p>;
  return (
    <ol className="transcript" aria-label="Transcript">
      {lines.map((line) => (
        <li key={line.seq} className={`transcript-line is-${line.author}`}>
          <p className="transcript-who">
            <span>{WHO[line.author]}</span>
            <time dateTime={line.at}>{formatDate(line.at)}</time>
          </p>
          <p className="transcript-text">{line.text || "—"}</p>
          {line.note && <p className="transcript-note">{line.note}</p>}
        </li>
      ))}
    </ol>
  );
}
